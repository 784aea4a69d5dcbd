"""The Market Share sheets: vendors' shares of named markets, one market at a time.

Every row names its market (scope, period, unit). The named vendors of one
market are followed by "Others / not attributed", so each market adds up to
100% and no share can exceed it; markets are never added together.
"""

from __future__ import annotations

from workbench.domain import entities as e
from workbench.domain.market_shares import market_views
from workbench.domain.units import shown_amount, unit_label

from ..registry import sheet
from ..writer import Column, SheetWriter

TITLE = "Market Share"
CONCENTRATION_TITLE = "Market Concentration"
PERCENT, NUMBER, HHI = "0.0%", "#,##0.0##", "#,##0"
OTHERS = "Others / not attributed 其他/未归属"

# Columns with a field come back on import. "Share 份额" is the share in use (the one given, else amount ÷
# size, and the remainder on the Others line): computed, so the share a source gives has its own column.
# Amounts are shown in the export's unit and are not read back.
COLUMNS = (
    Column("Market ID", field="market_id"), Column("Market 市场"), Column("Period 期间"), Column("Unit 单位"),
    Column("Market size 市场规模", number_format=NUMBER), Column("Vendor ID", field="vendor_id"),
    Column("Vendor 厂商"), Column("Share 份额", number_format=PERCENT),
    Column("Share given 给定份额", number_format=PERCENT, field="share"),
    Column("Amount 数额", number_format=NUMBER), Column("Rank 排名", field="rank"), Column("Kind", field="kind"),
    Column("Source ID", field="source_id"), Column("Section 章节", wrap=True, field="section"),
    Column("Note", wrap=True, field="note"),
)
CONCENTRATION_COLUMNS = (
    Column("Market ID"), Column("Market 市场"), Column("Period 期间"),
    Column("Named vendors with a share 有份额的厂商数"), Column("Named total 已列明合计", number_format=PERCENT),
    Column("Others / not attributed 其他", number_format=PERCENT),
    Column("CR3 (named vendors only 仅列明厂商)", number_format=PERCENT),
    Column("CR5 (named vendors only 仅列明厂商)", number_format=PERCENT),
    Column("HHI low (others as many small firms)", number_format=HHI),
    Column("HHI high (others as one firm)", number_format=HHI), Column("Reading 解读"), Column("Source ID"),
)


def _amount(value, definition: e.MarketDefinition, language: str):
    return shown_amount(value, language) if definition.unit == e.MONEY_UNIT else value


@sheet(TITLE, order=44, description="Vendors' shares of named markets, each with its remainder")
def market_share_sheet(ws, workspace, options, out: SheetWriter) -> None:
    language = options.language
    rows = []
    for view in market_views(workspace):
        d = view.definition
        market = (d.market_id, d.name_zh or d.name_en, d.period, unit_label(d.unit, language),
                  _amount(d.size, d, language))
        for named in view.ranked():
            r = named.record
            rows.append((*market, r.vendor_id, named.name, named.share, r.share, _amount(r.amount, d, language),
                         r.rank, r.kind, r.source_id, r.section, r.note))
        if view.shares:
            rows.append((*market, "", OTHERS, view.remainder, None, None, None, "derived", d.source_id, "",
                         "What the named vendors do not hold: 100% less their shares."))
        else:
            rows.append((*market, "", OTHERS, None, None, None, None, "", d.source_id, d.section,
                         d.note or "No source gives vendor shares of this market."))
    out.table(ws, COLUMNS, rows, table="market_shares")


@sheet(CONCENTRATION_TITLE, order=45, description="CR3, CR5 and HHI of each named market, over the whole market")
def market_concentration_sheet(ws, workspace, options, out: SheetWriter) -> None:
    rows = []
    for view in market_views(workspace):
        d, c = view.definition, view.concentration
        if c is None:
            rows.append((d.market_id, d.name_zh or d.name_en, d.period, 0, None, None, None, None, None, None,
                         "no shares given", d.source_id))
            continue
        rows.append((d.market_id, d.name_zh or d.name_en, d.period, c.named_count, view.total, view.remainder,
                     c.cr3, c.cr5, c.hhi_low, c.hhi_high, c.reading, d.source_id))
    out.table(ws, CONCENTRATION_COLUMNS, rows)
