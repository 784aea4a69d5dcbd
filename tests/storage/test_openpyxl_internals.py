"""The contract the export relies on in openpyxl's private API: fails when an upgrade moves it."""

import tomllib
from importlib.metadata import version
from pathlib import Path

import openpyxl
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from workbench.storage.excel.openpyxl_internals import (WriteOnlyWorksheet, add_streamed_sheet, copy_style,
                                                        writing_streamed_sheet)
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
    assert isinstance(streamed, WriteOnlyWorksheet) and workbook.sheetnames == ["First", "Streamed"]
    streamed.append(["a", 1])
    streamed.append(["b", 2])
    workbook.create_sheet("Last")["A1"] = "after"
    path = tmp_path / "mixed.xlsx"
    _save(workbook, path)
    reopened = load_workbook(path)
    assert reopened.sheetnames == ["First", "Streamed", "Last"]
    assert [list(row) for row in reopened["Streamed"].iter_rows(values_only=True)] == [["a", 1], ["b", 2]]
    assert reopened["First"]["A1"].value == "ordinary" and reopened["Last"]["A1"].value == "after"


def test_the_write_only_flag_is_the_one_openpyxl_reads_and_is_lowered_again():
    workbook = Workbook()
    assert workbook.write_only is False
    with writing_streamed_sheet(workbook):
        assert workbook.write_only is True, "openpyxl's writer no longer reads _Workbook__write_only"
    assert workbook.write_only is False
    try:
        with writing_streamed_sheet(workbook):
            raise RuntimeError
    except RuntimeError:
        pass
    assert workbook.write_only is False


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
