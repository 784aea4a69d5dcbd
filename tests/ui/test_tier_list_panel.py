"""The tier list panel driven like an analyst: drags, keys, weight edits, bad input, undo."""

import math

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.factories import make_workspace
from workbench.domain import entities as e
from workbench.domain.tiering_commands import set_weight
from workbench.ui.panels.tier_list import TierListPanel
from workbench.ui.panels.tier_list.board import TierBoard
from workbench.ui.session import Session


def make_panel(qtbot, session, monkeypatch, reason="strategic partner"):
    panel = TierListPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    asked = []

    def answer(vendor_name, tier_name):
        asked.append((vendor_name, tier_name))
        return reason

    monkeypatch.setattr(panel, "ask_override_reason", answer)
    panel.asked = asked
    return panel


@pytest.fixture
def panel(qtbot, session, monkeypatch):
    return make_panel(qtbot, session, monkeypatch)


def drop_card(board: TierBoard, vendor_id: str, tier_id: int) -> None:
    """The events a drag delivers to the board, with the real mime data of a card."""
    row = next(r for r in board.rows if r.tier_id == tier_id)
    point = row.rect.center()
    mime = TierBoard.mime_for(vendor_id)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(board, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(board, QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, buttons, modifiers))
    QApplication.sendEvent(board, QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, buttons, modifiers))


def click_card(qtbot, board, vendor_id):
    qtbot.mouseClick(board, Qt.MouseButton.LeftButton, pos=board.card_rects[vendor_id].center())


def placement(session, vendor_id):
    return session.workspace.tier_placements.get((vendor_id,))


def test_dragging_a_card_records_an_override_with_its_reason_and_undo_restores(qtbot, panel, session):
    before = session.workspace.snapshot()
    drop_card(panel.board, "v2", 1)
    assert panel.asked == [("腾讯", "第一梯队")]
    assert placement(session, "v2").override_tier == 1
    assert placement(session, "v2").override_reason == "strategic partner"
    assert panel.state.result.tier_of("v2") == 1
    assert "v2" in [panel.state.vendor_ids[i] for i in panel.board.rows[0].members]
    assert "strategic partner" in panel.board.card_tooltip("v2")
    reason_column = panel.table_model.column_of("reason")
    assert panel.table_model.index(2, reason_column).data() == "strategic partner"

    session.undo_stack.undo()
    assert session.workspace.snapshot() == before
    assert panel.state.result.tier_of("v2") == 3
    assert "v2" in [panel.state.vendor_ids[i] for i in panel.board.rows[2].members]


def test_pressing_and_moving_a_card_starts_a_drag_of_that_vendor(qtbot, panel, monkeypatch):
    started = []
    monkeypatch.setattr(panel.board, "start_drag", started.append)
    center = panel.board.card_rects["v1"].center()
    qtbot.mousePress(panel.board, Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseMove(panel.board, center + QPoint(40, 40))
    assert started == ["v1"]


def test_a_cancelled_or_empty_reason_changes_nothing(qtbot, session, monkeypatch):
    for reason, message in ((None, ""), ("  ", "needs a reason")):
        panel = make_panel(qtbot, session, monkeypatch, reason=reason)
        drop_card(panel.board, "v0", 4)
        assert placement(session, "v0") is None
        assert session.undo_stack.count() == 0
        assert message in panel.message_bar.text()


def test_keyboard_moves_the_selected_card_and_delete_clears_the_override(qtbot, panel, session):
    click_card(qtbot, panel.board, "v1")
    assert session.selection == ("vendors", ("v1",))
    qtbot.keyClick(panel.board, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert placement(session, "v1").override_tier == 3
    assert panel.state.result.overridden[1]
    qtbot.keyClick(panel.board, Qt.Key.Key_Delete)
    assert placement(session, "v1").override_tier is None
    assert not panel.state.result.overridden[1]
    assert session.undo_stack.count() == 2
    # plain arrows only walk the selection
    qtbot.keyClick(panel.board, Qt.Key.Key_Right)
    assert panel.board.selected == "v2" and session.undo_stack.count() == 2


def test_dragging_back_to_the_computed_tier_clears_the_override_without_asking(qtbot, panel, session):
    drop_card(panel.board, "v0", 2)
    drop_card(panel.board, "v0", 1)
    assert placement(session, "v0").override_tier is None
    assert len(panel.asked) == 1


def test_changing_a_weight_re_tiers_at_once_and_highlights_the_movers(qtbot, session, monkeypatch):
    ws = make_workspace(vendor_count=2)
    ws.replace_table("scores", [e.Score("v0", "compute", 100.0), e.Score("v0", "model", 0.0),
                                e.Score("v1", "compute", 0.0), e.Score("v1", "model", 100.0)])
    session = Session(ws)
    panel = make_panel(qtbot, session, monkeypatch)
    # 60/40: v0 = 60, v1 = 40
    assert panel.state.result.composites.tolist() == [60.0, 40.0]
    assert [panel.state.result.tier_of(v) for v in ("v0", "v1")] == [1, 2]
    weight = panel.editor.dimension_model.index(0, panel.editor.dimension_model.column_of("weight"))
    assert panel.editor.dimension_model.setData(weight, "20")
    # weights 20 and 40 sum to 60%: normalised to 1/3 and 2/3, with a visible note
    assert panel.state.result.composites.tolist() == pytest.approx([100 / 3, 200 / 3])
    assert [panel.state.result.tier_of(v) for v in ("v0", "v1")] == [2, 1]
    assert panel.state.moved == {"v0", "v1"}
    assert "60%" in panel.editor.weight_total.text()
    assert "v1" in [panel.state.vendor_ids[i] for i in panel.board.rows[0].members]
    # 1/3 against 2/3 survives every ±20% draw; computed off the GUI thread after the edit
    qtbot.waitUntil(lambda: panel.state.robustness == {"v0": 1.0, "v1": 1.0}, timeout=3000)
    session.undo_stack.undo()
    assert [panel.state.result.tier_of(v) for v in ("v0", "v1")] == [1, 2]


def test_robustness_matches_the_hand_computed_share(qtbot, monkeypatch):
    ws = make_workspace(vendor_count=2)
    ws.replace_table("dimensions", [e.Dimension("compute", "算力", "C", 52.0), e.Dimension("model", "模型", "M", 48.0)])
    ws.replace_table("scores", [e.Score("v0", "compute", 100.0), e.Score("v0", "model", 0.0),
                                e.Score("v1", "compute", 0.0), e.Score("v1", "model", 100.0)])
    panel = make_panel(qtbot, Session(ws), monkeypatch)
    # v0 keeps rank 1 while 52a > 48b, a and b uniform on [0.8, 1.2]: it loses on a
    # triangle of area (1.2 - 0.8k)^2 / 2k, k = 52/48, out of the square's 0.16.
    k = 52 / 48
    expected = 1 - (1.2 - 0.8 * k) ** 2 / (2 * k) / 0.16
    qtbot.waitUntil(lambda: not math.isnan(panel.state.robustness_of("v0")), timeout=3000)
    assert panel.state.robustness_of("v0") == pytest.approx(expected, abs=0.04)
    assert panel.state.robustness_of("v1") == panel.state.robustness_of("v0")
    shown = f"{panel.state.robustness_of('v0'):.0%}"
    assert shown in panel.board.card_tooltip("v0")
    panel.tabs.setCurrentWidget(panel.table)
    column = panel.table_model.column_of("robustness")
    assert panel.table_model.index(0, column).data() == shown


def test_all_zero_weights_show_a_message_and_nothing_breaks(qtbot, panel, session):
    for dimension in ("compute", "model"):
        session.push(set_weight(session.workspace, dimension, 0.0))
    assert "zero" in panel.notes.text() and panel.notes.isVisibleTo(panel)
    assert panel.state.result.composites.tolist() == [0.0, 0.0, 0.0]
    panel.state.compute_robustness()
    tooltip = panel.board.card_tooltip("v0")
    assert "robustness" not in tooltip and "boundary" not in tooltip, "no figure where none means anything"
    panel.board.repaint()


def test_a_score_outside_0_100_is_refused_with_a_message(qtbot, panel, session):
    panel.tabs.setCurrentWidget(panel.table)
    cell = panel.table_model.index(0, panel.table_model.column_of(("dim", "compute")))
    assert not panel.table_model.setData(cell, "120")
    assert "outside 0-100" in panel.message_bar.text()
    assert session.workspace.scores.get(("v0", "compute")).value == 90.0
    assert session.undo_stack.count() == 0


def test_removing_a_dimension_with_overrides_in_place_keeps_the_model_consistent(qtbot, panel, session):
    drop_card(panel.board, "v2", 1)
    before = session.workspace.snapshot()
    panel.editor.dimension_view.setCurrentIndex(panel.editor.dimension_model.index(0, 0))
    panel.editor.remove_selected_dimension()
    assert session.workspace.dimensions.get(("compute",)) is None
    assert not [s for s in session.workspace.scores if s.dimension_id == "compute"]
    assert "override" in panel.editor.info.text()
    assert panel.state.result.tier_of("v2") == 1  # the override still holds
    assert panel.table_model.columnCount() == len(panel.table_model.fields)
    session.undo_stack.undo()
    assert session.workspace.snapshot() == before


def test_removing_a_tier_clears_the_overrides_into_it_and_undo_brings_them_back(qtbot, panel, session):
    drop_card(panel.board, "v0", 4)
    before = session.workspace.snapshot()
    panel.editor.tier_view.setCurrentIndex(panel.editor.tier_model.index(3, 0))
    panel.editor.remove_selected_tier()
    assert placement(session, "v0").override_tier is None
    assert "百度" in panel.editor.info.text()
    assert len(panel.board.rows) == 3
    session.undo_stack.undo()
    assert session.workspace.snapshot() == before
    assert len(panel.board.rows) == 4


def test_the_tier_rule_can_be_switched_to_thresholds(qtbot, panel, session):
    combo = panel.editor.rule_combo
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert session.workspace.setting("tier_rule") == "threshold"
    assert panel.state.result.tiers.tolist() == [1, 1, 2]  # bounds 80 / 65 / 50 / 0
    session.undo_stack.undo()
    assert combo.currentData() == "rank"


def test_selection_follows_board_table_and_chart(qtbot, panel, session):
    click_card(qtbot, panel.board, "v1")
    panel.tabs.setCurrentWidget(panel.table)
    assert panel.table_model.vendor_at(panel.proxy.mapToSource(panel.table.currentIndex()).row()) == "v1"
    panel.tabs.setCurrentWidget(panel.chart)
    assert panel.chart.selected == "v1"
    spot = next(p for p in panel.chart.scatter.points() if p.data() == "v2")
    panel.chart.scatter.sigClicked.emit(panel.chart.scatter, [spot], None)
    assert session.selection == ("vendors", ("v2",))
    assert panel.board.selected == "v2"


def test_the_bubble_chart_is_built_when_its_tab_is_first_shown(qtbot, panel):
    # Building it (and importing its charting library) would otherwise delay the board shown at start.
    from workbench.ui.panels.tier_list.bubble_chart import BubbleChart

    title = panel.tabs.tabText(2)
    assert not any(isinstance(panel.tabs.widget(i), BubbleChart) for i in range(panel.tabs.count()))
    panel.tabs.setCurrentIndex(2)
    chart = panel.tabs.currentWidget()
    assert isinstance(chart, BubbleChart) and panel.chart is chart
    assert (panel.tabs.count(), panel.tabs.tabText(2)) == (3, title)
    assert len(chart.points()) == 3 and chart.isVisible()
    assert panel.image_actions.copy_action.isEnabled()


def test_asking_for_the_bubble_chart_builds_it_behind_its_tab(qtbot, panel, session):
    chart = panel.chart
    assert panel.tabs.currentWidget() is panel.board_scroll and panel.tabs.widget(2) is chart
    session.set_vendor_filter("330000")  # Zhejiang: Alibaba only; drawn when the tab is shown
    panel.tabs.setCurrentWidget(chart)
    assert panel.chart is chart and chart.isVisible()
    assert [spot.data() for spot in chart.scatter.points()] == ["v1"]


def test_the_province_filter_hides_vendors_from_elsewhere(qtbot, panel, session):
    session.set_vendor_filter("330000")  # Zhejiang: Alibaba only
    assert [len(row.members) for row in panel.board.rows] == [0, 1, 0, 0]
    assert list(panel.board.card_rects) == ["v1"]
    panel.tabs.setCurrentWidget(panel.table)
    assert panel.table_model.rowCount() == 1 and panel.table_model.vendor_at(0) == "v1"
    panel.tabs.setCurrentWidget(panel.chart)
    assert [p["vendor_id"] for p in panel.chart.points()] == ["v1"]
    session.set_vendor_filter(None)
    assert panel.table_model.rowCount() == 3 and len(panel.board.card_rects) == 3


def test_at_1600_by_1000_the_weights_and_scores_columns_are_in_view(qtbot, make_window):
    from workbench.storage.opening import open_workspace
    from workbench.ui.session import Session

    window = make_window(Session(open_workspace().workspace))
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    editor = window.panel("tier_list").editor
    qtbot.waitUntil(lambda: editor.dimension_view.isVisible())

    def right_edge(view, column):
        return view.columnViewportPosition(column) + view.columnWidth(column)

    dimensions = editor.dimension_view
    assert right_edge(dimensions, 2) <= dimensions.viewport().width()  # "Weight %"
    scores = editor.score_view
    assert right_edge(scores, 2) <= scores.viewport().width()  # vendor, dimension and the score itself
