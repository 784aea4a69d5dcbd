"""A thin Qt table model over one workspace table; edits go through the undo stack."""

from __future__ import annotations

import math
import types
import typing
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from workbench.domain import Change, ChangeKind, update
from workbench.domain.tables import Key

from ..session import Session
from ..undo import EditRejected

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
# Views ask each cell for some seven roles on every paint: the rest are answered before any lookup.
_ANSWERED_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.TextAlignmentRole, KEY_ROLE))


@dataclass(frozen=True)
class Column:
    """One shown field. header is the English source text (translation context "Columns")."""

    field: str
    header: str
    editable: bool = True
    display: Callable[[Any], str] | None = None
    parse: Callable[[str], Any] | None = None  # raises ValueError with a message for the analyst


def _base_type(field_type: Any) -> tuple[Any, bool]:
    """The type a field holds, and whether it may be None (``float | None`` -> float, True)."""
    if typing.get_origin(field_type) in (typing.Union, types.UnionType):
        args = typing.get_args(field_type)
        others = [arg for arg in args if arg is not type(None)]
        return (others[0] if len(others) == 1 else str), len(others) < len(args)
    return field_type, False


def parse_by_type(text: str, field_type: Any) -> Any:
    """Turn an editor's text into the field's type (the resolved type object, e.g. ``float | None``)."""
    translate = QCoreApplication.translate
    text = text.strip()
    base, optional = _base_type(field_type)
    if base in (float, int):
        if not text:
            if optional:
                return None
            raise ValueError(translate("RecordTableModel", "a value is required"))
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise ValueError(translate("RecordTableModel", "“{0}” is not a number").format(text))
        if base is int:
            if not number.is_integer():
                raise ValueError(translate("RecordTableModel", "“{0}” is not a whole number").format(text))
            return int(number)
        return number
    if base is bool:
        return text.lower() in ("1", "true", "yes", "y", "是")
    return text


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        translate = QCoreApplication.translate
        return translate("RecordTableModel", "yes") if value else translate("RecordTableModel", "no")
    if isinstance(value, float):
        return f"{value:,.6g}"
    return str(value)


class RecordTableModel(QAbstractTableModel):
    """Rows follow the table's order; the model keeps only the row keys, never the records."""

    editRejected = Signal(str)
    """An edit was refused; carries the reason for the analyst."""

    def __init__(self, session: Session, table: str, columns: list[Column], parent=None):
        super().__init__(parent)
        self._session = session
        self._table = table
        self._columns = list(columns)
        self._field_types = typing.get_type_hints(self._entity_type())
        self._keys: list[Key] = self._table_keys()
        session.changed.connect(self._on_workspace_changed)
        session.workspaceReplaced.connect(self._on_workspace_replaced)

    # ------------------------------------------------------------ reading
    @property
    def table_name(self) -> str:
        return self._table

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def _entity_type(self) -> type:
        return self._session.workspace.table(self._table).spec.entity_type

    def _table_keys(self) -> list[Key]:
        return self._session.workspace.table(self._table).keys()

    def key_at(self, row: int) -> Key:
        return self._keys[row]

    def row_of(self, key: Key) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def record_at(self, row: int) -> Any:
        return self._session.workspace.table(self._table).get(self._keys[row])

    def column_of(self, field: str) -> int:
        return next((i for i, c in enumerate(self._columns) if c.field == field), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        column = self._columns[index.column()]
        value = getattr(record, column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(value) if column.display else format_value(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else (value if isinstance(value, str) else format_value(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return self._keys[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self.header_text(self._columns[section].field)
            return None
        return str(section + 1)

    def header_text(self, field: str) -> str:
        column = next((c for c in self._columns if c.field == field), None)
        return QCoreApplication.translate("Columns", column.header) if column else field

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def retranslate(self) -> None:
        """Headers and some cells (labels, yes/no) are translated when read: ask views to read again."""
        if not self._columns:
            return
        last_column = len(self._columns) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, last_column))

    # ------------------------------------------------------------ editing
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        column = self._columns[index.column()]
        key = self._keys[index.row()]
        try:
            new_value = self._parse(column, value)
            if new_value == getattr(self.record_at(index.row()), column.field):
                return True  # nothing to record in the history
            label = QCoreApplication.translate("RecordTableModel", "Edit {0}").format(self.header_text(column.field))
            self._session.push(update(self._session.workspace, self._table, key, label, **{column.field: new_value}))
        except ValueError as error:
            self.editRejected.emit(f"{self.header_text(column.field)}: {error}")
            return False
        except EditRejected as error:
            self.editRejected.emit("; ".join(f"{self.header_text(f)}: {m}" for f, m in error.problems))
            return False
        return True

    def _parse(self, column: Column, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if column.parse:
            return column.parse(value)
        return parse_by_type(value, self._field_types[column.field])

    # ------------------------------------------------------------ following the workspace
    def _on_workspace_changed(self, change: Change) -> None:
        if change.table != self._table:
            return
        if change.kind is ChangeKind.RESET:
            self._on_workspace_replaced()
        elif change.kind is ChangeKind.REMOVE:
            row = self.row_of(change.key)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._keys[row]
            self.endRemoveRows()
        elif change.kind is ChangeKind.PUT and change.key not in self._keys:
            self.beginInsertRows(QModelIndex(), change.new_index, change.new_index)
            self._keys.insert(change.new_index, change.key)
            self.endInsertRows()
        elif change.kind is ChangeKind.PUT:
            self._on_record_put(change.key, change.new_index)

    def _on_record_put(self, key: Key, new_row: int) -> None:
        old_row = self.row_of(key)
        if old_row != new_row:
            # Qt counts the destination before the move: one further when moving down.
            destination = new_row + 1 if new_row > old_row else new_row
            self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), destination)
            self._keys.insert(new_row, self._keys.pop(old_row))
            self.endMoveRows()
        last_column = max(0, len(self._columns) - 1)
        self.dataChanged.emit(self.index(new_row, 0), self.index(new_row, last_column))

    def _on_workspace_replaced(self) -> None:
        self.beginResetModel()
        self._keys = self._table_keys()
        self.endResetModel()
