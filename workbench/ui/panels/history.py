"""History: every committed change of the project (who, when, what, before → after, why), filtered by vendor,
table and analyst; the selected entry in full, and "Revert this change" as an ordinary new edit.

The store is read in a worker; the list is read again after each save, remote change or snapshot.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSignalBlocker, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
                               QPushButton, QSplitter, QTableView, QVBoxLayout)

from ..field_labels import field_label, table_label
from .base import Panel

if TYPE_CHECKING:
    from workbench.domain.history import HistoryEntry

HISTORY_LIMIT = 5000  # newest entries read; older ones stay in the store (the command line lists them all)
COLUMN_WIDTHS = (135, 90, 230, 130, 230)  # When, Who, What, Field, Before → after; Reason takes the rest
COLUMNS = (QT_TRANSLATE_NOOP("HistoryPanel", "When"), QT_TRANSLATE_NOOP("HistoryPanel", "Who"),
           QT_TRANSLATE_NOOP("HistoryPanel", "What"), QT_TRANSLATE_NOOP("HistoryPanel", "Field"),
           QT_TRANSLATE_NOOP("HistoryPanel", "Before → after"), QT_TRANSLATE_NOOP("HistoryPanel", "Reason"))
ALL = None  # the combo data of "all vendors / tables / analysts"


def local_time(iso: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class HistoryTableModel(QAbstractTableModel):
    """The entries shown, newest first, each with its record's label worked out once."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        self._labels: list[str] = []

    def set_entries(self, entries: list[HistoryEntry], labels: list[str]) -> None:
        self.beginResetModel()
        self.entries, self._labels = entries, labels
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HistoryPanel", COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == 0:
            return local_time(entry.at)
        if column == 1:
            return entry.analyst
        if column == 2:
            return f"{table_label(entry.table)}: {self._labels[index.row()]}"
        if column == 3:
            return field_label(entry.field) if entry.field else self.tr("(whole record)")
        if column == 4:
            if entry.field:
                return f"{shown(entry.before)} → {shown(entry.after)}"
            return self.tr("added") if entry.before is None else self.tr("removed")
        return entry.reason


class HistoryPanel(Panel):
    NAME = "history"
    TITLE = QT_TRANSLATE_NOOP("Panels", "History")
    AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self._all: list[HistoryEntry] = []
        self._loading = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.vendor_filter, self.table_filter, self.analyst_filter = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.vendor_filter, self.table_filter, self.analyst_filter):
            combo.currentIndexChanged.connect(self._show_filtered)
        self.refresh_button = QPushButton(clicked=self.reload)
        self.revert_button = QPushButton(clicked=self.revert_selected)
        self.revert_button.setEnabled(False)
        self.model = HistoryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):  # fixed, not fitted: fitting 5,000 rows would stall
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit(readOnly=True)
        filters = QHBoxLayout()
        for combo in (self.vendor_filter, self.table_filter, self.analyst_filter):
            filters.addWidget(combo, 1)
        filters.addWidget(self.refresh_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.note)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        session.historyChanged.connect(self.reload)
        session.workspaceReplaced.connect(self.reload)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------ reading the store
    def reload(self) -> None:
        """Read the newest entries again, in a worker; shown when they come."""
        from ..background import BackgroundCall

        store = self.session.store
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        if store is None:
            self._all = []
            self._fill_filters()
            self._show_filtered()
            self._say_what_is_shown()
            return
        self._loading = BackgroundCall(lambda: store.history(limit=HISTORY_LIMIT),
                                       lambda done: self._loaded(store, done), self)

    @property
    def is_loading(self) -> bool:
        return self._loading is not None

    def _loaded(self, store, done) -> None:
        self._loading = None
        if store is not self.session.store:
            return
        error = done.exception()
        if error is not None:
            self.message_bar.show_error(self.tr("The history could not be read: {0}").format(error))
            return
        self._all = done.result()
        self._fill_filters()
        self._show_filtered()
        self._say_what_is_shown()

    def _say_what_is_shown(self) -> None:
        if self.session.store is None:
            self.note.setText(self.tr("History is kept for saved projects and team projects: open one to see "
                                      "who changed what, and when."))
        else:
            self.note.setText(self.tr("{0} changes in {1}").format(len(self._all), self.session.store.location))

    # ------------------------------------------------------------ filters
    def _fill_filters(self) -> None:
        workspace = self.session.workspace
        self._refill(self.vendor_filter, self.tr("All vendors"),
                     [(v.name_zh or v.name_en or v.vendor_id, v.vendor_id) for v in workspace.vendors])
        self._refill(self.table_filter, self.tr("All tables"),
                     sorted((table_label(table), table) for table in {entry.table for entry in self._all}))
        self._refill(self.analyst_filter, self.tr("All analysts"),
                     [(name, name) for name in sorted({entry.analyst for entry in self._all})])

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(everything, ALL)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not ALL else 0)

    def set_filters(self, vendor: str | None = None, table: str | None = None, analyst: str | None = None) -> None:
        """Show only entries about vendor, of table, by analyst (None: any)."""
        for combo, value in ((self.vendor_filter, vendor), (self.table_filter, table),
                             (self.analyst_filter, analyst)):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def _show_filtered(self) -> None:
        from workbench.domain.change_notes import record_label
        from workbench.domain.history_view import concerns_vendor

        workspace = self.session.workspace
        vendor, table, analyst = (self.vendor_filter.currentData(), self.table_filter.currentData(),
                                  self.analyst_filter.currentData())
        shown_entries = [entry for entry in self._all
                         if (table is ALL or entry.table == table) and (analyst is ALL or entry.analyst == analyst)
                         and (vendor is ALL or concerns_vendor(entry, vendor, workspace))]
        self.model.set_entries(shown_entries, [record_label(workspace, entry.key) for entry in shown_entries])
        self._show_detail()

    # ------------------------------------------------------------ the selected entry
    def selected_entry(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def _show_detail(self, *_args) -> None:
        entry = self.selected_entry()
        self.revert_button.setEnabled(entry is not None)
        if entry is None:
            self.detail.clear()
            return
        def whole(record) -> str:
            return json.dumps(record, ensure_ascii=False, indent=1)

        lines = [(self.tr("When"), local_time(entry.at)), (self.tr("Who"), entry.analyst),
                 (self.tr("What"), f"{table_label(entry.table)} {list(entry.key)}")]
        if entry.field:
            lines += [(self.tr("Field"), field_label(entry.field)), (self.tr("Before"), shown(entry.before)),
                      (self.tr("After"), shown(entry.after))]
        else:
            lines += [(self.tr("Before"), whole(entry.before)), (self.tr("After"), whole(entry.after))]
        if entry.reason:
            lines.append((self.tr("Reason"), entry.reason))
        self.detail.setPlainText("\n".join(self.tr("{0}: {1}").format(name, value) for name, value in lines))

    def revert_selected(self) -> bool:
        """Put back what the selected entry changed, as a new edit on the undo stack."""
        from workbench.domain.history import revert_command
        from workbench.domain.rules import DomainError

        entry = self.selected_entry()
        if entry is None:
            return False
        try:
            command = revert_command(self.session.workspace, entry)
        except DomainError as error:
            self.message_bar.show_error(self.tr("This change cannot be reverted: {0}").format(error))
            return False
        refusal = self.session.try_push(command)
        if refusal:
            self.message_bar.show_error(self.tr("This change cannot be reverted: {0}").format(refusal))
            return False
        self.message_bar.hide()
        return True

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.revert_button.setText(self.tr("Revert this change"))
        self.revert_button.setToolTip(self.tr("Put back the value before this change, as a new edit you can undo"))
        for combo, text in ((self.vendor_filter, self.tr("All vendors")), (self.table_filter, self.tr("All tables")),
                            (self.analyst_filter, self.tr("All analysts"))):
            combo.setItemText(0, text)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._say_what_is_shown()
        self._show_detail()


if __name__ == "__main__":
    from workbench.ui.preview import preview_panel

    raise SystemExit(preview_panel(HistoryPanel))
