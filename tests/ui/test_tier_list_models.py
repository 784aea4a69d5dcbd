"""The tier table model and the bubble chart's data, over small and bundled workspaces."""

import pytest
from PySide6.QtCore import Qt

from tests.ui.editing import type_into_editor
from workbench.storage.dataset import load_dataset
from workbench.storage.opening import BUNDLED_DATASET
from workbench.ui.panels.tier_list import TierListPanel
from workbench.ui.panels.tier_list.bubble_chart import BUBBLE_SIZE
from workbench.ui.panels.tier_list.models import TierTableModel
from workbench.ui.panels.tier_list.state import TierState
from workbench.ui.session import Session


@pytest.fixture
def bundled_panel(qtbot):
    session = Session(load_dataset(BUNDLED_DATASET).workspace)
    panel = TierListPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_table_model_passes_the_model_tester(qtmodeltester, session):
    model = TierTableModel(TierState(session))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.headerData(model.column_of(("dim", "model")), Qt.Orientation.Horizontal) == "模型能力"


def test_the_bundled_twenty_in_four_tiers_with_hand_checked_composites(bundled_panel):
    state = bundled_panel.state
    assert len(state.vendor_ids) == 20
    assert [len(row.members) for row in bundled_panel.board.rows] == [4, 5, 5, 6]
    # Baidu: 30% × 95 + 25% × 90 + 20% × 88 + 15% × 90 + 10% × 95
    baidu = state.index_of("baidu")
    assert state.result.composites[baidu] == pytest.approx(0.30 * 95 + 0.25 * 90 + 0.20 * 88 + 0.15 * 90 + 0.10 * 95)
    assert state.result.ranks[baidu] == 1 and state.rank_change(baidu) == 0


def test_sorting_by_composite_uses_numbers_and_editing_a_score_re_ranks(qtbot, bundled_panel):
    panel, model = bundled_panel, bundled_panel.table_model
    panel.tabs.setCurrentWidget(panel.table)
    composite = model.column_of("composite")
    panel.table.sortByColumn(composite, Qt.SortOrder.DescendingOrder)
    values = [float(panel.proxy.index(r, composite).data()) for r in range(panel.proxy.rowCount())]
    assert values == sorted(values, reverse=True)

    # Type 100 into every score of the last vendor (TRS, rank 19) through the view's editor.
    trs_row = panel.proxy.mapFromSource(model.index(model.row_of("trs"), 0)).row()
    for dimension in ("compute", "model", "commercial", "ecosystem", "rnd"):
        index = panel.proxy.index(trs_row, model.column_of(("dim", dimension)))
        type_into_editor(qtbot, panel.table, index, "100")
        trs_row = panel.proxy.mapFromSource(model.index(model.row_of("trs"), 0)).row()
    state = panel.state
    assert state.result.composites[state.index_of("trs")] == pytest.approx(100.0)
    assert state.result.tier_of("trs") == 1
    assert state.rank_change(state.index_of("trs")) == 18  # baseline 19, now 1
    assert panel.proxy.index(0, model.column_of("vendor")).data() == "拓尔思"
    assert panel.proxy.index(0, model.column_of("rank_change")).data() == "▲18"
    assert bundled_panel.session.undo_stack.count() == 5


def test_every_bubble_has_one_size_and_the_note_says_what_colour_means(bundled_panel):
    chart = bundled_panel.chart
    bundled_panel.tabs.setCurrentWidget(chart)
    chart.set_axes("commercial", "rnd")
    points = {p["vendor_id"]: p for p in chart.points()}
    assert len(points) == 20
    assert (points["baidu"]["x"], points["baidu"]["y"]) == (88, 95)
    assert points["baidu"]["color"] == "#0072B2"
    # No source gives an amount of large-model revenue: a size would mean nothing, so there is none.
    assert {p["size"] for p in points.values()} == {BUBBLE_SIZE}
    assert [spot.size() for spot in chart.scatter.points()] == [BUBBLE_SIZE] * 20
    note = chart.size_note.text()
    assert "tier" in note and "same size" in note and "revenue" not in note.lower()
    assert "Revenue" not in chart._tip(88, 95, "baidu")
    assert "百度" in chart._tip(88, 95, "baidu")
