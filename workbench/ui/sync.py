"""Others' commits to a team project, brought into this window.

RemoteSync asks the store for changes_since(synced) in a worker whenever it is woken: by
its poll every POLL_SECONDS, or by notify() (thread-safe), which a LISTEN/NOTIFY listener
thread can call the moment the server announces a commit. Changes are applied without the
undo stack; a record the analyst has edited and not saved keeps the analyst's value (the
save then reports it as a conflict), and takes the remote value once the analyst's edit
is undone.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

if TYPE_CHECKING:
    from workbench.domain.change_notes import ChangeNote
    from workbench.storage.project_store import RemoteChanges

    from .prompts import Prompts
    from .session import Session

POLL_SECONDS = 1.0
LISTENING_POLL_SECONDS = 15.0  # with LISTEN/NOTIFY the poll is only a safety net
WAKE_CHECK_MS = 50  # how often the GUI thread looks at the wake flag a listener thread sets


def describe(note: ChangeNote) -> str:
    """The note in the analyst's language."""
    if note.kind == "tier":
        return QCoreApplication.translate("RemoteSync", "{0} moved {1} to Tier {2}").format(
            note.analyst, note.vendor, note.tier)
    if note.kind == "score":
        value = "—" if note.value is None else f"{note.value:g}" if isinstance(note.value, float) else note.value
        return QCoreApplication.translate("RemoteSync", "{0} changed {1}'s {2} score to {3}").format(
            note.analyst, note.vendor, note.dimension, value)
    return QCoreApplication.translate("RemoteSync", "{0} edited {1} records").format(note.analyst, note.count)


class RemoteSync(QObject):
    applied = Signal(object)
    """Others' commits were brought in; carries their history entries (oldest first)."""

    def __init__(self, session: Session, prompts: Prompts, store_busy: Callable[[], bool],
                 parent: QObject | None = None, poll_seconds: float = POLL_SECONDS):
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._store_busy = store_busy
        self.poll_seconds = poll_seconds
        """Seconds between asks when nothing woke it; a listener makes this a slow safety net."""
        self._wake = threading.Event()
        self._last_fetch = 0.0
        self._fetching = None
        self._unreachable = False
        self.deferred: dict[tuple[str, tuple], tuple] = {}
        """(table, key) -> (record, version) from others, held back while the analyst's own edit stands."""
        self._stop_listening: threading.Event | None = None
        self._ready: threading.Event | None = None
        self._ready_seen = False
        self._listening = False
        self._timer = QTimer(self, interval=WAKE_CHECK_MS, timeout=self._tick)
        session.edited.connect(self._take_deferred)
        session.undo_stack.indexChanged.connect(self._clean_when_in_step)
        session.workspaceReplaced.connect(self._on_workspace_replaced)

    def start(self) -> None:
        store = self._session.store
        if store is not None and store.is_team:
            self._last_fetch = time.monotonic()
            self._timer.start()

    def listen_with(self, listen: Callable, location: str, password: str | None) -> None:
        """Let a LISTEN/NOTIFY listener thread wake the fetch the moment a commit is announced.

        listen(location, callback, stop_event, password=, on_error=, ready=) runs in its own thread
        and calls back from there; the callbacks only set flags. Once its LISTEN is in place (ready)
        the poll slows to a safety net, with one fetch for what was committed meanwhile; after an
        error the poll is back to every POLL_SECONDS until the listener hears the server again.
        """
        self._stop_listening = stop = threading.Event()
        self._ready = ready = threading.Event()
        self._ready_seen = False

        def heard(_notice) -> None:  # on the listener thread (a reconnection is announced too)
            self._listening = self._ready_seen
            self.notify()

        def failed(_error: Exception) -> None:
            self._listening = False

        threading.Thread(target=listen, args=(location, heard, stop),
                         kwargs={"password": password, "on_error": failed, "ready": ready},
                         name="workbench-listen", daemon=True).start()

    @property
    def listening(self) -> bool:
        """True while a listener has its LISTEN in place and has not failed since."""
        return self._listening

    def stop(self) -> None:
        if self._stop_listening is not None:
            self._stop_listening.set()
            self._stop_listening = None
        self._ready, self._listening = None, False
        self._timer.stop()
        if self._fetching is not None:
            self._fetching.cancel()
            self._fetching = None

    def notify(self) -> None:
        """Something was committed: fetch soon. Safe to call from any thread."""
        self._wake.set()

    def _on_workspace_replaced(self) -> None:
        self.stop()
        self.deferred.clear()

    def _tick(self) -> None:
        if self._ready is not None and not self._ready_seen and self._ready.is_set():
            self._ready_seen = self._listening = True
            self._wake.set()  # what was committed before the LISTEN was in place
        every = max(self.poll_seconds, LISTENING_POLL_SECONDS) if self._listening else self.poll_seconds
        due = time.monotonic() - self._last_fetch >= every
        if (self._wake.is_set() or due) and self._fetching is None and not self._store_busy():
            self._wake.clear()
            self.fetch()

    def fetch(self) -> None:
        """Ask the store for others' commits (in a worker); applied when the answer comes."""
        from .background import BackgroundCall

        store, synced = self._session.store, self._session.synced
        if store is None or synced is None or self._fetching is not None:
            return
        self._last_fetch = time.monotonic()
        self._fetching = BackgroundCall(lambda: store.changes_since(synced),
                                        lambda done: self._fetched(store, done), self)

    def _fetched(self, store, done) -> None:
        self._fetching = None
        if store is not self._session.store:
            return  # another project was opened meanwhile
        error = done.exception()
        if error is not None:
            if not self._unreachable:  # said once, not every second
                self._unreachable = True
                self._prompts.show_status(QCoreApplication.translate(
                    "RemoteSync", "Cannot reach {0}: others' changes will show when it answers again ({1})").format(
                    store.location, error), 15000)
            return
        self._unreachable = False
        entries = self.apply(done.result())
        if entries:
            self._say(entries)
            self.applied.emit(entries)
            self._session.historyChanged.emit()

    # ------------------------------------------------------------ applying
    def apply(self, changes: RemoteChanges) -> list:
        """Bring others' records in; returns their history entries (this window's own saves left out)."""
        session = self._session
        synced = session.synced
        if not changes.records:  # the common answer, every second: nothing to compare
            if changes.seq > synced.seq:
                session.synced = dataclasses.replace(synced, seq=changes.seq)
            return []
        workspace = session.workspace
        # Edited here and not saved: the record differs from the base (only the touched ones are looked at).
        own = {(table, key) for table, key in changes.records
               if workspace.table(table).get(key) != synced.state.get(table, {}).get(key)}
        applied: set[tuple[str, tuple]] = set()
        with session.workspace.editing():  # one edit for the panels, whatever came in
            for where, (record, version) in changes.records.items():
                if self._already_here(where, record, version, synced.state, synced.versions):
                    continue
                if where in own:
                    self.deferred[where] = (record, version)
                    continue
                self._put(where, record)
                applied.add(where)
        session.synced = synced.with_records({where: changes.records[where] for where in applied}, changes.seq)
        if applied:
            session.mark_stale(applied)
        return [entry for entry in changes.entries if entry.save_id not in session.own_saves]

    @staticmethod
    def _already_here(where, record, version, state, versions) -> bool:
        """True when the base holds this record at this version or newer (this window's own save, say)."""
        table, key = where
        if record is None:
            return key not in state.get(table, {})
        return bool(version) and version <= versions.get(where, 0)

    def _put(self, where, record) -> None:
        """Others' record into the workspace, outside the undo stack (None: they removed it)."""
        from workbench.domain.commands import PutRecord, RemoveRecord

        table, key = where
        workspace = self._session.workspace
        if record is None:
            if key in workspace.table(table):
                RemoveRecord(table, key).apply(workspace)
        else:
            PutRecord(table, record, validate=False).apply(workspace)

    def _take_deferred(self, _edit=None) -> None:
        """After an edit (an undo, say): held-back records the analyst no longer changes take others' value."""
        session = self._session
        if not self.deferred or session.synced is None:
            return
        synced = session.synced
        free = [where for where in self.deferred
                if session.workspace.table(where[0]).get(where[1]) == synced.state.get(where[0], {}).get(where[1])]
        if not free:
            return
        taken = {where: self.deferred.pop(where) for where in free}
        with session.workspace.editing():
            for where, (record, _version) in taken.items():
                self._put(where, record)
        session.synced = synced.with_records(taken)
        session.mark_stale(set(free))

    def _clean_when_in_step(self, _index: int) -> None:
        """A dropped stale step leaves no clean point on the stack: clean again once nothing differs from the store."""
        from workbench.domain.history import changes_between, state_of

        import shiboken6

        session = self._session
        stack = session.undo_stack
        if not shiboken6.isValid(stack):  # the stack signals while it is destroyed
            return
        if stack.cleanIndex() >= 0 or session.synced is None or session.store is None:
            return
        if not changes_between(session.synced.state, state_of(session.workspace)):
            stack.setClean()

    def forget_deferred(self, records: set | None = None) -> None:
        """After a save or a resolved conflict: the held-back records are settled."""
        if records is None:
            self.deferred.clear()
        for where in records or ():
            self.deferred.pop(where, None)

    def _say(self, entries: list) -> None:
        from workbench.domain.change_notes import notes_for

        notes = notes_for(entries, self._session.workspace)
        if notes:
            text = "; ".join(describe(note) for note in notes[-3:])
            self._prompts.show_status(text, 10000)
