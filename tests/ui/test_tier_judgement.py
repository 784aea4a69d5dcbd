"""Whose judgement the tier board shows: the baseline caption, the placement's own source, unscored vendors,
and robustness and margins only where they say something."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.factories import make_workspace
from tests.ui.test_tier_list_panel import drop_card
from workbench.domain import entities as e
from workbench.domain import update
from workbench.domain.scoring import UNSCORED_TIER
from workbench.storage.dataset import load_dataset
from workbench.storage.opening import BUNDLED_DATASET
from workbench.ui.panels.sources import SourcesPanel
from workbench.ui.panels.tier_list import TierListPanel
from workbench.ui.panels.tier_list.board import UNSCORED_COLOR
from workbench.ui.session import Session


def make_panel(qtbot, session):
    panel = TierListPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def with_newcomer(ws):
    ws.replace_table("vendors", [*ws.vendors, e.Vendor("new", "新厂商", "Newcomer", "110000")])
    return ws


def cell(panel, vendor_id, field):
    model = panel.table_model
    return model.index(model.row_of(vendor_id), model.column_of(field)).data()


def test_an_unscored_vendor_has_its_own_row_not_a_zero_in_the_last_tier(qtbot):
    panel = make_panel(qtbot, Session(with_newcomer(make_workspace())))
    board = panel.board
    assert [row.tier_id for row in board.rows] == [1, 2, 3, 4, UNSCORED_TIER]
    assert [panel.state.vendor_ids[i] for i in board.rows[-1].members] == ["new"]
    assert all("new" not in [panel.state.vendor_ids[i] for i in row.members] for row in board.rows[:-1])
    tooltip = board.card_tooltip("new")
    assert "Unscored" in tooltip and "0.0" not in tooltip and "rank" not in tooltip.split("\n")[1].split(",")[0]
    # the row is painted in its own grey band, with the card in it
    image = board.grab().toImage()
    header = board.rows[-1].rect.topLeft()
    assert QColor(image.pixel(header.x() + 3, header.y() + 3)).name() == UNSCORED_COLOR.name()

    panel.tabs.setCurrentWidget(panel.table)
    assert cell(panel, "new", "rank") == "" and cell(panel, "new", "composite") == ""
    assert cell(panel, "new", "tier") == "Unscored"
    rank_column = panel.table_model.column_of("rank")
    panel.table.sortByColumn(rank_column, Qt.SortOrder.AscendingOrder)
    last = panel.proxy.index(panel.proxy.rowCount() - 1, panel.table_model.column_of("vendor"))
    assert last.data() == "新厂商", "unscored vendors sort after every rank"

    panel.tabs.setCurrentWidget(panel.chart)
    assert "new" not in [p["vendor_id"] for p in panel.chart.points()]
    assert "新厂商" in panel.chart.unplotted_note.text() and panel.chart.unplotted_note.isVisibleTo(panel)


def test_a_drop_on_the_unscored_row_is_refused_but_a_tier_takes_the_vendor(qtbot, monkeypatch):
    session = Session(with_newcomer(make_workspace()))
    panel = make_panel(qtbot, session)
    monkeypatch.setattr(panel, "ask_override_reason", lambda *_: "watch list")
    before = session.undo_stack.count()
    drop_card(panel.board, "v0", UNSCORED_TIER)
    assert session.undo_stack.count() == before and panel.state.result.tier_of("v0") == 1
    drop_card(panel.board, "new", 2)
    assert panel.state.result.tier_of("new") == 2 and not panel.state.result.is_scored(panel.state.index_of("new"))
    assert UNSCORED_TIER not in [row.tier_id for row in panel.board.rows], "no empty unscored row is left"
    assert "Unscored" in panel.board.card_tooltip("new")


def test_robustness_shows_only_below_100_percent_and_the_margin_always(qtbot):
    ws = make_workspace(vendor_count=2)
    ws.replace_table("dimensions", [e.Dimension("compute", "算力", "C", 52.0), e.Dimension("model", "模型", "M", 48.0)])
    ws.replace_table("scores", [e.Score("v0", "compute", 100.0), e.Score("v0", "model", 0.0),
                                e.Score("v1", "compute", 0.0), e.Score("v1", "model", 100.0)])
    panel = make_panel(qtbot, Session(ws))
    panel.state.compute_robustness()
    share = panel.state.robustness_of("v0")
    assert share < 0.995
    assert f"{share:.0%}" in panel.board.card_tooltip("v0")
    # v0 52 against v1 48: four points either side of the one boundary between them
    assert "4.0 points above the boundary with 第二梯队" in panel.board.card_tooltip("v0")
    assert "4.0 points below the boundary with 第一梯队" in panel.board.card_tooltip("v1")
    panel.tabs.setCurrentWidget(panel.table)
    assert cell(panel, "v0", "robustness") == f"{share:.0%}"
    assert cell(panel, "v0", "margin") == "↓4.0 第二梯队" and cell(panel, "v1", "margin") == "↑4.0 第一梯队"

    clear = make_panel(qtbot, Session(make_workspace()))  # 90 / 80 / 70: never moves under ±20%
    clear.state.compute_robustness()
    assert clear.state.robustness_of("v0") == 1.0
    assert "robustness" not in clear.board.card_tooltip("v0")
    clear.tabs.setCurrentWidget(clear.table)
    assert cell(clear, "v0", "robustness") == "" and cell(clear, "v0", "margin") == "↓10.0 第二梯队"


def test_a_placement_made_by_hand_shows_no_margin(qtbot):
    ws = make_workspace()
    ws.replace_table("tier_placements", [e.TierPlacement("v2", override_tier=1, override_reason="strategic")])
    panel = make_panel(qtbot, Session(ws))
    assert "boundary" not in panel.board.card_tooltip("v2")
    panel.tabs.setCurrentWidget(panel.table)
    assert cell(panel, "v2", "margin") == ""


@pytest.fixture
def bundled(qtbot):
    session = Session(load_dataset(BUNDLED_DATASET).workspace)
    panel, sources = make_panel(qtbot, session), SourcesPanel(session)
    qtbot.addWidget(sources)
    return session, panel, sources


def test_the_board_says_whose_judgement_the_baseline_is_and_when(bundled):
    _session, panel, _sources = bundled
    caption = panel.baseline_label.text()
    assert "分析师基线排名" in caption and "analyst assessment" in caption and "2026-11-23" in caption
    assert panel.baseline_label.isVisibleTo(panel)


def test_selecting_a_card_shows_the_placements_own_kind_and_source(qtbot, bundled):
    session, panel, sources = bundled
    # The vendor row cites a report, the placement the analysts: the panel must show the placement's.
    session.push(update(session.workspace, "vendors", ("tencent",), source_id="seed002"))
    qtbot.mouseClick(panel.board, Qt.MouseButton.LeftButton, pos=panel.board.card_rects["tencent"].center())
    assert session.selection == ("tier_placements", ("tencent",))
    assert sources.detail_values["kind"].text() == "Analyst assessment"
    assert sources.detail_values["publisher"].text() == "Workbench analysts"
    assert "腾讯" in sources.detail_values["figure"].text()
    assert "analyst assessment" in panel.placement_label.text() and "腾讯" in panel.placement_label.text()
    assert "Workbench analysts (analyst)" in panel.board.card_tooltip("tencent")
