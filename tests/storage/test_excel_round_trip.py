"""Round trip: export, edit the workbook as an analyst would (openpyxl stands in for Excel), import back."""

from __future__ import annotations

import dataclasses

import openpyxl
import pytest

from tests.factories import make_workspace
from workbench.cli import main
from workbench.storage.dataset import load_dataset
from workbench.storage.excel import ExportOptions, export_workbook, registry
from workbench.storage.excel.writer import Column
from workbench.storage.excel_import import (WorkbookImportError, build_edit, is_workbench_export, plan_import)
from workbench.storage.opening import BUNDLED_DATASET
from workbench.storage.project import open_project, save_project


def bundled():
    return load_dataset(BUNDLED_DATASET).workspace


def export(workspace, path, **options):
    export_workbook(workspace, path, ExportOptions(**options))
    return path


def edit(path, target, edits: dict[tuple[str, str], object], extra=None):
    book = openpyxl.load_workbook(path)
    for (sheet, cell), value in edits.items():
        book[sheet][cell] = value
    if extra:
        extra(book)
    book.save(target)
    return target


def vendor_row(path, vendor_id) -> int:
    sheet = openpyxl.load_workbook(path, read_only=True)["Vendors"]
    return next(n for n, row in enumerate(sheet.iter_rows(values_only=True), start=1) if row[0] == vendor_id)


@pytest.fixture
def scores_sheet(monkeypatch):
    """A numeric table sheet, so that number conversion is exercised whatever the panels bind."""
    def write(ws, workspace, options, out):
        columns = [Column("Vendor", field="vendor_id"), Column("Dimension", field="dimension_id"),
                   Column("Score", number_format="0.0", field="value"), Column("Note", field="note"),
                   Column("Double", number_format="0.0")]
        out.table(ws, columns, [(s.vendor_id, s.dimension_id, s.value, s.note, (s.value or 0) * 2)
                                for s in workspace.scores], table="scores")

    monkeypatch.setitem(registry._sheets, "Scores test", registry.SheetSpec("Scores test", 500, write))
    return "Scores test"


def test_edited_cells_come_back_exactly(tmp_path):
    workspace = bundled()
    path = export(workspace, tmp_path / "out.xlsx")
    row = vendor_row(path, "baidu")
    edited = edit(path, tmp_path / "edited.xlsx", {
        ("Vendors", f"C{row}"): "Baidu Inc.",
        ("Vendors", f"F{row}"): "北京市海淀区",
        ("Vendors", f"I{row + 1}"): "新描述 -2+3",
        ("Sources", "C2"): "新标题 New title",
    })
    plan = plan_import(workspace, edited)
    got = {(c.sheet, c.cell): (c.old, c.new) for c in plan.changes}
    assert got == {
        ("Vendors", f"C{row}"): ("Baidu", "Baidu Inc."),
        ("Vendors", f"F{row}"): (workspace.vendors.get(("baidu",)).hq_city, "北京市海淀区"),
        ("Vendors", f"I{row + 1}"): (workspace.vendors.at(row - 1).description, "新描述 -2+3"),
        ("Sources", "C2"): (workspace.sources.at(0).title, "新标题 New title"),
    }
    change = next(c for c in plan.changes if c.cell == f"C{row}")
    assert (change.table, change.key, change.field, change.column, change.row) == (
        "vendors", ("baidu",), "name_en", "English name", row)
    assert plan.issues == [] and plan.unknown_sheets == [] and plan.unknown_columns == []


def test_untouched_export_has_no_differences_even_with_hostile_text(tmp_path):
    workspace = make_workspace(3)
    hostile = ["=1+1", "bell\x07", "长" * 40_000, "-2+3", "#N/A"]
    workspace.replace_table("vendors", [dataclasses.replace(v, description=text, name_en=text)
                                        for v, text in zip(list(workspace.vendors) * 2, hostile)])
    path = export(workspace, tmp_path / "out.xlsx")
    resaved = edit(path, tmp_path / "resaved.xlsx", {})
    plan = plan_import(workspace, resaved)
    assert plan.changes == [] and plan.issues == []


def test_unknown_sheets_columns_formulas_computed_columns_and_new_rows_are_listed_and_left_alone(tmp_path):
    workspace = make_workspace(3)
    path = export(workspace, tmp_path / "out.xlsx")

    def analyst_additions(book):
        book.create_sheet("My pivot")["A1"] = "mine"
        vendors = book["Vendors"]
        vendors["L1"], vendors["L2"] = "My notes 备注", "call them"
        vendors["D2"] = "上海市"  # the province name is computed from the code
        vendors["H3"] = "=UPPER(C3)"
        vendors.append(["v_new", "新厂商", "New vendor"])
        vendors["A4"] = "v_renamed"

    edited = edit(path, tmp_path / "edited.xlsx", {}, analyst_additions)
    plan = plan_import(workspace, edited)
    assert plan.changes == []
    assert plan.unknown_sheets == ["My pivot"]
    assert plan.unknown_columns == [("Vendors", "My notes 备注")]
    assert ("Vendors", "HQ province 省份") in plan.computed_columns
    assert "Cover" in plan.read_only_sheets
    messages = {issue.cell: issue.message for issue in plan.issues}
    assert "formula" in messages["H3"]
    assert "adding rows is not imported" in messages["A5"] and "v_new" in messages["A5"]
    assert "v_renamed" in messages["A4"]
    assert any("deleting rows is not imported" in issue.message for issue in plan.issues)  # v2 lost its key


def test_numbers_convert_with_entity_types_and_bad_values_are_flagged(tmp_path, scores_sheet):
    workspace = make_workspace(3)
    path = export(workspace, tmp_path / "out.xlsx", sheets=(scores_sheet,))
    edited = edit(path, tmp_path / "edited.xlsx", {
        (scores_sheet, "C2"): 75,  # an int typed into a float field
        (scores_sheet, "C3"): "81.5",  # a number typed as text
        (scores_sheet, "C4"): None,  # cleared: the score becomes unknown
        (scores_sheet, "C5"): "high",  # not a number
        (scores_sheet, "E2"): 1,  # a computed column: ignored
    })
    plan = plan_import(workspace, edited)
    assert [(c.cell, c.old, c.new) for c in plan.changes] == [("C2", 90.0, 75.0), ("C3", 90.0, 81.5), ("C4", 80.0, None)]
    assert [(i.cell, "not a number" in i.message) for i in plan.issues] == [("C5", True)]


def test_accepted_changes_apply_as_one_undoable_batch_and_domain_refusals_are_listed(tmp_path, scores_sheet):
    workspace = make_workspace(3)
    before = workspace.snapshot()
    path = export(workspace, tmp_path / "out.xlsx")
    edited = edit(path, tmp_path / "edited.xlsx", {
        ("Vendors", "C2"): "Baidu Inc.",
        ("Vendors", "E3"): "999999",  # no such province: the domain refuses the record
        ("Vendors", "J4"): "no-such-source",
        (scores_sheet, "C2"): 150,  # outside 0-100
        (scores_sheet, "C3"): 55,
    })
    plan = plan_import(workspace, edited)
    assert len(plan.changes) == 5
    result = build_edit(workspace, plan.changes)
    assert {c.cell for c in result.applied} == {"C2", "C3"} and len(result.applied) == 2
    refused = {(r.change.sheet, r.change.cell): r.message for r in result.refused}
    assert "province" in refused[("Vendors", "E3")] and "no source" in refused[("Vendors", "J4")]
    assert "outside" in refused[(scores_sheet, "C2")]
    inverse = result.command.apply(workspace)
    assert workspace.vendors.get(("v0",)).name_en == "Baidu Inc."
    assert workspace.scores.get(("v0", "model")).value == 55.0
    inverse.apply(workspace)
    assert workspace.snapshot() == before


def test_streamed_big_sheet_round_trips(tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "STREAM_FROM_ROWS", 10)
    workspace = make_workspace(40)
    path = export(workspace, tmp_path / "out.xlsx", sheets=("Cover", "Vendors", "Sources"))
    vendors = openpyxl.load_workbook(path)["Vendors"]
    assert vendors.tables["tbl_Vendors"].ref == "A1:K41" and vendors.freeze_panes == "A2"
    assert vendors["B2"].font.bold is False and vendors["A1"].font.bold
    edited = edit(path, tmp_path / "edited.xlsx", {("Vendors", "C30"): "=2+2 as text"})
    book = openpyxl.load_workbook(edited)
    book["Vendors"]["C30"].data_type = "s"  # what Excel does for a quote-prefixed entry
    book.save(edited)
    [change] = plan_import(workspace, edited).changes
    assert (change.key, change.new) == (("v28",), "=2+2 as text")


def test_a_workbook_not_exported_by_the_app_is_refused_with_a_message(tmp_path):
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    assert not is_workbench_export(plain)
    with pytest.raises(WorkbookImportError, match="not exported by Workbench"):
        plan_import(make_workspace(), plain)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(WorkbookImportError):
        plan_import(make_workspace(), broken)


def test_cli_import_prints_the_differences_and_applies_them(tmp_path, capsys):
    project = tmp_path / "analysis.wbproj"
    save_project(bundled(), project)
    path = tmp_path / "out.xlsx"
    assert main(["export", str(project), "--out", str(path)]) == 0
    row = vendor_row(path, "baidu")
    edited = edit(path, tmp_path / "edited.xlsx", {("Vendors", f"C{row}"): "Baidu Inc.",
                                                    ("Vendors", f"H{row}"): "=1+1"})
    capsys.readouterr()
    assert main(["import", str(edited), "--into", str(project)]) == 0
    captured = capsys.readouterr()
    assert f"Vendors!C{row} [English name]: 'Baidu' -> 'Baidu Inc.'" in captured.out
    assert "imported 1 change(s)" in captured.out and "formula" in captured.err
    assert open_project(project).vendors.get(("baidu",)).name_en == "Baidu Inc."
    assert main(["import", str(edited), "--into", str(project)]) == 0  # a second run finds nothing new
    assert "imported 0 change(s)" in capsys.readouterr().out
