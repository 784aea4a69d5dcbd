"""The Key figures sheet, reopened: every figure with its source, filing totals side by side, the price chart."""

from __future__ import annotations

from openpyxl import load_workbook

from workbench.storage.excel import ExportOptions, export_workbook
from workbench.storage.opening import open_workspace


def test_key_figures_sheet_lists_every_figure_with_its_source(tmp_path):
    workspace = open_workspace().workspace
    out = tmp_path / "book.xlsx"
    export_workbook(workspace, out, ExportOptions())
    book = load_workbook(out)
    sheet = book["Key figures"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=2)]
    by_label_period = {(r["Figure 指标"], r["Period 时期"]): r for r in rows}
    price = by_label_period[("国产大模型调用价格", "2024H2")]
    assert price["Value 数值"] == 1.5 and price["Source ID"] == "seed003_p6" and "第6页" in price["Source 来源"]
    cost = by_label_period[("创业公司模型训练成本（Kimi、DeepSeek）", None)]
    assert (cost["Value 数值"], cost["High end 上限"], cost["As written 原文"]) == (30, 60, "30–60")
    cumulative = {r["Period 时期"]: r["Cumulative 累计"] for r in rows if r["Cumulative 累计"] is not None}
    assert cumulative["2024-11"] == 309 and cumulative["2024-12"] == 302
    assert all(r["Source ID"] for r in rows)
    assert len(workspace.key_figures) + sum(b.regime == "generative_ai" for b in workspace.filing_batches) == len(rows)
    assert len(sheet._charts) == 1
