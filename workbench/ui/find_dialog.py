"""Find (Ctrl+F): one box over vendors, sources, SWOT/PEST entries, TOWS strategies and provinces."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from .session import Session

KIND_LABELS = {
    "vendors": QT_TRANSLATE_NOOP("FindDialog", "Vendor"),
    "sources": QT_TRANSLATE_NOOP("FindDialog", "Source"),
    "analysis_entries": QT_TRANSLATE_NOOP("FindDialog", "SWOT/PEST"),
    "tows_strategies": QT_TRANSLATE_NOOP("FindDialog", "TOWS"),
    "provinces": QT_TRANSLATE_NOOP("FindDialog", "Province"),
}
HIT_ROLE = Qt.ItemDataRole.UserRole


class FindDialog(QDialog):
    """Type to search; Enter (or a double click) goes to the chosen item and closes the box."""

    chosen = Signal(str, tuple)  # table, key

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Find"))
        self.resize(520, 420)
        self.query_edit = QLineEdit()
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setPlaceholderText(self.tr("Vendor, source, SWOT/PEST entry, strategy or province…"))
        self.query_edit.textChanged.connect(self._search)
        self.query_edit.installEventFilter(self)
        self.results = QListWidget()
        self.results.itemActivated.connect(self._choose)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

    def _search(self, text: str) -> None:
        from workbench.domain.search import search

        self.results.clear()
        hits = search(self.session.workspace, text)
        for hit in hits:
            kind = self.tr(KIND_LABELS.get(hit.table, hit.table))
            item = QListWidgetItem(f"{kind} · {hit.title}" + (f"   ({hit.detail})" if hit.detail else ""))
            item.setData(HIT_ROLE, (hit.table, hit.key))
            item.setToolTip(hit.title)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.status.setText(self.tr("{0} found").format(len(hits)) if text.strip() else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down move through the results while the cursor stays in the box; Enter goes."""
        if watched is self.query_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.results.currentItem() is not None:
                    self._choose(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, item: QListWidgetItem) -> None:
        table, key = item.data(HIT_ROLE)
        self.accept()
        self.chosen.emit(table, tuple(key))
