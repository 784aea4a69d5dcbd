"""One interface for where a project lives: a .wbproj file, or a team database named by a URL.

The window, the command line and the tests open, save, read history and take snapshots
through a ProjectStore and never ask which kind it is. ``store_for`` picks the kind; the
PostgreSQL driver is imported only when a URL is opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from workbench.domain.history import HistoryEntry, Snapshot, State
from workbench.domain.tables import Key
from workbench.domain.workspace import Workspace

from .location_kind import TEAM_URL_PREFIXES, is_team_location  # noqa: F401 (re-exported)



@dataclass
class SyncBase:
    """What the window last had in common with the store: the edits since are the analyst's own."""

    state: State
    seq: int = 0
    """The newest history entry seen."""
    versions: dict[tuple[str, Key], int] = field(default_factory=dict)
    """(table, key) -> the record's version when read (team projects; empty for files)."""
    saved_ids: set[str] = field(default_factory=set)
    """Saves of this window committed after ``seq`` while others' commits came between (team projects):
    ``changes_since`` leaves them out, they are the analyst's own."""

    def absorb(self, remote: "RemoteChanges", keep: "set[tuple[str, Key]] | frozenset" = frozenset()) -> None:
        """Take others' records into the base, except those in ``keep``: the analyst's unsaved edits.

        A kept record keeps the version the analyst read, so that saving it meets the other change
        as a conflict instead of overwriting it.
        """
        copied: set[str] = set()
        for (table, key), (record, version) in remote.records.items():
            if (table, key) in keep:
                continue
            if table not in copied:  # a table's dict may be shared with an earlier base (a save in flight)
                self.state[table] = dict(self.state.get(table, {}))
                copied.add(table)
            records = self.state[table]
            if record is None:
                records.pop(key, None)
                self.versions.pop((table, key), None)
            else:
                records[key] = record
                self.versions[(table, key)] = version
        self.seq = max(self.seq, remote.seq)

    def with_records(self, records: dict[tuple[str, Key], tuple[Any | None, int]], seq: int | None = None) -> "SyncBase":
        """A new base with these (record or None, version) taken in; this one is left as it was (a save still
        in flight may be using it). A removed record takes its version along: adding it again is an insert."""
        base = replace(self, state=dict(self.state), versions=dict(self.versions))
        base.absorb(RemoteChanges([], records, self.seq if seq is None else seq))
        return base


@dataclass(frozen=True)
class Conflict:
    """A record the analyst changed that someone else changed first (or removed)."""

    table: str
    key: Key
    base: Any | None  # as the analyst last synced it
    mine: Any | None
    theirs: Any | None  # None: they removed it
    theirs_version: int
    theirs_analyst: str = ""


@dataclass
class SaveOutcome:
    saved: bool
    synced: SyncBase | None = None
    """The new base after a save; None when nothing was written."""
    conflicts: list[Conflict] = field(default_factory=list)
    """When not empty nothing was written: resolve them, then save again."""
    entries: list[HistoryEntry] = field(default_factory=list)
    """The history entries this save committed."""
    warnings: list[str] = field(default_factory=list)
    """Saved, but with something the analyst should know (e.g. a file's earlier history could not be kept)."""


@dataclass
class RemoteChanges:
    """Others' commits since a SyncBase: entries oldest first, and each touched record as it is now."""

    entries: list[HistoryEntry]
    records: dict[tuple[str, Key], tuple[Any | None, int]]
    """(table, key) -> (record now or None when removed, its version)."""
    seq: int


@dataclass
class OpenedProject:
    workspace: Workspace
    synced: SyncBase


class ProjectStore(Protocol):
    location: str
    """A file path or a URL without its password: safe to show and to keep in Recent."""
    is_team: bool

    def open(self) -> OpenedProject: ...

    def save(self, workspace: Workspace, synced: SyncBase | None, analyst: str) -> SaveOutcome: ...

    def changes_since(self, synced: SyncBase) -> RemoteChanges: ...

    def history(self, *, table: str | None = None, key: Key | None = None, analyst: str | None = None,
                limit: int | None = None) -> list[HistoryEntry]:
        """Newest first."""

    def snapshots(self) -> list[Snapshot]: ...

    def take_snapshot(self, name: str, analyst: str, note: str = "") -> Snapshot: ...

    def workspace_at(self, snapshot_name: str) -> Workspace: ...

    def close(self) -> None: ...


class StoreUnavailable(Exception):
    """The store could not be reached or dropped the connection (network, server restart).

    Nothing was written; the edits are still in the window. The message is for the analyst;
    the caller may offer to try again.
    """


class PasswordRequired(Exception):
    """The server asked for a password the URL and libpq's .pgpass/service file did not give."""


def store_for(location: str, *, password: str | None = None) -> ProjectStore:
    """The store at location: a URL opens the team database, anything else a .wbproj file."""
    if is_team_location(location):
        from .team.store import TeamStore  # the PostgreSQL driver is loaded only now

        return TeamStore(str(location), password=password)
    from .file_store import FileStore

    return FileStore(location)
