"""SWOT per scope as the familiar 2x2 grid: strengths and weaknesses above, opportunities and threats below.

Each quadrant is three columns (entry, impact, likelihood) under a coloured
header; scopes follow one another down the sheet. The PEST sheet reuses the
same block layout with its factors side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from workbench.domain import analysis

from ..registry import sheet
from ..writer import SheetWriter

QUADRANT_WIDTH = 3  # entry, impact, likelihood
GAP = 1  # an empty narrow column between quadrants
TEXT_WIDTH = 48
NUMBER_WIDTH = 9


@dataclass(frozen=True)
class Quadrant:
    category: str
    label: str
    color: str  # header fill, "RRGGBB"


SWOT_GRID = (
    (Quadrant("strength", "Strengths 优势", "2E7D32"), Quadrant("weakness", "Weaknesses 劣势", "EF6C00")),
    (Quadrant("opportunity", "Opportunities 机会", "1565C0"), Quadrant("threat", "Threats 威胁", "C62828")),
)


def chosen_scopes(workspace, options, framework: str) -> list[str]:
    """The scopes the options ask for (in their order), else the industry and every vendor with entries."""
    present = analysis.scopes_with_entries(workspace, framework)
    wanted = getattr(options, "scopes", None)
    if wanted is None:
        return [s for s in present if analysis.entries_in(workspace, framework, s)]
    return [s for s in wanted if s in present]


def quadrant_column(position: int) -> int:
    """First column (1-based) of the quadrant at `position` in a row of quadrants."""
    return 1 + position * (QUADRANT_WIDTH + GAP)


def set_up_columns(ws, quadrants_per_row: int) -> None:
    for position in range(quadrants_per_row):
        first = quadrant_column(position)
        ws.column_dimensions[get_column_letter(first)].width = TEXT_WIDTH
        ws.column_dimensions[get_column_letter(first + 1)].width = NUMBER_WIDTH
        ws.column_dimensions[get_column_letter(first + 2)].width = NUMBER_WIDTH
        if position < quadrants_per_row - 1:
            ws.column_dimensions[get_column_letter(first + QUADRANT_WIDTH)].width = 2
    ws.sheet_view.showGridLines = False  # paper, orientation, scale, header and footer: printing.py


def write_scope_title(ws, out: SheetWriter, row: int, workspace, scope: str, width: int) -> int:
    out.set(ws.cell(row, 1), analysis.scope_label(workspace, scope))
    ws.cell(row, 1).font = Font(size=14, bold=True, color="1F4E79")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    return row + 1


def write_quadrant_row(ws, out: SheetWriter, row: int, quadrants: Sequence[Quadrant], entries_of) -> int:
    """Headers, column captions and entries of quadrants side by side; returns the next free row."""
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="top")
    caption_font = Font(italic=True, color="595959")
    longest = 0
    for position, quadrant in enumerate(quadrants):
        first = quadrant_column(position)
        header = ws.cell(row, first)
        out.set(header, quadrant.label)
        header.font = Font(bold=True, color="FFFFFF", size=12)
        header.alignment = Alignment(vertical="center")
        for column in range(first, first + QUADRANT_WIDTH):
            ws.cell(row, column).fill = PatternFill("solid", fgColor=quadrant.color)
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=first + QUADRANT_WIDTH - 1)
        for offset, caption in enumerate(("Entry 条目", "Impact 影响", "Likelihood 可能性")):
            cell = ws.cell(row + 1, first + offset)
            out.set(cell, caption)
            cell.font = caption_font
        entries = entries_of(quadrant.category)
        for number, entry in enumerate(entries, start=row + 2):
            text_cell = ws.cell(number, first)
            out.set(text_cell, entry.text)
            text_cell.alignment = wrap
            for offset, value in ((1, entry.impact), (2, entry.likelihood)):
                cell = ws.cell(number, first + offset)
                out.set(cell, value)
                cell.alignment = centre
        longest = max(longest, len(entries))
    return row + 2 + longest + 1  # one blank row before the next block


@sheet("SWOT", order=60, description="SWOT of the industry and of each vendor, as 2x2 grids")
def swot_sheet(ws, workspace, options, out: SheetWriter) -> None:
    set_up_columns(ws, 2)
    width = 2 * QUADRANT_WIDTH + GAP
    row, written = 1, 0
    for scope in chosen_scopes(workspace, options, "swot"):
        first = row
        row = write_scope_title(ws, out, row, workspace, scope, width)
        for quadrants in SWOT_GRID:
            row = write_quadrant_row(ws, out, row,
                                     quadrants, lambda c, s=scope: analysis.entries_in(workspace, "swot", s, c))
        out.keep_together(ws, first, row - 2)  # a scope's title and its grid on one page
        written += len(analysis.entries_in(workspace, "swot", scope))
        row += 1
    if row == 1:
        out.set(ws.cell(1, 1), "No SWOT entries. 暂无SWOT条目。")
    out.report.rows[ws.title] = written

