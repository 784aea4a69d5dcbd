"""Keeps the analyst's work safe while the window is open.

Autosave writes unsaved edits to a recovery file once editing pauses (and at the
latest a while after the first unsaved edit), offers them back after a crash,
and deletes the recovery file only when the edits are saved or explicitly
discarded. It also holds the project's lock, so that a second Workbench opens
the project read-only, and notices a project file replaced behind its back.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget


# locking and recovery (with the project format) are imported where used: the
# first frame of the window does not wait for them.
if TYPE_CHECKING:
    from workbench.domain.workspace import EditFinished
    from workbench.storage import locking, recovery

    from .prompts import Prompts
    from .session import Session
    from .settings import Settings

# Editing without pause still reaches the disk: at most this many idle intervals after the first unsaved edit.
MAX_DELAY_FACTOR = 2
RESTORE, DISCARD, LATER = "restore", "discard", "later"


class Autosave(QObject):
    written = Signal(object)
    """A recovery file was written; carries its path."""

    def __init__(self, session: Session, settings: Settings, prompts: Prompts, parent: QObject | None = None):
        super().__init__(parent)
        self._prompts = prompts
        self._session = session
        self._app_folder = settings.app_folder()
        self._files: set[Path] = set()  # recovery files holding this session's unsaved edits
        self._changed_tables: set[str] = set()
        self._carried_edits = 0  # edits restored from a recovery file, not on the undo stack
        self._locks: dict[Path, locking.ProjectLock] = {}
        self._fingerprint: tuple | None = None
        # Followed through cleanChanged, not asked of the stack: the stack emits while it is destroyed.
        self._dirty = self._session.is_dirty
        self._idle = QTimer(self, singleShot=True, timeout=self.write_now)
        self._deadline = QTimer(self, singleShot=True, timeout=self.write_now)
        self.set_interval(settings.autosave_seconds())
        self._session.edited.connect(self._on_edit)
        self._session.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def set_interval(self, seconds: float) -> None:
        """Idle seconds before unsaved edits are written; 0 turns autosave off."""
        self._interval_ms = int(seconds * 1000)
        self._idle.setInterval(self._interval_ms)
        self._deadline.setInterval(self._interval_ms * MAX_DELAY_FACTOR)
        if not self._interval_ms:
            self._idle.stop()
            self._deadline.stop()

    # ------------------------------------------------------------ writing
    def _on_edit(self, edit: EditFinished | None = None) -> None:
        if edit is not None:
            self._changed_tables.update(edit.tables)
        if not self._interval_ms or not self._dirty:
            return
        self._idle.start()  # restarts: written once editing pauses
        if not self._deadline.isActive():
            self._deadline.start()

    def _edit_count(self) -> int:
        stack = self._session.undo_stack
        clean = stack.cleanIndex()
        return self._carried_edits + (abs(stack.index() - clean) if clean >= 0 else stack.index())

    def write_now(self) -> Path | None:
        """Write the unsaved edits now; returns the recovery file, or None when nothing was written."""
        self._idle.stop()
        self._deadline.stop()
        if not self._dirty:
            return None
        from workbench.storage import recovery

        session = self._session
        team = session.store is not None and session.store.is_team
        try:
            # A team project's file is keyed by its URL and keeps the edits with the base they were made on.
            path = recovery.write_recovery(
                session.workspace, session.store.location if team else session.path, self._app_folder,
                self._edit_count(), sorted(self._changed_tables), prefer_app_folder=session.read_only,
                synced=session.synced if team else None)
        except recovery.RecoveryError as error:
            # Not a dialog every 30 s: the edits are still in memory and Save still works.
            self._prompts.show_status(str(error), 15000)
            return None
        self._files.add(path)
        self.written.emit(path)
        return path

    def _on_clean_changed(self, clean: bool) -> None:
        self._dirty = not clean
        if clean:
            self.discard()
        else:
            self._on_edit()

    def discard(self) -> None:
        """Forget the unsaved edits' recovery files: they were saved, or the analyst let them go."""
        self._idle.stop()
        self._deadline.stop()
        from workbench.storage import recovery

        for path in self._files:
            recovery.discard_recovery(path)
        self._files.clear()
        self._changed_tables.clear()
        self._carried_edits = 0

    # ------------------------------------------------------------ opening and saving
    def project_opened(self) -> None:
        """After a workspace was opened: take the project's lock, then offer edits a crash left behind."""
        path = self._session.path
        self._release_locks(keep=path)
        self._fingerprint = _fingerprint(path)
        store = self._session.store
        if store is not None and store.is_team:
            self.offer_recovery(store.location)  # the server keeps its own locks: no file lock
            return
        if path is None:
            return
        holder = self._take_lock(path)
        if holder is not None:
            self._session.read_only = True
            self._session.pathChanged.emit()  # the title says read-only
            self._prompts.show_error(self.tr("Opened read-only"), self.tr(
                "{0} is open in another Workbench: {1}. You can look and edit here, but to keep your "
                "edits use Save As.").format(path.name, holder.describe()))
            return
        self.offer_recovery(path)

    def offer_untitled_recovery(self) -> bool:
        """At start: edits of an analysis never saved. Skipped while other edits are unsaved."""
        return not self._dirty and self.offer_recovery(None)

    def offer_recovery(self, project: Path | str | None) -> bool:
        """Ask whether to restore the recovery file of project (a path, a team URL, or None for an
        analysis never saved); True when edits came back."""
        from workbench.storage import recovery

        info = recovery.find_recovery(project, self._app_folder)
        if info is None:
            return False
        answer = self.ask_restore(info)
        if answer == DISCARD:
            recovery.discard_recovery(info.path)
        if answer != RESTORE:
            return False
        if info.team_location:
            return self._restore_team_edits(info)
        try:
            workspace = recovery.load_recovery(info)
        except recovery.RecoveryError as error:
            self._prompts.show_error(self.tr("Not restored"), str(error))
            return False
        session = self._session
        keep_store = project is not None and session.store is not None and not session.store.is_team
        # The file's store stays: the restored edits are changes since the file's saved state, for its history.
        session.replace_workspace(workspace, project, store=session.store if keep_store else None,
                                  synced=session.synced if keep_store else None)
        self._session.mark_restored()
        self._files.add(info.path)  # kept until the restored edits are saved or discarded
        self._carried_edits = info.edit_count
        self._changed_tables = set(info.changed_tables)
        self._prompts.show_status(self.tr("Restored {0} unsaved edits").format(info.edit_count), 10000)
        return True

    def _restore_team_edits(self, info: recovery.RecoveryInfo) -> bool:
        """Put the analyst's recovered edits over the project as just read from the server: ONE undo step.

        Each edited record gets back the base and version it was edited from, so that the next save
        commits the records nobody touched since and meets a colleague's later change as a conflict.
        """
        from workbench.domain.commands import Batch, PutRecord, RemoveRecord
        from workbench.storage import recovery

        from .undo import EditRejected

        try:
            edits = recovery.load_team_edits(info)
        except recovery.RecoveryError as error:
            self._prompts.show_error(self.tr("Not restored"), str(error))
            return False
        session = self._session
        workspace, synced = session.workspace, session.synced
        bases = {}  # the base each edit was made on: saving meets a colleague's later change as a conflict
        commands = []
        for edit in edits:
            current = workspace.table(edit.table).get(edit.key)
            if current == edit.mine:
                continue  # the server holds the analyst's record already: nothing to save
            # An added record has no base: saving it inserts, and meets a row added meanwhile.
            bases[(edit.table, edit.key)] = (edit.base, edit.base_version)
            if edit.mine is None:
                if current is not None:
                    commands.append(RemoveRecord(edit.table, edit.key, "Restore unsaved edits"))
            else:
                commands.append(PutRecord(edit.table, edit.mine, label="Restore unsaved edits"))
        if not commands:
            recovery.discard_recovery(info.path)
            self._prompts.show_status(self.tr("The team project holds these edits already"), 10000)
            return False
        try:
            session.push(Batch(tuple(commands), self.tr("Restore unsaved edits")))
        except EditRejected as refusal:
            ordered = order_that_applies(workspace, commands)
            if ordered is not None:  # the edits were made in another order (a share lowered, then another raised)
                session.push(Batch(tuple(ordered), self.tr("Restore unsaved edits")))
            else:
                self._prompts.show_error(self.tr("Not restored"), self.tr(
                    "The unsaved edits do not fit the team project as it is now: {0}\n\nThe recovery file is "
                    "kept: {1}").format(refusal, info.path))
                return False
        session.synced = synced.with_records(bases)
        session.mark_restored()
        self._files.add(info.path)  # kept until the restored edits are saved or discarded
        self._carried_edits = max(info.edit_count - 1, 0)  # the restore itself is one step on the stack
        self._changed_tables = set(info.changed_tables)
        self._prompts.show_status(self.tr("Restored {0} unsaved edits").format(info.edit_count), 10000)
        return True

    def claim(self, path: Path) -> str | None:
        """Before saving to path: None when it may be written, else why not."""
        holder = self._take_lock(path)
        if holder is None:
            return None
        return self.tr("{0} is open in another Workbench: {1}. Save under another name.").format(
            path.name, holder.describe())

    def saved(self, path: Path) -> None:
        """After a successful save to path: it is now this session's file."""
        self._session.read_only = False
        self._release_locks(keep=path)
        self._fingerprint = _fingerprint(path)

    def wrote_itself(self) -> None:
        """This window wrote into the open project (a snapshot): not a change by another program."""
        self._fingerprint = _fingerprint(self._session.path)

    def changed_on_disk(self) -> bool:
        """True when the open project was replaced or rewritten by someone else since it was opened or saved."""
        path = self._session.path
        current = _fingerprint(path)
        return self._fingerprint is not None and current is not None and current != self._fingerprint

    def shutdown(self) -> None:
        """The window closes after the analyst saved or discarded: nothing is left to recover."""
        self.discard()
        self._release_locks(keep=None)

    # ------------------------------------------------------------ locks
    def _take_lock(self, path: Path) -> locking.LockInfo | None:
        """Lock path for this session; the live holder when another process has it."""
        path = Path(path).resolve()
        if path in self._locks:
            return None
        from workbench.storage import locking

        try:
            lock = locking.acquire_lock(path)
        except locking.ProjectLocked as locked:
            return locked.holder
        if lock is not None:
            self._locks[path] = lock
            if lock.replaced:
                self._prompts.show_status(
                    self.tr("{0}: {1}; this window now holds the lock.").format(path.name, lock.replaced), 10000)
        return None

    def _release_locks(self, keep: Path | None) -> None:
        keep = Path(keep).resolve() if keep is not None and not self._session.read_only else None
        for path in [p for p in self._locks if p != keep]:
            self._locks.pop(path).release()

    # ------------------------------------------------------------ the question (tests replace it)
    def ask_restore(self, info: recovery.RecoveryInfo) -> str:
        box = QMessageBox(self.parent() if isinstance(self.parent(), QWidget) else None)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore unsaved edits?"))
        box.setText(describe_recovery(info))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return RESTORE if clicked is restore else DISCARD if clicked is discard else LATER


def order_that_applies(workspace, commands: list) -> list | None:
    """commands in an order whose every step the domain accepts, tried on a copy; None when there is none.

    Restored edits are checked one by one like any edit, so their order matters: moving share from
    one vendor to another must lower one before it raises the other.
    """
    from workbench.domain import DomainError

    twin = workspace.copy_tables(workspace.table_names)
    pending, ordered = list(commands), []
    while pending:
        accepted = []
        for command in pending:
            try:
                command.apply(twin)
            except DomainError:
                continue
            accepted.append(command)
        if not accepted:
            return None
        ordered += accepted
        pending = [command for command in pending if command not in accepted]
    return ordered


def describe_recovery(info: recovery.RecoveryInfo) -> str:
    """What will come back, in the analyst's words."""
    unsaved = QCoreApplication.translate("Autosave", "an unsaved analysis")
    name = info.title or info.team_location or (Path(info.project).name if info.project else unsaved)
    tables = ", ".join(info.changed_tables) or QCoreApplication.translate("Autosave", "unknown tables")
    text = QCoreApplication.translate(
        "Autosave", "Workbench closed before “{0}” was saved. A recovery file from {1} holds {2} unsaved "
                    "edits to: {3}.\n\nRestore them? Later keeps the recovery file for the next start.").format(
        name, _local_time(info.saved_at), info.edit_count, tables)
    if info.team_location:
        text += "\n\n" + QCoreApplication.translate(
            "Autosave", "They go over the team project {0} as it is now; a record a colleague changed since "
                        "is shown as a conflict when you save, never overwritten.").format(info.team_location)
    return text


def _local_time(iso: str) -> str:
    from datetime import datetime  # only when recovery is offered, not on every start

    with contextlib.suppress(ValueError):
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return iso or "?"


def _fingerprint(path: Path | None) -> tuple | None:
    if path is None:
        return None
    try:
        stat = Path(path).stat()
    except OSError:
        return None  # deleted meanwhile: saving simply writes it again
    return stat.st_ino, stat.st_size, stat.st_mtime_ns
