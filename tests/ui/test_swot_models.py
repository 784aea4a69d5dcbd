import time

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.factories import make_workspace
from workbench.domain import analysis
from workbench.domain import entities as e
from workbench.ui.panels.swot_pest import SwotPestPanel
from workbench.ui.panels.swot_pest.chart import fanned_positions
from workbench.ui.panels.swot_pest.models import LINKS_ROLE, EntryListModel, StrategyListModel
from workbench.ui.panels.swot_pest.tows import LinkChoiceModel
from workbench.ui.session import Session

CROWD = 500


def crowded_workspace():
    """One quadrant with 500 entries, some of them long, a few linked by strategies."""
    ws = make_workspace()
    entries = [e.AnalysisEntry(f"s{i}", "swot", "industry", "strength",
                               ("很长的条目" * 4_000 if i % 50 == 0 else f"优势 {i}"), 1 + i % 5, 1 + (i // 5) % 5)
               for i in range(CROWD)]
    entries.append(e.AnalysisEntry("o1", "swot", "industry", "opportunity", "机会", 5, 5))
    ws.replace_table("analysis_entries", entries)
    ws.replace_table("tows_strategies", [e.TowsStrategy("so1", "industry", "SO", "策略", "s1,o1")])
    return ws


@pytest.fixture
def session(qapp):
    return Session(crowded_workspace())


def test_models_pass_the_model_tester_through_edits(qtmodeltester, session):
    entries = EntryListModel(session, "swot", "industry", "strength")
    strategies = StrategyListModel(session, "industry", "SO")
    links = LinkChoiceModel(session, "industry")
    links.set_strategy("so1")
    for model in (entries, strategies, links):
        qtmodeltester.check(model)
    ws = session.workspace
    session.push(analysis.move_entry(ws, "s3", "opportunity", 0))
    session.push(analysis.reorder_entry(ws, "s0", 5))
    session.push(analysis.delete_entry(ws, "s1"))
    entries.set_priority_order(True)
    for model in (entries, strategies, links):
        qtmodeltester.check(model)
    assert entries.rowCount() == CROWD - 2
    assert links.index(links.row_of("o1")).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_row_signals_follow_single_changes_without_resets(qtbot, session):
    model = EntryListModel(session, "swot", "industry", "strength")
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.rowsMoved):
        session.push(analysis.reorder_entry(session.workspace, "s2", -2))
    assert model.ids()[:3] == ["s2", "s0", "s1"]
    with qtbot.waitSignal(model.rowsRemoved):
        session.push(analysis.move_entry(session.workspace, "s2", "threat"))
    with qtbot.waitSignal(model.rowsInserted):
        session.undo_stack.undo()
    assert model.ids()[:3] == ["s2", "s0", "s1"] and resets == []
    assert model.index(model.row_of("s1")).data(LINKS_ROLE) == 1


def test_mime_data_round_trips_entry_ids(session):
    model = EntryListModel(session, "swot", "industry", "strength")
    data = model.mimeData([model.index(4)])
    assert EntryListModel.dropped_ids(data) == ["s4"]
    opportunities = EntryListModel(session, "swot", "industry", "opportunity")
    assert opportunities.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert opportunities.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert opportunities.ids() == ["o1", "s4"]


def test_a_quadrant_of_500_entries_stays_usable(qtbot, session):
    started = time.perf_counter()
    panel = SwotPestPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1400, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.grab()  # paints every visible card, long ones included
    opened = time.perf_counter() - started
    strengths = panel.board("swot").boxes["strength"]
    view = strengths.view
    assert strengths.model.rowCount() == CROWD

    started = time.perf_counter()
    view.select_id("s499")
    view.grab()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    line = strengths.add_line
    qtbot.keyClicks(line, "one more")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    session.undo_stack.undo()
    session.undo_stack.undo()
    edited = time.perf_counter() - started
    assert strengths.model.ids()[-1] == "s499"
    # Budgets ten times what this takes here (~0.5 s, ~0.2 s): they catch per-entry widgets, not noise.
    assert opened < 5.0 and edited < 2.0, (opened, edited)


def test_fanned_positions_keep_equal_points_apart_and_near_their_figures():
    positions = fanned_positions([(3, 4)] * 20 + [(5, 5)])
    assert positions[-1] == (5.0, 5.0)
    crowd = positions[:20]
    assert len(set(crowd)) == 20
    assert all(abs(x - 3) < 0.35 and abs(y - 4) < 0.35 for x, y in crowd)
