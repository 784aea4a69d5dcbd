"""File actions of the main window: open, save, export, and the unsaved-changes question.

Storage modules are imported inside the handlers: they are only needed when a file is touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from .main_window import MainWindow

PROJECT_SUFFIX = ".wbproj"


class Documents(QObject):
    """Asks the window for paths and answers, then calls storage and updates the session."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self._window = window

    @property
    def _session(self):
        return self._window.session

    @property
    def _settings(self):
        return self._window.settings

    # ------------------------------------------------------------ opening
    def open_path(self, path: str | Path) -> bool:
        """Replace the workspace with a dataset folder or project; on problems show them and change nothing."""
        from workbench.storage.opening import is_project, open_workspace

        result = open_workspace(path)
        name = Path(path).name
        if result.workspace is None:
            self._window.show_problems(
                self.tr("Cannot open {0}").format(name),
                self.tr("“{0}” was not opened; the current work is unchanged. Problems found:").format(name),
                result.problems)
            return False
        project = is_project(path)
        self._session.replace_workspace(result.workspace, path if project else None)
        self._settings.add_recent_file(path)
        if project:
            self._settings.set_last_project(path)
        self._window.statusBar().showMessage(self.tr("Opened {0}").format(name), 5000)
        return True

    def new_from_dataset(self) -> bool:
        if not self.confirm_discard():
            return False
        folder = self._window.ask_dataset_folder()
        return bool(folder) and self.open_path(folder)

    def open_project(self) -> bool:
        if not self.confirm_discard():
            return False
        path = self._window.ask_open_path()
        return bool(path) and self.open_path(path)

    def open_recent(self, path: str) -> bool:
        if not Path(path).exists():
            self._settings.remove_recent_file(path)
            self._window.show_error(self.tr("Cannot open"), self.tr("{0} no longer exists.").format(path))
            return False
        return self.confirm_discard() and self.open_path(path)

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        path = self._session.path
        if path is None:
            return self.save_as()
        return self._save_to(path)

    def save_as(self) -> bool:
        path = self._window.ask_save_path()
        if not path:
            return False
        if Path(path).suffix.lower() != PROJECT_SUFFIX:
            path += PROJECT_SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        from workbench.storage.project import ProjectError, save_project

        try:
            save_project(self._session.workspace, path)
        except ProjectError as error:
            self._window.show_error(self.tr("Not saved"), str(error))
            return False
        self._session.mark_saved(path)
        self._settings.add_recent_file(path)
        self._settings.set_last_project(path)
        self._window.statusBar().showMessage(self.tr("Saved {0}").format(path.name), 5000)
        return True

    def confirm_discard(self) -> bool:
        """True when there are no unsaved edits, or the analyst saved or chose to discard them."""
        if not self._session.is_dirty:
            return True
        answer = self._window.ask_unsaved_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------ exporting
    def export(self) -> bool:
        from workbench.storage.excel import ExportError, ExportOptions, export_workbook
        from workbench.storage.exporters import exporters

        path = self._window.ask_export_path([item.dialog_filter for item in exporters()])
        if not path:
            return False
        if Path(path).suffix.lower() != ".xlsx":
            path += ".xlsx"
        options = ExportOptions(author=self._settings.author_name())
        try:
            report = export_workbook(self._session.workspace, path, options)
        except ExportError as error:
            self._window.show_error(self.tr("Not exported"), str(error))
            return False
        self._window.statusBar().showMessage(
            self.tr("Exported {0} sheets to {1}").format(len(report.sheets), Path(path).name), 5000)
        return True
