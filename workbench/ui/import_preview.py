"""Preview of a workbook edited in Excel: every difference with a tick box, and what is left alone.

Applying pushes the ticked changes as one undo step; changes the domain
refuses are listed with its message and nothing of them is applied.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from workbench.storage.excel_import import ImportPlan, Refusal

from .undo import EditRejected

HEADERS = (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Sheet"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "Row"),
           QT_TRANSLATE_NOOP("ImportPreviewDialog", "Column"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "Old"),
           QT_TRANSLATE_NOOP("ImportPreviewDialog", "New"))
MAX_SHOWN_TEXT = 200  # a 30,000-character description is shortened in the table, not in the data


def _short(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= MAX_SHOWN_TEXT else text[:MAX_SHOWN_TEXT] + "…"


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import {0}").format(plan.path.name))
        self.resize(900, 520)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(plan.changes), len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, change in enumerate(plan.changes):
            new = self.tr("(cleared: the cell is empty)") if change.clears else _short(change.new)
            cells = (change.sheet, str(change.row), f"{change.column} ({change.cell})", _short(change.old), new)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip("" if column < 3 else str(change.old if column == 3 else change.new)[:2000])
                self.table.setItem(row, column, item)
            self.table.item(row, 0).setFlags(self.table.item(row, 0).flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.notes = QPlainTextEdit(self._left_alone_text())
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(140)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(self.tr("Left alone:")))
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self._update()

    def accepted_changes(self) -> list:
        return [change for row, change in enumerate(self.plan.changes)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def _update(self, *_args) -> None:
        chosen = len(self.accepted_changes())
        clears = sum(1 for change in self.plan.changes if change.clears)
        text = self.tr("{0} difference(s) between the workbook and the analysis; {1} ticked.")
        text = text.format(len(self.plan.changes), chosen)
        if clears:
            text += " " + self.tr("{0} of them clear a field (an emptied cell).").format(clears)
        if self.plan.read_only_edits:
            text += " " + self.tr("Sheets that cannot be imported were edited too; those edits are ignored "
                                  "(listed below).")
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen > 0)

    def _left_alone_text(self) -> str:
        plan = self.plan
        lines = [(self.tr("Ignored: sheet {0}, row(s) {1}: computed cells edited; they cannot be imported")
                  if edit.computed else
                  self.tr("Ignored: sheet {0}, row(s) {1}: edited, but this sheet cannot be imported"))
                 .format(edit.sheet, ", ".join(map(str, edit.rows[:20])) + ("…" if len(edit.rows) > 20 else ""))
                 for edit in plan.read_only_edits]
        lines += [f"{issue.sheet}{'!' + issue.cell if issue.cell else ''}: {issue.message}" for issue in plan.issues]
        lines += [self.tr("Sheet {0}: not written by Workbench").format(title) for title in plan.unknown_sheets]
        lines += [self.tr("{0}, column {1}: not written by Workbench").format(title, header)
                  for title, header in plan.unknown_columns]
        lines += [self.tr("{0}, column {1}: computed by Workbench, not imported").format(title, header)
                  for title, header in plan.computed_columns]
        if plan.read_only_sheets:
            lines.append(self.tr("Report sheets, not imported: {0}").format(", ".join(plan.read_only_sheets)))
        return "\n".join(lines)


def apply_changes(session, changes, label: str) -> list[Refusal]:
    """Push the changes the domain accepts as one undo step; return those it refused."""
    from workbench.storage.excel_import import build_edit

    edit = build_edit(session.workspace, changes, label)
    if edit.command is not None:
        session.push(edit.command)  # EditRejected propagates: nothing was applied
    return edit.refused


def preview_and_apply(window, session, path: str) -> bool:
    """Plan, show the preview, apply what the analyst ticks. False when nothing was applied."""
    from workbench.storage.excel_import import IMPORT_LABEL, WorkbookImportError, plan_import

    try:
        plan = plan_import(session.workspace, path)
    except (WorkbookImportError, OSError) as error:
        window.show_error(QCoreApplication.translate("ImportPreviewDialog", "Not imported"), str(error))
        return False
    dialog = ImportPreviewDialog(plan, window)
    if not window.ask_import_preview(dialog):
        return False
    try:
        refused = apply_changes(session, dialog.accepted_changes(), IMPORT_LABEL)
    except EditRejected as error:
        window.show_error(QCoreApplication.translate("ImportPreviewDialog", "Not imported"), str(error))
        return False
    if refused:
        window.show_error(QCoreApplication.translate("ImportPreviewDialog", "Some changes were refused"), "\n".join(
            f"{r.change.sheet}!{r.change.cell}: {r.message}" for r in refused))
    return len(refused) < len(dialog.accepted_changes())
