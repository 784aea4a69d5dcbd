"""Adding, editing and deleting vendors from the Vendors panel: toolbar, keyboard, dialog, one undo step each."""

import dataclasses

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from workbench.domain import entities as e
from workbench.ui.panels.vendor_dialog import VendorDialog
from workbench.ui.panels.vendors import VendorsPanel


@pytest.fixture
def panel(qtbot, session):
    session.workspace.replace_table("analysis_entries", [
        *session.workspace.analysis_entries,
        e.AnalysisEntry("v0-s1", "swot", "v0", "strength", "自有云平台", 4, 4, "", "s1")])
    panel = VendorsPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def fill_dialog_when_shown(qtbot, fill):
    """Answer the modal dialog the next action opens: fill(dialog) types into it."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, VendorDialog):
            QTimer.singleShot(20, answer)
            return
        fill(dialog)
    QTimer.singleShot(20, answer)


def test_insert_opens_the_dialog_and_the_new_vendor_is_one_undo_step(qtbot, panel, session):
    def fill(dialog):
        dialog.name_zh_edit.setText("阶跃星辰")  # QTest types ASCII only
        qtbot.keyClicks(dialog.name_en_edit, "StepFun")
        assert dialog.id_edit.text() == "stepfun"  # suggested from the English name
        dialog.province_combo.setCurrentIndex(dialog.province_combo.findData("310000"))
        dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("s2"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    panel.view.setFocus()
    fill_dialog_when_shown(qtbot, fill)
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    added = session.workspace.vendors.get(("stepfun",))
    assert (added.name_zh, added.name_en, added.hq_province, added.source_id) == ("阶跃星辰", "StepFun", "310000", "s2")
    assert panel.proxy.rowCount() == 4
    assert session.selection == ("vendors", ("stepfun",))
    session.undo_stack.undo()
    assert ("stepfun",) not in session.workspace.vendors and panel.proxy.rowCount() == 3


def test_a_refused_vendor_keeps_the_dialog_open_with_the_reason(qtbot, panel, session):
    seen = []

    def fill(dialog):
        qtbot.keyClicks(dialog.name_en_edit, "Kling")  # no Chinese name
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen.append((dialog.isVisible(), dialog.error_label.text()))
        dialog.reject()

    before = session.workspace.snapshot()
    fill_dialog_when_shown(qtbot, fill)
    panel.add_action.trigger()
    assert seen and seen[0][0] and "name_zh" in seen[0][1]
    assert session.workspace.snapshot() == before and session.undo_stack.count() == 0


def test_edit_changes_every_field_in_one_step(qtbot, panel, session):
    session.workspace.replace_table("vendors", [
        dataclasses.replace(v, tickers_source_id="s2") if v.vendor_id == "v1" else v for v in session.workspace.vendors])
    panel.view.selectRow(1)

    def fill(dialog):
        assert dialog.id_edit.isReadOnly() and dialog.name_zh_edit.text() == "阿里巴巴"
        dialog.city_edit.setText("杭州")
        dialog.tickers_edit.setText("09988.HK/BABA.US")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    fill_dialog_when_shown(qtbot, fill)
    panel.edit_action.trigger()
    vendor = session.workspace.vendors.get(("v1",))
    assert (vendor.hq_city, vendor.tickers) == ("杭州", "09988.HK/BABA.US")
    assert vendor.tickers_source_id == "s2"  # shown in the dialog and kept
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.workspace.vendors.get(("v1",)).hq_city == ""


def test_delete_names_what_goes_with_it_and_undo_brings_all_back(qtbot, panel, session, monkeypatch):
    asked = []
    monkeypatch.setattr(panel, "ask_delete", lambda name, going, relinked: asked.append((name, going)) or True)
    before = session.workspace.snapshot()
    panel.view.selectRow(0)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert asked == [("百度", ["2 scores", "1 revenue mix estimates", "2 market shares", "1 SWOT/PEST entries"])]
    assert ("v0",) not in session.workspace.vendors
    assert not [s for s in session.workspace.scores if s.vendor_id == "v0"]
    assert panel.proxy.rowCount() == 2
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.workspace.snapshot() == before and panel.proxy.rowCount() == 3


def test_declining_the_question_deletes_nothing(qtbot, panel, session, monkeypatch):
    monkeypatch.setattr(panel, "ask_delete", lambda *args: False)
    panel.view.selectRow(2)
    panel.delete_action.trigger()
    assert ("v2",) in session.workspace.vendors and session.undo_stack.count() == 0


def test_edit_and_delete_need_a_selected_vendor(panel):
    panel.view.clearSelection()
    assert not panel.edit_action.isEnabled() and not panel.delete_action.isEnabled()
    panel.view.selectRow(0)
    assert panel.edit_action.isEnabled() and panel.delete_action.isEnabled()
