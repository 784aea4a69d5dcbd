"""The market-size sheet: every series point, and the multimodal market as live formulas.

The key figures sit at fixed cells (KEY_CELLS): change the LLM market or the
multimodal share in Excel and the multimodal market and its CAGR follow. Amounts
are written in 亿元 for a Chinese export and in bn CNY for an English one.
"""

from __future__ import annotations

from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

from workbench.domain.market import MULTIMODAL_SERIES
from workbench.domain.revenue_figures import LLM_SERIES, market_figures
from workbench.domain.units import excel_money_format, money_unit_label, shown_amount

from ..registry import sheet
from ..writer import LINE_HEIGHT, SheetWriter, line_count

TITLE = "Market"
PERCENT = "0.0%"
KEY_CELLS = {"llm": "B3", "share": "B4", "size": "B5", "recorded": "B6", "forecast": "B7", "years": "B8", "cagr": "B9"}
TABLE_HEADER_ROW = 12
HEADERS = ("Series ID", "Series 系列", "Year 年份", "Value 数值", "Forecast 预测", "Kind", "Source ID", "Note")
COLUMN_WIDTHS = (32, 30, 10, 16, 12, 12, 14, 26)
CHART_SERIES = ((LLM_SERIES, "LLM market 大模型市场", "7F7F7F"), (MULTIMODAL_SERIES, "Multimodal 多模态", "D62728"))


def _points(workspace) -> list:
    """All points, grouped by series in the series table's order, years ascending."""
    order = {s.series_id: i for i, s in enumerate(workspace.market_series)}
    return sorted(workspace.market_points, key=lambda p: (order.get(p.series_id, len(order)), p.series_id, p.year))


@sheet(TITLE, order=41, description="Market size series, the multimodal market and its CAGR to the forecast")
def market_sheet(ws, workspace, options, out: SheetWriter) -> None:
    styles = out.styles
    market = market_figures(workspace)
    out.set(ws["A1"], "Market size 市场规模")
    ws["A1"].font = styles.title

    points = _points(workspace)
    names = {s.series_id: s.name_zh or s.name_en for s in workspace.market_series}
    first = TABLE_HEADER_ROW + 1
    row_of = {(p.series_id, p.year): first + i for i, p in enumerate(points)}
    language = options.language
    _write_points(ws, out, points, names, language)
    _write_key_figures(ws, out, market, row_of, language)
    _add_chart(ws, points, row_of, language)
    # Within one landscape page at a readable scale; the note wraps instead of widening it.
    for column, width in zip("ABCDEFGH", COLUMN_WIDTHS):
        ws.column_dimensions[column].width = width
    _fit_note_rows(ws, points)
    out.report.rows[ws.title] = len(points)


def _fit_note_rows(ws, points: list) -> None:
    """Notes wrap in their column; rows are as many whole lines high as their note needs."""
    width = COLUMN_WIDTHS[-1] - 2
    for row, point in enumerate(points, start=TABLE_HEADER_ROW + 1):
        ws.cell(row, len(HEADERS)).alignment = Alignment(wrap_text=True, vertical="top")
        lines = line_count(point.note, width)
        if lines > 1:
            ws.row_dimensions[row].height = LINE_HEIGHT * lines


def _write_key_figures(ws, out: SheetWriter, market, row_of: dict, language: str) -> None:
    money = excel_money_format(language)

    def shown(value):
        return shown_amount(value, language)

    year, forecast_year = market.year, market.forecast_year
    llm_row = row_of.get((LLM_SERIES, year))
    recorded_row = row_of.get((MULTIMODAL_SERIES, year))
    forecast_row = row_of.get((MULTIMODAL_SERIES, forecast_year))
    cells = KEY_CELLS
    years = forecast_year - year if forecast_year and year else None
    rows = [
        ("llm", f"LLM market {year or ''} 大模型市场", f"=D{llm_row}" if llm_row else None, shown(market.llm_size),
         money),
        ("share", "Multimodal share 多模态占比", market.multimodal_share, None, PERCENT),
        ("size", f"Multimodal market {year or ''} 多模态市场 = LLM × share",
         f'=IF(AND(ISNUMBER({cells["llm"]}),ISNUMBER({cells["share"]})),{cells["llm"]}*{cells["share"]},'
         f'{cells["recorded"]})', shown(market.size), money),
        ("recorded", f"Multimodal market {year or ''} as recorded", f"=D{recorded_row}" if recorded_row else None,
         shown(market.recorded_size), money),
        ("forecast", f"Forecast {forecast_year or ''} 预测", f"=D{forecast_row}" if forecast_row else None,
         shown(market.forecast_size), money),
        ("years", "Years 年数", f"=C{forecast_row}-C{recorded_row or llm_row}"
         if forecast_row and (recorded_row or llm_row) else None, years, "0"),
        ("cagr", "CAGR 年复合增长率",
         f'=IF(AND(ISNUMBER({cells["size"]}),ISNUMBER({cells["forecast"]}),N({cells["years"]})>0,'
         f'N({cells["size"]})>0),({cells["forecast"]}/{cells["size"]})^(1/{cells["years"]})-1,"")', market.cagr,
         PERCENT),
    ]
    for name, label, value, expected, number_format in rows:
        row = int(cells[name][1:])
        out.set(ws.cell(row, 1), label)
        ws.cell(row, 1).font = out.styles.label
        target = ws[cells[name]]
        if isinstance(value, str) and value.startswith("="):
            out.formula(target, value, expected)
        else:
            out.set(target, value)
        target.number_format = number_format
    out.set(ws["C4"], "← input: edit to see the multimodal market and its CAGR follow")


def _write_points(ws, out: SheetWriter, points: list, names: dict, language: str) -> None:
    styles = out.styles
    for column, header in enumerate(HEADERS, start=1):
        cell = ws.cell(TABLE_HEADER_ROW, column)
        out.set(cell, header)
        cell.font, cell.fill = styles.header, styles.header_fill
    for row, point in enumerate(points, start=TABLE_HEADER_ROW + 1):
        values = (point.series_id, names.get(point.series_id, ""), point.year, shown_amount(point.value, language),
                  "forecast" if point.is_forecast else "", point.kind, point.source_id, point.note)
        for column, value in enumerate(values, start=1):
            out.set(ws.cell(row, column), value)
        ws.cell(row, 4).number_format = excel_money_format(language)
    if points:
        last = f"{get_column_letter(len(HEADERS))}{TABLE_HEADER_ROW + len(points)}"
        table = Table(displayName="tbl_Market", ref=f"A{TABLE_HEADER_ROW}:{last}")
        table.tableStyleInfo = TableStyleInfo(name=styles.table_style, showRowStripes=True)
        ws.add_table(table)


def _add_chart(ws, points: list, row_of: dict, language: str) -> None:
    chart = ScatterChart(scatterStyle="lineMarker")
    chart.title = f"Market size 市场规模 ({money_unit_label(language)})"
    chart.style = 13
    chart.x_axis.title, chart.y_axis.title = "Year", money_unit_label(language)
    chart.y_axis.number_format = "#,##0"  # the unit is in the axis title: the labels stay short
    chart.x_axis.delete = chart.y_axis.delete = False
    for series_id, title, color in CHART_SERIES:
        rows = sorted(row for (sid, _year), row in row_of.items() if sid == series_id)
        if not rows:
            continue
        xs = Reference(ws, min_col=3, min_row=rows[0], max_row=rows[-1])
        ys = Reference(ws, min_col=4, min_row=rows[0], max_row=rows[-1])
        series = Series(ys, xs, title=title)
        series.marker.symbol = "circle"
        series.smooth = False  # straight segments between the years: a smoothed line invents values between them
        series.graphicalProperties.line.solidFill = color
        series.marker.graphicalProperties.solidFill = color
        chart.series.append(series)
    if chart.series:
        chart.width, chart.height = 16, 8
        ws.add_chart(chart, "J3")
