"""Others' commits reach an open window: applied outside the undo stack, the analyst's unsaved edits untouched."""

from workbench.domain import update
from workbench.domain.commands import PutRecord
from workbench.domain.entities import TierPlacement
from tests.ui.team_fixtures import server, team_window  # noqa: F401 (fixtures)


def edit(window, table, key, **changes):
    window.session.push(update(window.session.workspace, table, key, **changes))


def record(window, table, key):
    return window.session.workspace.table(table).get(key)


def test_a_colleagues_commit_appears_within_two_seconds_with_a_note_and_no_undo_step(team_window, server, qtbot):
    wang, li = team_window("王"), team_window("李")
    steps = li.session.undo_stack.count()
    wang.session.push(PutRecord("tier_placements", TierPlacement("v1", 3, 2, 1, "new flagship")))
    assert wang.documents.save()
    qtbot.waitUntil(lambda: record(li, "tier_placements", ("v1",)) is not None, timeout=2000)  # by the poll alone
    name = record(li, "vendors", ("v1",)).name_zh
    assert li.statusBar().currentMessage() == f"王 moved {name} to Tier 1"
    assert li.session.undo_stack.count() == steps and not li.session.is_dirty
    assert li.session.synced.versions[("tier_placements", ("v1",))] == 1
    assert li.session.synced.state["tier_placements"][("v1",)].override_tier == 1


def test_a_score_change_is_named_and_the_own_save_is_not_news(team_window, server, qtbot):
    wang, li = team_window("王"), team_window("李")
    score = next(s for s in server.state["scores"].values() if s.dimension_id == "model")
    key = (score.vendor_id, "model")
    edit(li, "scores", key, value=85.0)
    assert li.documents.save()
    li.statusBar().clearMessage()
    qtbot.waitUntil(lambda: record(wang, "scores", key).value == 85.0, timeout=2000)
    name = record(wang, "vendors", (score.vendor_id,)).name_zh
    assert wang.statusBar().currentMessage() == f"李 changed {name}'s 模型能力 score to 85"
    li.documents.stores.sync.fetch()
    qtbot.waitUntil(lambda: li.documents.stores.sync._fetching is None)
    assert li.statusBar().currentMessage() == "", "a window is not told of its own save"


def test_unsaved_edits_keep_the_analysts_value_until_undone(team_window, server, qtbot):
    wang, li = team_window("王"), team_window("李")
    edit(li, "vendors", ("v0",), name_en="Li, unsaved")
    edit(wang, "vendors", ("v0",), name_en="Wang's")
    edit(wang, "vendors", ("v1",), hq_city="深圳")
    edit(wang, "vendors", ("v2",), hq_city="上海")
    assert wang.documents.save()
    qtbot.waitUntil(lambda: record(li, "vendors", ("v1",)).hq_city == "深圳", timeout=2000)
    assert record(li, "vendors", ("v0",)).name_en == "Li, unsaved" and li.session.is_dirty
    assert li.statusBar().currentMessage() == "王 edited 3 records"
    li.session.undo_stack.undo()  # the analyst lets the edit go: the colleague's value shows
    assert record(li, "vendors", ("v0",)).name_en == "Wang's"
    assert not li.session.is_dirty
    assert li.documents.save()
    assert server.state["vendors"][("v0",)].name_en == "Wang's"


def test_undo_never_undoes_someone_elses_change(team_window, server, qtbot):
    wang, li = team_window("王"), team_window("李")
    edit(li, "vendors", ("v2",), hq_city="成都")
    assert li.documents.save()
    qtbot.waitUntil(lambda: record(wang, "vendors", ("v2",)).hq_city == "成都", timeout=2000)
    edit(wang, "vendors", ("v2",), hq_city="重庆")
    assert wang.documents.save()
    qtbot.waitUntil(lambda: record(li, "vendors", ("v2",)).hq_city == "重庆", timeout=2000)
    li.session.undo_stack.undo()
    assert record(li, "vendors", ("v2",)).hq_city == "重庆", "the stale step was dropped, not undone"
    assert li.session.undo_stack.count() == 0 and not li.session.is_dirty


def test_an_unreachable_server_is_said_once_and_the_window_carries_on(team_window, server, qtbot):
    li = team_window("李")
    server.unavailable = 2
    qtbot.waitUntil(lambda: "Cannot reach" in li.statusBar().currentMessage(), timeout=2000)
    assert li.session.workspace.vendors.get(("v0",)) is not None


def test_with_a_listener_a_commit_is_fetched_when_announced_not_by_the_poll(team_window, server, qtbot, monkeypatch):
    import time

    monkeypatch.setattr("workbench.ui.store_documents.team_listener", lambda: server.listen)
    wang, li = team_window("王"), team_window("李")
    sync = li.documents.stores.sync
    qtbot.waitUntil(lambda: len(server.listeners) == 2 and sync.listening)  # LISTEN in place
    qtbot.waitUntil(lambda: sync._fetching is None and not sync._wake.is_set())  # the catch-up fetch is done
    sync._last_fetch = time.monotonic()  # the poll is not due for a long while
    edit(wang, "vendors", ("v1",), hq_city="西安")
    started = time.monotonic()
    assert wang.documents.save()
    qtbot.waitUntil(lambda: record(li, "vendors", ("v1",)).hq_city == "西安", timeout=1000)
    assert time.monotonic() - started < 1.0
    li.documents.open_team_project()  # another open stops the old listener first
    qtbot.waitUntil(lambda: len(server.listeners) == 2)


def test_a_record_removed_elsewhere_goes_here_too_and_can_be_added_again(team_window, server, qtbot):
    from workbench.domain.commands import RemoveRecord

    wang, li = team_window("王"), team_window("李")
    score = next(iter(server.state["scores"].values()))
    key = (score.vendor_id, score.dimension_id)
    wang.session.push(RemoveRecord("scores", key))
    assert wang.documents.save()
    qtbot.waitUntil(lambda: record(li, "scores", key) is None, timeout=2000)
    assert key not in li.session.synced.state["scores"] and not li.session.is_dirty
    li.session.push(PutRecord("scores", score))
    assert li.documents.save()
    assert server.state["scores"][key] == score
