"""Projects that live in a store (a team database): open, save, conflicts, snapshots.

Every call to the store runs in a worker thread (BackgroundCall) while a local event loop
keeps the window painting; a busy bar shows when a call takes longer than BUSY_AFTER_MS.
Storage is imported inside the handlers, as in Documents.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEventLoop, QObject, QTimer

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .autosave import Autosave
    from .prompts import Prompts
    from .session import Session
    from .settings import Settings

BUSY_AFTER_MS = 200


def team_listener():
    """The team store's LISTEN/NOTIFY helper (loads the PostgreSQL driver: called for team projects only)."""
    from workbench.storage.team.listen import listen

    return listen


def _open_store(location: str, password: str | None):
    """Off the GUI thread: connect, read the project, compute what the panels show first."""
    from workbench.domain.warm import warm_caches
    from workbench.storage.project_store import store_for

    store = store_for(location, password=password)
    try:
        opened = store.open()
    except BaseException:
        store.close()
        raise
    warm_caches(opened.workspace)
    return store, opened


class StoreDocuments(QObject):
    """The store half of the window's file actions; Documents hands over when a store is involved."""

    def __init__(self, session: Session, settings: Settings, prompts: Prompts, autosave: Autosave,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._prompts = prompts
        self._autosave = autosave
        self.busy = False
        """True while a call to the store runs: the remote sync waits for it."""
        self.sync = None
        """The RemoteSync following others' commits while a team project is open."""
        self._password: str | None = None  # of the open team project: in memory only, for the listener

    # ------------------------------------------------------------ running off the GUI thread
    def call(self, function: Callable[[], Any], busy_text: str) -> Future:
        """function() in a worker; returns its finished future. The window keeps painting meanwhile."""
        from .background import BackgroundCall

        loop = QEventLoop(self)
        finished: list[Future] = []

        def done(future: Future) -> None:
            finished.append(future)
            loop.quit()

        busy = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS,
                      timeout=lambda: self._prompts.show_busy(busy_text))
        self.busy = True
        try:
            worker = BackgroundCall(function, done, self)
            busy.start()
            if not finished:
                loop.exec()
        finally:
            self.busy = False
            if not busy.isActive():
                self._prompts.show_busy(None)
            busy.stop()
            busy.deleteLater()
            worker.deleteLater()
        return finished[0]

    def analyst(self) -> str:
        """Who a file's history names: the author set in Preferences, else the login (a team store uses the
        server's own login name)."""
        try:
            login = getpass.getuser()
        except (KeyError, OSError):
            login = ""
        return self._settings.author_name() or login

    # ------------------------------------------------------------ opening
    def open(self, location: str) -> bool:
        """Open the project at location (a team URL); asks for a password when the server wants one."""
        from workbench.storage.project import ProjectError
        from workbench.storage.project_store import PasswordRequired, StoreUnavailable

        from .team_url import password_in, without_password

        shown = without_password(location)
        password = password_in(location)
        location = shown  # the password travels apart from the URL, and only in memory
        while True:
            future = self.call(lambda: _open_store(location, password), self.tr("Connecting to {0}…").format(shown))
            error = future.exception()
            if error is None:
                break
            if isinstance(error, PasswordRequired):
                password = self._prompts.ask_password(shown, str(error))
                if password is None:
                    return False
                continue
            if isinstance(error, StoreUnavailable):
                if self._prompts.ask_retry(self.tr("Cannot open {0}").format(shown), str(error)):
                    continue
                return False
            message = str(error) if isinstance(error, ProjectError) else self.tr(
                "The team project could not be opened: {0}").format(error)
            self._prompts.show_error(self.tr("Cannot open {0}").format(shown), message)
            return False
        store, opened = future.result()
        self._password = password
        self._session.replace_workspace(opened.workspace, None, store=store, synced=opened.synced)
        self._settings.add_recent_file(store.location)
        self._prompts.show_status(self.tr("Opened team project {0}").format(store.location), 5000)
        self._autosave.project_opened()
        self._session.historyChanged.emit()
        self.start_sync()
        return True

    def start_sync(self) -> None:
        from .sync import RemoteSync

        if self.sync is None:
            self.sync = RemoteSync(self._session, self._prompts, lambda: self.busy, self)
        self.sync.start()
        store = self._session.store
        listen = team_listener() if store is not None and store.is_team else None
        if listen is not None:
            self.sync.listen_with(listen, store.location, self._password)

    def shutdown(self) -> None:
        if self.sync is not None:
            self.sync.stop()
        store, self._session.store = self._session.store, None
        if store is not None:
            store.close()

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        """Send the edits since the last sync as one transaction; conflicts are resolved, then sent again."""
        from workbench.storage.project import ProjectError
        from workbench.storage.project_store import StoreUnavailable

        session = self._session
        store = session.store
        while True:
            workspace = session.workspace
            copy = workspace.copy_tables(workspace.table_names)  # edits made meanwhile do not reach the worker
            synced, undo_index, analyst = session.synced, session.undo_stack.index(), self.analyst()
            future = self.call(lambda: store.save(copy, synced, analyst),
                               self.tr("Saving to {0}…").format(store.location))
            error = future.exception()
            if isinstance(error, StoreUnavailable):
                self._autosave.write_now()  # the edits stay here and in the recovery file
                if self._prompts.ask_retry(self.tr("Not saved"), self.tr(
                        "{0}\n\nYour edits are kept in this window and in the recovery file.").format(error)):
                    continue
                self._prompts.show_status(self.tr("Not saved: {0} is unreachable; your edits are kept").format(
                    store.location), 10000)
                return False
            if error is not None:
                message = str(error) if isinstance(error, ProjectError) else self.tr(
                    "The save failed: {0}. Your edits are kept.").format(error)
                self._prompts.show_error(self.tr("Not saved"), message)
                return False
            outcome = future.result()
            if outcome.conflicts:
                if not self.resolve(outcome.conflicts):
                    self._prompts.show_status(self.tr("Not saved: the conflicts are not resolved"), 10000)
                    return False
                continue
            session.mark_stored(outcome.synced, {entry.save_id for entry in outcome.entries}, undo_index)
            if self.sync is not None:
                self.sync.forget_deferred()
            self._prompts.show_status(self.tr("Saved {0} changes to {1}").format(
                len({(e.table, e.key) for e in outcome.entries}), store.location), 5000)
            return True

    def resolve(self, conflicts) -> bool:
        """Ask mine/theirs/typed per field; apply the choices as ONE undo step and take their versions as the base."""
        from workbench.domain.commands import Batch, PutRecord, RemoveRecord
        from .conflict_dialog import ConflictDialog

        dialog = ConflictDialog(conflicts, self._session.workspace)
        if not self._prompts.ask_conflicts(dialog):
            return False
        workspace = self._session.workspace
        commands = []
        for conflict, record in dialog.resolved():
            current = workspace.table(conflict.table).get(conflict.key)
            if record is None and current is not None:
                commands.append(RemoveRecord(conflict.table, conflict.key, "Resolve conflict"))
            elif record is not None and record != current:
                commands.append(PutRecord(conflict.table, record, label="Resolve conflict"))
        if commands:
            refusal = self._session.try_push(Batch(tuple(commands), self.tr("Resolve conflicts")))
            if refusal:
                self._prompts.show_error(self.tr("Not resolved"), refusal)
                return False
        # Their records become the base (they removed one: keeping mine is an insert).
        self._session.synced = self._session.synced.with_records(
            {(c.table, c.key): (c.theirs, c.theirs_version) for c in conflicts})
        if self.sync is not None:
            self.sync.forget_deferred({(c.table, c.key) for c in conflicts})
        return True

    # ------------------------------------------------------------ snapshots
    def take_snapshot(self, name: str) -> bool:
        """Name the saved state of the project; the caller made sure it is saved."""
        from workbench.storage.project import ProjectError
        from workbench.storage.project_store import StoreUnavailable

        store, analyst = self._session.store, self.analyst()
        while True:
            future = self.call(lambda: store.take_snapshot(name, analyst),
                               self.tr("Taking snapshot {0}…").format(name))
            error = future.exception()
            retry = isinstance(error, StoreUnavailable) and self._prompts.ask_retry(
                self.tr("No snapshot taken"), str(error))
            if retry:
                continue
            break
        if error is not None:
            message = str(error) if isinstance(error, (ProjectError, StoreUnavailable)) else self.tr(
                "The snapshot could not be taken: {0}").format(error)
            self._prompts.show_error(self.tr("No snapshot taken"), message)
            return False
        if not store.is_team:
            self._autosave.wrote_itself()
        self._prompts.show_status(self.tr("Snapshot “{0}” taken").format(name), 5000)
        self._session.historyChanged.emit()
        return True
