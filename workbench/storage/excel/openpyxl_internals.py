"""Every use of openpyxl's private API, in one place.

openpyxl offers no public way to put a streamed (write-only) sheet inside an
ordinary workbook, to write a sheet's rows other than cell by cell, nor to copy
a cell's whole style by its indexes. These helpers do all three through its
internals; pyproject.toml bounds openpyxl below the next minor version, and
tests/storage/test_openpyxl_internals.py fails if an upgrade moves any of them.
"""

from __future__ import annotations

import time
from copy import copy
from io import BytesIO
from zipfile import ZipInfo

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell._writer import write_cell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.functions import xmlfile

from .sheet_data import SheetData

__all__ = ["StreamedSheet", "WriteOnlyWorksheet", "add_streamed_sheet", "cell_xml", "copy_style",
           "write_streamed_sheet"]

_EMPTY_SHEET_DATA = b"<sheetData></sheetData>"


class StreamedSheet(WriteOnlyWorksheet):
    """A write-only sheet whose rows are written by the app as XML text (see sheet_data), not by openpyxl.

    Everything else (columns, panes, tables, print set-up, drawings) is
    openpyxl's, written on save around the rows by write_streamed_sheet. Rows
    take the default height: a streamed sheet has no row dimensions.
    """

    def __init__(self, parent, title):
        super().__init__(parent, title)
        self.sheet_data = SheetData()

    def append(self, row) -> None:
        """openpyxl's append, for values and detached cells alike; big tables use SheetWriter's faster path."""
        if isinstance(row, (str, bytes)) or not hasattr(row, "__iter__"):
            self._invalid_row(row)
        number = self.sheet_data.next_row
        cells = []
        for column, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = value if isinstance(value, Cell) else WriteOnlyCell(self, value)
            cell.row, cell.column = number, column
            cells.append(cell_xml(cell))
        self.sheet_data.add_row(cells)


def add_streamed_sheet(workbook: Workbook, title: str) -> StreamedSheet:
    """A streamed sheet appended to an ordinary workbook (create_sheet makes one only in a write-only workbook)."""
    ws = StreamedSheet(parent=workbook, title=title)
    workbook._add_sheet(ws)
    return ws


def cell_xml(cell) -> str:
    """The XML openpyxl writes for `cell` (its row and column set), or "" for a cell it leaves out.

    For cells sheet_data does not write itself. Links and comments live outside
    the rows, in parts openpyxl fills while writing a sheet: a streamed sheet has none.
    """
    if cell.hyperlink is not None or cell.comment is not None:
        raise ValueError(f"{cell.coordinate}: a streamed sheet holds no links or comments")
    if cell._value is None and not cell.has_style:
        return ""
    out = BytesIO()
    with xmlfile(out) as xf:
        write_cell(xf, cell.parent, cell, cell.has_style)
    return out.getvalue().decode("ascii")


def write_streamed_sheet(writer: ExcelWriter, ws: StreamedSheet) -> None:
    """What ExcelWriter.write_worksheet does for a sheet, with the app's rows as its <sheetData>."""
    ws._drawing = SpreadsheetDrawing()
    ws._drawing.charts = ws._charts
    ws._drawing.images = ws._images
    sheet_writer = WorksheetWriter(ws, out=BytesIO())
    sheet_writer.write_top()
    xf = sheet_writer.xf.send(True)
    with xf.element("sheetData"):
        pass
    sheet_writer.xf.send(None)
    sheet_writer.write_tail()
    head, tail = sheet_writer.read().split(_EMPTY_SHEET_DATA)  # text is escaped: the tag appears only once
    member = ZipInfo(ws.path[1:], date_time=time.localtime()[:6])
    member.compress_type = writer._archive.compression
    member.external_attr = 0o600 << 16  # as ZipFile.writestr marks a member
    member.file_size = len(head) + len(_EMPTY_SHEET_DATA) + ws.sheet_data.size() + len(tail)  # zip64 when large
    with writer._archive.open(member, "w") as stream:
        stream.write(head + b"<sheetData>")
        ws.sheet_data.copy_to(stream)
        stream.write(b"</sheetData>" + tail)
    ws.sheet_data.close()
    ws._rels = sheet_writer._rels
    writer.manifest.append(ws)


def copy_style(cell, template) -> None:
    """Give cell the template's style: the style indexes, which openpyxl itself copies between cells."""
    cell._style = copy(template._style)
