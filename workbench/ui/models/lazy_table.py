"""A read-only table model over column-oriented data of any size.

The view asks only for the cells it paints, and each answer is an index into
the source's arrays, so a million rows cost no more to show than a hundred:
there is no per-row object, widget or cache here. A filter is an array of row
positions rather than a QSortFilterProxyModel, which would map every row in Python.
"""

from __future__ import annotations

from typing import Any, Protocol, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class ColumnSource(Protocol):
    def __len__(self) -> int: ...

    def value(self, row: int, column: int) -> str: ...


class LazyTableModel(QAbstractTableModel):
    """Shows `source` (or the rows `set_rows` picked); headers are translated in context "Columns"."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._source: ColumnSource | None = None
        self._rows: Any = None  # an integer array of source rows, or None for all of them

    def set_source(self, source: ColumnSource | None, rows: Any = None) -> None:
        self.beginResetModel()
        self._source, self._rows = source, rows
        self.endResetModel()

    def set_rows(self, rows: Any) -> None:
        """Show only these source rows, in this order; None shows every row."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @property
    def source(self) -> ColumnSource | None:
        return self._source

    def source_row(self, row: int) -> int:
        return row if self._rows is None else int(self._rows[row])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self._source is None:
            return 0
        return len(self._source) if self._rows is None else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or self._source is None:
            return None
        return self._source.value(self.source_row(index.row()), index.column())

    def text_at(self, row: int, column: int) -> str:
        """The shown text of a cell, without going through a QModelIndex (for a delegate)."""
        return "" if self._source is None else self._source.value(self.source_row(row), column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self._headers[section])
        return str(section + 1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self._headers) - 1, 0))
