"""The rows the app writes as text for a streamed sheet are the bytes openpyxl writes for the same cells."""

from io import BytesIO

import pytest
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment

from workbench.storage.excel import sheet_data
from workbench.storage.excel.openpyxl_internals import add_streamed_sheet, cell_xml, copy_style
from workbench.storage.excel.safe_cells import set_cell
from workbench.storage.excel.sheet_data import SheetData, fast_cell

VALUES = ["plain", "中文 text", "emoji 😀 𝒳", "a & b < c > d \" ' ]]>", "line\r\nnext", "tab\there", "  leading",
          "trailing ", "\u3000ideographic space", "x" * 16_000, "", None, 0, -3, 7, 1.5, -0.1, 1e300, 2 ** 60,
          12345678901234567890, 1 / 3, float("nan"), float("inf"), True, "=SUM(1)", "-5", "#N/A", "bell\x07",
          "nonchar\ufffe", "x" * 40_000]


def openpyxl_xml(ws, template, value, row=7, column=3) -> str:
    """What the export writes cell by cell: a detached cell, the column's style, the safe-cell rules."""
    cell = WriteOnlyCell(ws)
    if template is not None:
        copy_style(cell, template)
    set_cell(cell, value)
    cell.row, cell.column = row, column
    return cell_xml(cell).encode("ascii", "xmlcharrefreplace").decode("ascii")


@pytest.mark.parametrize("styled", [False, True], ids=["bare column", "styled column"])
@pytest.mark.parametrize("value", VALUES, ids=lambda value: repr(value)[:20])
def test_a_cell_written_as_text_is_the_cell_openpyxl_writes(value, styled):
    ws = add_streamed_sheet(Workbook(), "Rows")
    template = None
    if styled:
        template = WriteOnlyCell(ws)
        template.alignment = Alignment(wrap_text=True, vertical="top")
    style = f' s="{template.style_id}"' if styled else None
    fast = fast_cell("C7", style, value)
    if fast is None:  # left to the full rules: only what needs them
        assert not (type(value) is str and value.isprintable() and value[:1] not in "=-#" and len(value) < 16_000)
        return
    assert fast.encode("ascii", "xmlcharrefreplace").decode("ascii") == openpyxl_xml(ws, template, value)


def test_rows_are_numbered_in_order_and_copied_whole_across_chunks(monkeypatch):
    monkeypatch.setattr(sheet_data, "ROWS_PER_CHUNK", 3)
    data = SheetData()
    assert data.next_row == 1
    for number in range(1, 8):
        assert data.add_row([fast_cell(f"A{number}", None, f"第{number}行")]) == number
    out = BytesIO()
    data.copy_to(out)
    text = out.getvalue().decode("ascii")
    assert text.count("<row ") == 7 and text.startswith('<row r="1"><c r="A1" t="inlineStr"><is><t>&#31532;1')
    assert text.endswith("&#34892;</t></is></c></row>") and len(out.getvalue()) == data.size()
    data.close()
