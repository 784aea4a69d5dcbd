"""PEST per scope: the factors side by side, each with impact and likelihood beside every entry.

Legal and Environmental columns appear only when some scope has entries there (PESTLE).
"""

from __future__ import annotations

from workbench.domain import analysis

from ..registry import sheet
from ..writer import SheetWriter
from .swot import GAP, QUADRANT_WIDTH, Quadrant, chosen_scopes, set_up_columns, write_quadrant_row, write_scope_title

FACTORS = (
    Quadrant("political", "Political 政治", "6A1B9A"),
    Quadrant("economic", "Economic 经济", "1565C0"),
    Quadrant("social", "Social 社会", "2E7D32"),
    Quadrant("technological", "Technological 技术", "00838F"),
    Quadrant("legal", "Legal 法律", "5D4037"),
    Quadrant("environmental", "Environmental 环境", "558B2F"),
)


@sheet("PEST", order=61, description="PEST (or PESTLE) factors of the industry and vendors")
def pest_sheet(ws, workspace, options, out: SheetWriter) -> None:
    scopes = chosen_scopes(workspace, options, "pest")
    used = {entry.category for scope in scopes for entry in analysis.entries_in(workspace, "pest", scope)}
    factors = [f for f in FACTORS if f.category in analysis.PEST_CORE or f.category in used]
    set_up_columns(ws, len(factors))
    width = len(factors) * (QUADRANT_WIDTH + GAP) - GAP
    row, written = 1, 0
    for scope in scopes:
        first = row
        row = write_scope_title(ws, out, row, workspace, scope, width)
        row = write_quadrant_row(ws, out, row, factors,
                                 lambda c, s=scope: analysis.entries_in(workspace, "pest", s, c)) + 1
        out.keep_together(ws, first, row - 3)  # a scope's title and its factors on one page
        written += len(analysis.entries_in(workspace, "pest", scope))
    if row == 1:
        out.set(ws.cell(1, 1), "No PEST entries. 暂无PEST条目。")
    out.report.rows[ws.title] = written
