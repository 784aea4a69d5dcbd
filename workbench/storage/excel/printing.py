"""Print set-up: every sheet of an export prints as part of one document.

Run once the sheets are written. One paper size for the whole workbook;
portrait where a sheet fits, landscape where it is wide; a scale that never
takes text below MIN_PRINTED_FONT; blocks that sit side by side (a table and
the weights beside it, the tile grid beside the provinces) printed on their
own pages when together they would be too small to read; every chart and
image below the tables, each on its own page, sized to fit it, so that no page
break cuts one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from openpyxl.chart._chart import ChartBase
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from .openpyxl_internals import WriteOnlyWorksheet
from .writer import LINE_HEIGHT, line_count

POINTS_PER_INCH = 72
POINTS_PER_CM = 72 / 2.54
MIN_PRINTED_FONT = 8.0  # points, after scaling
CELL_FONT = 11.0  # openpyxl's default (Calibri 11), the size of most cells
CHART_FONT = 10.0  # what spreadsheets draw chart labels in when a chart sets no size
HEADER_FOOTER_FONT = 10  # scaled with the sheet: at the smallest scale allowed it stays readable
DRAWING_SHARE_OF_COLUMNS = 0.85
DEFAULT_ROW_HEIGHT = 15.0  # points
DEFAULT_COLUMN_WIDTH = 8.43  # characters


@dataclass(frozen=True)
class Paper:
    name: str
    width: float  # points, portrait
    height: float
    openpyxl_code: int


PAPERS = {"A4": Paper("A4", 595.3, 841.9, 9), "Letter": Paper("Letter", 612.0, 792.0, 1)}
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_HEADER = 0.5, 0.75, 0.75, 0.3  # inches


def column_points(width: float | None) -> float:
    """A column's printed width: widths count the default font's digits, ~7 px each, plus padding.

    Spreadsheets round differently; 8% more keeps a sheet that fits by this count on its page.
    """
    return ((width or DEFAULT_COLUMN_WIDTH) * 7 + 5) * 0.75 * 1.08


def printable(paper: Paper, landscape: bool) -> tuple[float, float]:
    """Width and height (points) inside the margins, before scaling."""
    width, height = (paper.height, paper.width) if landscape else (paper.width, paper.height)
    return (width - 2 * MARGIN_SIDE * POINTS_PER_INCH,
            height - (MARGIN_TOP + MARGIN_BOTTOM) * POINTS_PER_INCH)


def set_up_printing(workbook, paper_size: str, title: str, exported: date,
                    kept_together: dict[str, list[tuple[int, int]]] | None = None) -> None:
    """Lay out every visible sheet for print on `paper_size` ("A4" or "Letter").

    `kept_together` names, per sheet, row spans a page break must not cut
    (see SheetWriter.keep_together).
    """
    paper = PAPERS[paper_size]
    kept_together = kept_together or {}
    for ws in workbook.worksheets:
        if ws.sheet_state != "visible":
            continue
        _page(ws, paper, title, exported)
        if isinstance(ws, WriteOnlyWorksheet):  # streamed: cells are gone, only a plain layout is possible
            _streamed_layout(ws)
        else:
            _layout(ws, paper, kept_together.get(ws.title, []))


def _page(ws, paper: Paper, title: str, exported: date) -> None:
    ws.page_setup.paperSize = paper.openpyxl_code
    margins = ws.page_margins
    margins.left = margins.right = MARGIN_SIDE
    margins.top, margins.bottom = MARGIN_TOP, MARGIN_BOTTOM
    margins.header = margins.footer = MARGIN_HEADER
    header, footer = ws.oddHeader, ws.oddFooter
    # The sheet and date above, the document and page below: a long title never meets the sheet name.
    for part, text in ((header.left, "&A"), (header.right, exported.isoformat()),
                       (footer.left, title.replace("&", "&&")), (footer.right, "Page &P of &N")):
        part.text, part.size = text, HEADER_FOOTER_FONT
    header.center.text = footer.center.text = None
    ws.print_options.horizontalCentered = False


def _streamed_layout(ws) -> None:
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.print_title_rows = "1:1"


def _layout(ws, paper: Paper, kept_together: list[tuple[int, int]]) -> None:
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.fitToWidth = ws.page_setup.fitToHeight = None
    drawings = [*ws._charts, *ws._images]
    filled = [(cell.row, cell.column) for cell in ws._cells.values() if cell.value is not None]
    last_row = max((row for row, _ in filled), default=1)
    blocks = _column_blocks({column for _, column in filled})
    smallest = min([CELL_FONT, HEADER_FOOTER_FONT,
                    *(_font_size(cell) for cell in ws._cells.values() if cell.value is not None)]
                   + ([CHART_FONT] if ws._charts else []))
    min_scale = MIN_PRINTED_FONT / smallest
    widths = {column: column_points(ws.column_dimensions[get_column_letter(column)].width)
              for column in range(1, max((b[1] for b in blocks), default=1) + 1)}
    drawing_width = max((_drawing_points(d)[0] for d in drawings), default=0.0)

    def block_width(block):
        return sum(widths[c] for c in range(block[0], block[1] + 1))

    whole = (blocks[0][0], blocks[-1][1]) if blocks else (1, 1)
    landscape, scale = _fit(paper, max(block_width(whole) if blocks else 0.0, drawing_width), min_scale)
    if scale is None and len(blocks) > 1:  # too small together: blocks side by side while they fit, then a break
        widest_readable = printable(paper, True)[0] / min_scale
        groups = [blocks[0]]
        for block in blocks[1:]:
            if block_width((groups[-1][0], block[1])) <= widest_readable:
                groups[-1] = (groups[-1][0], block[1])
            else:
                groups.append(block)
                ws.col_breaks.append(Break(id=block[0] - 1))
        landscape, scale = _fit(paper, max(max(block_width(g) for g in groups), drawing_width), min_scale)
    if scale is None:  # even one block is too wide: readable over pages across, its first columns on each
        landscape, scale = True, min_scale
        if _title_rows(ws) and not drawings:  # a drawing in column A would repeat with it
            ws.print_title_cols = "A:B"
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.scale = max(10, math.floor(scale * 100))
    titles = _title_rows(ws)
    if titles:
        ws.print_title_rows = titles
    scale = ws.page_setup.scale / 100
    if kept_together:
        room = printable(paper, landscape)[1] / scale - (_row_height(ws, 1) if titles else 0.0)
        _break_before_split_spans(ws, kept_together, room)
    first_page = _first_page_width([widths.get(c, column_points(None)) for c in range(1, len(widths) + 1)],
                                   {brk.id for brk in ws.col_breaks.brk}, printable(paper, landscape)[0] / scale)
    last_row = _place_drawings(ws, drawings, last_row, paper, landscape, scale,
                               _row_height(ws, 1) if titles else 0.0, first_page)
    last_column = max((block[1] for block in blocks), default=1)
    ws.print_area = f"A1:{get_column_letter(last_column)}{last_row}"


def _break_before_split_spans(ws, spans: list[tuple[int, int]], room: float) -> None:
    """Page breaks so that no span in `spans` is split, where the span fits a page at all.

    Follows the rows down as the spreadsheet paginates them; the rows of a span
    get explicit heights, so that the spreadsheet's pages are the ones counted here.
    """
    starts = {first: last for first, last in spans}
    last_row = max(last for _, last in spans)
    used = 0.0
    for row in range(1, last_row + 1):
        if row in starts:
            heights = [_fitted_height(ws, r) for r in range(row, starts[row] + 1)]
            for offset, height in enumerate(heights):
                ws.row_dimensions[row + offset].height = height
            if used and used + sum(heights) > room and sum(heights) <= room:
                ws.row_breaks.append(Break(id=row - 1))
                used = 0.0
        height = _row_height(ws, row)
        used = used + height if used + height <= room else height


def _fitted_height(ws, row: int) -> float:
    """A row's height: as set, or as many lines as its tallest wrapped cell needs."""
    if ws.row_dimensions[row].height:
        return ws.row_dimensions[row].height
    lines = 1
    for cell in ws[row]:
        if cell.value is not None and cell.has_style and cell.alignment.wrap_text:
            width = ws.column_dimensions[get_column_letter(cell.column)].width or DEFAULT_COLUMN_WIDTH
            lines = max(lines, line_count(cell.value, int(width) - 2))
    return max(DEFAULT_ROW_HEIGHT, LINE_HEIGHT * lines)


def _fit(paper: Paper, width: float, min_scale: float) -> tuple[bool, float | None]:
    """Orientation and scale (1.0 at most) at which `width` fits a page; no scale if only an unreadable one."""
    for landscape in (False, True):
        room = printable(paper, landscape)[0]
        if width <= room:
            return landscape, 1.0
    room = printable(paper, True)[0]
    scale = room / width
    return True, (scale if scale >= min_scale else None)


def _column_blocks(columns: set[int]) -> list[tuple[int, int]]:
    """Runs of columns holding something, separated by empty columns."""
    blocks: list[tuple[int, int]] = []
    for column in sorted(columns):
        if blocks and column == blocks[-1][1] + 1:
            blocks[-1] = (blocks[-1][0], column)
        else:
            blocks.append((column, column))
    return _merge_gaps(blocks)


def _merge_gaps(blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-column blocks (a legend's swatch, a lone label) belong to the block they follow."""
    merged: list[tuple[int, int]] = []
    for block in blocks:
        if merged and (block[0] == block[1] or merged[-1][0] == merged[-1][1]):
            merged[-1] = (merged[-1][0], block[1])
        else:
            merged.append(block)
    return merged


def _font_size(cell) -> float:
    size = cell.font.size if cell.has_style and cell.font is not None else None
    return float(size) if size else CELL_FONT


def _title_rows(ws) -> str | None:
    """Row 1 repeats on every page where it heads a table."""
    refs = [table.ref for table in ws.tables.values()] + ([ws.auto_filter.ref] if ws.auto_filter.ref else [])
    return "1:1" if any(ref.upper().startswith("A1:") for ref in refs) else None


def _row_height(ws, row: int) -> float:
    return ws.row_dimensions[row].height or DEFAULT_ROW_HEIGHT


def _drawing_points(drawing) -> tuple[float, float]:
    """Width and height of a chart (sized in cm) or an image (in pixels at 96 dpi), in points."""
    if isinstance(drawing, ChartBase):
        return drawing.width * POINTS_PER_CM, drawing.height * POINTS_PER_CM
    return drawing.width * 0.75, drawing.height * 0.75


def _first_page_width(widths: list[float], breaks: set[int], room: float) -> float:
    """The width of the columns printed on a sheet's first page across: a drawing wider than it would be cut."""
    used = 0.0
    for column, width in enumerate(widths, start=1):
        if used + width > room:
            break
        used += width
        if column in breaks:
            break
    return max(used, room if not widths else 0.0) or room


def _place_drawings(ws, drawings, last_row: int, paper: Paper, landscape: bool, scale: float,
                    title_height: float, first_page_width: float) -> int:
    """Each drawing at column A below everything else, after a page break, shrunk to fit its page.

    Returns the last row the drawings reach, for the print area.
    """
    room_width, room_height = printable(paper, landscape)
    # The header and footer sit inside the top and bottom margins; the repeated title row does not.
    # The columns' width is estimated on the wide side (column_points): a drawing as wide as
    # the estimate could reach into the next page's columns, so it keeps well within it.
    room_width = min(room_width / scale, first_page_width * DRAWING_SHARE_OF_COLUMNS) - 6
    room_height = room_height / scale - title_height - DEFAULT_ROW_HEIGHT - 12
    row = last_row + 2
    for drawing in drawings:
        width, height = _drawing_points(drawing)
        shrink = min(1.0, room_width / width, room_height / height)
        width, height = width * shrink, height * shrink
        if isinstance(drawing, ChartBase):
            drawing.width, drawing.height = width / POINTS_PER_CM, height / POINTS_PER_CM
        else:
            drawing.width, drawing.height = int(width / 0.75), int(height / 0.75)
        ws.row_breaks.append(Break(id=row - 1))  # the page starts at `row`, an empty row above the drawing:
        # a drawing that started right at the break would leave its top edge on the page before.
        drawing.anchor = f"A{row + 1}"  # openpyxl turns it into a one-cell anchor of the size set above
        row += 1 + _rows_spanned(ws, row + 1, height) + 1
    return row - 1 if drawings else last_row


def _rows_spanned(ws, first: int, height: float) -> int:
    rows, covered = 0, 0.0
    while covered < height:
        covered += _row_height(ws, first + rows)
        rows += 1
    return rows
