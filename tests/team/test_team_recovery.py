"""A window that crashed with unsaved edits to a real team project: the next window restores them over what
the server holds now; its save commits what nobody else touched and shows a colleague's later change as a
conflict, field by field, without losing it."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from workbench.domain import update
from workbench.storage import recovery
from workbench.storage.team.setup import add_analyst


@pytest.fixture
def wang_window(qtbot, isolated_home, team_url, pg_cluster, team_database, monkeypatch):
    """make() -> a new window with the team project open as analyst wang; offered recovery files are restored."""
    from workbench.ui.main_window import MainWindow
    from workbench.ui.session import Session
    from workbench.ui.settings import Settings

    add_analyst(team_url, "wang", "editor", new_password="wang-pw")
    offered = []
    monkeypatch.setattr("workbench.ui.autosave.Autosave.ask_restore",
                        lambda _autosave, info: offered.append(info) or "restore")

    def make():
        window = MainWindow(Session(), Settings(), remember_layout=False)
        qtbot.addWidget(window)
        window.ask_unsaved_changes = lambda: QMessageBox.StandardButton.Discard
        window.errors = []
        window.show_error = lambda title, message: window.errors.append((title, message))
        window.ask_team_location = lambda: pg_cluster.url(team_database, user="wang", password="")
        window.ask_password = lambda location, message: "wang-pw"
        assert window.documents.open_team_project(), window.errors
        return window

    make.offered = offered
    return make


def edit(window, key, **changes):
    window.session.push(update(window.session.workspace, "vendors", key, **changes))


def test_restored_edits_commit_where_untouched_and_a_colleague_s_change_is_a_conflict(
        wang_window, team_url, open_stores, dead_pid, qtbot):
    crashed = wang_window()
    edit(crashed, ("v0",), name_en="Baidu AI Cloud")
    edit(crashed, ("v1",), hq_city="杭州")
    path = crashed.autosave.write_now()
    connection = sqlite3.connect(path)
    connection.execute(f"UPDATE {recovery.MANIFEST_TABLE} SET value = ? WHERE key = 'pid'", (str(dead_pid),))
    connection.commit()
    connection.close()
    crashed.autosave._files.clear()  # a killed process deletes nothing
    crashed.documents.stores.shutdown()  # and its connection is gone
    assert "wang-pw" not in path.name and b"wang-pw" not in path.read_bytes()

    colleague = open_stores(team_url)  # another analyst saves the same vendor meanwhile
    opened = colleague.open()
    update(opened.workspace, "vendors", ("v1",), name_en="Alibaba Cloud Qwen").apply(opened.workspace)
    assert colleague.save(opened.workspace, opened.synced, "li").saved

    restored = wang_window()
    [offered] = wang_window.offered
    assert offered.path == path and "wang@" in offered.team_location and offered.edit_count == 2
    session = restored.session
    assert session.is_dirty and session.undo_stack.count() == 1
    assert session.workspace.vendors.get(("v0",)).name_en == "Baidu AI Cloud"

    shown = []

    def resolve(dialog):
        qtbot.addWidget(dialog)
        shown.append({conflict.key: {row.field: (row.mine, row.theirs) for row in rows}
                      for conflict, rows in zip(dialog.conflicts, dialog.rows)})
        dialog.accept()  # what only one side changed goes its way
        return True

    restored.ask_conflicts = resolve
    assert restored.documents.save(), restored.errors
    assert shown == [{("v1",): {"name_en": ("Alibaba", "Alibaba Cloud Qwen"), "hq_city": ("杭州", "")}}]

    now = open_stores(team_url).open().workspace.vendors
    assert now.get(("v0",)).name_en == "Baidu AI Cloud"
    assert (now.get(("v1",)).name_en, now.get(("v1",)).hq_city) == ("Alibaba Cloud Qwen", "杭州")
    history = session.store.history()
    assert [(e.analyst, e.key, e.field) for e in history if e.analyst == "wang"] and \
        {(e.key, e.field) for e in history if e.analyst == "wang"} == {(("v0",), "name_en"), (("v1",), "hq_city")}
    assert [(e.key, e.field, e.after) for e in history if e.analyst != "wang"][:1] == [
        (("v1",), "name_en", "Alibaba Cloud Qwen")], "the colleague's change kept in history"
    assert not session.is_dirty and not path.exists()
