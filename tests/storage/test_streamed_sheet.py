"""A big table streamed to disk keeps what the same table written cell by cell shows: values, styles,
column widths, panes, the table, and the print set-up every sheet of an export gets."""

from __future__ import annotations

import dataclasses
from datetime import date

import openpyxl
import pytest

from tests.factories import make_workspace
from workbench.storage.excel import ExportOptions, export_workbook, registry, workbook
from workbench.storage.excel.printing import HEADER_FOOTER_FONT, MARGIN_HEADER, MARGIN_SIDE, MARGIN_TOP
from workbench.storage.excel.styles import ACCENT

TEXTS = ("plain", "中文描述，仅供测试", "=1+1", "-5", "  leading", "a & b <c>", "line\r\nnext", "bell\x07",
         "x" * 40_000, "", "emoji 😀", "#N/A")
SHEETS = ("Cover", "Vendors", "Sources")
WRAPPED_COLUMNS = "IK"  # Description and Source


def tricky_workspace():
    workspace = make_workspace(60)
    workspace.replace_table("vendors", [
        dataclasses.replace(vendor, description=TEXTS[i % len(TEXTS)], tickers=TEXTS[(i + 5) % len(TEXTS)])
        for i, vendor in enumerate(workspace.vendors)])
    return workspace


def look(cell) -> tuple[str, ...]:
    """What a reader sees of a cell's style (style proxies of two workbooks do not compare equal)."""
    return repr(cell.font), repr(cell.fill), repr(cell.alignment), repr(cell.border), cell.number_format


@pytest.fixture
def exports(tmp_path, monkeypatch):
    """The same workspace exported cell by cell and streamed; the titles of the sheets that streamed."""
    workspace, options = tricky_workspace(), ExportOptions(sheets=SHEETS, paper_size="Letter", title="Streamed & kept")
    cell_by_cell = tmp_path / "cells.xlsx"
    export_workbook(workspace, cell_by_cell, options)
    streamed_titles = []
    real_writer = workbook.write_streamed_sheet

    def recording(writer, ws):
        streamed_titles.append(ws.title)
        return real_writer(writer, ws)

    monkeypatch.setattr(workbook, "write_streamed_sheet", recording)
    monkeypatch.setattr(registry, "STREAM_FROM_ROWS", 10)
    streamed = tmp_path / "streamed.xlsx"
    report = export_workbook(workspace, streamed, options)
    assert streamed_titles == ["Vendors"]
    return openpyxl.load_workbook(cell_by_cell), openpyxl.load_workbook(streamed), report


def test_a_streamed_sheet_has_the_values_widths_panes_and_table_of_the_cell_by_cell_one(exports):
    cells, streamed, report = exports
    before, after = cells["Vendors"], streamed["Vendors"]
    assert (after.max_row, after.max_column) == (before.max_row, before.max_column) == (61, 11)
    for old_row, new_row in zip(before.iter_rows(), after.iter_rows()):
        for old, new in zip(old_row, new_row):
            assert (new.value, new.data_type, new.quotePrefix) == (old.value, old.data_type, old.quotePrefix), \
                new.coordinate
    assert {t.cell for t in report.truncations} == {"I10", "I22", "I34", "I46", "I58", "G5", "G17", "G29", "G41",
                                                    "G53"}
    for letter in "ABCDEFGHIJK":
        assert after.column_dimensions[letter].width == before.column_dimensions[letter].width, letter
    assert after.freeze_panes == before.freeze_panes == "A2"
    assert list(after.tables) == list(before.tables) == ["tbl_Vendors"]
    table, old_table = after.tables["tbl_Vendors"], before.tables["tbl_Vendors"]
    assert (table.ref, table.tableStyleInfo.name, [c.name for c in table.tableColumns]) == \
        (old_table.ref, old_table.tableStyleInfo.name, [c.name for c in old_table.tableColumns])


def test_a_streamed_sheet_keeps_its_header_wrapped_columns_and_quote_prefixes_styled(exports):
    cells, streamed, _ = exports
    before, after = cells["Vendors"], streamed["Vendors"]
    for header in after[1]:
        assert header.font.b and header.font.color.rgb.endswith("FFFFFF"), header.coordinate
        assert header.fill.fill_type == "solid" and header.fill.fgColor.rgb.endswith(ACCENT)
        assert header.alignment.wrap_text and header.alignment.vertical == "top"
    for letter in WRAPPED_COLUMNS:
        for row in range(2, after.max_row + 1):
            cell = after[f"{letter}{row}"]
            assert cell.alignment.wrap_text and cell.alignment.vertical == "top", cell.coordinate
            assert look(cell) == look(before[cell.coordinate]), cell.coordinate
    quoted = [cell.coordinate for row in after.iter_rows(min_row=2) for cell in row if cell.quotePrefix]
    assert quoted and all(after[c].value.startswith(("=", "-")) for c in quoted)


def test_a_streamed_sheet_prints_on_the_export_s_paper_with_its_headers_and_titles(exports):
    _, streamed, _ = exports
    sheet = streamed["Vendors"]
    assert sheet.page_setup.paperSize == 1 and sheet.page_setup.orientation == "landscape"  # Letter
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    header, footer = sheet.oddHeader, sheet.oddFooter
    assert (header.left.text, header.right.text) == ("&A", date.today().isoformat())
    assert (footer.left.text, footer.right.text) == ("Streamed && kept", "Page &P of &N")
    assert {part.size for part in (header.left, header.right, footer.left, footer.right)} == {HEADER_FOOTER_FONT}
    margins = sheet.page_margins
    assert (margins.left, margins.right, margins.top, margins.header) == (MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP,
                                                                          MARGIN_HEADER)
    for title in ("Cover", "Sources"):  # the sheets around it are not disturbed
        assert streamed[title].page_setup.paperSize == 1 and streamed[title].oddHeader.left.text == "&A"
    assert streamed.sheetnames[:3] == list(SHEETS)
