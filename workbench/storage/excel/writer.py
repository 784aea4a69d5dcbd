"""What a sheet function gets to write with: safe cells, tables, styles, the report."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from .manifest import ColumnBinding, SheetBinding
from .openpyxl_internals import StreamedSheet, WriteOnlyWorksheet, cell_xml, copy_style
from .options import ExportReport, Truncation
from .registry import SheetSpec
from .safe_cells import is_plain_text, set_cell
from .sheet_data import fast_cell
from .styles import Styles

MAX_COLUMN_WIDTH = 60
MIN_COLUMN_WIDTH = 6
# Total column width (characters) a table may take: at 80% it still fits a landscape page of A4 or Letter.
PRINTED_WIDTH_BUDGET = 150
NARROWEST_WRAPPED = 20  # a column narrowed to fit the page wraps its text, but keeps a few words a line
WIDEST_ON_TWO_PAGES = 40  # a column's width in a table printed over two pages across
LINE_HEIGHT = 15  # points per line of wrapped text: rows are whole lines high, so they look alike
LETTERS_PER_DIGIT = 1.2
MAX_LINES = 27  # Excel's tallest row (409 pt); a longer text scrolls inside its cell
# Formulas the app may write: none may reach outside the workbook or run anything.
_UNSAFE_FORMULA = re.compile(r"\[|://|\||\b(HYPERLINK|WEBSERVICE|FILTERXML|INDIRECT|CALL|REGISTER|RTD|EXEC)\s*\(",
                             re.IGNORECASE)


@dataclass(frozen=True)
class Column:
    header: str
    wrap: bool = False  # long free text: wrap instead of widening the column
    number_format: str | None = None
    field: str | None = None  # the entity field the column holds, for import; None: computed by the app


def display_width(value) -> int:
    """Width of the longest line in character cells; CJK and full-width count double."""
    if value is None:
        return 0
    text = str(value)
    if text.isascii() and "\n" not in text:  # the common case, without a lookup per character
        return len(text)
    lines = text.split("\n")
    return max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in lines)


def widest(values: Iterable) -> int:
    """The largest display_width among values, measuring only those that could be the widest.

    A text is at most twice as wide as it is long (every character double), so once
    the widest so far reaches that bound for the longest remaining text, none can
    beat it: a 100,000-row column is measured in a handful of texts.
    """
    texts = sorted({value if isinstance(value, str) else str(value) for value in values if value is not None},
                   key=len, reverse=True)
    best = 0
    for text in texts:
        if 2 * len(text) <= best:
            break
        best = max(best, display_width(text))
    return best


def header_width(header: str) -> int:
    """The narrowest width a header wraps into without breaking a word: its longest word, or 10."""
    return max([10, *(display_width(word) for word in header.split())])


def line_count(value, width: int) -> int:
    """Lines a spreadsheet wraps `value` into at `width` character cells: at spaces, and anywhere in a run
    of Chinese or a word wider than the cell."""
    if value is None or isinstance(value, (int, float)):
        return 1
    text = str(value)
    # Widths count digits; letters of a proportional font are narrower on average, Chinese about two digits.
    width, count = max(int(width * (LETTERS_PER_DIGIT if text.isascii() else 1)), 1), 0
    for paragraph in text.split("\n"):
        used = 0  # cells used on the current line
        count += 1
        for word in paragraph.split(" "):
            size = display_width(word)
            if used and used + 1 + size <= width:
                used += 1 + size
                continue
            if used:
                count += 1
            extra, used = divmod(size, width)
            count += extra - (1 if extra and not used else 0)
            used = used or (width if extra else 0)
    return count


def fit_widths(widths: Sequence[int], floors: Sequence[int]) -> tuple[list[int], set[int]]:
    """Narrow the wide columns alike until the table fits PRINTED_WIDTH_BUDGET; return widths and the narrowed.

    Every column wider than NARROWEST_WRAPPED gives up the same fraction of its
    width, so long texts keep the most room; a narrowed column wraps its text, so
    nothing is cut. None goes below NARROWEST_WRAPPED or its header's longest
    word: a table that cannot fit so prints over two pages across, its long
    columns at WIDEST_ON_TWO_PAGES, so its rows stay a few lines high.
    """
    widths = list(widths)
    floors = [max(floor, NARROWEST_WRAPPED) for floor in floors]

    def narrowed(fraction: float) -> list[int]:
        return [w if w <= floor else max(floor, math.ceil(w * fraction)) for w, floor in zip(widths, floors)]

    if sum(widths) <= PRINTED_WIDTH_BUDGET:
        return widths, set()
    if sum(narrowed(0.0)) > PRINTED_WIDTH_BUDGET:  # two pages across anyway: rows stay short instead
        fitted = [min(w, WIDEST_ON_TWO_PAGES) for w in widths]
        return fitted, {i for i, (old, new) in enumerate(zip(widths, fitted)) if new < old}
    low, high = 0.0, 1.0
    for _ in range(20):
        middle = (low + high) / 2
        low, high = (middle, high) if sum(narrowed(middle)) <= PRINTED_WIDTH_BUDGET else (low, middle)
    fitted = narrowed(low)
    return fitted, {i for i, (old, new) in enumerate(zip(widths, fitted)) if new < old}


def internal_location(title: str) -> str:
    """A hyperlink location inside the workbook, e.g. ``'Vendors'!A1``."""
    return f"'{title}'!A1"


class SheetWriter:
    """Shared by all sheet functions of one export; records into the report."""

    def __init__(self, report: ExportReport, contents: Sequence[SheetSpec], styles: Styles | None = None):
        self.report = report
        self.contents = tuple(contents)  # the sheets of this export, for the cover
        self.styles = styles or Styles()
        self.bindings: dict[str, SheetBinding] = {}  # table sheets that import can read back
        self.kept_together: dict[str, list[tuple[int, int]]] = {}  # sheet -> row spans a page must not split

    def keep_together(self, ws, first_row: int, last_row: int) -> None:
        """Ask print layout to start a new page before these rows rather than split them (a heading and its
        block); a span taller than a page is split anyway."""
        self.kept_together.setdefault(ws.title, []).append((first_row, last_row))

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

    def formula(self, cell, text: str, expected=None, coordinate: str | None = None) -> None:
        """Write a formula the app means (a total, a product), recorded so checks can tell it from text.

        ``expected`` is the value the app computes for it: a spreadsheet that
        recalculates must arrive at the same. Formulas reaching outside the
        workbook are refused.
        """
        if not text.startswith("=") or _UNSAFE_FORMULA.search(text):
            raise ValueError(f"{text!r} is not a formula an export may contain")
        cell.value = text
        cell.data_type = "f"
        where = coordinate or cell.coordinate
        self.report.formulas.setdefault(cell.parent.title, {})[where] = expected

    def table(self, ws, columns: Sequence[Column], rows: Iterable[Sequence], table: str | None = None,
              key_fields: Sequence[str] = ()) -> int:
        """Write a header and rows from A1 as a styled Excel table; return the row count.

        With ``table`` (a workspace table name) the sheet is recorded as its
        view: columns with a ``field`` can be edited in Excel and imported back,
        rows matched by ``key_fields`` (the table's key unless given).
        Layout is set before the rows are appended, the order a write-only
        worksheet needs, so big sheets can use this unchanged. On a streamed
        (write-only) sheet only wrapped and number-formatted columns are
        styled, plain text goes in bare, and the app's StreamedSheet gets its
        rows as XML text (see sheet_data): per-cell objects and openpyxl's
        cell writer are most of the cost of a 100,000-row sheet.
        """
        if table is not None:
            self._bind(ws.title, columns, table, key_fields)
        rows = [list(row) for row in rows]
        widths = [max(header_width(c.header), widest(r[i] for r in rows)) for i, c in enumerate(columns)]
        widths = [min(max(w + 2, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH) for w in widths]
        widths, shrunk = fit_widths(widths, [header_width(c.header) + 2 for c in columns])
        columns = [Column(c.header, True, c.number_format, c.field) if i in shrunk else c
                   for i, c in enumerate(columns)]
        letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        for letter, width in zip(letters, widths):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "A2"
        streamed = isinstance(ws, WriteOnlyWorksheet)
        if not streamed:  # a streamed sheet has no row dimensions to set
            self._fit_row_heights(ws, columns, widths, rows)

        styles = self.styles
        ws.append([self._new_cell(ws, c.header, f"{letter}1", font=styles.header, fill=styles.header_fill,
                                  alignment=styles.header_alignment)
                   for c, letter in zip(columns, letters)])
        # One styled cell per column; data cells copy its style, far cheaper than styling each cell.
        templates = [None if streamed and not (c.wrap or c.number_format) else
                     self._new_cell(ws, None, "", number_format=c.number_format,
                                    alignment=styles.wrap if c.wrap else styles.top) for c in columns]
        if isinstance(ws, StreamedSheet):
            self._stream_rows(ws, templates, letters, rows)
        else:
            for row_number, row in enumerate(rows, start=2):
                ws.append([value if template is None and (is_plain_text(value) or value is None) else
                           self._styled_like(ws, template, value, f"{letter}{row_number}")
                           for template, letter, value in zip(templates, letters, row)])

        self._frame_table(ws, columns, len(rows))
        self.report.rows[ws.title] = self.report.rows.get(ws.title, 0) + len(rows)
        return len(rows)

    @staticmethod
    def _fit_row_heights(ws, columns: Sequence[Column], widths: Sequence[int], rows: list[list]) -> None:
        """Rows as tall as their wrapped text, in whole lines: not every spreadsheet grows them itself."""
        ws.row_dimensions[1].height = LINE_HEIGHT * max(line_count(c.header, w - 2) for c, w in zip(columns, widths))
        wrapped = [(i, widths[i] - 2) for i, c in enumerate(columns) if c.wrap]
        if not wrapped:
            return
        for number, row in enumerate(rows, start=2):
            lines = max(line_count(row[i], width) for i, width in wrapped)
            if lines > 1:
                ws.row_dimensions[number].height = LINE_HEIGHT * min(lines, MAX_LINES)

    def _bind(self, title: str, columns: Sequence[Column], table: str, key_fields: Sequence[str]) -> None:
        from workbench.domain.tables import SPECS_BY_NAME

        key_fields = tuple(key_fields) or SPECS_BY_NAME[table].key_fields
        fields = [c.field for c in columns if c.field]
        if not set(key_fields) <= set(fields) or len(fields) != len(set(fields)):
            raise ValueError(f"sheet {title!r}: every key field of {table} needs one column, and no field two")
        self.bindings[title] = SheetBinding(title, table, key_fields,
                                            tuple(ColumnBinding(c.header, c.field) for c in columns))

    def _stream_rows(self, ws: StreamedSheet, templates: Sequence, letters: Sequence[str], rows: list[list]) -> None:
        """A streamed sheet's rows as XML text: plain values directly (sheet_data), the rest through set().

        What a reader sees is what the cell-by-cell path writes, style ids included.
        """
        data = ws.sheet_data
        styles: list[str | None] = []
        for row_number, row in enumerate(rows, start=data.next_row):
            if not styles:  # the columns' styles enter the workbook as their first cells do
                styles = [None if template is None else f' s="{template.style_id}"' for template in templates]
            number = str(row_number)
            cells = []
            for column, (template, style, letter, value) in enumerate(zip(templates, styles, letters, row), 1):
                xml = fast_cell(letter + number, style, value)
                if xml is None:
                    cell = self._styled_like(ws, template, value, letter + number)
                    cell.row, cell.column = row_number, column
                    xml = cell_xml(cell)
                cells.append(xml)
            data.add_row(cells)

    def _styled_like(self, ws, template, value, coordinate: str):
        cell = WriteOnlyCell(ws)
        if template is not None:
            copy_style(cell, template)
        self.set(cell, value, coordinate)  # after: a text that looks like a formula adds its quote prefix
        return cell

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
