"""A crash with unsaved edits to a team project: reopening it offers them back over the server's current
state, and saving meets a colleague's later change as a conflict instead of overwriting it."""

from __future__ import annotations

import sqlite3

import pytest

from tests.ui.fake_store import URL
from tests.ui.team_fixtures import server, team_window  # noqa: F401 (fixtures)
from workbench.domain import update
from workbench.storage import recovery


def crash(window, dead_pid: int):
    """Write the recovery file, then leave it as a killed process would: its writer gone, nothing deleted."""
    path = window.autosave.write_now()
    assert path is not None
    connection = sqlite3.connect(path)
    connection.execute(f"UPDATE {recovery.MANIFEST_TABLE} SET value = ? WHERE key = 'pid'", (str(dead_pid),))
    connection.commit()
    connection.close()
    window.autosave._files.clear()
    window.documents.stores.shutdown()
    return path


def edit(window, key, **changes):
    window.session.push(update(window.session.workspace, "vendors", key, **changes))


@pytest.fixture
def restore_answers(monkeypatch):
    """What each new window is asked about recovery files, and the answer it gives."""
    asked = Asked()

    def ask_restore(_autosave, info):
        asked.append(info)
        return asked.answer

    monkeypatch.setattr("workbench.ui.autosave.Autosave.ask_restore", ask_restore)
    return asked


class Asked(list):
    answer = "restore"


def test_restored_edits_save_where_nobody_else_changed_and_meet_a_colleague_as_a_conflict(
        team_window, server, restore_answers, isolated_home, dead_pid, qtbot):
    first = team_window("王")
    edit(first, ("v0",), name_en="Baidu AI Cloud")
    edit(first, ("v1",), hq_city="杭州")
    path = crash(first, dead_pid)
    assert path.parent == isolated_home / "recovery"
    assert recovery.find_recovery(None, isolated_home) is None, "not offered as an unsaved analysis"

    colleague = server.commit(_with(server, ("v1",), name_en="Alibaba Cloud Qwen"), "李")
    assert server.versions[("vendors", ("v1",))] == 2

    second = team_window("王")
    [offered] = restore_answers
    assert offered.team_location == URL and offered.edit_count == 2
    session = second.session
    assert session.workspace.vendors.get(("v0",)).name_en == "Baidu AI Cloud"
    assert session.workspace.vendors.get(("v1",)).hq_city == "杭州"
    assert session.workspace.vendors.get(("v1",)).name_en == "Alibaba", "the analyst's record, until saved"
    assert session.is_dirty and session.undo_stack.count() == 1, "restored as ONE undo step"
    assert session.synced.versions[("vendors", ("v1",))] == 1, "the version the edit was made on"

    shown = []

    def cancel(dialog):
        qtbot.addWidget(dialog)
        shown.append({conflict.key: {row.field: (row.mine, row.theirs) for row in rows}
                      for conflict, rows in zip(dialog.conflicts, dialog.rows)})
        return False

    second.ask_conflicts = cancel
    assert not second.documents.save()
    assert shown == [{("v1",): {"name_en": ("Alibaba", "Alibaba Cloud Qwen"), "hq_city": ("杭州", "")}}]
    assert server.history == colleague, "a save with a conflict writes nothing"
    assert path.exists() and session.is_dirty

    def accept_as_offered(dialog):
        qtbot.addWidget(dialog)
        dialog.accept()  # what only one side changed goes its way
        return True

    second.ask_conflicts = accept_as_offered
    assert second.documents.save(), second.errors
    vendors = server.state["vendors"]
    assert vendors[("v0",)].name_en == "Baidu AI Cloud"
    assert (vendors[("v1",)].name_en, vendors[("v1",)].hq_city) == ("Alibaba Cloud Qwen", "杭州")
    assert server.history[:len(colleague)] == colleague, "the colleague's history is untouched"
    assert {(e.analyst, e.key, e.field) for e in server.history[len(colleague):]} == {
        ("王", ("v0",), "name_en"), ("王", ("v1",), "hq_city")}
    assert not session.is_dirty and not path.exists()


def test_discard_removes_the_team_recovery_file_and_later_keeps_it(
        team_window, server, restore_answers, dead_pid):
    first = team_window()
    edit(first, ("v0",), name_en="Lost?")
    path = crash(first, dead_pid)

    restore_answers.answer = "later"
    later = team_window()
    assert restore_answers and path.exists() and not later.session.is_dirty
    assert later.session.workspace.vendors.get(("v0",)).name_en == "Baidu"

    restore_answers.answer = "discard"
    team_window()
    assert len(restore_answers) == 2 and not path.exists()


def test_the_url_given_on_the_command_line_offers_the_edits_too(team_window, server, restore_answers, dead_pid):
    first = team_window()
    edit(first, ("v2",), name_en="Hunyuan")
    crash(first, dead_pid)
    restore_answers.answer = "later"
    window = team_window()
    restore_answers.answer = "restore"
    assert window.open_path(URL)  # what run_gui does with a URL in argv
    assert len(restore_answers) == 2
    assert window.session.workspace.vendors.get(("v2",)).name_en == "Hunyuan" and window.session.is_dirty
    assert window.session.store.is_team


def test_edits_the_server_holds_already_are_not_offered_as_changes(team_window, server, restore_answers, dead_pid):
    first = team_window()
    edit(first, ("v0",), name_en="Same")
    path = crash(first, dead_pid)
    server.commit(_with(server, ("v0",), name_en="Same"), "李")
    second = team_window()
    assert restore_answers and not second.session.is_dirty and not path.exists()


def _with(server, key, **changes):
    from workbench.domain.history import workspace_of

    workspace = workspace_of({table: dict(records) for table, records in server.state.items()}, server.info)
    update(workspace, "vendors", key, **changes).apply(workspace)
    return workspace


def test_edits_that_hold_only_together_are_restored_in_an_order_the_rules_accept(
        team_window, server, restore_answers, dead_pid):
    first = team_window()
    push = first.session.push
    push(update(first.session.workspace, "market_shares", ("platform", "v1"), share=0.05))
    push(update(first.session.workspace, "market_shares", ("platform", "v0"), share=0.90, amount=None))
    crash(first, dead_pid)

    second = team_window()
    shares = second.session.workspace.market_shares
    assert (shares.get(("platform", "v0")).share, shares.get(("platform", "v1")).share) == (0.90, 0.05)
    assert second.session.undo_stack.count() == 1 and second.errors == []
    assert second.documents.save(), second.errors
    assert server.state["market_shares"][("platform", "v0")].share == 0.90


def test_edits_the_rules_refuse_over_a_colleague_s_later_change_are_not_restored_and_stay_in_the_file(
        team_window, server, restore_answers, dead_pid):
    first = team_window()
    first.session.push(update(first.session.workspace, "market_shares", ("platform", "v0"), share=0.70, amount=None))
    path = crash(first, dead_pid)
    colleague = _with(server, ("v1",))
    update(colleague, "market_shares", ("platform", "v1"), share=0.50).apply(colleague)
    server.commit(colleague, "李")

    second = team_window()
    assert [title for title, _message in second.errors] == ["Not restored"]
    assert "100%" in second.errors[0][1] and str(path) in second.errors[0][1]
    assert not second.session.is_dirty and path.exists(), "nothing lost: the recovery file is kept"
    assert second.session.workspace.market_shares.get(("platform", "v1")).share == 0.50


def test_a_second_crash_before_saving_keeps_the_version_the_edit_was_made_on(
        team_window, server, restore_answers, dead_pid, qtbot):
    from workbench.ui.autosave import describe_recovery

    first = team_window()
    edit(first, ("v1",), hq_city="杭州")
    crash(first, dead_pid)
    server.commit(_with(server, ("v1",), name_en="Alibaba Cloud Qwen"), "李")
    second = team_window()
    crash(second, dead_pid)  # restored, not saved, and down again

    third = team_window()
    assert len(restore_answers) == 2
    text = describe_recovery(restore_answers[-1])
    assert URL in text and "conflict" in text
    assert third.session.synced.versions[("vendors", ("v1",))] == 1
    conflicts = []
    third.ask_conflicts = lambda dialog: qtbot.addWidget(dialog) or conflicts.append(dialog.conflicts) or False
    assert not third.documents.save()
    assert [[c.key for c in found] for found in conflicts] == [[("v1",)]]
    assert server.state["vendors"][("v1",)].name_en == "Alibaba Cloud Qwen"
