"""Every figure's source is picked from a filterable list, with "new source…" in it."""

from PySide6.QtCore import Qt

from workbench.domain import entities as e
from workbench.domain.source_commands import add_source
from workbench.ui.panels.vendors import VendorsPanel
from workbench.ui.source_picker import NEW_SOURCE, SourcePickerDelegate


def open_source_editor(qtbot, session, field="source_id"):
    panel = VendorsPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    index = panel.proxy.index(0, panel.model.column_of(field))
    delegate = panel.view.itemDelegateForColumn(index.column())
    assert isinstance(delegate, SourcePickerDelegate)
    panel.view.edit(index)
    combo = panel.view.indexWidget(index) or panel.view.viewport().focusWidget()
    return panel, index, delegate, combo


def test_picking_a_source_by_typing_part_of_its_title(qtbot, session):
    panel, index, delegate, combo = open_source_editor(qtbot, session)
    assert combo.currentData() == "s1"
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Analyst")  # s2's publisher
    completer = combo.completer()
    assert completer.completionCount() == 1
    combo.setCurrentIndex(combo.findText(completer.currentCompletion()))
    delegate.setModelData(combo, panel.proxy, index)
    assert session.workspace.vendors.get(("v0",)).source_id == "s2"


def test_new_source_adds_one_then_cites_it(qtbot, session, monkeypatch):
    panel, index, delegate, combo = open_source_editor(qtbot, session, "tickers_source_id")

    def add(_parent):
        source = e.Source("hkex_2024", "HKEX", "Listing", "2024")
        session.push(add_source(session.workspace, source))
        return source

    monkeypatch.setattr(delegate, "ask_new_source", add)
    row = combo.findData(NEW_SOURCE)
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    assert combo.currentData() == "hkex_2024"
    delegate.setModelData(combo, panel.proxy, index)
    assert session.workspace.vendors.get(("v0",)).tickers_source_id == "hkex_2024"
    assert session.undo_stack.count() == 2  # the new source, then the citation


def test_text_that_names_no_source_changes_nothing(qtbot, session):
    panel, index, delegate, combo = open_source_editor(qtbot, session)
    combo.lineEdit().setText("no such source")
    delegate.setModelData(combo, panel.proxy, index)
    assert session.workspace.vendors.get(("v0",)).source_id == "s1" and session.undo_stack.count() == 0
