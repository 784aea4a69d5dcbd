"""File actions of the main window: open, save, export, and the unsaved-changes question.

Storage modules are imported inside the handlers: they are only needed when a file is touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from .later_paint import LaterPaint
from .startup import keep_out_of_collections

if TYPE_CHECKING:
    from .autosave import Autosave
    from .background import BackgroundCall
    from .main_window import MainWindow
    from .prompts import Prompts
    from .session import Session
    from .settings import Settings

PROJECT_SUFFIX = ".wbproj"


def read_for_display(path: str | Path):
    """Read a dataset or project, and compute what the panels show first, off the GUI thread."""
    from workbench.domain.warm import warm_caches
    from workbench.storage.opening import open_workspace

    result = open_workspace(path)
    if result.workspace is not None:
        warm_caches(result.workspace)
    return result


def project_store(path: str | Path, workspace):
    """(store, SyncBase, "") of a project file just read: its history and snapshots, and what it holds now.

    (None, None, reason) when the file's history cannot be read: the project still opens, without it.
    """
    from workbench.domain.history import state_of
    from workbench.storage.project import ProjectError
    from workbench.storage.project_store import SyncBase, store_for

    store = store_for(str(path))
    try:
        newest = store.history(limit=1)
    except ProjectError as error:
        return None, None, str(error)
    return store, SyncBase(state_of(workspace), newest[0].seq if newest else 0), ""


def read_project_for_display(path: str | Path):
    """read_for_display, and for a project file its store as well: (result, (store, synced, problem))."""
    from workbench.storage.opening import is_project

    result = read_for_display(path)
    found = project_store(path, result.workspace) if result.workspace is not None and is_project(path) else None
    return result, found


def save_file(store, synced, path: Path, workspace, analyst: str):
    """Off the GUI thread: save workspace to the project file at path; (its store, SaveOutcome).

    The same file keeps its history and adds the changes since synced; Save As takes the
    history of the project's file along; a dataset or a team project starts the file's history.
    """
    from workbench.storage.project_store import store_for

    if store is not None and not store.is_team:
        if Path(store.location).resolve() == path.resolve():
            return store, store.save(workspace, synced, analyst)
        return store.save_as(path, workspace, synced, analyst)
    new_store = store_for(str(path))
    return new_store, new_store.save(workspace, None, analyst)


class Documents(QObject):
    """Asks for paths and answers (through Prompts), then calls storage and updates the session."""

    opened = Signal(bool)
    """An open finished: True when the workspace was replaced, False when it was not."""
    settled = Signal()
    """The document opened last is on screen: work that can wait (building hidden panels) may start."""

    def __init__(self, session: Session, settings: Settings, prompts: Prompts, autosave: Autosave,
                 window: MainWindow | None = None):
        super().__init__(window)
        self._session = session
        self._settings = settings
        self._prompts = prompts
        self._autosave = autosave
        self._window = window
        """For what only a window has: the docks to repaint after an open, the export's dialogs."""
        self._loading: BackgroundCall | None = None
        self._edited_while_loading = False
        self._later_paint = LaterPaint(self)
        self._later_paint.allPainted.connect(self.settled)
        self._stores = None
        session.edited.connect(self._note_edit)

    @property
    def stores(self):
        """The StoreDocuments that open and save team projects (made on first use: not needed to paint)."""
        if self._stores is None:
            from .store_documents import StoreDocuments

            self._stores = StoreDocuments(self._session, self._settings, self._prompts, self._autosave, self)
        return self._stores

    # ------------------------------------------------------------ opening
    def open_path(self, path: str | Path, *, wait: bool = True) -> bool:
        """Replace the workspace with a dataset folder or project; on problems show them and change nothing.

        wait=False reads the files in a worker thread while the window stays usable
        (progress in the status bar) and returns True at once; `opened` tells the
        outcome either way. A newer open supersedes one still reading.
        """
        from workbench.storage.opening import open_workspace
        from workbench.storage.location_kind import is_team_location

        if is_team_location(path):  # a team project's URL, as given on the command line
            opened = self.stores.open(path)
            self.opened.emit(opened)
            return opened
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        if wait:
            from workbench.storage.opening import is_project

            result = open_workspace(path)
            found = project_store(path, result.workspace) if result.workspace is not None and is_project(path) \
                else None
            return self._finish_open(path, (result, found))
        from .background import BackgroundCall

        self._edited_while_loading = False
        self._loading = BackgroundCall(lambda: read_project_for_display(path), lambda done: self._loaded(path, done),
                                       self)
        self._prompts.show_busy(self.tr("Opening {0}…").format(Path(path).name))
        return True

    @property
    def is_opening(self) -> bool:
        return self._loading is not None

    @property
    def is_settling(self) -> bool:
        """A document is being read, or is read and waits for its first paint."""
        return self._loading is not None or self.awaits_paint

    @property
    def awaits_paint(self) -> bool:
        """A document is read and the panels in view wait to repaint it."""
        return self._later_paint.holding_any

    def _loaded(self, path: str | Path, done) -> None:
        self._loading = None
        self._prompts.show_busy(None)
        error = done.exception()
        if error is not None:  # open_workspace reports bad input as problems; this is the disk failing
            self._prompts.show_error(self.tr("Cannot open {0}").format(Path(path).name), str(error))
            self.opened.emit(False)
            return
        # Edits made while the files were read would be replaced too: ask again.
        if self._edited_while_loading and not self.confirm_discard():
            self._prompts.show_status(self.tr("Not opened; your edits are kept"), 5000)
            self.opened.emit(False)
            return
        self._finish_open(path, done.result(), paint_later=True)

    def _finish_open(self, path: str | Path, read, paint_later: bool = False) -> bool:
        from workbench.storage.opening import is_project

        result, found = read
        store, synced, history_problem = found or (None, None, "")
        name = Path(path).name
        if result.workspace is None:
            self._prompts.show_problems(
                self.tr("Cannot open {0}").format(name),
                self.tr("“{0}” was not opened; the current work is unchanged. Problems found:").format(name),
                result.problems)
            self.opened.emit(False)
            return False
        project = is_project(path)
        keep_out_of_collections()  # first: a collection set off while the panels refresh would walk it all
        # In the background the panels refresh on this turn and repaint on the next ones, with input
        # served between. Only the switch is held: the panels must repaint behind the question
        # about recovered edits that may follow.
        in_view = self._window.docked_in_view() if paint_later and self._window is not None else ()
        with self._later_paint.holding(in_view):
            self._session.replace_workspace(result.workspace, path if project else None, store=store, synced=synced)
        self._settings.add_recent_file(path)
        if project:
            self._settings.set_last_project(path)
        if history_problem:
            self._prompts.show_status(self.tr("Opened {0} without its history: {1}").format(name, history_problem),
                                      15000)
        else:
            self._prompts.show_status(self.tr("Opened {0}").format(name), 5000)
        self._session.historyChanged.emit()
        self._autosave.project_opened()  # lock, then offer edits a crash left behind
        self.opened.emit(True)
        return True

    def _note_edit(self, _edit) -> None:
        if self._loading is not None:
            self._edited_while_loading = True

    def new_from_dataset(self) -> bool:
        if not self.confirm_discard():
            return False
        folder = self._prompts.ask_dataset_folder()
        return bool(folder) and self.open_path(folder, wait=False)

    def open_project(self) -> bool:
        if not self.confirm_discard():
            return False
        path = self._prompts.ask_open_path()
        return bool(path) and self.open_path(path, wait=False)

    def _store_busy(self) -> bool:
        """True (and said on the status line) while a save, open or snapshot is still on its way."""
        if self._stores is not None and self._stores.busy:
            self._prompts.show_status(self.tr("Still busy with the project: try again in a moment"), 5000)
            return True
        return False

    def open_team_project(self) -> bool:
        """Ask for a team project's URL (and its password when the server wants one), then open it."""
        if self._store_busy() or not self.confirm_discard():
            return False
        location = self._prompts.ask_team_location()
        return bool(location) and self.stores.open(location)

    def open_recent(self, path: str) -> bool:
        from workbench.storage.location_kind import is_team_location

        if is_team_location(path):
            return self.confirm_discard() and self.stores.open(path)
        if not Path(path).exists():
            self._settings.remove_recent_file(path)
            self._prompts.show_error(self.tr("Cannot open"), self.tr("{0} no longer exists.").format(path))
            return False
        return self.confirm_discard() and self.open_path(path, wait=False)

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        if self._store_busy():
            return False
        if self._session.store is not None and self._session.store.is_team:
            return self.stores.save()
        path = self._session.path
        if path is None or self._session.read_only:
            return self.save_as()
        if self._autosave.changed_on_disk():
            self._prompts.show_error(self.tr("Not saved"), self.tr(
                "{0} was changed or replaced by another program after you opened it. Your edits are "
                "still here: use Save As to keep both versions.").format(path.name))
            return False
        return self._save_to(path)

    def save_as(self) -> bool:
        if self._store_busy():
            return False
        path = self._prompts.ask_save_path()
        if not path:
            return False
        if Path(path).suffix.lower() != PROJECT_SUFFIX:
            path += PROJECT_SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        from workbench.storage.project import ProjectError

        refusal = self._autosave.claim(path)
        if refusal:
            self._prompts.show_error(self.tr("Not saved"), refusal)
            return False
        session = self._session
        workspace, undo_index = session.workspace, session.undo_stack.index()
        copy = workspace.copy_tables(workspace.table_names)  # edits made meanwhile stay unsaved
        store, synced, analyst = session.store, session.synced, self.stores.analyst()
        future = self.stores.call(lambda: save_file(store, synced, path, copy, analyst),
                                  self.tr("Saving {0}…").format(path.name))
        error = future.exception()
        if error is not None:
            message = str(error) if isinstance(error, ProjectError) else self.tr(
                "The save failed: {0}. Your edits are kept.").format(error)
            self._prompts.show_error(self.tr("Not saved"), message)
            return False
        saved_store, outcome = future.result()
        if store is not None and store is not saved_store:  # saved under another name: that file is the project now
            self.stores.shutdown()
        session.store = saved_store
        session.mark_stored(outcome.synced, {entry.save_id for entry in outcome.entries}, undo_index)
        session.mark_saved(path, undo_index)
        if outcome.warnings:
            self._prompts.show_error(self.tr("Saved, with a warning"), "\n".join(outcome.warnings))
        self._autosave.saved(path)
        self._settings.add_recent_file(path)
        self._settings.set_last_project(path)
        self._prompts.show_status(self.tr("Saved {0}").format(path.name), 5000)
        return True

    # ------------------------------------------------------------ snapshots
    def take_snapshot(self) -> bool:
        """Name the project's saved state (asks to save first when there are unsaved edits or no store)."""
        session = self._session
        if self._store_busy():
            return False
        if session.store is None or session.is_dirty:
            if not self._prompts.ask_save_first(self.tr(
                    "A snapshot names the saved project: save your edits first?")) or not self.save():
                return False
        if session.store is None:
            self._prompts.show_error(self.tr("No snapshot taken"), self.tr(
                "Snapshots are kept in team projects and saved projects; this one has no store for them."))
            return False
        name = self._prompts.ask_snapshot_name()
        return bool(name) and self.stores.take_snapshot(name)

    def show_changes(self):
        """The Changes view: what moved between two snapshots, or a snapshot and now."""
        from .changes_dialog import ChangesDialog

        dialog = ChangesDialog(self._session, self._window)
        dialog.show()
        return dialog

    def shutdown(self) -> None:
        """The window closes: stop following the team project and let its connection go."""
        if self._stores is not None:
            self._stores.shutdown()

    def confirm_discard(self) -> bool:
        """True when there are no unsaved edits, or the analyst saved or chose to discard them."""
        if not self._session.is_dirty:
            return True
        answer = self._prompts.ask_unsaved_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------ exporting
    def export(self, kind: str = "xlsx") -> bool:
        """Ask what to export and where, then write it in a worker thread with progress and cancel.

        kind ("xlsx", "pdf", "pptx") is the format the dialog starts on; the analyst may pick another there.
        """
        import dataclasses

        from workbench.storage.deliverables.output import FORMATS

        from .export_dialog import FORMAT_SUFFIXES, run_export

        chosen = self._window.ask_export_options(kind)
        if chosen is None:
            return False
        options, kind = chosen
        if "heat_map" in self._window.docks:  # the metric and classes the analyst sees on the map
            options = dataclasses.replace(options, **self._window.panel("heat_map").export_fields())
        suffix = FORMAT_SUFFIXES[kind]
        path = self._window.ask_export_path([f"{FORMATS[suffix]} (*{suffix})"], suffix)
        if not path:
            return False
        given = Path(path).suffix.lower()
        if not given:
            path += suffix
        elif given != suffix:
            self._window.show_error(self.tr("Not exported"), self.tr(
                "{0} does not end in {1}: name the file with {1}, or choose that format in the export dialog."
            ).format(Path(path).name, suffix))
            return False
        outcome, detail = run_export(self._window, self._session.workspace, path, options)
        if outcome == "failed":
            self._window.show_error(self.tr("Not exported"), detail)
            return False
        if outcome == "cancelled":
            self._window.statusBar().showMessage(self.tr("Export cancelled; no file was written"), 5000)
            return False
        parts = {"xlsx": self.tr("{0} sheets"), "pdf": self.tr("{0} pages"), "pptx": self.tr("{0} slides")}[kind]
        self._window.statusBar().showMessage(
            self.tr("Exported {0} to {1}").format(parts.format(detail.parts), Path(path).name), 5000)
        return True

    # ------------------------------------------------------------ importing a workbook back
    def import_workbook(self) -> bool:
        """Show what an exported workbook, edited in Excel, changes; apply the accepted changes as one undo step."""
        from .import_preview import preview_and_apply

        path = self._window.ask_import_workbook_path()
        return bool(path) and preview_and_apply(self._window, self._session, path)
