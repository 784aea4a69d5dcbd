"""Import of an edited workbook from the window: preview, tick, apply as one undo step."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from workbench.storage.excel import ExportOptions, export_workbook
from workbench.storage.excel_import import plan_import
from workbench.ui.import_preview import ImportPreviewDialog
from workbench.ui.session import Session


def exported_and_edited(workspace, tmp_path, edits):
    path = tmp_path / "out.xlsx"
    export_workbook(workspace, path, ExportOptions(sheets=("Cover", "Vendors", "Sources")))
    book = openpyxl.load_workbook(path)
    for (sheet, cell), value in edits.items():
        book[sheet][cell] = value
    book.create_sheet("Analyst notes")
    book.save(tmp_path / "edited.xlsx")
    return str(tmp_path / "edited.xlsx")


def test_preview_lists_each_difference_and_what_is_left_alone(qtbot, workspace, tmp_path):
    path = exported_and_edited(workspace, tmp_path, {("Vendors", "C2"): "Baidu Inc.", ("Vendors", "F3"): "杭州"})
    dialog = ImportPreviewDialog(plan_import(workspace, path))
    qtbot.addWidget(dialog)
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    assert rows == [["Vendors", "2", "English name (C2)", "Baidu", "Baidu Inc."],
                    ["Vendors", "3", "HQ city 城市 (F3)", "", "杭州"]]
    assert "Analyst notes" in dialog.notes.toPlainText() and "HQ province 省份" in dialog.notes.toPlainText()
    assert "2 difference(s)" in dialog.summary.text()


def test_applying_ticked_changes_is_one_undo_step(make_window, workspace, tmp_path, monkeypatch):
    session = Session(workspace)
    window = make_window(session)
    before = workspace.snapshot()
    path = exported_and_edited(workspace, tmp_path, {("Vendors", "C2"): "Baidu Inc.", ("Vendors", "C3"): "Ali",
                                                      ("Vendors", "E4"): "999999"})
    monkeypatch.setattr(window, "ask_import_workbook_path", lambda: path)
    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))

    def untick_second_and_apply(dialog):
        dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
        assert "2 ticked" in dialog.summary.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(window, "ask_import_preview", untick_second_and_apply)
    assert window.documents.import_workbook()
    vendors = session.workspace.vendors
    assert vendors.get(("v0",)).name_en == "Baidu Inc." and vendors.get(("v1",)).name_en == "Alibaba"
    assert vendors.get(("v2",)).hq_province == "440000"
    assert len(errors) == 1 and "E4" in errors[0] and "province" in errors[0]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.workspace.snapshot() == before


def test_a_workbook_from_elsewhere_gives_a_clear_message(make_window, workspace, tmp_path, monkeypatch):
    window = make_window(Session(workspace))
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    errors = []
    monkeypatch.setattr(window, "ask_import_workbook_path", lambda: str(plain))
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    assert not window.documents.import_workbook()
    assert len(errors) == 1 and "not exported by Workbench" in errors[0]


def test_nothing_ticked_means_nothing_to_apply(qtbot, workspace, tmp_path):
    path = exported_and_edited(workspace, tmp_path, {("Vendors", "C2"): "Baidu Inc."})
    dialog = ImportPreviewDialog(plan_import(workspace, path))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled() and dialog.accepted_changes() == []
