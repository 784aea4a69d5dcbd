"""A .wbproj file as a ProjectStore: one analyst at a time, with its history and snapshots inside the file.

Saving writes the whole file anew (project.save_project), carrying the history over and
appending the analyst's changes since the last open or save. A snapshot is one row
written into the file in its own transaction; the state it names is the saved state
rewound by the entries that came after it.
"""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from workbench.domain.history import HistoryEntry, Snapshot, rewind, state_of, workspace_of
from workbench.domain.tables import Key
from workbench.domain.workspace import Workspace, WorkspaceInfo

from . import file_history, migrations
from .history_rows import snapshot_to_row
from .project import BUSY_TIMEOUT_MS, ProjectError, open_project, save_project
from .project_store import OpenedProject, RemoteChanges, SaveOutcome, SyncBase

MAX_SNAPSHOT_NAME = 120
UNKNOWN_ANALYST = "unknown"


def default_analyst(author: str = "") -> str:
    """Who a file's history names: the author set in Preferences, else the login name."""
    if author.strip():
        return author.strip()
    try:
        return getpass.getuser() or UNKNOWN_ANALYST
    except Exception:  # no login name in some containers and services
        return UNKNOWN_ANALYST


class FileStore:
    is_team = False

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.location = str(path)

    # ------------------------------------------------------------ records
    def open(self) -> OpenedProject:
        workspace = open_project(self.path)  # upgrades an older format first, keeping a backup
        return OpenedProject(workspace, SyncBase(state_of(workspace), self._newest_seq()))

    def save(self, workspace: Workspace, synced: SyncBase | None, analyst: str) -> SaveOutcome:
        """The whole workspace; the changes since ``synced`` become history. Files have no conflicts."""
        return self._save(workspace, synced, analyst, history_from=None)

    def save_as(self, path: str | Path, workspace: Workspace, synced: SyncBase | None,
                analyst: str) -> tuple["FileStore", SaveOutcome]:
        """Save to another file, taking this file's history and snapshots along."""
        store = FileStore(path)
        return store, store._save(workspace, synced, analyst, history_from=self.path)

    def _save(self, workspace: Workspace, synced: SyncBase | None, analyst: str,
              history_from: Path | None) -> SaveOutcome:
        saved = save_project(workspace, self.path, since=synced.state if synced is not None else None,
                             analyst=analyst or default_analyst(), history_from=history_from)
        return SaveOutcome(True, SyncBase(state_of(workspace), saved.seq), entries=list(saved.entries),
                           warnings=[saved.problem] if saved.problem else [])

    def changes_since(self, synced: SyncBase) -> RemoteChanges:
        """Entries another program saved into the file since ``synced`` (the command line's import, say)."""
        with self._reading() as connection:
            entries = file_history.read_entries(connection, after_seq=synced.seq, newest_first=False)
        if not entries:
            return RemoteChanges([], {}, synced.seq)
        workspace = open_project(self.path)
        records = {(e.table, e.key): (workspace.table(e.table).get(e.key), 0) for e in entries}
        return RemoteChanges(entries, records, entries[-1].seq)

    # ------------------------------------------------------------ history
    def history(self, *, table: str | None = None, key: Key | None = None, analyst: str | None = None,
                limit: int | None = None) -> list[HistoryEntry]:
        """Newest first."""
        with self._reading() as connection:
            return file_history.read_entries(connection, table=table, key=key, analyst=analyst, limit=limit)

    def history_in_use(self) -> bool:
        """Whether the file holds any history entry or snapshot."""
        with self._reading() as connection:
            if not file_history.has_history_tables(connection):
                return False
            return bool(file_history.newest_seq(connection) or file_history.read_snapshots(connection))

    def snapshots(self) -> list[Snapshot]:
        with self._reading() as connection:
            return file_history.read_snapshots(connection)

    def take_snapshot(self, name: str, analyst: str, note: str = "") -> Snapshot:
        """Name the saved state; written into the file at once, in one transaction."""
        name = " ".join(name.split())
        if not name:
            raise ProjectError("A snapshot needs a name.")
        if len(name) > MAX_SNAPSHOT_NAME:
            raise ProjectError(f"A snapshot name has at most {MAX_SNAPSHOT_NAME} characters.")
        self._ensure_current_format()
        connection = self._connect(read_only=False)
        try:
            connection.execute("BEGIN IMMEDIATE")
            if connection.execute("SELECT 1 FROM snapshots WHERE name = ?", (name,)).fetchone():
                raise ProjectError(f"{self.path.name} already has a snapshot named “{name}”: choose another name.")
            snapshot = Snapshot(name, file_history.newest_seq(connection),
                                datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                analyst or default_analyst(), note.strip())
            connection.execute(file_history.INSERT_SNAPSHOT, snapshot_to_row(snapshot))
            connection.execute("COMMIT")
            return snapshot
        except sqlite3.Error as exc:
            raise ProjectError(f"Cannot take the snapshot in {self.path}: {exc}. The file has not been changed.") from exc
        finally:
            connection.close()  # an unfinished transaction is rolled back here

    def workspace_at(self, snapshot_name: str) -> Workspace:
        """The saved state the snapshot names, as a workspace of its own."""
        snapshot = next((s for s in self.snapshots() if s.name == snapshot_name), None)
        if snapshot is None:
            known = ", ".join(s.name for s in self.snapshots()) or "none"
            raise ProjectError(f"{self.path.name} has no snapshot named “{snapshot_name}” (snapshots: {known}).")
        workspace = open_project(self.path)
        with self._reading() as connection:
            later = file_history.read_entries(connection, after_seq=snapshot.history_seq)  # newest first
        info = WorkspaceInfo(title=workspace.info.title, origin=str(self.path), dataset_name=workspace.info.dataset_name)
        return workspace_of(rewind(state_of(workspace), later), info)

    def close(self) -> None:
        """Nothing is held open between calls."""

    # ------------------------------------------------------------ the file
    def _newest_seq(self) -> int:
        with self._reading() as connection:
            return file_history.newest_seq(connection) if file_history.has_history_tables(connection) else 0

    def _ensure_current_format(self) -> None:
        with self._reading() as connection:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version != migrations.CURRENT_SCHEMA_VERSION:
            open_project(self.path)  # upgrades it (with a backup), or says why it cannot

    def _connect(self, read_only: bool) -> sqlite3.Connection:
        if not self.path.is_file():
            raise ProjectError(f"Cannot open {self.path}: the file does not exist.")
        uri = self.path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return connection

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        connection = None
        try:
            connection = self._connect(read_only=True)
            yield connection
        except sqlite3.Error as exc:
            raise ProjectError(f"Cannot read the history of {self.path}: the file is damaged or unreadable "
                               f"({exc}).") from exc
        finally:
            if connection is not None:
                connection.close()
