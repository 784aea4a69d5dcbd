"""Thin list models over the analysis tables: one quadrant, factor or TOWS cell each.

A model keeps only record ids and reads the records from the workspace, so
500 entries in a quadrant cost 500 strings, not 500 widgets. Every edit and
drop becomes a domain command pushed through the session's undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, \
    QPersistentModelIndex, Qt, Signal

from workbench.domain import Change, ChangeKind, analysis, update

from ...session import Session
from ...undo import EditRejected

ENTRY_MIME = "application/x-workbench-analysis-entry"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
IMPACT_ROLE = Qt.ItemDataRole.UserRole + 2
LIKELIHOOD_ROLE = Qt.ItemDataRole.UserRole + 3
LINKS_ROLE = Qt.ItemDataRole.UserRole + 4  # how many TOWS strategies link the entry
TOOLTIP_CHARACTERS = 600
Index = QModelIndex | QPersistentModelIndex


def problems_text(error: EditRejected) -> str:
    return "; ".join(f"{field}: {message}" for field, message in error.problems)


class FilteredListModel(QAbstractListModel):
    """Rows are the ids of one table's records that pass `_wanted_ids`; follows the workspace's changes."""

    TABLE = ""
    editRejected = Signal(str, str, str)
    """An edit was refused: the reason, the record id, and the text the analyst typed (to keep it)."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self._session = session
        self._ids: list[str] = self._wanted_ids()
        session.changed.connect(self._on_changed)
        session.workspaceReplaced.connect(self.refresh)

    @property
    def workspace(self):
        return self._session.workspace

    def _wanted_ids(self) -> list[str]:
        raise NotImplementedError

    def _record(self, record_id: str) -> Any:
        return self.workspace.table(self.TABLE).get((record_id,))

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def record_at(self, row: int) -> Any:
        return self._record(self._ids[row])

    def record_for(self, index: Index) -> Any:
        """The record an index shows, or None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        return self.record_at(index.row())

    def row_of(self, record_id: str) -> int:
        return self._ids.index(record_id) if record_id in self._ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def refresh(self) -> None:
        self.beginResetModel()
        self._ids = self._wanted_ids()
        self.endResetModel()

    def _on_changed(self, change: Change) -> None:
        if change.table != self.TABLE:
            return
        new_ids = self._wanted_ids()
        moved = change.key[0] if change.key else None
        if change.kind is ChangeKind.RESET or [i for i in self._ids if i != moved] != [i for i in new_ids if i != moved]:
            self.beginResetModel()  # more than the one record changed place: read everything again
            self._ids = new_ids
            self.endResetModel()
            return
        old_row = self.row_of(moved)
        new_row = new_ids.index(moved) if moved in new_ids else -1
        if old_row >= 0 and new_row < 0:
            self.beginRemoveRows(QModelIndex(), old_row, old_row)
            self._ids = new_ids
            self.endRemoveRows()
        elif old_row < 0 and new_row >= 0:
            self.beginInsertRows(QModelIndex(), new_row, new_row)
            self._ids = new_ids
            self.endInsertRows()
        elif old_row >= 0:
            if old_row != new_row:
                # Qt counts the destination before the move: one further when moving down.
                destination = new_row + 1 if new_row > old_row else new_row
                self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), destination)
                self._ids = new_ids
                self.endMoveRows()
            self.dataChanged.emit(self.index(new_row), self.index(new_row))

    def _push(self, command, record_id: str, attempted: str = "") -> bool:
        try:
            self._session.push(command)
        except EditRejected as error:
            self.editRejected.emit(problems_text(error), record_id, attempted)
            return False
        return True


class EntryListModel(FilteredListModel):
    """The entries of one (framework, scope, category), in recorded or priority order."""

    TABLE = analysis.ENTRIES

    def __init__(self, session: Session, framework: str, scope: str, category: str, parent=None):
        self.framework, self.scope, self.category = framework, scope, category
        self._priority_order = False
        super().__init__(session, parent)
        self._link_counts = self._count_links()

    def _wanted_ids(self) -> list[str]:
        entries = analysis.entries_in(self.workspace, self.framework, self.scope, self.category)
        if self._priority_order:
            entries = analysis.by_priority(entries)
        return [entry.entry_id for entry in entries]

    def set_scope(self, scope: str) -> None:
        if scope != self.scope:
            self.scope = scope
            self.refresh()

    @property
    def priority_order(self) -> bool:
        return self._priority_order

    def set_priority_order(self, on: bool) -> None:
        if on != self._priority_order:
            self._priority_order = on
            self.refresh()

    def refresh(self) -> None:
        self._link_counts = self._count_links()
        super().refresh()

    def _count_links(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for strategy in self.workspace.tows_strategies:
            for entry_id in analysis.linked_ids(strategy):
                counts[entry_id] = counts.get(entry_id, 0) + 1
        return counts

    def _on_changed(self, change: Change) -> None:
        if change.table == analysis.STRATEGIES and self._ids:
            self._link_counts = self._count_links()
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [LINKS_ROLE])
        super()._on_changed(change)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.record_for(index)
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return entry.text
        if role == Qt.ItemDataRole.ToolTipRole:
            text = entry.text if len(entry.text) <= TOOLTIP_CHARACTERS else entry.text[:TOOLTIP_CHARACTERS] + "…"
            extra = "\n\n" + entry.evidence[:TOOLTIP_CHARACTERS] if entry.evidence else ""
            return text + extra
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return QCoreApplication.translate("SwotPest", "impact {0}, likelihood {1}").format(
                entry.impact, entry.likelihood)
        return {ID_ROLE: entry.entry_id, IMPACT_ROLE: entry.impact, LIKELIHOOD_ROLE: entry.likelihood,
                LINKS_ROLE: self._link_counts.get(entry.entry_id, 0)}.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between entries, never on one
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        entry = self.record_at(index.row())
        if entry is None or value == entry.text:
            return entry is not None
        label = QCoreApplication.translate("SwotPest", "Edit entry text")
        return self._push(update(self.workspace, self.TABLE, (entry.entry_id,), label, text=str(value)),
                          entry.entry_id, str(value))

    # ------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.id_at(i.row()) for i in indexes if i.isValid()]
        data.setData(ENTRY_MIME, QByteArray(",".join(ids).encode("utf-8")))
        return data

    @staticmethod
    def dropped_ids(data: QMimeData) -> list[str]:
        if not data.hasFormat(ENTRY_MIME):
            return []
        return [i for i in bytes(data.data(ENTRY_MIME).data()).decode("utf-8").split(",") if i]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        entries = [self.workspace.analysis_entries.get((i,)) for i in self.dropped_ids(data)]
        return bool(entries) and all(e is not None and e.framework == self.framework for e in entries)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Within a scope an entry moves; into another scope, or with Ctrl held, it is copied."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        row = parent.row() if parent.isValid() else row
        entry_id = self.dropped_ids(data)[0]  # the views select one entry at a time
        entry = self.workspace.analysis_entries.get((entry_id,))
        position = None if row < 0 or self._priority_order else row
        translate = QCoreApplication.translate
        if entry.scope == self.scope and action == Qt.DropAction.MoveAction:
            siblings = analysis.entries_in(self.workspace, self.framework, self.scope, self.category)
            old = next((i for i, s in enumerate(siblings) if s.entry_id == entry_id), None)
            if position is not None and old is not None and old < position:
                position -= 1  # the entry leaves its old place above the drop point
            if old is not None and (position == old or (position is None and self._priority_order)):
                return False  # dropped where it already is
            command = analysis.move_entry(self.workspace, entry_id, self.category, position,
                                          translate("SwotPest", "Move entry"))
        else:
            command = analysis.copy_entry(self.workspace, entry_id, self.scope, self.category, position,
                                          translate("SwotPest", "Copy entry"))
        return self._push(command, entry_id)


class StrategyListModel(FilteredListModel):
    """The strategies of one TOWS cell of a scope."""

    TABLE = analysis.STRATEGIES

    def __init__(self, session: Session, scope: str, cell: str, parent=None):
        self.scope, self.cell = scope, cell
        super().__init__(session, parent)

    def _wanted_ids(self) -> list[str]:
        return [s.strategy_id for s in analysis.strategies_in(self.workspace, self.scope, self.cell)]

    def set_scope(self, scope: str) -> None:
        if scope != self.scope:
            self.scope = scope
            self.refresh()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        strategy = self.record_for(index)
        if strategy is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return strategy.text
        if role == ID_ROLE:
            return strategy.strategy_id
        if role == LINKS_ROLE:
            return len(analysis.linked_ids(strategy))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        strategy = self.record_at(index.row())
        if strategy is None or value == strategy.text:
            return strategy is not None
        label = QCoreApplication.translate("SwotPest", "Edit strategy")
        return self._push(update(self.workspace, self.TABLE, (strategy.strategy_id,), label, text=str(value)),
                          strategy.strategy_id, str(value))
