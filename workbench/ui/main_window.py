"""The main window: docks the registered panels, offers the menus, keeps the layout. It computes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from .autosave import Autosave
from .documents import Documents
from .finder import Finder
from .help_menu import HelpMenu
from .i18n import LANGUAGES, apply_language, apply_units, current_language
from .panels.base import Panel
from .panels.registry import PANELS, PANELS_BY_NAME
from .session import Session
from .settings import Settings
from .window_prompts import WindowPrompts

# Bump when docks are added, removed or renamed, or their default arrangement changes,
# so an old saved layout is not restored over them.
# 1: first panels; 2: analysis panels tabbed on the right, Sources split below Vendors.
# 3: Revenue share and Industry-chain firms docks, Firms tabbed on the right.
# 4: History dock, tabbed on the right.
LAYOUT_VERSION = 4
APP_NAME = "Workbench"


class MainWindow(WindowPrompts, QMainWindow):
    firstPainted = Signal()
    """The first frame is on screen: slow work started now no longer delays it."""

    def __init__(self, session: Session, settings: Settings, remember_layout: bool = True, parent=None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._remember_layout = remember_layout
        self.setDockNestingEnabled(True)
        self.panels: dict[str, Panel] = {}
        """The panels built so far; panel(name) builds one on demand."""
        self.docks: dict[str, QDockWidget] = {}
        self._painted = False
        self._progress = self._add_progress_bar()  # its room in the status bar is taken before the first paint
        self.autosave = Autosave(session, settings, self, self)
        self.documents = Documents(session, settings, self, self.autosave, self)
        # Panels are built one per event-loop turn, so the window keeps answering meanwhile.
        self._build_timer = QTimer(self, singleShot=True, interval=0)
        self._build_timer.timeout.connect(self._build_next_panel)
        self.documents.opened.connect(lambda _replaced: self._build_timer.start())  # a failed open paints nothing
        self.documents.settled.connect(self._build_timer.start)
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._status_label = QLabel()
        self.statusBar().addWidget(self._status_label)
        self.resize(1400, 900)
        self._default_layout = self.saveState(LAYOUT_VERSION)
        if remember_layout:
            self._restore_layout()

        session.dirtyChanged.connect(self.setWindowModified)
        session.pathChanged.connect(self._update_title)
        session.workspaceReplaced.connect(self._on_workspace_replaced)
        session.edited.connect(self._update_status)
        self._retranslate()

    # ------------------------------------------------------------ assembly
    def _build_docks(self) -> None:
        # The docks are empty until their panels are built (after the first
        # paint), so start-up does not wait for the panels' charting libraries.
        # The first panel of an area anchors it; the others are tabbed onto it,
        # or split below it when they declare SPLIT (so both stay visible).
        anchors: dict[Qt.DockWidgetArea, QDockWidget] = {}
        for entry in PANELS:
            dock = QDockWidget(self)
            dock.setObjectName(entry.NAME)  # saveState/restoreState find docks by name
            dock.setWidget(QWidget())
            dock.visibilityChanged.connect(lambda visible, name=entry.NAME: self._on_dock_shown(name, visible))
            anchor = anchors.get(entry.AREA)
            if anchor is None:
                self.addDockWidget(entry.AREA, dock)
                anchors[entry.AREA] = dock
            elif entry.SPLIT:
                self.splitDockWidget(anchor, dock, Qt.Orientation.Vertical)
            else:
                self.tabifyDockWidget(anchor, dock)
            self.docks[entry.NAME] = dock
        for anchor in anchors.values():
            anchor.raise_()  # the first panel of each tab group is the one shown
        left, right = anchors.get(Qt.DockWidgetArea.LeftDockWidgetArea), anchors.get(Qt.DockWidgetArea.RightDockWidgetArea)
        if left and right:
            self.resizeDocks([left, right], [380, 1020], Qt.Orientation.Horizontal)

    def panel(self, name: str) -> Panel:
        """The panel docked as `name`, built now if it was not yet."""
        if name not in self.panels:
            panel = PANELS_BY_NAME[name].load()(self.session)
            dock = self.docks[name]
            placeholder = dock.widget()
            dock.setWidget(panel)
            placeholder.deleteLater()
            self.panels[name] = panel
        return self.panels[name]

    def build_panels(self) -> None:
        """Build every panel not built yet, now (for screenshots and scripts)."""
        for name in self.docks:
            self.panel(name)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_frame)  # the rest of the frame paints in this pass

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._painted:
            self._build_timer.start()

    def _after_first_frame(self) -> None:
        self.firstPainted.emit()  # first: the first document is read while the panels are built
        self._build_timer.start()

    def _on_dock_shown(self, name: str, visible: bool) -> None:
        # A tab brought forward shows its panel at once, not when the idle queue reaches it.
        if not visible:
            return
        if name in self.panels:
            self.panels[name].came_into_view()
        elif self._painted:
            self.panel(name)

    def _build_next_panel(self) -> None:
        # Panels in view first, then the ones behind tabs (kept "visible" but moved out of sight) or hidden.
        # Those out of sight wait while a document is read and first painted: building one holds the
        # GUI thread (and the interpreter, which the reading thread needs) for up to 100 ms. Once it is
        # read, none is built until the panels in view have painted it.
        out_of_sight = {name: self.docks[name].visibleRegion().isEmpty() for name in self.docks
                        if name not in self.panels}
        waiting = sorted(out_of_sight, key=out_of_sight.get)
        if not waiting or self.documents.awaits_paint or (out_of_sight[waiting[0]] and self.documents.is_settling):
            return  # resumed when the document is on screen
        if not self.isVisible():
            return  # closed: resumed if shown again; panel() builds one asked for meanwhile
        self.panel(waiting[0])
        self._build_timer.start()

    def _build_actions(self) -> None:
        def action(handler, shortcut=None) -> QAction:
            item = QAction(self)
            item.triggered.connect(handler)
            if shortcut is not None:
                item.setShortcut(shortcut)
            return item

        self.new_action = action(self.documents.new_from_dataset, QKeySequence.StandardKey.New)
        self.open_action = action(self.documents.open_project, QKeySequence.StandardKey.Open)
        self.open_team_action = action(self.documents.open_team_project)
        self.save_action = action(self.documents.save, QKeySequence.StandardKey.Save)
        self.save_as_action = action(self.documents.save_as, QKeySequence.StandardKey.SaveAs)
        self.export_action = action(lambda: self.documents.export("xlsx"), QKeySequence("Ctrl+E"))
        self.export_pdf_action = action(lambda: self.documents.export("pdf"))
        self.export_pptx_action = action(lambda: self.documents.export("pptx"))
        self.import_workbook_action = action(self.documents.import_workbook)
        self.snapshot_action = action(self.documents.take_snapshot)
        self.changes_action = action(self.documents.show_changes)
        self.quit_action = action(self.close, QKeySequence.StandardKey.Quit)
        self.reset_layout_action = action(self.reset_layout)
        self.preferences_action = action(self.show_preferences, QKeySequence.StandardKey.Preferences)
        if self.preferences_action.shortcut().isEmpty():  # the platform has no standard key for it
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.finder = Finder(self)
        self.help_menu = HelpMenu(self)
        self.language_group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            item = QAction(name, self.language_group)
            item.setCheckable(True)
            item.setData(code)
        self.language_group.triggered.connect(lambda item: self.set_language(item.data()))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addActions([self.new_action, self.open_action, self.open_team_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action, self.export_action,
                                   self.export_pdf_action, self.export_pptx_action, self.import_workbook_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.snapshot_action, self.changes_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.undo_action = self.redo_action = None
        self._after_undo = self.edit_menu.addSeparator()  # undo and redo go above it, in the current language
        self.edit_menu.addActions([self.finder.action, self.preferences_action])

        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([dock.toggleViewAction() for dock in self.docks.values()])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_layout_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.language_group.actions())
        bar.addMenu(self.help_menu.menu)

    def _install_undo_actions(self) -> None:
        # The stack's actions take their "Undo"/"Redo" prefix once, so a new language needs new actions.
        for old in (self.undo_action, self.redo_action):
            if old is not None:
                self.edit_menu.removeAction(old)
                old.deleteLater()
        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.insertActions(self._after_undo, [self.undo_action, self.redo_action])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.new_action.setText(self.tr("&New from Dataset…"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_team_action.setText(self.tr("Open &Team Project…"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.export_action.setText(self.tr("&Export to Excel…"))
        self.export_pdf_action.setText(self.tr("Export &Briefing (PDF)…"))
        self.export_pptx_action.setText(self.tr("Export S&lides (PPTX)…"))
        self.import_workbook_action.setText(self.tr("&Import Edited Workbook…"))
        self.snapshot_action.setText(self.tr("Take S&napshot…"))
        self.changes_action.setText(self.tr("&Changes Between Snapshots…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.reset_layout_action.setText(self.tr("&Reset Layout"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.finder.retranslate()
        self.help_menu.retranslate()
        for name, dock in self.docks.items():
            dock.setWindowTitle(PANELS_BY_NAME[name].title())
        for item in self.language_group.actions():
            item.setChecked(item.data() == current_language())
        self._install_undo_actions()
        self._update_title()
        self._update_status()

    def show_preferences(self) -> None:
        from .preferences_dialog import PreferencesDialog

        units_before = self.settings.units()
        dialog = PreferencesDialog(self.settings, self)
        if self.ask_preferences(dialog):
            self.autosave.set_interval(self.settings.autosave_seconds())
            if self.settings.units() != units_before:
                apply_units(self.settings.units())
                for panel in self.panels.values():  # panels read the units when they retranslate
                    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
            if dialog.chosen_language() != self.settings.language():
                self.set_language(dialog.chosen_language())

    def ask_preferences(self, dialog) -> bool:
        return dialog.exec() == dialog.DialogCode.Accepted

    def set_language(self, language: str) -> None:
        self.settings.set_language(language)
        apply_language(language)  # every widget then gets LanguageChange

    # ------------------------------------------------------------ title and status
    def _on_workspace_replaced(self) -> None:
        self._update_title()
        self._update_status()

    def _update_title(self) -> None:
        name = self.session.display_name or self.tr("Untitled")
        if self.session.store is not None and self.session.store.is_team:
            name = f"{name} ({self.session.store.location})"
        elif self.session.path is not None:
            name = f"{name} ({self.session.path.name})"
        if self.session.read_only:
            name += " " + self.tr("[read-only]")
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.session.is_dirty)

    def _update_status(self, *_args) -> None:
        text = self.tr("Dataset: {0} · {1} vendors · {2} sources · {3} scores")
        if not self.session.workspace_made:  # empty, and not worth loading the domain to count it
            self._status_label.setText(text.format("—", 0, 0, 0))
            return
        workspace = self.session.workspace
        text = text.format(
            workspace.info.dataset_name or "—", len(workspace.vendors), len(workspace.sources), len(workspace.scores))
        if self.session.store is not None and self.session.store.is_team:
            text = self.tr("Team project {0}").format(self.session.store.location) + " · " + text
        self._status_label.setText(text)

    def open_path(self, path: str | Path, *, wait: bool = True) -> bool:
        return self.documents.open_path(path, wait=wait)

    def docked_in_view(self) -> list[QDockWidget]:
        """The docks shown inside this window (not floating, not behind another tab)."""
        return [dock for dock in self.docks.values()
                if dock.isVisible() and not dock.isFloating() and not dock.visibleRegion().isEmpty()]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            item = self.recent_menu.addAction(path if "://" in path else Path(path).name)
            item.setToolTip(path)
            item.triggered.connect(lambda _checked=False, p=path: self.documents.open_recent(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    # ------------------------------------------------------------ layout
    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state.isEmpty() or not self.restoreState(state, LAYOUT_VERSION):
            self.reset_layout()

    def reset_layout(self) -> None:
        self.restoreState(self._default_layout, LAYOUT_VERSION)
        for dock in self.docks.values():
            dock.show()

    def _save_layout(self) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState(LAYOUT_VERSION))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.documents.confirm_discard():
            event.ignore()
            return
        self.autosave.shutdown()  # saved or discarded: no recovery file, no lock left behind
        self.documents.shutdown()
        if self._remember_layout:
            self._save_layout()
        event.accept()
