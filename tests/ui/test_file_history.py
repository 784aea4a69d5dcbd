"""A .wbproj project in the window goes through its FileStore: history kept in the file, snapshots, Changes."""

import gc

import pytest

from workbench.domain import update
from workbench.storage.file_store import FileStore
from workbench.ui.session import Session


@pytest.fixture(autouse=True)
def collected_as_usual():
    """Opening a project freezes what is alive (gc.freeze, for the window's sake); let this test's windows be
    collected with the test, not by whichever later test unfreezes."""
    yield
    gc.unfreeze()


def edit(window, table, key, **changes):
    window.session.push(update(window.session.workspace, table, key, **changes))


def test_saving_a_project_file_records_its_history_and_the_panel_shows_it(make_window, workspace, tmp_path, qtbot):
    window = make_window(Session(workspace))
    path = tmp_path / "landscape.wbproj"
    window.ask_save_path = lambda: str(path)
    assert window.documents.save_as()
    assert isinstance(window.session.store, FileStore) and window.session.path == path
    edit(window, "vendors", ("v0",), hq_city="苏州")
    assert window.documents.save()
    entries = FileStore(path).history()
    assert [(e.table, e.key, e.field, e.after) for e in entries[:1]] == [("vendors", ("v0",), "hq_city", "苏州")]
    assert entries[0].analyst  # the Preferences author, else the login

    panel = window.panel("history")
    qtbot.waitUntil(lambda: not panel.is_loading and panel.model.rowCount() == len(entries), timeout=3000)
    assert panel.model.entries[0].after == "苏州"

    # Opened again in another window: the store comes with it, and so does the history.
    other = make_window(Session())
    assert other.open_path(path)
    assert isinstance(other.session.store, FileStore) and other.session.synced.seq == entries[0].seq
    other_panel = other.panel("history")
    qtbot.waitUntil(lambda: not other_panel.is_loading and other_panel.model.rowCount() == len(entries), timeout=3000)


def test_snapshots_and_changes_of_a_file_project(make_window, workspace, tmp_path, qtbot):
    window = make_window(Session(workspace))
    errors = []
    window.show_error = lambda title, message: errors.append((title, message))
    path = tmp_path / "landscape.wbproj"
    window.ask_save_path = lambda: str(path)
    window.ask_save_first = lambda message: True
    window.ask_snapshot_name = lambda: "2025Q2 published"
    assert window.documents.take_snapshot(), "an unsaved analysis is saved first, then named"
    assert [s.name for s in FileStore(path).snapshots()] == ["2025Q2 published"] and errors == []
    edit(window, "dimensions", ("model",), weight=45.0)
    assert window.documents.save()
    dialog = window.documents.show_changes()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.to_combo.count() == 2 and not dialog.is_working, timeout=3000)
    dialog.compare_button.click()
    qtbot.waitUntil(lambda: not dialog.is_working and dialog.comparison is not None, timeout=5000)
    assert dialog.sections() == {"Weight changes (1)": ["Model capability: 40% → 45%"]}
