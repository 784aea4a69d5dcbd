"""The rows of a streamed sheet, written as worksheet XML text by the app itself.

openpyxl's write-only sheet still makes a cell object for every value and has
lxml write each one element by element: for a 100,000-row table that is most of
an export's time. A big table's cells are nearly all plain texts in a few
styles, so their XML is written here as text, byte for byte what openpyxl
writes for them (tests/storage/test_sheet_data.py compares the two). Any other
cell is written by openpyxl itself (openpyxl_internals.cell_xml) and handed in
as its XML. The rows wait in a temporary file, as openpyxl's own streamed rows
do, so memory stays flat however long the sheet.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from typing import IO, Sequence

from .safe_cells import is_plain_text

ROWS_PER_CHUNK = 2_000  # rows joined and encoded at once: few calls, little memory
_NEEDS_ESCAPING = ("&", "<", ">", "\r")  # what lxml escapes in text (a CR would be read back as LF)


def text_xml(text: str) -> str:
    """`text` as element content, escaped as lxml escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def inline_text_cell(reference: str, style: str, text: str) -> str:
    """A text cell as openpyxl writes it: inline, space kept where it leads or trails.

    `style` is "" or the style attribute, e.g. ' s="2"'.
    """
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{reference}"{style} t="inlineStr"><is><t{space}>{text_xml(text)}</t></is></c>'


def empty_styled_cell(reference: str, style: str) -> str:
    """A cell with a style and no value (a wrapped column's empty cell)."""
    return f'<c r="{reference}"{style} t="n"></c>'


def number_cell(reference: str, style: str, number: int | float) -> str:
    """A finite int or float as openpyxl writes it."""
    return f'<c r="{reference}"{style} t="n"><v>{"%.16g" % number}</v></c>'


def fast_cell(reference: str, style: str | None, value) -> str | None:
    """The XML of a cell holding `value` as the export writes it, or None when it needs the full rules.

    `style` is the column's style attribute, or None for a column without a
    style. Written here: plain text (see safe_cells.is_plain_text), empty values,
    and finite ints and floats; an empty value in an unstyled column is no cell ("").
    """
    if type(value) is str:
        if value == "":
            return "" if style is None else empty_styled_cell(reference, style)
        if is_plain_text(value):
            return inline_text_cell(reference, style or "", value)
        return None
    if value is None:
        return "" if style is None else empty_styled_cell(reference, style)
    if type(value) in (int, float) and value - value == 0:  # finite: NaN and infinity are left empty and reported
        return number_cell(reference, style or "", value)
    return None


class SheetData:
    """The <sheetData> of one streamed sheet: rows appended in order, copied into the workbook on save."""

    def __init__(self):
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="workbench-sheet-")
        # A cancelled or failed export drops its workbook unsaved: the file goes with it, quietly.
        weakref.finalize(self, self._file.close)
        self._pending: list[str] = []
        self._written = 0
        self.row_count = 0

    def add_row(self, cells: Sequence[str]) -> int:
        """Append a row of cells' XML (each from this module or cell_xml); return its number."""
        self.row_count += 1
        self._pending.append(f'<row r="{self.row_count}">{"".join(cells)}</row>')
        if len(self._pending) >= ROWS_PER_CHUNK:
            self._flush()
        return self.row_count

    @property
    def next_row(self) -> int:
        return self.row_count + 1

    def _flush(self) -> None:
        if self._pending:
            # ASCII with character references, as openpyxl writes a sheet: the same bytes whoever wrote the row
            self._written += self._file.write("".join(self._pending).encode("ascii", "xmlcharrefreplace"))
            self._pending.clear()

    def size(self) -> int:
        """Bytes copy_to will write."""
        self._flush()
        return self._written

    def copy_to(self, destination: IO[bytes]) -> None:
        self._flush()
        self._file.seek(0)
        shutil.copyfileobj(self._file, destination, 1 << 20)

    def close(self) -> None:
        self._file.close()
