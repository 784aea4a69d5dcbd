"""Every listener hears one event per finished edit: a 500-row batch, an undo, a redo refresh once."""

from workbench.domain import Batch, PutRecord, update
from workbench.domain import entities as e
from workbench.ui.panels.swot_pest import SwotPestPanel
from workbench.ui.panels.tier_list.state import TierState


def _entries_batch(count: int) -> Batch:
    return Batch(tuple(PutRecord("analysis_entries",
                                 e.AnalysisEntry(f"x{i}", "swot", "industry", "strength", f"条目 {i}", 3, 3))
                       for i in range(count)), "Add entries")


def test_a_500_row_batch_is_one_event_and_one_chart_refresh_and_so_are_its_undo_and_redo(qtbot, session,
                                                                                        monkeypatch):
    panel = SwotPestPanel(session)
    qtbot.addWidget(panel)
    drawn = []
    original = panel.chart.show_entries
    monkeypatch.setattr(panel.chart, "show_entries", lambda *args: (drawn.append(args), original(*args)))
    edits = []
    session.edited.connect(edits.append)
    session.push(_entries_batch(500))
    assert len(edits) == 1 and len(edits[0].keys["analysis_entries"]) == 500
    assert len(drawn) == 1, "redrawn once, at once: no timer needed to find the end of the batch"
    assert len(panel.board("swot", "main").boxes["strength"].model.ids()) == 501  # a1 and the new ones
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert len(edits) == 3 and len(drawn) == 3


def test_the_tier_state_recomputes_once_per_edit_and_only_when_its_tables_changed(session):
    # Owned by the session, and no lambda holding it: a QObject left to the garbage collector may be
    # freed on whatever thread runs next, with its timers still registered on this one.
    state = TierState(session, session)
    updates = []
    state.updated.connect(lambda: updates.append(1))
    session.push(Batch(tuple(update(session.workspace, "scores", (f"v{i}", d), value=10.0 + i)
                             for i in range(3) for d in ("compute", "model"))))
    assert len(updates) == 1
    assert state.result.composites.tolist() == [10.0, 11.0, 12.0]
    session.push(update(session.workspace, "sources", ("s1",), title="Another title"))
    assert len(updates) == 1, "the tiers read no sources"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert len(updates) == 2 and state.result.composites.tolist() == [90.0, 80.0, 70.0]


def test_the_status_bar_and_autosave_follow_the_edit_event(make_window, session, qtbot):
    window = make_window(session)
    window.autosave.set_interval(60)
    session.push(update(session.workspace, "vendors", ("v0",), name_en="Renamed"))
    assert window.autosave._idle.isActive(), "an edit starts the wait for a pause"
    assert window.autosave._changed_tables == {"vendors"}
    session.push(update(session.workspace, "scores", ("v1", "model"), value=5.0))
    assert window.autosave._changed_tables == {"vendors", "scores"}


def test_a_panel_follows_the_tables_its_refresh_read_and_no_others(qtbot, session, monkeypatch):
    from workbench.domain import PutRecord
    from workbench.ui.panels.heat_map.panel import HeatMapPanel

    panel = HeatMapPanel(session)
    qtbot.addWidget(panel)
    refreshed = []
    original = panel.refresh
    monkeypatch.setattr(panel, "refresh", lambda: (refreshed.append(1), original()))
    session.push(update(session.workspace, "analysis_entries", ("a1",), text="另一条"))  # learns what it reads
    assert panel.tables_read is not None and {"metrics", "province_values"} <= panel.tables_read
    assert "analysis_entries" not in panel.tables_read
    refreshed.clear()
    session.push(update(session.workspace, "analysis_entries", ("a1",), text="第三条"))
    assert refreshed == [], "the map reads no SWOT entries"
    session.push(update(session.workspace, "province_values", ("genai_filings", "110000"), value=7.0))
    assert len(refreshed) == 1 and panel.table.values()["110000"] == 7.0
    session.push(PutRecord("metrics", e.Metric("m2", "新指标", "New metric", "count", "2025", None, "s1")))
    assert panel.metric_combo.findData("m2") >= 0, "a new metric is listed at once"
