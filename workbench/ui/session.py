"""The open analysis as the panels see it: workspace, file, undo history, selection."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from .startup import StagedRelease
from .undo import push_command

if TYPE_CHECKING:
    from workbench.domain import Workspace
    from workbench.domain.commands import Command
    from workbench.storage.project_store import ProjectStore, SyncBase

Selection = tuple[str, tuple]  # (table name, record key)


def _nothing() -> None:
    pass


class Session(QObject):
    """Panels never talk to each other: they edit and listen through the session."""

    changed = Signal(object)
    """A domain Change happened in the current workspace (for item models that update row by row)."""

    edited = Signal(object)
    """An edit finished (a command, batch, import, undo or redo): carries the domain's EditFinished,
    the tables and keys it changed. Panels, autosave and the status bar follow this one."""

    workspaceReplaced = Signal()
    """Another dataset or project was opened: re-read everything."""

    selectionChanged = Signal(object)
    """The selected record changed; carries a Selection or None."""

    vendorFilterChanged = Signal(object)
    """Vendor lists should show only vendors headquartered in this province; carries a
    GB/T 2260 province code, or None to show every vendor again."""

    pathChanged = Signal()
    """The workspace got a new file (saved under another name, or another was opened)."""

    dirtyChanged = Signal(bool)
    """True when there are edits not yet saved."""

    historyChanged = Signal()
    """The store's history grew (a save here, a commit elsewhere, a snapshot): history views read it again."""

    def __init__(self, workspace: Workspace | None = None, path: str | Path | None = None, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # Without a workspace the empty one is made on first use: the domain package is
        # not needed to paint the first frame, and the app opens a dataset right after it.
        self._workspace: Workspace | None = None
        self._unsubscribe = _nothing
        if workspace is not None:
            self._attach(workspace)
        self.path: Path | None = Path(path) if path else None
        self.read_only = False
        """True when another running Workbench holds the project: Save becomes Save As."""
        self.store: ProjectStore | None = None
        """Where the project lives when it came from a store (a team database); None for files and datasets."""
        self.synced: SyncBase | None = None
        """What the workspace last had in common with the store: the edits since are the analyst's own."""
        self.own_saves: set[str] = set()
        """save_ids of this window's saves: their history entries are not news from others."""
        self._selection: Selection | None = None
        self._vendor_filter: str | None = None
        self._release = StagedRelease(self, lambda: self._workspace)

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            from workbench.domain import Workspace

            self._attach(Workspace())
        return self._workspace

    @property
    def workspace_made(self) -> bool:
        """False while the session still stands for an empty workspace it has not had to create."""
        return self._workspace is not None

    def _attach(self, workspace: Workspace) -> None:
        self._workspace = workspace
        unsubscribe_changes = workspace.subscribe(self.changed.emit)
        unsubscribe_edits = workspace.subscribe_edits(self.edited.emit)
        self._unsubscribe = lambda: (unsubscribe_changes(), unsubscribe_edits())

    def replace_workspace(self, workspace: Workspace, path: str | Path | None = None, *,
                          store: ProjectStore | None = None, synced: SyncBase | None = None) -> None:
        """Start working on another workspace; the old history and selection go.

        store and synced: the store it was opened from and what they had in common then.
        """
        self._unsubscribe()
        if self.store is not None and self.store is not store:
            self.store.close()
        self.store, self.synced = store, synced
        self.own_saves = set()
        if self._workspace is not None:
            self._release.retire(self._workspace)
        self._attach(workspace)
        self.path = Path(path) if path else None
        self.read_only = False
        self.undo_stack.clear()
        self._selection = None
        self.workspaceReplaced.emit()
        self.selectionChanged.emit(None)

    # ------------------------------------------------------------ editing
    def push(self, command: Command) -> None:
        """Apply a domain command as one undo step; raises EditRejected when it is refused."""
        push_command(self.undo_stack, self.workspace, command)

    def try_push(self, command: Command) -> str:
        """push(command); the refusal's message for the analyst, or "" when it was applied."""
        from .undo import EditRejected

        try:
            self.push(command)
        except EditRejected as error:
            return str(error)
        return ""

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    @property
    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_restored(self) -> None:
        """The workspace holds recovered edits the file lacks: unsaved until the next save, even after undo."""
        self.undo_stack.resetClean()

    def mark_stored(self, synced: SyncBase, save_ids: set[str], undo_index: int) -> None:
        """A save to the store finished: synced is the new common base; undo_index the stack's index when
        the save started (edits made while it ran stay unsaved)."""
        self.synced = synced
        self.own_saves |= save_ids
        if self.undo_stack.index() == undo_index:
            self.undo_stack.setClean()
        else:
            self.undo_stack.resetClean()
        self.historyChanged.emit()

    def mark_stale(self, records: set[tuple[str, tuple]]) -> None:
        """Others changed these records: undo steps that touched them must not undo their change,
        so such steps are dropped (skipped) when undo or redo reaches them."""
        from .undo import WorkspaceUndoCommand

        for index in range(self.undo_stack.count()):
            step = self.undo_stack.command(index)
            if isinstance(step, WorkspaceUndoCommand) and step.touches(records):
                step.setObsolete(True)

    @property
    def location(self) -> str:
        """Where the project lives, safe to show: the store's location (no password), the file, or ""."""
        if self.store is not None:
            return self.store.location
        return str(self.path) if self.path else ""

    def mark_saved(self, path: str | Path, undo_index: int | None = None) -> None:
        """Saved to path; undo_index: the stack's index when the save started (edits made since stay unsaved)."""
        if undo_index is None or undo_index == self.undo_stack.index():
            self.undo_stack.setClean()
        else:
            self.undo_stack.resetClean()
        if self.path != Path(path):
            self.path = Path(path)
            self.pathChanged.emit()

    @property
    def display_name(self) -> str:
        if self._workspace is None:
            return self.path.stem if self.path else ""
        info = self._workspace.info
        return info.title or info.dataset_name or (self.path.stem if self.path else "")

    # ------------------------------------------------------------ selection
    @property
    def selection(self) -> Selection | None:
        return self._selection

    def set_selection(self, table: str | None, key: tuple | None = None) -> None:
        selection = (table, tuple(key)) if table and key is not None else None
        if selection != self._selection:
            self._selection = selection
            self.selectionChanged.emit(selection)

    def selected_record(self) -> Any:
        if self._selection is None:
            return None
        table, key = self._selection
        return self.workspace.table(table).get(key)

    # ------------------------------------------------------------ cross-panel province filter
    @property
    def vendor_filter(self) -> str | None:
        """The province code vendor lists are limited to (set by the heat map), or None."""
        return self._vendor_filter

    def set_vendor_filter(self, code: str | None) -> None:
        code = code or None
        if code != self._vendor_filter:
            self._vendor_filter = code
            self.vendorFilterChanged.emit(code)
