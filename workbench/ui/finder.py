"""Find and go: the Ctrl+F box, and taking the analyst to a found item in its own panel."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

# Which dock shows which kind of item.
PANEL_OF_TABLE = {
    "vendors": "vendors",
    "sources": "sources",
    "analysis_entries": "swot_pest",
    "tows_strategies": "swot_pest",
    "provinces": "heat_map",
}


class Finder(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.dialog = None
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence.StandardKey.Find)
        self.action.triggered.connect(self.show)

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Find…"))

    def show(self) -> None:
        from .find_dialog import FindDialog

        if self.dialog is None:
            self.dialog = FindDialog(self.window.session, self.window)
            self.dialog.chosen.connect(self.go_to)
        self.dialog.query_edit.selectAll()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.query_edit.setFocus()

    def go_to(self, table: str, key: tuple) -> None:
        """Bring the item's panel forward and select the item there."""
        name = PANEL_OF_TABLE.get(table)
        if name is None or name not in self.window.docks:
            return
        dock = self.window.docks[name]
        dock.show()
        dock.raise_()
        panel = self.window.panel(name)
        session = self.window.session
        if table == "provinces":
            session.set_vendor_filter(key[0])  # what a click on the map does
        elif table == "tows_strategies":
            panel.select_strategy(key[0])
        else:
            session.set_selection(table, key)
        panel.setFocus()
