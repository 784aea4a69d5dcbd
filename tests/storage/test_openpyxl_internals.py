"""The contract the export relies on in openpyxl's private API: fails when an upgrade moves it."""

import tomllib
from zipfile import ZipFile
from importlib.metadata import version
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from workbench.storage.excel.openpyxl_internals import StreamedSheet, add_streamed_sheet, cell_xml, copy_style
from workbench.storage.excel.workbook import _save

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_openpyxl_is_inside_the_bound_pyproject_declares():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert "openpyxl>=3.1,<3.2" in declared
    major, minor = (int(part) for part in version("openpyxl").split(".")[:2])
    assert (major, minor) == (3, 1), "a new openpyxl: check this module's contract before lifting the bound"


def test_a_streamed_sheet_sits_in_an_ordinary_workbook_and_is_saved_in_order(tmp_path):
    workbook = Workbook()
    workbook.active.title = "First"
    workbook.active["A1"] = "ordinary"
    streamed = add_streamed_sheet(workbook, "Streamed")
    assert isinstance(streamed, StreamedSheet) and workbook.sheetnames == ["First", "Streamed"]
    streamed.append(["a", 1])
    streamed.append(["b", 2])
    workbook.create_sheet("Last")["A1"] = "after"
    path = tmp_path / "mixed.xlsx"
    _save(workbook, path)
    reopened = load_workbook(path)
    assert reopened.sheetnames == ["First", "Streamed", "Last"]
    assert [list(row) for row in reopened["Streamed"].iter_rows(values_only=True)] == [["a", 1], ["b", 2]]
    assert reopened["First"]["A1"].value == "ordinary" and reopened["Last"]["A1"].value == "after"


@pytest.mark.filterwarnings("ignore:In write-only mode you must add table columns manually")
def test_a_streamed_sheet_is_written_as_openpyxl_writes_a_write_only_sheet(tmp_path):
    """Same bytes as openpyxl's own write-only sheet (write_streamed_sheet puts its rows inside the parts
    openpyxl's sheet writer makes)."""
    from openpyxl.worksheet.table import Table, TableColumn

    def fill(ws):
        ws.column_dimensions["A"].width = 30
        ws.freeze_panes = "A2"
        ws.append(["Name", "Value"])
        ws.append(["a & <b>", 1.5])
        ws.append([WriteOnlyCell(ws, value="  wrapped"), None, 3])
        table = Table(displayName="tbl", ref="A1:B3")
        table.tableColumns = [TableColumn(id=1, name="Name"), TableColumn(id=2, name="Value")]
        ws.add_table(table)
        ws.page_setup.orientation = "landscape"
        ws.oddHeader.left.text = "&A"

    ours = Workbook()
    ours.remove(ours.active)
    fill(add_streamed_sheet(ours, "Rows"))
    _save(ours, tmp_path / "ours.xlsx")
    theirs = Workbook(write_only=True)
    fill(theirs.create_sheet("Rows"))
    theirs.save(tmp_path / "theirs.xlsx")
    with ZipFile(tmp_path / "ours.xlsx") as a, ZipFile(tmp_path / "theirs.xlsx") as b:
        for part in ("xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/tables/table1.xml"):
            assert a.read(part) == b.read(part), part


def test_cell_xml_is_openpyxl_s_writer_and_refuses_what_lives_outside_the_rows():
    ws = add_streamed_sheet(Workbook(), "Rows")
    cell = WriteOnlyCell(ws, value=True)
    cell.row, cell.column = 3, 2
    assert cell_xml(cell) == '<c r="B3" t="b"><v>1</v></c>'
    cell = WriteOnlyCell(ws, value=None)
    cell.row, cell.column = 1, 1
    assert cell_xml(cell) == ""
    linked = WriteOnlyCell(ws, value="x")
    linked.row, linked.column = 1, 1
    linked.hyperlink = "#'Rows'!A1"
    with pytest.raises(ValueError, match="links or comments"):
        cell_xml(linked)


def test_a_copied_style_carries_font_alignment_and_number_format(tmp_path):
    workbook = Workbook()
    streamed = add_streamed_sheet(workbook, "Streamed")
    template = WriteOnlyCell(streamed, value="")
    template.font = Font(bold=True)
    template.alignment = Alignment(wrap_text=True)
    template.number_format = "0.0%"
    cell = WriteOnlyCell(streamed, value=0.25)
    copy_style(cell, template)
    assert cell.font.bold and cell.alignment.wrap_text and cell.number_format == "0.0%"
    assert cell._style is not template._style, "a copy, not the template's own style array"
    streamed.append([cell])
    path = tmp_path / "styled.xlsx"
    _save(workbook, path)
    saved = load_workbook(path)["Streamed"]["A1"]
    assert saved.value == 0.25 and saved.font.bold and saved.alignment.wrap_text and saved.number_format == "0.0%"
    assert openpyxl.__version__ == version("openpyxl")
