"""The History panel: the timeline of a team project, filters, the selected entry, revert as an ordinary edit."""

from PySide6.QtCore import Qt

from workbench.domain import update
from workbench.domain.commands import PutRecord, RemoveRecord
from workbench.domain.entities import Vendor
from tests.ui.team_fixtures import server, team_window  # noqa: F401 (fixtures)


def edit(window, table, key, **changes):
    window.session.push(update(window.session.workspace, table, key, **changes))


def loaded(panel, qtbot, rows):
    qtbot.waitUntil(lambda: not panel.is_loading and panel.model.rowCount() == rows, timeout=3000)


def select_row(panel, qtbot, row):
    rect = panel.table.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_timeline_filters_shows_an_entry_and_reverts_it_as_one_undo_step(team_window, server, qtbot):
    wang, li = team_window("王"), team_window("李")
    edit(wang, "vendors", ("v0",), hq_city="北京")
    assert wang.documents.save()
    qtbot.waitUntil(lambda: li.session.workspace.vendors.get(("v0",)).hq_city == "北京", timeout=2000)
    score = next(s for s in server.state["scores"].values() if s.vendor_id == "v1")
    edit(li, "scores", (score.vendor_id, score.dimension_id), value=42.0)
    assert li.documents.save()
    panel = li.panel("history")
    li.show()
    loaded(panel, qtbot, 2)
    assert [panel.model.index(row, 1).data() for row in range(2)] == ["李", "王"], "newest first"
    assert panel.model.index(0, 4).data() == f"{score.value:g} → 42"
    assert panel.model.index(1, 2).data().startswith("Vendors: ")
    assert panel.model.index(1, 3).data() == "HQ city"  # the analyst's name for the field, not hq_city

    panel.set_filters(analyst="王")
    assert panel.model.rowCount() == 1 and panel.model.entries[0].field == "hq_city"
    panel.set_filters(vendor="v1")
    assert [e.table for e in panel.model.entries] == ["scores"]
    panel.set_filters(table="vendors")
    assert [e.analyst for e in panel.model.entries] == ["王"]
    panel.set_filters()

    select_row(panel, qtbot, 1)
    assert "Before: " in panel.detail.toPlainText() and "After: 北京" in panel.detail.toPlainText()
    steps = li.session.undo_stack.count()
    qtbot.mouseClick(panel.revert_button, Qt.MouseButton.LeftButton)
    assert li.session.workspace.vendors.get(("v0",)).hq_city == server.history[0].before
    assert li.session.undo_stack.count() == steps + 1 and li.session.is_dirty
    li.session.undo_stack.undo()
    assert li.session.workspace.vendors.get(("v0",)).hq_city == "北京"


def test_a_revert_that_no_longer_applies_is_a_message_and_saves_refresh_the_list(team_window, server, qtbot):
    li = team_window("李")
    li.session.push(PutRecord("vendors", Vendor("v9", "新厂商", "NewCo", source_id="s1")))
    assert li.documents.save()
    panel = li.panel("history")
    li.show()
    loaded(panel, qtbot, 1)
    li.session.push(RemoveRecord("vendors", ("v9",)))
    assert li.documents.save()
    loaded(panel, qtbot, 2)
    select_row(panel, qtbot, 1)  # the addition: the vendor is gone since
    assert panel.model.entries[1].before is None
    assert not panel.revert_selected()
    assert "cannot be reverted" in panel.message_bar.text()


def test_without_a_store_the_panel_says_where_history_is_kept(make_window, session):
    window = make_window(session)
    panel = window.panel("history")
    assert panel.model.rowCount() == 0 and "saved projects and team projects" in panel.note.text()
