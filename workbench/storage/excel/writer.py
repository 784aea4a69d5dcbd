"""What a sheet function gets to write with: safe cells, tables, styles, the report."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from .options import ExportReport, Truncation
from .registry import SheetSpec
from .safe_cells import set_cell
from .styles import Styles

MAX_COLUMN_WIDTH = 60
MIN_COLUMN_WIDTH = 6
LANDSCAPE_FROM_WIDTH = 110  # total column width (characters) above which a sheet prints landscape


@dataclass(frozen=True)
class Column:
    header: str
    wrap: bool = False  # long free text: wrap instead of widening the column
    number_format: str | None = None


def display_width(value) -> int:
    """Width of the longest line in character cells; CJK and full-width count double."""
    if value is None:
        return 0
    lines = str(value).split("\n")
    return max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in lines)


def internal_location(title: str) -> str:
    """A hyperlink location inside the workbook, e.g. ``'Vendors'!A1``."""
    return f"'{title}'!A1"


class SheetWriter:
    """Shared by all sheet functions of one export; records into the report."""

    def __init__(self, report: ExportReport, contents: Sequence[SheetSpec], styles: Styles | None = None):
        self.report = report
        self.contents = tuple(contents)  # the sheets of this export, for the cover
        self.styles = styles or Styles()

    def set(self, cell, value, coordinate: str | None = None) -> None:
        """Write ``value`` safely (see safe_cells) and report what was changed.

        ``coordinate`` names a detached cell's place before it is appended.
        """
        note = set_cell(cell, value)
        if note is None:
            return
        sheet, where = cell.parent.title, coordinate or cell.coordinate
        if note.kind == "truncated":
            self.report.truncations.append(Truncation(sheet, where, note.original_length))
        self.report.warnings.append(f"{sheet}!{where}: {note.message}")

    def link(self, cell, text: str, sheet_title: str) -> None:
        """A hyperlink to another sheet of this workbook (never to a file or site)."""
        self.set(cell, text)
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=internal_location(sheet_title), display=text)
        cell.font = self.styles.link

    def table(self, ws, columns: Sequence[Column], rows: Iterable[Sequence]) -> int:
        """Write a header and rows from A1 as a styled Excel table; return the row count.

        Layout is set before the rows are appended, the order a write-only
        worksheet needs, so big sheets can use this unchanged.
        """
        rows = [list(row) for row in rows]
        widths = [max([display_width(c.header)] + [display_width(r[i]) for r in rows]) for i, c in enumerate(columns)]
        widths = [min(max(w + 2, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH) for w in widths]
        letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        for letter, width in zip(letters, widths):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "A2"
        self._set_up_printing(ws, sum(widths))

        styles = self.styles
        ws.append([self._new_cell(ws, c.header, f"{letter}1", font=styles.header, fill=styles.header_fill)
                   for c, letter in zip(columns, letters)])
        for row_number, row in enumerate(rows, start=2):
            ws.append([self._new_cell(ws, value, f"{letter}{row_number}", number_format=c.number_format,
                                      alignment=styles.wrap if c.wrap else styles.top)
                       for c, letter, value in zip(columns, letters, row)])

        self._frame_table(ws, columns, len(rows))
        self.report.rows[ws.title] = self.report.rows.get(ws.title, 0) + len(rows)
        return len(rows)

    def _new_cell(self, ws, value, coordinate: str, font=None, fill=None, alignment=None, number_format=None):
        cell = WriteOnlyCell(ws)  # a detached cell, valid in normal and write-only workbooks
        self.set(cell, value, coordinate)
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if alignment is not None:
            cell.alignment = alignment
        if number_format:
            cell.number_format = number_format
        return cell

    def _frame_table(self, ws, columns: Sequence[Column], row_count: int) -> None:
        last = f"{get_column_letter(len(columns))}{row_count + 1}"
        if row_count == 0:  # Excel refuses a table without data rows: a filter does the same job
            ws.auto_filter.ref = f"A1:{last}"
            return
        name = "tbl_" + "".join(ch if ch.isalnum() else "_" for ch in ws.title)
        table = Table(displayName=name, ref=f"A1:{last}")
        # Column names given explicitly: openpyxl cannot read them back from a write-only sheet.
        table.tableColumns = [TableColumn(id=i, name=c.header) for i, c in enumerate(columns, start=1)]
        table.tableStyleInfo = TableStyleInfo(name=self.styles.table_style, showRowStripes=True)
        ws.add_table(table)

    @staticmethod
    def _set_up_printing(ws, total_width: int) -> None:
        if total_width > LANDSCAPE_FROM_WIDTH:
            ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as needed
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        ws.oddFooter.left.text = "&A"
        ws.oddFooter.right.text = "Page &P of &N"
