import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tests.factories import make_workspace
from workbench.domain import analysis
from workbench.domain import entities as e
from workbench.ui.panels.registry import PANELS
from workbench.ui.panels.swot_pest import SwotPestPanel
from workbench.ui.session import Session


def swot_workspace():
    ws = make_workspace()
    ws.replace_table("analysis_entries", [
        e.AnalysisEntry("s1", "swot", "industry", "strength", "产业集聚", 4, 5, source_id="s1"),
        e.AnalysisEntry("s2", "swot", "industry", "strength", "开源生态", 5, 4),
        e.AnalysisEntry("s3", "swot", "industry", "strength", "云平台成本", 2, 2),
        e.AnalysisEntry("w1", "swot", "industry", "weakness", "同质化", 3, 4),
        e.AnalysisEntry("o1", "swot", "industry", "opportunity", "智能体", 5, 5),
        e.AnalysisEntry("t1", "swot", "industry", "threat", "出口管制", 5, 4),
        e.AnalysisEntry("b1", "swot", "v0", "strength", "搜索入口", 4, 4),
        e.AnalysisEntry("p1", "pest", "industry", "political", "备案制度", 3, 5),
        e.AnalysisEntry("l1", "pest", "industry", "legal", "数据安全法", 4, 4),
    ])
    ws.replace_table("tows_strategies", [
        e.TowsStrategy("so1", "industry", "SO", "借势智能体", "s1,o1"),
        e.TowsStrategy("wt1", "industry", "WT", "守住合规底线", "w1,t1,o1"),
    ])
    return ws


@pytest.fixture
def session(qapp):
    return Session(swot_workspace())


@pytest.fixture
def panel(qtbot, session):
    panel = SwotPestPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1400, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def box(panel, category, framework="swot", which="main"):
    return panel.board(framework, which).boxes[category]


def shown_ids(panel, category, framework="swot", which="main"):
    return box(panel, category, framework, which).model.ids()


def table_ids(session, category, scope="industry"):
    return [x.entry_id for x in analysis.entries_in(session.workspace, "swot", scope, category)]


def focus_card(qtbot, panel, category, entry_id):
    view = box(panel, category).view
    assert view.select_id(entry_id)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def drop_on(view, mime, row, action=Qt.DropAction.MoveAction):
    """Deliver a drag's enter, move and drop events to a view, above card `row` (or below the last)."""
    model = view.model()
    if row < model.rowCount():
        position = view.visualRect(model.index(row)).topLeft() + QPoint(20, 2)
    else:
        position = QPoint(20, view.viewport().height() - 4)
    viewport = view.viewport()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(position, action, mime, buttons, modifiers))
    QApplication.sendEvent(viewport, QDragMoveEvent(position, action, mime, buttons, modifiers))
    event = QDropEvent(QPointF(position), action, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, event)
    return event.isAccepted()


def test_the_panel_is_registered():
    assert [entry.load() for entry in PANELS if entry.NAME == SwotPestPanel.NAME] == [SwotPestPanel]


def test_add_by_typing_in_a_quadrant_then_undo_and_redo(qtbot, panel, session):
    line = box(panel, "threat").add_line
    line.setFocus()
    qtbot.keyClicks(line, "price war")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    added = [x for x in session.workspace.analysis_entries if x.text == "price war"]
    assert len(added) == 1 and added[0].category == "threat" and added[0].scope == "industry"
    assert shown_ids(panel, "threat") == ["t1", added[0].entry_id]
    assert line.text() == "" and panel.editor.entry_id == added[0].entry_id
    session.undo_stack.undo()
    assert shown_ids(panel, "threat") == ["t1"]
    session.undo_stack.redo()
    assert shown_ids(panel, "threat") == ["t1", added[0].entry_id]


def test_empty_text_is_refused_and_the_typed_text_stays(qtbot, panel, session):
    before = session.workspace.snapshot()
    line = box(panel, "threat").add_line
    qtbot.keyClicks(line, "   ")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "must not be empty" in panel.message_bar.text()
    assert line.text() == "   " and session.workspace.snapshot() == before


def test_enter_edits_in_place_with_several_lines(qtbot, panel, session):
    view = focus_card(qtbot, panel, "weakness", "w1")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = view.viewport().findChild(QPlainTextEdit)
    assert editor is not None and editor.toPlainText() == "同质化"
    qtbot.keyClicks(editor, " badly")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line, not the end
    qtbot.keyClicks(editor, "price war")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.viewport().findChild(QPlainTextEdit) is None)
    assert session.workspace.analysis_entries.get(("w1",)).text == "同质化 badly\nprice war"
    session.undo_stack.undo()
    assert view.model().index(0).data() == "同质化"


def test_an_over_long_text_is_refused_and_the_editor_comes_back_with_it(qtbot, panel, session):
    view = focus_card(qtbot, panel, "weakness", "w1")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = view.viewport().findChild(QPlainTextEdit)
    too_long = "长" * 100_001
    editor.setPlainText(too_long)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "the limit is 100,000" in panel.message_bar.text())
    assert session.workspace.analysis_entries.get(("w1",)).text == "同质化"
    qtbot.waitUntil(lambda: (found := view.viewport().findChild(QPlainTextEdit)) is not None
                    and found.toPlainText() == too_long)
    assert session.undo_stack.count() == 0


def test_the_entry_form_refuses_an_unknown_source_and_keeps_what_was_typed(qtbot, panel, session):
    focus_card(qtbot, panel, "strength", "s2")
    form = panel.editor
    assert form.entry_id == "s2"
    form.impact.setValue(2)
    form.evidence.setPlainText("开发者数量")
    form.source.setEditText("no-such-source")
    form.apply_button.click()
    assert "no source 'no-such-source'" in panel.message_bar.text()
    assert session.workspace.analysis_entries.get(("s2",)).impact == 5
    assert form.impact.value() == 2 and form.evidence.toPlainText() == "开发者数量"
    form.source.setCurrentIndex(form.source.findData("s2"))
    form.apply_button.click()
    entry = session.workspace.analysis_entries.get(("s2",))
    assert (entry.impact, entry.evidence, entry.source_id) == (2, "开发者数量", "s2")
    assert session.undo_stack.count() == 1


def test_drag_between_quadrants_moves_the_entry_where_it_is_dropped(qtbot, panel, session):
    source = box(panel, "strength")
    mime = source.model.mimeData([source.model.index(1)])  # s2
    assert drop_on(box(panel, "opportunity").view, mime, 0)
    assert shown_ids(panel, "opportunity") == ["s2", "o1"]
    assert shown_ids(panel, "strength") == ["s1", "s3"]
    assert session.workspace.analysis_entries.get(("s2",)).category == "opportunity"
    session.undo_stack.undo()
    assert shown_ids(panel, "strength") == ["s1", "s2", "s3"] and table_ids(session, "opportunity") == ["o1"]
    session.undo_stack.redo()
    assert table_ids(session, "opportunity") == ["s2", "o1"]


def test_drag_within_a_quadrant_reorders(qtbot, panel, session):
    model = box(panel, "strength").model
    assert drop_on(box(panel, "strength").view, model.mimeData([model.index(0)]), 3)  # s1 below the last card
    assert table_ids(session, "strength") == ["s2", "s3", "s1"]
    assert drop_on(box(panel, "strength").view, model.mimeData([model.index(2)]), 0)
    assert table_ids(session, "strength") == ["s1", "s2", "s3"]


def test_a_pest_entry_cannot_be_dropped_on_a_swot_quadrant(qtbot, panel, session):
    before = session.workspace.snapshot()
    pest = box(panel, "political", "pest").model
    assert not drop_on(box(panel, "threat").view, pest.mimeData([pest.index(0)]), 0)
    assert session.workspace.snapshot() == before


def test_ctrl_up_and_down_reorder_and_keep_the_card_current(qtbot, panel, session):
    view = focus_card(qtbot, panel, "strength", "s3")
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert table_ids(session, "strength") == ["s1", "s3", "s2"]
    assert view.current_id() == "s3"
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # already first: nothing
    assert table_ids(session, "strength") == ["s3", "s1", "s2"] and session.undo_stack.count() == 2
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert table_ids(session, "strength") == ["s1", "s3", "s2"]
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert shown_ids(panel, "strength") == ["s1", "s2", "s3"]


def test_tab_leaves_the_cards_for_the_add_line(qtbot, panel):
    view = focus_card(qtbot, panel, "strength", "s1")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: box(panel, "strength").add_line.hasFocus())


def test_delete_key_removes_an_unlinked_entry_at_once(qtbot, panel, session):
    view = focus_card(qtbot, panel, "strength", "s3")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ("s3",) not in session.workspace.analysis_entries
    session.undo_stack.undo()
    assert shown_ids(panel, "strength") == ["s1", "s2", "s3"]


def test_deleting_a_linked_entry_asks_first_and_unlinks_in_one_step(qtbot, panel, session, monkeypatch):
    asked = []
    answer = {"value": False}
    monkeypatch.setattr(panel, "confirm_delete", lambda entry, strategies: asked.append(
        (entry.entry_id, [s.strategy_id for s in strategies])) or answer["value"])
    before = session.workspace.snapshot()
    view = focus_card(qtbot, panel, "opportunity", "o1")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked == [("o1", ["so1", "wt1"])] and session.workspace.snapshot() == before

    answer["value"] = True
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    ws = session.workspace
    assert ("o1",) not in ws.analysis_entries
    assert ws.tows_strategies.get(("so1",)).linked_entries == "s1"
    assert ws.tows_strategies.get(("wt1",)).linked_entries == "w1,t1"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.workspace.snapshot() == before


def test_link_a_strategy_by_ticking_and_links_survive_moves_and_edits(qtbot, panel, session):
    panel.tabs.setCurrentWidget(panel.tows)
    tows = panel.tows
    assert tows.select_strategy("so1")
    model = tows.links_model
    index = model.index(model.row_of("s2"))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    rect = tows.links_view.visualRect(index)
    check_box = QPoint(rect.left() + rect.height() // 2, rect.center().y())
    qtbot.mouseClick(tows.links_view.viewport(), Qt.MouseButton.LeftButton, pos=check_box)
    qtbot.waitUntil(lambda: "s2" in analysis.linked_ids(session.workspace.tows_strategies.get(("so1",))))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # move and edit a linked entry: the strategy still names it
    session.push(analysis.move_entry(session.workspace, "s2", "weakness", 0))
    panel.apply_changes("s2", {"text": "开源生态（已改）"})
    assert analysis.linked_ids(session.workspace.tows_strategies.get(("so1",))) == ["s1", "o1", "s2"]
    assert analysis.check_links(session.workspace, session.workspace.tows_strategies.get(("so1",))) == []

    model.setData(model.index(model.row_of("s1")), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert session.workspace.tows_strategies.get(("so1",)).linked_entries == "o1,s2"


def test_add_a_strategy_and_refuse_an_empty_one(qtbot, panel, session):
    line = panel.tows.add_lines["ST"]
    qtbot.keyClicks(line, "scale against price war")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    added = analysis.strategies_in(session.workspace, "industry", "ST")
    assert [s.text for s in added] == ["scale against price war"]
    assert panel.tows.links_model.strategy_id == added[0].strategy_id
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "must not be empty" in panel.message_bar.text()


def test_scope_picker_comparison_and_copy_by_drag(qtbot, panel, session):
    panel.set_scope("industry", "v0")
    assert panel.board("swot", "other").isVisible()
    assert shown_ids(panel, "strength", which="other") == ["b1"]
    source = box(panel, "strength").model
    assert drop_on(box(panel, "strength", which="other").view, source.mimeData([source.index(0)]), 0)
    copies = analysis.entries_in(session.workspace, "swot", "v0", "strength")
    assert [c.text for c in copies] == ["产业集聚", "搜索入口"] and copies[0].entry_id != "s1"
    assert table_ids(session, "strength") == ["s1", "s2", "s3"]  # the original stays

    panel.set_scope("v0")
    assert shown_ids(panel, "strength") == [copies[0].entry_id, "b1"]


def test_copy_to_scope_from_the_form(qtbot, panel, session):
    focus_card(qtbot, panel, "threat", "t1")
    form = panel.editor
    form.copy_target.setCurrentIndex(form.copy_target.findData("v1"))
    form.copy_button.click()
    assert [x.text for x in analysis.entries_in(session.workspace, "swot", "v1")] == ["出口管制"]


def test_priority_sort_and_pestle_mode(qtbot, panel, session):
    panel.priority_check.setChecked(True)
    assert shown_ids(panel, "strength") == ["s1", "s2", "s3"]  # 20, 20, 4: ties keep their order
    panel.apply_changes("s3", {"impact": 5, "likelihood": 5})
    assert shown_ids(panel, "strength") == ["s3", "s1", "s2"]
    assert table_ids(session, "strength") == ["s1", "s2", "s3"]  # sorting is a view, not an edit
    view = focus_card(qtbot, panel, "strength", "s1")
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert "sorted by priority" in panel.message_bar.text()

    panel.tabs.setCurrentIndex(1)
    assert box(panel, "legal", "pest").isHidden()
    panel.pestle_check.setChecked(True)
    assert not box(panel, "legal", "pest").isHidden() and shown_ids(panel, "legal", "pest") == ["l1"]


def test_clicking_a_point_of_the_priority_chart_selects_its_entry(qtbot, panel, session):
    chart = panel.chart
    x, y = chart.point_of("w1")
    scene_point = chart.plot.plotItem.vb.mapViewToScene(QPointF(x, y))
    widget_point = chart.plot.mapFromScene(scene_point)
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    qtbot.waitUntil(lambda: panel.editor.entry_id == "w1")
    assert box(panel, "weakness").view.current_id() == "w1"
    assert session.selection == ("analysis_entries", ("w1",))
    assert chart.selected == "w1"


def test_bundled_dataset_shows_industry_and_vendor_swots(qtbot):
    from workbench.storage.dataset import load_dataset
    from workbench.storage.opening import BUNDLED_DATASET

    session = Session(load_dataset(BUNDLED_DATASET).workspace)
    panel = SwotPestPanel(session)
    qtbot.addWidget(panel)
    assert len(shown_ids(panel, "strength")) >= 3 and len(shown_ids(panel, "political", "pest")) >= 3
    vendors_with_swot = [s for s in analysis.scopes_with_entries(session.workspace, "swot") if s != "industry"]
    assert len(vendors_with_swot) >= 5
    panel.set_scope(vendors_with_swot[0])
    assert sum(b.model.rowCount() for b in panel.board("swot").boxes.values()) >= 4
    assert panel.tows.cells["SO"].model().rowCount() == 0


def test_selecting_an_entry_elsewhere_shows_its_scope_and_card(qtbot, panel, session):
    session.set_selection("analysis_entries", ("b1",))
    assert panel.scope == "v0"
    assert box(panel, "strength").view.current_id() == "b1" and panel.editor.entry_id == "b1"
    session.set_selection("analysis_entries", ("l1",))
    assert panel.tabs.currentIndex() == 1 and panel.pestle_check.isChecked()
    assert box(panel, "legal", "pest").view.current_id() == "l1"
