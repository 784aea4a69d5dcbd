"""An in-memory team store that keeps the ProjectStore contract: versions, conflicts, history, snapshots.

One FakeServer is the database; each FakeStore is one analyst's connection to it, so two
windows on one server see each other's commits. `unavailable` makes the next calls fail as
a dropped network would (nothing written).
"""

from __future__ import annotations

import dataclasses
import itertools
import threading
import uuid
from datetime import datetime, timezone

from workbench.domain.history import (Snapshot, changes_between, entries_for, rewind, state_of, workspace_of)
from workbench.storage.project import ProjectError
from workbench.storage.project_store import (Conflict, OpenedProject, PasswordRequired, RemoteChanges, SaveOutcome,
                                             StoreUnavailable, SyncBase)

URL = "postgresql://analyst@db.example:5432/landscape"


class FakeServer:
    def __init__(self, workspace, password: str | None = None):
        self.info = workspace.info
        self.state = state_of(workspace)
        self.versions = {(table, key): 1 for table, records in self.state.items() for key in records}
        self.history = []  # oldest first
        self.snapshots: list[Snapshot] = []
        self.password = password
        self.unavailable = 0
        """How many of the next calls fail with StoreUnavailable."""
        self.lock = threading.Lock()
        self._seq = itertools.count(1)
        self.calls: list[str] = []
        self.listeners: list = []
        """Callbacks of fake LISTEN connections: told of every commit, from the committing thread."""

    def listen(self, location, callback, stop, *, password=None, on_error=None, ready=None, **_options):
        """Stands for the team store's listen(): announces each commit until stop is set."""
        self.listeners.append(callback)
        if ready is not None:
            ready.set()
        try:
            stop.wait()
        finally:
            self.listeners.remove(callback)

    def _check(self, call: str) -> None:
        self.calls.append(call)
        if self.unavailable:
            self.unavailable -= 1
            raise StoreUnavailable("The connection to db.example was lost; nothing was written.")

    @property
    def seq(self) -> int:
        return self.history[-1].seq if self.history else 0

    def commit(self, workspace, analyst: str):
        """Another analyst's save, straight into the server (as another window would)."""
        changes = changes_between(self.state, state_of(workspace))
        return self._apply(changes, analyst)

    def _apply(self, changes, analyst):
        save_id = uuid.uuid4().hex
        at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        entries = [dataclasses.replace(entry, seq=next(self._seq))
                   for entry in entries_for(changes, analyst=analyst, at=at, save_id=save_id)]
        for change in changes:
            records = self.state.setdefault(change.table, {})
            self.state[change.table] = records = dict(records)
            where = (change.table, change.key)
            if change.after is None:  # the row is gone, and its version with it
                records.pop(change.key, None)
                self.versions.pop(where, None)
            else:
                records[change.key] = change.after
                self.versions[where] = self.versions.get(where, 0) + 1
        self.history.extend(entries)
        for callback in list(self.listeners):
            callback({"seq": entries[-1].seq if entries else 0, "save_id": save_id, "analyst": analyst})
        return entries


class FakeStore:
    is_team = True

    def __init__(self, server: FakeServer, location: str = URL, analyst: str = "analyst",
                 password: str | None = None):
        self.server = server
        self.location = location
        self.analyst = analyst
        self._password = password
        self.closed = False

    def open(self) -> OpenedProject:
        self.server._check("open")
        if self.server.password is not None and self._password != self.server.password:
            raise PasswordRequired(f"{self.location} asks for a password")
        with self.server.lock:
            state = {table: dict(records) for table, records in self.server.state.items()}
            return OpenedProject(workspace_of(state, self.server.info),
                                 SyncBase(state, self.server.seq, dict(self.server.versions)))

    def save(self, workspace, synced, analyst) -> SaveOutcome:
        self.server._check("save")
        with self.server.lock:
            mine = state_of(workspace)
            changes = changes_between(synced.state, mine)
            conflicts = []
            for change in changes:
                where = (change.table, change.key)
                current = self.server.versions.get(where, 0)
                if change.before is None:  # an insert meets a row someone else added
                    clash = current != 0
                else:  # an update or delete WHERE row_version = the version read
                    clash = current != synced.versions.get(where, 0)
                if clash:
                    theirs = self.server.state.get(change.table, {}).get(change.key)
                    who = next((e.analyst for e in reversed(self.server.history)
                                if (e.table, e.key) == where), "")
                    conflicts.append(Conflict(change.table, change.key, change.before, change.after, theirs,
                                              current, who))
            if conflicts:
                return SaveOutcome(False, conflicts=conflicts)
            others_between = any(entry.seq > synced.seq for entry in self.server.history)
            entries = self.server._apply(changes, self.analyst)  # the server's word for who saved
            versions = dict(synced.versions)
            for change in changes:
                where = (change.table, change.key)
                if where in self.server.versions:
                    versions[where] = self.server.versions[where]
                else:
                    versions.pop(where, None)
            seq = synced.seq if others_between or not entries else entries[-1].seq
            return SaveOutcome(True, SyncBase(mine, seq, versions), entries=entries)

    def changes_since(self, synced) -> RemoteChanges:
        self.server._check("changes_since")
        with self.server.lock:
            entries = [entry for entry in self.server.history if entry.seq > synced.seq]
            records = {}
            for entry in entries:
                where = (entry.table, entry.key)
                records[where] = (self.server.state.get(entry.table, {}).get(entry.key),
                                  self.server.versions.get(where, 0))  # removed: (None, 0)
            return RemoteChanges(entries, records, self.server.seq)

    def history(self, *, table=None, key=None, analyst=None, limit=None):
        self.server._check("history")
        found = [entry for entry in reversed(self.server.history)
                 if (table is None or entry.table == table) and (key is None or entry.key == tuple(key))
                 and (analyst is None or entry.analyst == analyst)]
        return found[:limit] if limit else found

    def snapshots(self):
        self.server._check("snapshots")
        return list(self.server.snapshots)

    def take_snapshot(self, name, analyst, note=""):
        self.server._check("take_snapshot")
        if any(snapshot.name == name for snapshot in self.server.snapshots):
            raise ProjectError(f"A snapshot named “{name}” exists already.")
        snapshot = Snapshot(name, self.server.seq, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                            self.analyst, note)
        self.server.snapshots.append(snapshot)
        return snapshot

    def workspace_at(self, snapshot_name):
        self.server._check("workspace_at")
        snapshot = next((s for s in self.server.snapshots if s.name == snapshot_name), None)
        if snapshot is None:
            raise ProjectError(f"No snapshot named “{snapshot_name}”.")
        later = [entry for entry in reversed(self.server.history) if entry.seq > snapshot.history_seq]
        return workspace_of(rewind(self.server.state, later), self.server.info)

    def close(self):
        self.closed = True
