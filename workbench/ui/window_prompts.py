"""The main window's side of the Prompts interface: its questions, errors and status line.

A mixin of MainWindow (tests replace single methods on a window). Texts keep the
"MainWindow" translation context they had when these lived in main_window.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressBar

from .documents import PROJECT_SUFFIX


class WindowPrompts:
    # ------------------------------------------------------------ questions (tests replace these)
    def ask_unsaved_changes(self) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate("MainWindow", "“{0}” has unsaved changes. Save them first?").format(self.session.display_name),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)

    def ask_dataset_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, QCoreApplication.translate("MainWindow", "New from Dataset"))

    def ask_open_path(self) -> str:
        return QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open Project"), "", QCoreApplication.translate("MainWindow", "Workbench projects (*.wbproj)"))[0]

    def ask_save_path(self) -> str:
        return QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Save Project As"), self._suggested_name(PROJECT_SUFFIX),
            QCoreApplication.translate("MainWindow", "Workbench projects (*.wbproj)"))[0]

    def ask_export_path(self, filters: list[str], suffix: str = ".xlsx") -> str:
        return QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Export"), self._suggested_name(suffix), ";;".join(filters))[0]

    def ask_export_options(self, kind: str = "xlsx"):
        """(ExportOptions, format) as chosen, or None when the analyst cancels."""
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.session.workspace, self.settings, self, kind)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return None
        return dialog.options(), dialog.kind()

    def ask_import_workbook_path(self) -> str:
        return QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Import Edited Workbook"), self._suggested_name(".xlsx"), QCoreApplication.translate("MainWindow", "Excel workbooks (*.xlsx)"))[0]

    def ask_import_preview(self, dialog) -> bool:
        return dialog.exec() == dialog.DialogCode.Accepted

    def ask_team_location(self) -> str:
        from .team_dialogs import TeamLocationDialog

        dialog = TeamLocationDialog(self.settings.recent_files(), self)
        return dialog.location() if dialog.exec() == QDialog.DialogCode.Accepted else ""

    def ask_password(self, location: str, message: str) -> str | None:
        from .team_dialogs import ask_password

        return ask_password(self, location, message)

    def ask_retry(self, title: str, message: str) -> bool:
        from .team_dialogs import ask_retry

        return ask_retry(self, title, message)

    def ask_conflicts(self, dialog) -> bool:
        dialog.setParent(self, dialog.windowFlags())
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_snapshot_name(self) -> str:
        from .team_dialogs import ask_snapshot_name

        return ask_snapshot_name(self)

    def ask_save_first(self, message: str) -> bool:
        from .team_dialogs import ask_save_first

        return ask_save_first(self, message)

    def show_problems(self, title: str, summary: str, problems: list) -> None:
        from .dialogs import ProblemsDialog  # not needed for the first frame

        ProblemsDialog(title, summary, problems, self).exec()

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.critical(self, title, message)

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def show_busy(self, message: str | None) -> None:
        """A busy bar and message in the status bar while a file is read; None removes them."""
        self._progress.setVisible(message is not None)
        if message is None:
            self.statusBar().clearMessage()
        else:
            self.statusBar().showMessage(message)

    def _add_progress_bar(self) -> QProgressBar:
        bar = self.statusBar()
        progress = QProgressBar(maximumWidth=160, maximum=0)  # maximum 0: busy, no percentage
        # Its room is kept while hidden: were the status bar to grow when it shows, every
        # dock would be resized and the whole window relaid out and repainted.
        policy = progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        progress.setSizePolicy(policy)
        progress.setMaximumHeight(bar.fontMetrics().height() + 4)  # no taller than a line of text
        progress.hide()
        bar.addPermanentWidget(progress)
        return progress

    def _suggested_name(self, suffix: str) -> str:
        folder = self.session.path.parent if self.session.path else Path.home()
        stem = self.session.path.stem if self.session.path else (self.session.workspace.info.dataset_name or "analysis")
        return str(folder / f"{stem}{suffix}")
