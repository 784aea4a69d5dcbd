"""The Workspace aggregate: the whole open analysis, and the events it sends."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Callable, Iterator

from .tables import SPECS_BY_NAME, TABLE_SPECS, EntityTable, Key

if TYPE_CHECKING:  # firms pulls in numpy, which start-up does not need
    from .firms import FirmTable


class ChangeKind(StrEnum):
    PUT = "put"
    """Inserted when old_index is None, else replaced or moved."""
    REMOVE = "remove"
    RESET = "reset"
    """The whole table was replaced (or patched in bulk): re-read everything."""


@dataclass(frozen=True)
class Change:
    """One thing that happened to a table, for item models that update row by row."""

    table: str
    kind: ChangeKind
    key: Key | None = None
    old_index: int | None = None
    new_index: int | None = None


@dataclass(frozen=True)
class EditFinished:
    """One finished edit (a command, a batch, an import, an undo or a redo): what it changed, all at once.

    ``keys`` maps a table to the keys of the records put or removed; a table that was reset
    (re-read whole) is in ``reset`` and may have no keys.
    """

    tables: frozenset[str]
    keys: dict[str, frozenset[Key]] = field(default_factory=dict)
    reset: frozenset[str] = frozenset()

    def touches(self, tables: frozenset[str] | set[str] | None) -> bool:
        """True when the edit changed one of ``tables`` (None: not known, so assume it did)."""
        return tables is None or not self.tables.isdisjoint(tables)


Listener = Callable[[Change], None]
EditListener = Callable[[EditFinished], None]


@dataclass
class WorkspaceInfo:
    title: str = ""
    origin: str = ""  # the dataset folder or project file it came from
    dataset_name: str = ""


class _Reads(threading.local):
    """The read sets being recorded on this thread, innermost last."""

    def __init__(self) -> None:
        self.stack: list[tuple[Workspace, set[str]]] = []


_reads = _Reads()


class _PendingEdit:
    __slots__ = ("tables", "keys", "reset")

    def __init__(self) -> None:
        self.tables: set[str] = set()
        self.keys: dict[str, set[Key]] = {}
        self.reset: set[str] = set()

    def add(self, change: Change) -> None:
        self.tables.add(change.table)
        if change.kind is ChangeKind.RESET:
            self.reset.add(change.table)
        elif change.key is not None:
            self.keys.setdefault(change.table, set()).add(change.key)

    def finished(self) -> EditFinished:
        return EditFinished(frozenset(self.tables), {t: frozenset(k) for t, k in self.keys.items()},
                            frozenset(self.reset))


class Workspace:
    """Holds every table of an analysis. Edit it only through commands."""

    def __init__(self, info: WorkspaceInfo | None = None):
        self.info = info or WorkspaceInfo()
        self._tables: dict[str, EntityTable] = {spec.name: EntityTable(spec) for spec in TABLE_SPECS}
        self._listeners: list[Listener] = []
        self._edit_listeners: list[EditListener] = []
        self._edit_depth = 0
        self._pending: _PendingEdit | None = None
        self.firms: FirmTable | None = None
        """Industry-chain firms: large, read-only reference data, loaded on demand and not saved."""
        self._derived: dict[str, tuple[tuple, Any]] = {}

    def table(self, name: str) -> EntityTable:
        table = self._tables[name]
        if _reads.stack:
            for workspace, names in _reads.stack:
                if workspace is self:
                    names.add(name)
        return table

    # Read access by table name: ws.vendors, ws.scores...
    @property
    def sources(self) -> EntityTable: return self.table("sources")
    @property
    def settings(self) -> EntityTable: return self.table("settings")
    @property
    def vendors(self) -> EntityTable: return self.table("vendors")
    @property
    def dimensions(self) -> EntityTable: return self.table("dimensions")
    @property
    def scores(self) -> EntityTable: return self.table("scores")
    @property
    def tiers(self) -> EntityTable: return self.table("tiers")
    @property
    def tier_placements(self) -> EntityTable: return self.table("tier_placements")
    @property
    def metrics(self) -> EntityTable: return self.table("metrics")
    @property
    def province_values(self) -> EntityTable: return self.table("province_values")
    @property
    def clusters(self) -> EntityTable: return self.table("clusters")
    @property
    def filing_batches(self) -> EntityTable: return self.table("filing_batches")
    @property
    def key_figures(self) -> EntityTable: return self.table("key_figures")
    @property
    def market_series(self) -> EntityTable: return self.table("market_series")
    @property
    def market_points(self) -> EntityTable: return self.table("market_points")
    @property
    def revenue_mix(self) -> EntityTable: return self.table("revenue_mix")
    @property
    def market_definitions(self) -> EntityTable: return self.table("market_definitions")
    @property
    def market_shares(self) -> EntityTable: return self.table("market_shares")
    @property
    def revenue_observations(self) -> EntityTable: return self.table("revenue_observations")
    @property
    def analysis_entries(self) -> EntityTable: return self.table("analysis_entries")
    @property
    def tows_strategies(self) -> EntityTable: return self.table("tows_strategies")

    @property
    def table_names(self) -> list[str]:
        return list(self._tables)

    # ------------------------------------------------------------ events
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Every Change as it happens (item models need them row by row)."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def subscribe_edits(self, listener: EditListener) -> Callable[[], None]:
        """One EditFinished per finished edit: what panels, autosave and the status bar follow."""
        self._edit_listeners.append(listener)
        return lambda: self._edit_listeners.remove(listener) if listener in self._edit_listeners else None

    @contextmanager
    def editing(self) -> Iterator[None]:
        """Changes made inside are one edit: one EditFinished when the outermost block ends.

        Commands open one around their work, so a Batch, an import, an undo or a redo is one edit.
        """
        self._edit_depth += 1
        try:
            yield
        finally:
            self._edit_depth -= 1
            if self._edit_depth == 0:
                pending, self._pending = self._pending, None
                if pending is not None:
                    finished = pending.finished()
                    for listener in list(self._edit_listeners):
                        listener(finished)

    def emit(self, change: Change) -> None:
        with self.editing():  # a change made outside any edit is an edit of its own
            if self._pending is None:
                self._pending = _PendingEdit()
            self._pending.add(change)
            for listener in list(self._listeners):
                listener(change)

    def replace_table(self, name: str, records: list[Any]) -> None:
        """Load a whole table (used by loaders, not by edits)."""
        self._tables[name] = EntityTable(SPECS_BY_NAME[name], records)
        self.emit(Change(name, ChangeKind.RESET))

    def copy_tables(self, names: list[str] | set[str] | frozenset[str]) -> "Workspace":
        """A private workspace holding copies of the named tables, for work on another thread."""
        twin = Workspace(self.info)
        for name in names:
            twin._tables[name] = self._tables[name].copy()
        return twin

    # ------------------------------------------------------------ derived results
    @contextmanager
    def recording_reads(self) -> Iterator[set[str]]:
        """The names of the tables read (through ``table()`` or a table property) inside the block."""
        names: set[str] = set()
        _reads.stack.append((self, names))
        try:
            yield names
        finally:
            _reads.stack.pop()

    def derived(self, name: str, compute: Callable[[], Any]) -> Any:
        """compute(), kept until a table it read changes or is replaced; callers must not modify it.

        The tables are the ones compute() read, recorded while it ran: no list to keep by hand.
        Lets the thread that reads a workspace compute what the window shows first.
        """
        kept = self._derived.get(name)
        if kept is not None and _still_current(kept[0], self._tables):
            stamp = kept[0]
        else:
            with self.recording_reads() as read:
                value = compute()
            # The table objects themselves, not only versions: a replaced table starts again at 0.
            stamp = tuple((table_name, self._tables[table_name], self._tables[table_name].version)
                          for table_name in sorted(read))
            kept = (stamp, value)
            self._derived[name] = kept
        for _workspace, names in _reads.stack:  # a result computed from another reads its tables too
            if _workspace is self:
                names.update(table_name for table_name, _, _ in stamp)
        return kept[1]

    def reads_of(self, name: str) -> frozenset[str] | None:
        """The tables the derived result ``name`` read when last computed; None before it was."""
        kept = self._derived.get(name)
        return None if kept is None else frozenset(table_name for table_name, _, _ in kept[0])

    def take_apart(self) -> list[Any]:
        """Empty the workspace and return what it held, the firms and each table apart.

        For a caller letting go of a large workspace: freeing it a part at a time
        keeps each step short.
        """
        parts = [self.firms, self._derived, *self._tables.values()]
        self.firms, self._derived = None, {}
        self._tables = {spec.name: EntityTable(spec) for spec in TABLE_SPECS}
        return parts

    def replace_firms(self, firms: FirmTable | None) -> None:
        self.firms = firms
        self.emit(Change("firms", ChangeKind.RESET))

    def setting(self, key: str, default: str = "") -> str:
        record = self.table("settings").get((key,))
        return record.value if record else default

    def snapshot(self) -> dict[str, list[Any]]:
        """Every table's records in order: equal snapshots mean equal workspaces."""
        return {name: table.records() for name, table in self._tables.items()}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Workspace):
            return NotImplemented
        return self.snapshot() == other.snapshot()


def _still_current(stamp: tuple, tables: dict[str, EntityTable]) -> bool:
    return all(tables.get(name) is table and table.version == version for name, table, version in stamp)
