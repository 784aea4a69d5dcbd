"""The Revenue Share sheet: inputs as values, everything derived as Excel formulas.

Base revenue and the low/base/high shares are the only typed-in numbers; the
shares used (with the app's fallbacks), amounts, market shares, the chosen
scenario's columns, concentration and the Pareto block are formulas over them,
so the workbook stays live when the analyst edits it in Excel. The scenario
cell (B3) picks the scenario the same way the app's switch does.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.data_source import NumDataSource, NumRef
from openpyxl.chart.error_bar import ErrorBars
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from workbench.domain.market import SCENARIOS
from workbench.domain.revenue_figures import MARKET_CURRENCY, RevenueFigures, VendorRevenue, revenue_figures

from ..registry import sheet
from ..writer import SheetWriter
from .market import TITLE as MARKET_TITLE
from .market import market_size_reference

TITLE = "Revenue Share"
PERCENT, HHI = "0.0%", "#,##0"
YUAN_BN = '"¥"#,##0.00" bn"'
HEADER_ROW = 12
# (key, header); formulas below refer to columns by key.
COLUMNS = (
    ("id", "Vendor ID"), ("zh", "中文名"), ("en", "English name"), ("label", "Base revenue is 收入口径"),
    ("year", "Year 年份"), ("currency", "Currency 币种"), ("revenue", "Base revenue (bn) 收入"),
    ("in_low", "Share low 占比低"), ("in_base", "Share base 占比基准"), ("in_high", "Share high 占比高"),
    ("use_low", "Share used low"), ("use_base", "Share used base"), ("use_high", "Share used high"),
    ("amt_low", "Amount low (bn)"), ("amt_base", "Amount base (bn)"), ("amt_high", "Amount high (bn)"),
    ("ms_low", "Market share low"), ("ms_base", "Market share base"), ("ms_high", "Market share high"),
    ("share", "Share (scenario)"), ("amount", "Amount (scenario) 金额"),
    ("ms", "Market share (scenario) 市场份额"),
    ("kind", "Kind"), ("source", "Source ID"), ("note", "Note"),
    ("tot_low", "In totals low (CNY)"), ("tot_base", "In totals base (CNY)"), ("tot_high", "In totals high (CNY)"),
    ("tot", "In totals (scenario)"), ("err_minus", "To low"), ("err_plus", "To high"),
)
COL = {key: get_column_letter(i) for i, (key, _header) in enumerate(COLUMNS, start=1)}
SCENARIO_CELL, SCENARIO_NUMBER, MARKET_CELL, TOTAL_CELL = "$B$3", "$B$4", "$B$5", "$B$6"


def _row_formulas(r: int) -> dict[str, str]:
    """Every derived cell of data row r, mirroring workbench.domain.market.scenario_share."""
    c = {key: f"{letter}{r}" for key, letter in COL.items()}
    low, base, high = c["in_low"], c["in_base"], c["in_high"]
    formulas = {
        "use_low": f'=IF(ISNUMBER({low}),{low},IF(ISNUMBER({base}),{base},IF(ISNUMBER({high}),{high},"")))',
        "use_base": (f'=IF(ISNUMBER({base}),{base},IF(AND(ISNUMBER({low}),ISNUMBER({high})),({low}+{high})/2,'
                     f'IF(ISNUMBER({low}),{low},IF(ISNUMBER({high}),{high},""))))'),
        "use_high": f'=IF(ISNUMBER({high}),{high},IF(ISNUMBER({base}),{base},IF(ISNUMBER({low}),{low},"")))',
    }
    for scenario in SCENARIOS:
        used, amount = c[f"use_{scenario}"], c[f"amt_{scenario}"]
        formulas[f"amt_{scenario}"] = f'=IF(AND(ISNUMBER({c["revenue"]}),ISNUMBER({used})),{c["revenue"]}*{used},"")'
        formulas[f"ms_{scenario}"] = (f'=IF(AND(ISNUMBER({amount}),{c["currency"]}="{MARKET_CURRENCY}",'
                                      f'N({MARKET_CELL})>0),{amount}/{MARKET_CELL},"")')
        formulas[f"tot_{scenario}"] = f'=IF(AND(ISNUMBER({amount}),{c["currency"]}="{MARKET_CURRENCY}"),{amount},"")'
    for key, prefix in (("share", "use"), ("amount", "amt"), ("ms", "ms"), ("tot", "tot")):
        formulas[key] = f"=CHOOSE({SCENARIO_NUMBER},{c[prefix + '_low']},{c[prefix + '_base']},{c[prefix + '_high']})"
    formulas["err_minus"] = f'=IF(ISNUMBER({c["amount"]}),{c["amount"]}-{c["amt_low"]},"")'
    formulas["err_plus"] = f'=IF(ISNUMBER({c["amount"]}),{c["amt_high"]}-{c["amount"]},"")'
    return formulas


def _expected_row(v: VendorRevenue, scenario: str) -> dict[str, float | None]:
    """What the app computes for each derived cell of a vendor's row."""
    expected: dict[str, float | None] = {}
    for i, name in enumerate(SCENARIOS):
        expected[f"use_{name}"], expected[f"amt_{name}"] = v.shares[i], v.amounts[i]
        expected[f"ms_{name}"] = v.market_shares[i]
        expected[f"tot_{name}"] = v.amounts[i] if v.comparable else None
    index = SCENARIOS.index(scenario)
    for key, prefix in (("share", "use"), ("amount", "amt"), ("ms", "ms"), ("tot", "tot")):
        expected[key] = expected[f"{prefix}_{scenario}"]
    amount, low, high = v.amounts[index], v.amounts[0], v.amounts[2]
    expected["err_minus"] = amount - low if amount is not None else None
    expected["err_plus"] = high - amount if amount is not None else None
    return expected


def _input_values(estimate, vendor) -> dict:
    return {
        "id": estimate.vendor_id, "zh": vendor.name_zh if vendor else "", "en": vendor.name_en if vendor else "",
        "label": estimate.base_label, "year": estimate.base_year, "currency": estimate.currency,
        "revenue": estimate.base_revenue, "in_low": estimate.share_low, "in_base": estimate.share_base,
        "in_high": estimate.share_high, "kind": estimate.kind, "source": estimate.source_id, "note": estimate.note,
    }


def _number_format(key: str, currency: str) -> str | None:
    if key in ("revenue", "amount", "err_minus", "err_plus") or key.startswith(("amt_", "tot")):
        return YUAN_BN if currency == MARKET_CURRENCY else f'#,##0.00" bn {currency}"'
    if key.startswith(("in_", "use_", "ms")) or key == "share":
        return PERCENT
    return None


@sheet(TITLE, order=40, description="Large-model revenue by vendor: live formulas, scenario switch, concentration")
def revenue_sheet(ws, workspace, options, out: SheetWriter) -> None:
    styles = out.styles
    out.set(ws["A1"], "Revenue share 大模型收入占比")
    ws["A1"].font = styles.title
    estimates = list(workspace.revenue_estimates)
    figures = revenue_figures(workspace)
    first, last = HEADER_ROW + 1, HEADER_ROW + len(estimates)
    _write_controls(ws, out, figures, options, first, last)
    for column, (_key, header) in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, column)
        out.set(cell, header)
        cell.font, cell.fill = styles.header, styles.header_fill
        ws.column_dimensions[get_column_letter(column)].width = 30 if column in (4, 25) else 14
    for r, (estimate, vendor_figures) in enumerate(zip(estimates, figures.vendors), start=first):
        values = _input_values(estimate, workspace.vendors.get((estimate.vendor_id,)))
        formulas, expected = _row_formulas(r), _expected_row(vendor_figures, options.scenario)
        for column, (key, _header) in enumerate(COLUMNS, start=1):
            cell = ws.cell(r, column)
            if key in formulas:
                out.formula(cell, formulas[key], expected[key])
            else:
                out.set(cell, values.get(key))
            number_format = _number_format(key, estimate.currency)
            if number_format:
                cell.number_format = number_format
    ws.freeze_panes = f"C{first}"
    out.report.rows[ws.title] = len(estimates)
    if not estimates:
        return
    table = Table(displayName="tbl_Revenue_Share", ref=f"A{HEADER_ROW}:{COL['err_plus']}{last}")
    table.tableStyleInfo = TableStyleInfo(name=styles.table_style, showRowStripes=True)
    ws.add_table(table)
    _write_concentration(ws, out, figures, options.scenario, first, last)
    pareto_first = last + 3
    _write_pareto(ws, out, figures, options.scenario, first, last, pareto_first)
    _add_charts(ws, first, last, pareto_first, len(estimates))


def _write_controls(ws, out: SheetWriter, figures: RevenueFigures, options, first: int, last: int) -> None:
    label = out.styles.label
    market_here = MARKET_TITLE in {spec.title for spec in out.contents}
    market, total = figures.market, figures.totals[options.scenario]
    exceeds = "no market size" if not market.size else (
        "the vendors' total exceeds the market" if total > market.size else "within the market")
    rows = (
        ("A3", "Scenario 情景 (low / base / high)", options.scenario, None, None),
        ("A4", "Scenario number", f'=IF({SCENARIO_CELL}="low",1,IF({SCENARIO_CELL}="high",3,2))',
         SCENARIOS.index(options.scenario) + 1, "0"),
        ("A5", f"Multimodal market {market.year or ''} 多模态市场",
         f"={market_size_reference()}" if market_here else market.size, market.size, YUAN_BN),
        ("A6", "Vendors' total (scenario, CNY) 合计", f"=SUM({COL['tot']}{first}:{COL['tot']}{max(first, last)})",
         total, YUAN_BN),
        ("A7", "Total ÷ market", f'=IF(N({MARKET_CELL})>0,{TOTAL_CELL}/{MARKET_CELL},"")',
         total / market.size if market.size else None, PERCENT),
        ("A8", "Check 检查", f'=IF(N({MARKET_CELL})<=0,"no market size",IF({TOTAL_CELL}>{MARKET_CELL},'
                            f'"the vendors\' total exceeds the market","within the market"))', exceeds, None),
    )
    for address, text, value, expected, number_format in rows:
        out.set(ws[address], text)
        ws[address].font = label
        target = ws.cell(ws[address].row, 2)
        if isinstance(value, str) and value.startswith("="):
            out.formula(target, value, expected)
        else:
            out.set(target, value)
        if number_format:
            target.number_format = number_format
    choice = DataValidation(type="list", formula1='"low,base,high"', allow_blank=False)
    choice.error, choice.prompt = "Choose low, base or high", "Scenario for the (scenario) columns and charts"
    ws.add_data_validation(choice)
    choice.add("B3")
    ws.column_dimensions["A"].width = 34


def concentration_formulas(column: str, first: int, last: int) -> dict[str, str]:
    """CR3, CR5 and HHI of one amount column; text cells ("") are skipped by SUM, LARGE and SUMSQ."""
    span = f"${column}${first}:${column}${last}"
    total = f"SUM({span})"

    def top(n: int) -> str:
        return "+".join(f"IFERROR(LARGE({span},{k}),0)" for k in range(1, n + 1))

    return {
        "cr3": f"=IF({total}>0,({top(3)})/{total},0)",
        "cr5": f"=IF({total}>0,({top(5)})/{total},0)",
        "hhi": f"=IF({total}>0,SUMSQ({span})/{total}^2*10000,0)",
    }


def _write_concentration(ws, out: SheetWriter, figures: RevenueFigures, scenario: str, first: int,
                         last: int) -> None:
    """D3:H7: CR3, CR5, HHI and their reading under each scenario and the chosen one."""
    headers = ("Concentration 集中度", "CR3", "CR5", "HHI", "Reading 解读")
    for offset, header in enumerate(headers):
        cell = ws.cell(3, 4 + offset)
        out.set(cell, header)
        cell.font, cell.fill = out.styles.header, out.styles.header_fill
    rows = [(name, COL[f"tot_{name}"], name) for name in SCENARIOS] + [("=" + SCENARIO_CELL, COL["tot"], scenario)]
    for row, (label, column, shown) in enumerate(rows, start=4):
        if label.startswith("="):
            out.formula(ws.cell(row, 4), label, scenario)
        else:
            out.set(ws.cell(row, 4), label)
        formulas = concentration_formulas(column, first, last)
        result = figures.concentration[shown]
        for offset, (key, number_format) in enumerate((("cr3", PERCENT), ("cr5", PERCENT), ("hhi", HHI)), start=5):
            out.formula(ws.cell(row, offset), formulas[key], getattr(result, key))
            ws.cell(row, offset).number_format = number_format
        hhi = f"G{row}"
        out.formula(ws.cell(row, 8), f'=IF({hhi}<1500,"unconcentrated",IF({hhi}<=2500,"moderately concentrated",'
                                     f'"highly concentrated"))', result.reading)
    out.set(ws["D9"], "HHI: below 1,500 unconcentrated; 1,500-2,500 moderate; above 2,500 high")


def _write_pareto(ws, out: SheetWriter, figures: RevenueFigures, scenario: str, first: int, last: int,
                  top: int) -> None:
    """Vendors ranked by the chosen scenario's amount, with the cumulative share (ties share a name)."""
    headers = ("Rank 排名", "Vendor 厂商", "Amount (scenario)", "Cumulative share 累计占比")
    for offset, header in enumerate(headers, start=1):
        cell = ws.cell(top, offset)
        out.set(cell, header)
        cell.font, cell.fill = out.styles.header, out.styles.header_fill
    tot = f"${COL['tot']}${first}:${COL['tot']}${last}"
    names = f"${COL['zh']}${first}:${COL['zh']}${last}"
    ranked_vendors = figures.ranked(scenario)
    ranked = [v.amount(scenario) for v in ranked_vendors]
    total = sum(ranked)
    for rank in range(1, last - first + 2):
        r = top + rank
        amount = ranked[rank - 1] if rank <= len(ranked) else None
        cumulative = sum(ranked[:rank]) / total if amount is not None and total > 0 else None
        ws.cell(r, 1).value = rank
        out.formula(ws.cell(r, 3), f'=IFERROR(LARGE({tot},A{r}),"")', amount)
        ws.cell(r, 3).number_format = YUAN_BN
        out.formula(ws.cell(r, 2), f'=IF(ISNUMBER(C{r}),INDEX({names},MATCH(C{r},{tot},0)),"")',
                    ranked_vendors[rank - 1].name_zh if amount is not None else None)
        out.formula(ws.cell(r, 4), f'=IF(AND(ISNUMBER(C{r}),SUM({tot})>0),SUM(C${top + 1}:C{r})/SUM({tot}),"")',
                    cumulative)
        ws.cell(r, 4).number_format = PERCENT


def _add_charts(ws, first: int, last: int, pareto_top: int, count: int) -> None:
    sheet_ref = f"'{TITLE}'"
    bars = BarChart()
    bars.type, bars.style = "bar", 10
    bars.title = "Large-model revenue 大模型收入 (scenario, bn)"
    bars.y_axis.title = "bn CNY"
    bars.x_axis.delete = bars.y_axis.delete = False
    amount_column = [key for key, _header in COLUMNS].index("amount") + 1
    bars.add_data(Reference(ws, min_col=amount_column, min_row=HEADER_ROW, max_row=last), titles_from_data=True)
    bars.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
    bars.x_axis.scaling.orientation = "maxMin"  # the first vendor on top, as in the table
    minus = f"{sheet_ref}!${COL['err_minus']}${first}:${COL['err_minus']}${last}"
    plus = f"{sheet_ref}!${COL['err_plus']}${first}:${COL['err_plus']}${last}"
    bars.series[0].errBars = ErrorBars(errBarType="both", errValType="cust", noEndCap=False,
                                       minus=NumDataSource(numRef=NumRef(f=minus)),
                                       plus=NumDataSource(numRef=NumRef(f=plus)))
    bars.legend = None
    bars.width, bars.height = 16, max(7.5, 0.6 * count)
    ws.add_chart(bars, f"F{pareto_top}")

    pareto = LineChart()
    pareto.title = "Cumulative share 累计占比 (Pareto)"
    pareto.y_axis.number_format = "0%"
    pareto.y_axis.scaling.min, pareto.y_axis.scaling.max = 0, 1
    pareto.x_axis.delete = pareto.y_axis.delete = False
    pareto.add_data(Reference(ws, min_col=4, min_row=pareto_top, max_row=pareto_top + count), titles_from_data=True)
    pareto.set_categories(Reference(ws, min_col=2, min_row=pareto_top + 1, max_row=pareto_top + count))
    pareto.legend = None
    pareto.width, pareto.height = 16, 7.5
    ws.add_chart(pareto, f"P{pareto_top}")
