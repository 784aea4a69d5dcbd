"""Snapshots of a team project and the Changes view comparing two points."""

from workbench.domain import update
from workbench.domain.commands import PutRecord
from workbench.domain.entities import AnalysisEntry
from tests.ui.team_fixtures import server, team_window  # noqa: F401 (fixtures)


def edit(window, table, key, **changes):
    window.session.push(update(window.session.workspace, table, key, **changes))


def test_a_snapshot_asks_to_save_first_then_for_its_name(team_window, server):
    window = team_window("王")
    edit(window, "vendors", ("v0",), hq_city="上海")
    asked = []
    window.ask_save_first = lambda message: asked.append(message) or True
    window.ask_snapshot_name = lambda: "2025Q2 published"
    assert window.documents.take_snapshot()
    assert asked and not window.session.is_dirty
    assert [(s.name, s.history_seq, s.analyst) for s in server.snapshots] == [("2025Q2 published", 1, "王")]
    assert "2025Q2 published" in window.statusBar().currentMessage()
    window.ask_save_first = lambda message: asked.append(message) or False
    edit(window, "vendors", ("v0",), hq_city="广州")
    assert not window.documents.take_snapshot(), "not saved: no snapshot"
    assert len(server.snapshots) == 1


def test_a_taken_name_is_refused_with_a_message(team_window, server):
    window = team_window()
    window.ask_snapshot_name = lambda: "Q1"
    assert window.documents.take_snapshot()
    assert not window.documents.take_snapshot()
    assert window.errors and "exists already" in window.errors[-1][1]


def test_the_changes_view_shows_what_moved_since_a_snapshot_in_sections(team_window, server, qtbot):
    window = team_window("王")
    window.ask_snapshot_name = lambda: "Q1"
    assert window.documents.take_snapshot()
    score = next(s for s in server.state["scores"].values() if s.dimension_id == "model")
    edit(window, "scores", (score.vendor_id, "model"), value=(score.value or 0) + 5)
    edit(window, "dimensions", ("model",), weight=45.0)
    window.session.push(PutRecord("analysis_entries", AnalysisEntry(
        "e-new", "swot", "industry", "opportunity", "Open-weight models widen the customer base")))
    assert window.documents.save()
    window.ask_snapshot_name = lambda: "Q2"
    assert window.documents.take_snapshot()
    edit(window, "dimensions", ("model",), weight=50.0)  # unsaved: only "now" has it

    dialog = window.documents.show_changes()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.to_combo.count() == 3 and not dialog.is_working, timeout=3000)
    assert dialog.from_combo.currentData() == "Q2" and dialog.to_combo.currentData() == ""
    dialog.choose("Q1", "Q2")
    dialog.compare_button.click()
    qtbot.waitUntil(lambda: not dialog.is_working and dialog.comparison is not None, timeout=5000)
    sections = dialog.sections()
    assert list(sections) == ["Score changes (1)", "Weight changes (1)", "Entries added (1)"]
    assert sections["Weight changes (1)"] == ["Model capability: 40% → 45%"]
    assert "Open-weight models" in sections["Entries added (1)"][0]

    dialog.choose("Q2", "")
    dialog.compare_button.click()
    qtbot.waitUntil(lambda: not dialog.is_working and "Score changes (1)" not in dialog.sections(), timeout=5000)
    assert dialog.sections() == {"Weight changes (1)": ["Model capability: 45% → 50%"]}


def test_without_a_store_the_changes_view_says_so(make_window, session, qtbot):
    window = make_window(session)
    dialog = window.documents.show_changes()
    qtbot.addWidget(dialog)
    assert not dialog.compare_button.isEnabled() and "open one first" in dialog.status.text()
