"""The window paints before its panels exist and reads files off the GUI thread."""

import json
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import Qt

from tests.factories import make_workspace
from workbench.domain import update
from workbench.ui.panels.registry import PANELS
from workbench.ui.startup import RETIRE_DELAY_MS
from workbench.ui.startup import LIBRARIES_AFTER_THE_FIRST_PAINT, MODULES_BEFORE_THE_FIRST_PAINT

Area = Qt.DockWidgetArea


def test_each_registry_entry_repeats_its_panel_class_declaration():
    for entry in PANELS:
        panel_class = entry.load()
        assert (entry.NAME, entry.TITLE, entry.AREA, entry.SPLIT) == (
            panel_class.NAME, panel_class.TITLE, panel_class.AREA, panel_class.SPLIT), entry.NAME
    assert next(entry for entry in PANELS if entry.NAME == "firms").AREA == Area.RightDockWidgetArea


# The domain and the storage layer come with the dataset, which is opened after the first paint.
NOT_BEFORE_THE_FIRST_PAINT = ("workbench.ui.panels.vendors", "workbench.domain", "workbench.storage.opening",
                              *LIBRARIES_AFTER_THE_FIRST_PAINT)


def test_building_the_window_loads_only_the_allowed_modules_before_the_first_paint():
    probe = (
        "import json, os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from workbench.ui.app import create_app\n"
        "from workbench.ui.main_window import MainWindow\n"
        "from workbench.ui.session import Session\n"
        "from workbench.ui.settings import Settings\n"
        "create_app(['probe'])\n"
        "window = MainWindow(Session(), Settings(), remember_layout=False)\n"
        "window.show()\n"
        "window.grab()\n"  # paint it once: whatever painting imports counts too
        "print(json.dumps({'modules': sorted(sys.modules), 'docks': len(window.docks),"
        " 'panels': len(window.panels)}))\n"
        "sys.stdout.flush(); os._exit(0)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    loaded = set(report["modules"])
    workbench_modules = {name for name in loaded if name.split(".")[0] == "workbench"}
    assert workbench_modules - MODULES_BEFORE_THE_FIRST_PAINT == set(), "new before the first paint"
    assert "workbench.ui.main_window" in workbench_modules  # the probe saw the window's own imports
    heavy = [name for name in loaded if any(name == m or name.startswith(m + ".") for m in NOT_BEFORE_THE_FIRST_PAINT)]
    assert heavy == []
    assert (report["docks"], report["panels"]) == (len(PANELS), 0)


def test_panels_are_built_after_the_first_paint_those_in_view_first(qtbot, make_window, session):
    window = make_window(session)
    built = []
    window.firstPainted.connect(lambda: built.append(list(window.panels)))
    window.show()
    qtbot.waitUntil(lambda: len(window.panels) == len(PANELS), timeout=20000)
    assert built and len(built[0]) <= 1, "the first frame came before the panels"
    order = list(window.panels)
    in_view = {"vendors", "sources", "tier_list"}  # the left pair and the first tab on the right
    assert set(order[:3]) == in_view
    assert all(window.docks[name].widget() is window.panels[name] for name in order)


def test_panels_out_of_sight_wait_until_the_document_being_opened_is_painted(
        qtbot, make_window, session, project, monkeypatch):
    # Building one holds the GUI thread, and the interpreter the reading thread needs, for up to 100 ms.
    from PySide6.QtWidgets import QApplication

    import workbench.ui.documents as documents

    may_finish = threading.Event()
    read = documents.read_for_display
    monkeypatch.setattr(documents, "read_for_display", lambda path: (may_finish.wait(20), read(path))[1])
    window = make_window(session)
    built_when_painted = []
    window.documents.settled.connect(lambda: built_when_painted.append(set(window.panels)))
    in_view = {"vendors", "sources", "tier_list"}
    window.show()
    window.open_path(project, wait=False)
    qtbot.waitUntil(lambda: set(window.panels) == in_view, timeout=20000)
    for _ in range(2 * len(PANELS)):  # turns enough to build every panel, one a turn
        QApplication.processEvents()
    assert set(window.panels) == in_view, "built while the document was read"
    may_finish.set()
    qtbot.waitUntil(lambda: bool(built_when_painted), timeout=20000)
    assert built_when_painted[0] == in_view
    assert len(window.panel("tier_list").state.vendor_ids) == 7
    qtbot.waitUntil(lambda: len(window.panels) == len(PANELS), timeout=20000)


def test_a_closed_window_builds_no_more_panels_until_shown_again(qtbot, make_window, session, project):
    from PySide6.QtWidgets import QApplication

    window = make_window(session)
    window.show()
    with qtbot.waitSignal(window.documents.opened, timeout=20000):
        window.open_path(project, wait=False)
    window.close()
    built = set(window.panels)
    for _ in range(2 * len(PANELS)):
        QApplication.processEvents()
    assert set(window.panels) == built and len(built) < len(PANELS)
    window.show()
    qtbot.waitUntil(lambda: len(window.panels) == len(PANELS), timeout=20000)


def test_panel_builds_one_on_demand_and_keeps_it(make_window, session):
    window = make_window(session)
    assert window.panels == {}
    vendors = window.panel("vendors")
    assert window.panels == {"vendors": vendors} and window.docks["vendors"].widget() is vendors
    assert window.panel("vendors") is vendors


def test_a_panel_behind_a_tab_refreshes_when_brought_into_view(qtbot, make_window, session):
    window = make_window(session)
    window.show()
    revenue = window.panel("revenue")
    qtbot.waitUntil(lambda: window.docks["revenue"].visibleRegion().isEmpty())  # behind the Tier list tab
    before = revenue.figures
    session.replace_workspace(make_workspace(vendor_count=5))
    assert revenue.figures is before, "nobody sees it: no work yet"
    window.docks["revenue"].raise_()
    qtbot.waitUntil(lambda: revenue.figures is not before)


@pytest.fixture
def project(tmp_path):
    from workbench.storage.project import save_project

    path = tmp_path / "big.wbproj"
    save_project(make_workspace(vendor_count=7), path)
    return path


def test_open_in_the_background_shows_progress_then_replaces_the_workspace(qtbot, make_window, session, project):
    window = make_window(session)
    with qtbot.waitSignal(window.documents.opened, timeout=20000) as opened:
        assert window.open_path(project, wait=False)
        assert window.documents.is_opening and "big.wbproj" in window.statusBar().currentMessage()
        assert len(session.workspace.vendors) == 3, "replaced only when the result is in"
    assert opened.args == [True]
    assert len(session.workspace.vendors) == 7 and session.path == project
    assert not window.documents.is_opening


def test_a_background_open_refreshes_the_panels_in_view_and_repaints_them_on_later_turns(
        qtbot, make_window, session, project):
    window = make_window(session)
    window.show()
    qtbot.waitUntil(lambda: len(window.panels) == len(PANELS), timeout=20000)
    in_view = window.docked_in_view()
    assert {dock.objectName() for dock in in_view} == {"vendors", "sources", "tier_list"}
    held_at_open = []
    window.documents.opened.connect(lambda _ok: held_at_open.extend(d.updatesEnabled() for d in in_view))
    with qtbot.waitSignal(window.documents.opened, timeout=20000):
        window.open_path(project, wait=False)
    assert held_at_open == [False, False, False], "refreshed, not yet repainted"
    assert window.panel("vendors").model.rowCount() == 7 and len(window.panel("tier_list").state.vendor_ids) == 7
    qtbot.waitUntil(lambda: all(dock.updatesEnabled() for dock in in_view))
    assert window.updatesEnabled(), "the window itself is never held"


def test_a_floating_dock_is_never_held_and_closing_during_a_hold_is_safe(qtbot, make_window, session, project):
    window = make_window(session)
    window.show()
    qtbot.waitUntil(lambda: len(window.panels) == len(PANELS), timeout=20000)
    window.docks["sources"].setFloating(True)  # a window of its own: holding it would stop its painting
    qtbot.waitUntil(lambda: window.docks["sources"].isVisible())
    assert "sources" not in {dock.objectName() for dock in window.docked_in_view()}
    with qtbot.waitSignal(window.documents.opened, timeout=20000):
        window.open_path(project, wait=False)
    assert window.docks["sources"].updatesEnabled()
    window.close()  # while the docks in view wait for their repaint
    qtbot.wait(50)
    assert len(session.workspace.vendors) == 7


def test_a_newer_open_supersedes_one_still_reading(qtbot, make_window, session, project, tmp_path):
    window = make_window(session)
    results = []
    window.documents.opened.connect(results.append)
    window.open_path(tmp_path / "missing", wait=False)
    assert window.open_path(project)  # synchronous, and it wins
    qtbot.wait(200)
    assert results == [True] and session.path == project


def test_edits_made_while_reading_are_not_replaced_without_asking(qtbot, make_window, session, project, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = make_window(session)
    asked = []
    monkeypatch.setattr(window, "ask_unsaved_changes", lambda: asked.append(1) or QMessageBox.StandardButton.Cancel)
    with qtbot.waitSignal(window.documents.opened, timeout=20000) as opened:
        window.open_path(project, wait=False)
        session.push(update(session.workspace, "vendors", ("v0",), name_en="Edited meanwhile"))
    assert opened.args == [False] and asked == [1]
    assert session.workspace.vendors.get(("v0",)).name_en == "Edited meanwhile"


def test_an_edit_elsewhere_waits_for_a_panel_behind_a_tab_until_it_is_seen(qtbot, make_window, session):
    window = make_window(session)
    window.show()
    revenue = window.panel("revenue")
    qtbot.waitUntil(lambda: window.docks["revenue"].visibleRegion().isEmpty())
    before = revenue.figures
    session.push(update(session.workspace, "vendors", ("v0",), name_en="Renamed"))
    assert revenue.figures is before
    window.docks["revenue"].raise_()
    qtbot.waitUntil(lambda: revenue.figures is not before)


def test_a_replaced_workspace_is_let_go_once_the_window_has_moved_on(qtbot, make_window, session, project):
    import gc
    import weakref

    window = make_window(session)
    window.show()
    window.build_panels()  # every panel has seen the old workspace
    for _ in range(2):
        with qtbot.waitSignal(window.documents.opened, timeout=20000):
            window.open_path(project, wait=False)
        first, its_vendors = weakref.ref(session.workspace), weakref.ref(session.workspace.vendors)
    with qtbot.waitSignal(window.documents.opened, timeout=20000):
        window.open_path(project, wait=False)

    def let_go() -> bool:  # the session lets it go a little later, a part per turn
        gc.unfreeze()
        gc.collect()
        return first() is None and its_vendors() is None

    qtbot.waitUntil(let_go, timeout=RETIRE_DELAY_MS + 10000)
