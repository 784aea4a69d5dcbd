"""The Workspace aggregate: the whole open analysis, and the events it sends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .tables import SPECS_BY_NAME, TABLE_SPECS, EntityTable, Key

if TYPE_CHECKING:  # firms pulls in numpy, which start-up does not need
    from .firms import FirmTable


@dataclass(frozen=True)
class Change:
    """One thing that happened to a table.

    kind is "put" (inserted when old_index is None, else replaced or moved),
    "remove", or "reset" (the whole table was replaced: re-read everything).
    """

    table: str
    kind: str
    key: Key | None = None
    old_index: int | None = None
    new_index: int | None = None


Listener = Callable[[Change], None]


@dataclass
class WorkspaceInfo:
    title: str = ""
    origin: str = ""  # the dataset folder or project file it came from
    dataset_name: str = ""


class Workspace:
    """Holds every table of an analysis. Edit it only through commands."""

    def __init__(self, info: WorkspaceInfo | None = None):
        self.info = info or WorkspaceInfo()
        self._tables: dict[str, EntityTable] = {spec.name: EntityTable(spec) for spec in TABLE_SPECS}
        self._listeners: list[Listener] = []
        self.firms: FirmTable | None = None
        """Industry-chain firms: large, read-only reference data, loaded on demand and not saved."""
        self._derived: dict[str, tuple[tuple, Any]] = {}

    def table(self, name: str) -> EntityTable:
        return self._tables[name]

    def __getattr__(self, name: str) -> EntityTable:
        # ws.vendors, ws.scores... read access by table name
        tables = self.__dict__.get("_tables")
        if tables is not None and name in tables:
            return tables[name]
        raise AttributeError(name)

    @property
    def table_names(self) -> list[str]:
        return list(self._tables)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def replace_table(self, name: str, records: list[Any]) -> None:
        """Load a whole table (used by loaders, not by edits)."""
        self._tables[name] = EntityTable(SPECS_BY_NAME[name], records)
        self.emit(Change(name, "reset"))

    def copy_tables(self, names: list[str]) -> "Workspace":
        """A private workspace holding copies of the named tables, for work on another thread."""
        twin = Workspace(self.info)
        for name in names:
            twin._tables[name] = self._tables[name].copy()
        return twin

    def derived(self, name: str, tables: Iterable[str], compute: Callable[[], Any]) -> Any:
        """compute(), kept until one of ``tables`` changes or is replaced; callers must not modify it.

        Lets the thread that reads a workspace compute what the window shows first.
        """
        # The table objects themselves, not only versions: a replaced table starts again at 0.
        stamp = tuple((table, table.version) for table in map(self.table, tables))
        kept = self._derived.get(name)
        if kept is None or not _same_stamp(kept[0], stamp):
            kept = (stamp, compute())
            self._derived[name] = kept
        return kept[1]

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
        self.emit(Change("firms", "reset"))

    def setting(self, key: str, default: str = "") -> str:
        record = self._tables["settings"].get((key,))
        return record.value if record else default

    def snapshot(self) -> dict[str, list[Any]]:
        """Every table's records in order: equal snapshots mean equal workspaces."""
        return {name: table.records() for name, table in self._tables.items()}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Workspace):
            return NotImplemented
        return self.snapshot() == other.snapshot()


def _same_stamp(kept: tuple, now: tuple) -> bool:
    return len(kept) == len(now) and all(a is b and u == v for (a, u), (b, v) in zip(kept, now))
