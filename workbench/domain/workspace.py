"""The Workspace aggregate: the whole open analysis, and the events it sends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

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
