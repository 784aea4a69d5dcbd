"""An exported workbook coming back: edits in sheets that cannot be imported are reported, a tampered manifest
is refused with a message."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.reliability.round_trip_fixtures import exported, project  # noqa: F401 (fixtures)
from workbench.cli import main
from workbench.storage.dataset import load_dataset
from workbench.storage.excel.manifest import MANIFEST_SHEET
from workbench.storage.excel_import import WorkbookImportError, plan_import
from workbench.storage.opening import BUNDLED_DATASET
from workbench.storage.project import open_project




def edited(exported, target: Path, change) -> Path:
    book = openpyxl.load_workbook(exported[1])
    change(book)
    book.save(target)
    return target


def rename_baidu(book) -> None:
    sheet = book["Vendors"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "baidu")
    sheet.cell(row, 3).value = "Baidu Group"  # name_en


REPORT_SHEET = "Market Concentration"  # a report: computed from the market shares, never imported


def report_cell(book) -> tuple[int, int]:
    """A numeric cell in the body of a report sheet."""
    sheet = book[REPORT_SHEET]
    return next((r, c) for r in range(2, sheet.max_row + 1) for c in range(1, sheet.max_column + 1)
                if isinstance(sheet.cell(r, c).value, (int, float)) and sheet.cell(r, c).data_type != "f")


def edit_report_and_vendor(book) -> None:
    row, column = report_cell(book)
    book[REPORT_SHEET].cell(row, column).value = 99999
    rename_baidu(book)


# ------------------------------------------------------------------ 7. edits in read-only sheets


def test_an_untouched_export_reports_no_edited_report_sheets(exported):
    plan = plan_import(load_dataset(BUNDLED_DATASET).workspace, exported[1])
    assert plan.changes == [] and plan.read_only_edits == []


def test_an_edited_report_sheet_is_listed_and_the_cli_imports_nothing_without_the_flag(exported, project, tmp_path,
                                                                                        capsys):
    book = openpyxl.load_workbook(exported[1])
    row, _ = report_cell(book)
    path = edited(exported, tmp_path / "edited.xlsx", edit_report_and_vendor)
    before = project.read_bytes()
    assert main(["import", str(path), "--into", str(project)]) == 1
    err = capsys.readouterr().err
    assert f"ignored: sheet '{REPORT_SHEET}', row(s) {row}: edited, but this sheet cannot be imported" in err
    assert "--ignore-read-only-sheets" in err and project.read_bytes() == before

    assert main(["import", str(path), "--into", str(project), "--ignore-read-only-sheets"]) == 0
    out, err = capsys.readouterr()
    assert f"ignored: sheet '{REPORT_SHEET}'" in err and "imported 1 change(s)" in out
    assert open_project(project).vendors.get(("baidu",)).name_en == "Baidu Group"


def test_the_dry_run_of_a_workbook_lists_the_ignored_edits_and_exits_1(exported, project, tmp_path, capsys):
    path = edited(exported, tmp_path / "edited.xlsx", edit_report_and_vendor)
    before = project.read_bytes()
    assert main(["import", str(path), "--into", str(project), "--dry-run"]) == 1
    out, err = capsys.readouterr()
    assert "Vendors!" in out and "'Baidu Group'" in out and f"ignored: sheet '{REPORT_SHEET}'" in err
    assert project.read_bytes() == before


def test_an_added_row_in_a_report_sheet_counts_as_an_edit(exported, tmp_path):
    def add_row(book):
        sheet = book["Cover"]
        sheet.cell(sheet.max_row + 3, 1).value = "my note"

    plan = plan_import(load_dataset(BUNDLED_DATASET).workspace, edited(exported, tmp_path / "e.xlsx", add_row))
    assert [edit.sheet for edit in plan.read_only_edits] == ["Cover"]


def test_the_preview_window_lists_the_ignored_edits(exported, tmp_path, qtbot):
    from workbench.ui.import_preview import ImportPreviewDialog

    path = edited(exported, tmp_path / "edited.xlsx", edit_report_and_vendor)
    dialog = ImportPreviewDialog(plan_import(load_dataset(BUNDLED_DATASET).workspace, path))
    qtbot.addWidget(dialog)
    assert f"Ignored: sheet {REPORT_SHEET}" in dialog.notes.toPlainText()
    assert "ignored" in dialog.summary.text()


def test_the_preview_window_shows_an_emptied_cell_as_a_clear(exported, tmp_path, qtbot):
    from workbench.ui.import_preview import ImportPreviewDialog

    def empty_city(book):
        sheet = book["Vendors"]
        column = next(c for c in range(1, sheet.max_column + 1) if "city" in str(sheet.cell(1, c).value).lower())
        sheet.cell(2, column).value = None

    path = edited(exported, tmp_path / "edited.xlsx", empty_city)
    dialog = ImportPreviewDialog(plan_import(load_dataset(BUNDLED_DATASET).workspace, path))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "(cleared: the cell is empty)"
    assert "1 of them clear a field" in dialog.summary.text()


# ------------------------------------------------------------------ 8. a tampered manifest


def tamper_binding(change):
    def tamper(book):
        sheet = book[MANIFEST_SHEET]
        row = next(r for r in range(1, sheet.max_row + 1)
                   if sheet.cell(r, 1).value == "sheet" and sheet.cell(r, 2).value == "Vendors")
        binding = json.loads(sheet.cell(row, 3).value)
        change(binding)
        sheet.cell(row, 3).value = json.dumps(binding)
    return tamper


def set_field(index, value):
    def change(binding):
        binding["columns"][index][1] = value
    return change


@pytest.mark.parametrize("tamper, words", [
    (tamper_binding(set_field(2, "net_worth")), "vendors has no field 'net_worth'"),
    (tamper_binding(lambda b: b.update(key=["name_zh"])), "is not the key of vendors"),
    (tamper_binding(lambda b: b.update(key=["nonsense"])), "is not the key of vendors"),
    (tamper_binding(lambda b: b.update(columns="everything")), '"columns" must be a list'),
    (tamper_binding(lambda b: b.update(header_row="one")), '"header_row" must be a row number'),
    (tamper_binding(lambda b: b.update(secret=1)), "unknown entries 'secret'"),
    (tamper_binding(set_field(0, "name_zh")), "bound to two columns"),
    (lambda book: book[MANIFEST_SHEET].append(["mystery", "Vendors", "x"]), "not an entry this version wrote"),
    (lambda book: book[MANIFEST_SHEET].append(["digest", "Cover", "2:zz"]), "fingerprint of sheet 'Cover'"),
    (lambda book: book[MANIFEST_SHEET].cell(1, 3, "one"), "format version 'one' is not a version number"),
])
def test_a_tampered_manifest_is_refused_with_a_message(exported, project, tmp_path, capsys, tamper, words):
    path = edited(exported, tmp_path / "tampered.xlsx", tamper)
    with pytest.raises(WorkbookImportError, match="damaged|not an entry") as error:
        plan_import(load_dataset(BUNDLED_DATASET).workspace, path)
    assert words in str(error.value)
    before = project.read_bytes()
    assert main(["import", str(path), "--into", str(project)]) == 1
    err = capsys.readouterr().err
    assert "nothing imported" in err and "Traceback" not in err and project.read_bytes() == before
