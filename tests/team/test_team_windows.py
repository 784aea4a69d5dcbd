"""Two windows on one real team project: each sees the other's saves, and a clash is a conflict dialog."""

import pytest
from PySide6.QtWidgets import QMessageBox

from workbench.domain import update
from workbench.storage.team.setup import add_analyst


@pytest.fixture
def analyst_window(qtbot, isolated_home, team_url, pg_cluster, team_database):
    from workbench.ui.main_window import MainWindow
    from workbench.ui.session import Session
    from workbench.ui.settings import Settings

    def make(name: str):
        add_analyst(team_url, name, "editor", new_password=f"{name}-pw")
        window = MainWindow(Session(), Settings(), remember_layout=False)
        qtbot.addWidget(window)
        window.ask_unsaved_changes = lambda: QMessageBox.StandardButton.Discard
        window.errors = []
        window.show_error = lambda title, message: window.errors.append((title, message))
        window.asked = []
        window.ask_team_location = lambda: pg_cluster.url(team_database, user=name, password="")
        window.ask_password = lambda location, message: window.asked.append(message) or f"{name}-pw"
        assert window.documents.open_team_project(), window.errors
        return window

    return make


def edit(window, table, key, **changes):
    window.session.push(update(window.session.workspace, table, key, **changes))


def test_two_windows_see_each_others_saves_and_resolve_a_conflict(analyst_window, qtbot):
    wang, li = analyst_window("wang"), analyst_window("li")
    assert wang.asked and "password" in wang.asked[0]
    assert wang.session.store.is_team and "wang-pw" not in wang.windowTitle()
    qtbot.waitUntil(lambda: li.documents.stores.sync.listening, timeout=2000)
    li.documents.stores.sync.poll_seconds = 60  # only the notification can bring it in time
    edit(wang, "vendors", ("v0",), hq_city="杭州")
    assert wang.documents.save(), wang.errors
    qtbot.waitUntil(lambda: li.session.workspace.vendors.get(("v0",)).hq_city == "杭州", timeout=2000)
    assert "wang" in li.statusBar().currentMessage() and not li.session.is_dirty

    edit(li, "vendors", ("v1",), name_en="Li's")
    edit(wang, "vendors", ("v1",), name_en="Wang's")
    assert wang.documents.save(), wang.errors
    shown = []

    def resolve(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        row = next(r for rows in dialog.rows for r in rows if r.field == "name_en")
        shown.append((row.mine, row.theirs))
        qtbot.keyClicks(row.typed, "Agreed")
        dialog.accept()
        return True

    li.ask_conflicts = resolve
    assert li.documents.save(), li.errors
    assert shown == [("Li's", "Wang's")]
    qtbot.waitUntil(lambda: wang.session.workspace.vendors.get(("v1",)).name_en == "Agreed", timeout=2000)
    history = wang.session.store.history(limit=3)
    assert [e.analyst for e in history][:2] == ["li", "wang"]


def test_a_server_restart_during_work_keeps_the_edits_and_retry_saves_them(analyst_window, pg_cluster, qtbot):
    wang = analyst_window("wang")
    edit(wang, "vendors", ("v2",), hq_city="南京")
    pg_cluster.restart()  # every open connection is cut
    answers = []

    def retry(title, message):
        answers.append(message)
        return len(answers) < 3

    wang.ask_retry = retry
    assert wang.documents.save(), (answers, wang.errors)
    assert not wang.session.is_dirty
    assert wang.session.store.history(limit=1)[0].after == "南京"
