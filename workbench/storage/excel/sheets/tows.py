"""The TOWS matrix as a table: each strategy with the SWOT entries it answers, spelled out."""

from __future__ import annotations

from workbench.domain import analysis
from workbench.domain.entities import INDUSTRY_SCOPE

from ..registry import sheet
from ..writer import Column, SheetWriter

COLUMNS = (
    Column("Scope 范围"),
    Column("Cell 象限"),
    Column("Strategy ID"),
    Column("Strategy 策略", wrap=True),
    Column("Linked entry IDs"),
    Column("Answers 对应条目", wrap=True),
    Column("Note 备注", wrap=True),
)
CELL_ORDER = {cell: i for i, cell in enumerate(("SO", "ST", "WO", "WT"))}


def _linked_text(workspace, strategy) -> str:
    lines = []
    for entry_id in analysis.linked_ids(strategy):
        entry = workspace.analysis_entries.get((entry_id,))
        lines.append(f"[{entry.category[0].upper()}] {entry.text}" if entry else f"[?] {entry_id}")
    return "\n".join(lines)


@sheet("TOWS", order=62, description="TOWS strategies and the SWOT entries each answers")
def tows_sheet(ws, workspace, options, out: SheetWriter) -> None:
    scopes = chosen_scopes_for_tows(workspace, options)
    rows = []
    for scope in scopes:
        strategies = sorted(analysis.strategies_in(workspace, scope), key=lambda s: CELL_ORDER.get(s.cell, 9))
        rows += [(analysis.scope_label(workspace, scope), s.cell, s.strategy_id, s.text,
                  s.linked_entries, _linked_text(workspace, s), s.note) for s in strategies]
    out.table(ws, COLUMNS, rows)


def chosen_scopes_for_tows(workspace, options) -> list[str]:
    present = list(dict.fromkeys([INDUSTRY_SCOPE] + [v.vendor_id for v in workspace.vendors]
                                 + [s.scope for s in workspace.tows_strategies]))
    wanted = getattr(options, "scopes", None)
    return present if wanted is None else [s for s in wanted if s in present]
