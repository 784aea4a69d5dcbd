from dataclasses import dataclass

import openpyxl
import pytest

from workbench.domain import analysis
from workbench.storage.dataset import load_dataset
from workbench.storage.excel import ExportOptions, export_workbook
from workbench.storage.opening import BUNDLED_DATASET

GRID = (("strength", "weakness"), ("opportunity", "threat"))


@pytest.fixture(scope="module")
def bundled():
    return load_dataset(BUNDLED_DATASET).workspace


@pytest.fixture(scope="module")
def exported(bundled, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "swot.xlsx"
    report = export_workbook(bundled, path, ExportOptions(sheets=("SWOT", "PEST", "TOWS")))
    return openpyxl.load_workbook(path), report


def scope_rows(sheet, workspace):
    """Row of each scope's title (a merged cell over the whole block)."""
    labels = {analysis.scope_label(workspace, s): s for s in analysis.scopes_with_entries(workspace)}
    return {labels[c.value]: c.row for c in sheet["A"] if c.value in labels}


def quadrant(sheet, header_row, first_column):
    """(text, impact, likelihood) under a quadrant header until the first empty row."""
    found, row = [], header_row + 2
    while sheet.cell(row, first_column).value:
        found.append(tuple(sheet.cell(row, first_column + i).value for i in range(3)))
        row += 1
    return found


def test_swot_sheet_is_a_2x2_grid_per_scope_with_every_entry(bundled, exported):
    book, report = exported
    sheet = book["SWOT"]
    rows = scope_rows(sheet, bundled)
    vendors = [s for s in rows if s != "industry"]
    assert "industry" in rows and len(vendors) >= 5
    assert report.rows["SWOT"] == sum(len(analysis.entries_in(bundled, "swot", s)) for s in rows)
    for scope, title_row in rows.items():
        header_row = title_row + 1
        for pair in GRID:
            for position, category in enumerate(pair):
                column = 1 + position * 4
                header = sheet.cell(header_row, column)
                assert header.value.lower().startswith(category[:4])
                assert header.fill.fgColor.rgb.endswith(("2E7D32", "EF6C00", "1565C0", "C62828"))
                assert header.font.bold and header.coordinate in {str(r).split(":")[0] for r in sheet.merged_cells.ranges}
                expected = [(e.text, e.impact, e.likelihood) for e in analysis.entries_in(bundled, "swot", scope, category)]
                assert quadrant(sheet, header_row, column) == expected
                if expected:
                    assert sheet.cell(header_row + 2, column).alignment.wrap_text
            longest = max(len(analysis.entries_in(bundled, "swot", scope, c)) for c in pair)
            header_row += 2 + longest + 1


def test_pest_and_tows_sheets(bundled, exported):
    book, _report = exported
    pest = book["PEST"]
    assert pest.cell(2, 1).value.startswith("Political")
    political = [(e.text, e.impact, e.likelihood) for e in analysis.entries_in(bundled, "pest", "industry", "political")]
    assert quadrant(pest, 2, 1) == political
    tows = book["TOWS"]
    header = [c.value for c in tows[1]]
    rows = {r[2].value: r for r in tows.iter_rows(min_row=2)}
    assert set(rows) == {s.strategy_id for s in bundled.tows_strategies}
    strategy = bundled.tows_strategies.get(("tows-ind-so1",))
    row = rows["tows-ind-so1"]
    assert row[header.index("Cell 象限")].value == "SO" and row[3].value == strategy.text
    first_linked = bundled.analysis_entries.get((analysis.linked_ids(strategy)[0],))
    assert first_linked.text in row[5].value


def test_chosen_scopes_limit_the_swot_sheet(bundled, tmp_path):
    @dataclass(frozen=True)
    class ScopedOptions(ExportOptions):
        scopes: tuple = ("baidu",)

    path = tmp_path / "one.xlsx"
    export_workbook(bundled, path, ScopedOptions(sheets=("SWOT",)))
    sheet = openpyxl.load_workbook(path)["SWOT"]
    assert list(scope_rows(sheet, bundled)) == ["baidu"]
