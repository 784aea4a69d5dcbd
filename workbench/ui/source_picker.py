"""The picker every figure's source is chosen with: type to filter by publisher, title or year, or add one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate

NEW_SOURCE = "__new_source__"


class SourcePickerDelegate(QStyledItemDelegate):
    """Edits a `*source_id` column; the last item adds a source first (its own undo step)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session

    def createEditor(self, parent, option, index):
        from .panels.source_dialog import source_text

        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("—", "")
        for source in self.session.workspace.sources:
            combo.addItem(source_text(source), source.source_id)
        combo.addItem(self.tr("New source…"), NEW_SOURCE)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.activated.connect(lambda row: self._on_activated(combo, row))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        chosen = editor.findText(editor.currentText())  # what was typed must name an item
        source_id = editor.itemData(chosen) if chosen >= 0 else None
        if source_id is not None and source_id != NEW_SOURCE and source_id != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, source_id, Qt.ItemDataRole.EditRole)

    def _on_activated(self, combo: QComboBox, row: int) -> None:
        if combo.itemData(row) != NEW_SOURCE:
            return
        added = self.ask_new_source(combo)
        if added is None:
            combo.setCurrentIndex(0)
            return
        from .panels.source_dialog import source_text

        combo.insertItem(combo.count() - 1, source_text(added), added.source_id)
        combo.setCurrentIndex(combo.count() - 2)

    def ask_new_source(self, parent):
        """The source dialog; the source added, or None when cancelled."""
        from workbench.domain import entities as e
        from workbench.domain.source_commands import add_source, suggest_source_id

        from .panels.source_dialog import SourceDialog

        workspace = self.session.workspace

        dialog = SourceDialog(e.Source("", "", ""), lambda source: self.session.try_push(add_source(workspace, source)), is_new=True, parent=parent,
                              suggest_id=lambda publisher, date: suggest_source_id(workspace, publisher, date))
        return dialog.source() if dialog.exec() == SourceDialog.DialogCode.Accepted else None


def install_source_pickers(view, model, session) -> None:
    """Give every `*source_id` column of a record table view the source picker."""
    delegate = SourcePickerDelegate(session, view)
    for column, spec in enumerate(model.columns):
        if spec.field.endswith("source_id"):
            view.setItemDelegateForColumn(column, delegate)
