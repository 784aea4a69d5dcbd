"""Sources edited in the window: add, edit, merge, delete with a replacement, open the link; one undo step each."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from workbench.domain.source_commands import citations_of
from workbench.ui.panels.source_dialog import SourceChoiceDialog, SourceDialog
from workbench.ui.panels.sources import SourcesPanel


@pytest.fixture
def panel(qtbot, session):
    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def answer_dialog(kind, fill):
    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, answer)
            return
        fill(dialog)
    QTimer.singleShot(20, answer)


def select(panel, source_id):
    row = panel.model.row_of((source_id,))
    panel.view.selectRow(panel.view.model().mapFromSource(panel.model.index(row, 0)).row())


def test_a_new_source_is_checked_then_added_in_one_step(qtbot, panel, session):
    seen = []

    def fill(dialog):
        qtbot.keyClicks(dialog.publisher_edit, "IDC")
        dialog.title_edit.setText("中国大模型平台市场份额，2023")
        qtbot.keyClicks(dialog.date_edit, "2024-8")
        dialog.url_edit.setText("javascript:alert(1)")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen.append(dialog.error_label.text())
        dialog.date_edit.setText("2024-08-21")
        dialog.url_edit.setText("https://www.idc.com/")
        assert dialog.id_edit.text() == "idc_2024"
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    panel.view.setFocus()
    answer_dialog(SourceDialog, fill)
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    assert "2025-04-08" in seen[0] and "https://" in seen[0]
    added = session.workspace.sources.get(("idc_2024",))
    assert (added.publisher, added.published, added.url) == ("IDC", "2024-08-21", "https://www.idc.com/")
    assert session.undo_stack.count() == 1


def test_deleting_a_cited_source_asks_for_a_replacement(qtbot, panel, session, monkeypatch):
    cited = len(citations_of(session.workspace, "s1"))
    assert cited > 0
    asked = []
    monkeypatch.setattr(panel.editing, "ask_other_source",
                        lambda source_id, title, prompt: asked.append(prompt) or "s2")
    before = session.workspace.snapshot()
    select(panel, "s1")
    panel.editing.delete_action.trigger()
    assert f"{cited} figure(s)" in asked[0]
    assert ("s1",) not in session.workspace.sources and citations_of(session.workspace, "s1") == []
    session.undo_stack.undo()
    assert session.workspace.snapshot() == before


def test_declining_the_replacement_deletes_nothing(qtbot, panel, session, monkeypatch):
    monkeypatch.setattr(panel.editing, "ask_other_source", lambda *args: None)
    select(panel, "s1")
    panel.editing.delete_action.trigger()
    assert ("s1",) in session.workspace.sources and session.undo_stack.count() == 0


def test_merge_picks_the_kept_source_from_a_filtered_list(qtbot, panel, session):
    def fill(dialog):
        qtbot.keyClicks(dialog.filter_edit, "analyst")
        assert dialog.proxy.rowCount() == 1
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    select(panel, "s1")
    answer_dialog(SourceChoiceDialog, fill)
    panel.editing.merge_action.trigger()
    assert ("s1",) not in session.workspace.sources
    assert all(score.source_id == "s2" for score in session.workspace.scores)
    assert session.undo_stack.count() == 1


def test_open_url_is_offered_only_for_web_links(qtbot, panel, session, monkeypatch):
    from workbench.domain import update

    opened = []
    monkeypatch.setattr("workbench.ui.panels.sources_editing.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()))
    select(panel, "s1")
    assert not panel.editing.open_url_action.isEnabled()
    session.push(update(session.workspace, "sources", ("s1",), url="https://example.org/report"))
    select(panel, "s2")
    select(panel, "s1")
    assert panel.editing.open_url_action.isEnabled()
    panel.editing.open_url_action.trigger()
    assert opened == ["https://example.org/report"]
