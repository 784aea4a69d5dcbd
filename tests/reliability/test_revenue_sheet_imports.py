"""The Revenue Mix and Market Share sheets come back from Excel: shares as fractions, no market above 100%,
every figure cited, computed cells and derived lines reported as ignored when edited, one undo step."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.reliability.round_trip_fixtures import exported, project  # noqa: F401 (fixtures)
from workbench.cli import main
from workbench.storage.dataset import load_dataset
from workbench.storage.excel import ExportOptions, export_workbook
from workbench.storage.excel_import import build_edit, plan_import
from workbench.storage.opening import BUNDLED_DATASET
from workbench.storage.project import open_project

MIX, SHARES = "Revenue Mix", "Market Share"




def edited(source: Path, target: Path, *edits: tuple[str, dict, str, object]) -> Path:
    """Each edit: (sheet, {header: value} naming the row, header of the cell, new value)."""
    book = openpyxl.load_workbook(source)
    for sheet_title, match, header, value in edits:
        sheet = book[sheet_title]
        row, column = locate(sheet, match, header)
        sheet.cell(row, column).value = value
    book.save(target)
    return target


def locate(sheet, match: dict, header: str) -> tuple[int, int]:
    headers = {cell.value: cell.column for cell in sheet[1]}
    row = next(r for r in range(2, sheet.max_row + 1)
               if all(sheet.cell(r, headers[h]).value == v for h, v in match.items()))
    return row, headers[header]


IDC = "idc_llm_platform_2023"


def test_an_untouched_export_in_either_language_has_no_differences(exported, tmp_path):
    workspace = load_dataset(BUNDLED_DATASET).workspace
    for language in ("en", "zh"):
        path = tmp_path / f"{language}.xlsx"
        export_workbook(workspace, path, ExportOptions(language=language))
        plan = plan_import(workspace, path)
        assert plan.changes == [] and plan.read_only_edits == [] and plan.issues == [], language
        assert {MIX, SHARES} <= set(plan_bindings(path))


def plan_bindings(path: Path) -> list[str]:
    from workbench.storage.excel_import.reading import open_export

    with open_export(path) as (_workbook, manifest):
        return list(manifest.bindings)


def test_an_edited_revenue_mix_share_is_imported(exported, project, tmp_path, capsys):
    path = edited(exported[1], tmp_path / "e.xlsx", (MIX, {"Vendor ID": "alibaba"}, "Share base 占比基准", 0.14))
    assert main(["import", str(path), "--into", str(project)]) == 0
    assert "imported 1 change(s)" in capsys.readouterr().out
    assert open_project(project).revenue_mix.get(("alibaba",)).share_base == pytest.approx(0.14)


def test_an_edited_market_share_is_imported_and_undone_in_one_step(exported, tmp_path):
    workspace = open_project(exported[0])
    path = edited(exported[1], tmp_path / "e.xlsx",
                  (SHARES, {"Market ID": IDC, "Vendor ID": "sensetime"}, "Share given 给定份额", 0.17),
                  (SHARES, {"Market ID": IDC, "Vendor ID": "sensetime"}, "Rank 排名", 3))
    plan = plan_import(workspace, path)
    assert sorted(c.field for c in plan.changes) == ["rank", "share"] and plan.read_only_edits == []
    edit = build_edit(workspace, plan.changes)
    assert edit.refused == []
    inverse = edit.command.apply(workspace)
    record = workspace.market_shares.get((IDC, "sensetime"))
    assert (record.share, record.rank) == (pytest.approx(0.17), 3)
    inverse.apply(workspace)
    record = workspace.market_shares.get((IDC, "sensetime"))
    assert (record.share, record.rank) == (0.16, 2)


def test_a_share_pushing_a_market_over_100_percent_is_refused_and_nothing_changes(exported, project, tmp_path,
                                                                                   capsys):
    path = edited(exported[1], tmp_path / "e.xlsx",
                  (SHARES, {"Market ID": IDC, "Vendor ID": "baidu"}, "Share given 给定份额", 0.9))
    row, column = locate(openpyxl.load_workbook(path)[SHARES], {"Market ID": IDC, "Vendor ID": "baidu"},
                         "Share given 给定份额")
    before = project.read_bytes()
    assert main(["import", str(path), "--into", str(project)]) == 1
    err = capsys.readouterr().err
    cell = f"{openpyxl.utils.get_column_letter(column)}{row}"
    assert f"refused: {SHARES}!{cell}: share: the shares of" in err and "a market holds at most 100%" in err
    assert "106.0%" in err and project.read_bytes() == before


def test_two_edits_that_together_pass_100_percent_are_both_refused(exported, tmp_path):
    workspace = open_project(exported[0])
    path = edited(exported[1], tmp_path / "e.xlsx",
                  (SHARES, {"Market ID": IDC, "Vendor ID": "baidu"}, "Share given 给定份额", 0.5),
                  (SHARES, {"Market ID": IDC, "Vendor ID": "sensetime"}, "Share given 给定份额", 0.55))
    edit = build_edit(workspace, plan_import(workspace, path).changes)
    assert edit.command is None and len(edit.refused) == 2
    assert all("at most 100%" in refusal.message for refusal in edit.refused)


@pytest.mark.parametrize("sheet, match, header, value, words", [
    (MIX, {"Vendor ID": "alibaba"}, "Share base 占比基准", 15, "15 is outside 0-1"),  # a whole percent, not 15%
    (MIX, {"Vendor ID": "tencent"}, "Share low 占比低", 0.09, "low ≤ base ≤ high"),
    (MIX, {"Vendor ID": "alibaba"}, "Source ID", None, "a figure needs a source"),
    (MIX, {"Vendor ID": "alibaba"}, "Source ID", "nowhere_2099", "nowhere_2099"),
    (SHARES, {"Market ID": IDC, "Vendor ID": "baidu"}, "Source ID", None, "a figure needs a source"),
    (SHARES, {"Market ID": IDC, "Vendor ID": "baidu"}, "Share given 给定份额", -0.1, "outside 0-1"),
])
def test_a_figure_that_cannot_be_true_is_refused_with_sheet_cell_and_reason(exported, project, tmp_path, capsys,
                                                                              sheet, match, header, value, words):
    path = edited(exported[1], tmp_path / "e.xlsx", (sheet, match, header, value))
    row, column = locate(openpyxl.load_workbook(exported[1])[sheet], match, header)
    before = project.read_bytes()
    assert main(["import", str(path), "--into", str(project)]) == 1
    err = capsys.readouterr().err
    assert f"refused: {sheet}!{openpyxl.utils.get_column_letter(column)}{row}:" in err and words in err
    assert project.read_bytes() == before


@pytest.mark.parametrize("sheet, match, header, value", [
    (MIX, {"Vendor ID": "alibaba"}, "Share (scenario) 情景", 0.5),
    (MIX, {"Vendor ID": "sensetime"}, "Share base 占比基准", 0.2),  # a "no estimate" line: no record to change
    (SHARES, {"Market ID": IDC, "Vendor ID": "baidu"}, "Share 份额", 0.3),  # the share in use, derived
    (SHARES, {"Market ID": IDC, "Vendor ID": None}, "Share 份额", 0.5),  # the Others line
    (SHARES, {"Market ID": IDC, "Vendor ID": "baidu"}, "Amount 数额", 9),
])
def test_an_edit_in_a_computed_cell_or_derived_line_is_reported_as_ignored(exported, project, tmp_path, capsys,
                                                                           sheet, match, header, value):
    path = edited(exported[1], tmp_path / "e.xlsx", (sheet, match, header, value))
    row, _ = locate(openpyxl.load_workbook(exported[1])[sheet], match, header)
    plan = plan_import(open_project(project), path)
    assert plan.changes == []
    assert [(e.sheet, e.rows, e.computed) for e in plan.read_only_edits] == [(sheet, (row,), True)]
    before = project.read_bytes()
    assert main(["import", str(path), "--into", str(project)]) == 1
    err = capsys.readouterr().err
    assert f"ignored: sheet {sheet!r}, row(s) {row}: edited, but these cells are computed by Workbench" in err
    assert project.read_bytes() == before


def test_sorting_the_sheet_in_excel_is_not_an_edit(exported, tmp_path):
    book = openpyxl.load_workbook(exported[1])
    sheet = book[MIX]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    for number, values in enumerate(reversed(rows), start=2):
        for column, value in enumerate(values, start=1):
            sheet.cell(number, column).value = value
    book.save(tmp_path / "sorted.xlsx")
    plan = plan_import(open_project(exported[0]), tmp_path / "sorted.xlsx")
    assert plan.changes == [] and plan.read_only_edits == []
