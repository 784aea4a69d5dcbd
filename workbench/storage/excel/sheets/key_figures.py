"""The Key figures sheet: every key figure by topic, the filing totals side by side, and the token price chart."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference

from workbench.domain.key_figures import FigureRow, PRICE_TOPIC, format_value, key_figure_rows

from ..registry import sheet
from ..writer import Column, SheetWriter

TITLE = "Key figures"
TOPIC_TITLES = {
    "filings": "Filings and registrations 备案与登记",
    "models": "Large models 大模型数量",
    "token_price": "Price per million tokens 百万tokens价格",
    "ai_industry": "China AI industry 中国人工智能产业（艾瑞）",
    "training_cost": "Training cost 训练成本",
}
COLUMNS = (
    Column("Topic 主题"),
    Column("Figure 指标"),
    Column("Figure (English)"),
    Column("Period 时期"),
    Column("As written 原文"),
    Column("Value 数值", number_format="#,##0.##"),
    Column("High end 上限", number_format="#,##0.##"),
    Column("Cumulative 累计", number_format="#,##0"),
    Column("Unit 单位"),
    Column("Kind 类型"),
    Column("Source ID"),
    Column("Source 来源", wrap=True),
    Column("Note 备注", wrap=True),
)
VALUE_COLUMN = 6


def _as_written(row: FigureRow) -> str:
    if row.table != "filing_batches":
        return format_value(row.value, row.value_high, row.bound)
    parts = [f"+{row.batch_count:,}" if row.batch_count is not None else "",
             f"= {row.batch_cumulative:,}" if row.batch_cumulative is not None else ""]
    return " ".join(part for part in parts if part)


def _source_text(workspace, source_id: str) -> str:
    source = workspace.sources.get((source_id,)) if source_id else None
    if source is None:
        return ""
    return " · ".join(part for part in (source.publisher, source.citation, source.published) if part)


def _cells(workspace, topic: str, row: FigureRow) -> list:
    batch = row.table == "filing_batches"
    return [TOPIC_TITLES.get(topic, topic), row.label_zh, row.label_en, row.period, _as_written(row),
            row.batch_count if batch else row.value, None if batch else row.value_high,
            row.batch_cumulative if batch else None, row.unit, row.kind, row.source_id,
            _source_text(workspace, row.source_id), row.note]


@sheet(TITLE, order=45, description="Token prices, model counts, the AI industry outlook, training costs and "
                                    "the filing totals of every source side by side")
def key_figures_sheet(ws, workspace, options, out: SheetWriter) -> None:
    groups = key_figure_rows(workspace)
    rows, price_rows = [], []
    for topic, figures in groups:
        for figure in figures:
            rows.append(_cells(workspace, topic, figure))
            if topic == PRICE_TOPIC and figure.value is not None:
                price_rows.append(len(rows) + 1)  # the header is row 1
    out.table(ws, COLUMNS, rows)
    if price_rows and price_rows == list(range(price_rows[0], price_rows[-1] + 1)):
        _add_price_chart(ws, price_rows[0], price_rows[-1], len(rows) + 3)


def _add_price_chart(ws, first: int, last: int, anchor_row: int) -> None:
    # Below the table, not beside it: a chart to the right would widen every printed page.
    chart = BarChart()
    chart.title = "Price per million tokens 百万tokens价格 (CNY)"
    chart.legend = None
    chart.height, chart.width = 7, 12
    chart.add_data(Reference(ws, min_col=VALUE_COLUMN, min_row=first, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=4, min_row=first, max_row=last))
    ws.add_chart(chart, f"B{anchor_row}")
