"""The Tier List sheet, reopened with openpyxl."""

import openpyxl
import pytest

from tests.factories import make_workspace
from workbench.domain import entities as e
from workbench.storage.dataset import load_dataset
from workbench.storage.excel import ExportOptions, export_workbook
from workbench.storage.opening import BUNDLED_DATASET


def export_tier_list(tmp_path, workspace):
    path = tmp_path / "tiers.xlsx"
    report = export_workbook(workspace, path, ExportOptions(sheets=("Tier List",)))
    return openpyxl.load_workbook(path)["Tier List"], report


def rows_by_header(sheet):
    header = [c.value for c in sheet[1]]
    return header, [dict(zip(header, row)) for row in sheet.iter_rows(min_row=2, values_only=True) if row[1] is not None]


def test_the_twenty_vendors_with_tiers_bands_weights_and_chart(tmp_path):
    workspace = load_dataset(BUNDLED_DATASET).workspace
    workspace.replace_table("tier_placements", [
        e.TierPlacement(p.vendor_id, p.baseline_rank, p.baseline_tier,
                        2 if p.vendor_id == "deepseek" else None, "开源影响力" if p.vendor_id == "deepseek" else "")
        for p in workspace.tier_placements])
    sheet, report = export_tier_list(tmp_path, workspace)
    header, rows = rows_by_header(sheet)
    assert report.rows["Tier List"] == 20 and len(rows) == 20
    assert [r["Rank 排名"] for r in rows] == list(range(1, 21))
    assert [r["Vendor 厂商"] for r in rows[:4]] == ["百度", "阿里巴巴", "华为", "腾讯"]
    assert [sum(r["Tier 梯队"] == t for r in rows) for t in (1, 2, 3, 4)] == [4, 5, 5, 6]
    baidu = rows[0]
    assert baidu["Composite 综合得分"] == pytest.approx(91.6)
    assert baidu["Compute level 算力能级"] == 95
    # Baidu keeps tier 1 in every draw: the robustness cell stays blank, the margin says how safe it is
    assert baidu["Robustness 稳健度"] is None
    assert baidu["Margin 距边界 (points)"] == pytest.approx(91.6 - 78.3)  # to ByteDance, first of tier 2
    assert baidu["Nearest boundary 邻近梯队"] == "↓ 第二梯队"
    deepseek = next(r for r in rows if r["Vendor ID"] == "deepseek")
    assert (deepseek["Override 调整"], deepseek["Override reason 调整理由"]) == ("yes", "开源影响力")
    assert deepseek["Margin 距边界 (points)"] is None, "a tier set by hand has no score margin"
    notes = " ".join(c.value for row in sheet.iter_rows(min_col=header.index("Dimension 维度") + 1) for c in row
                     if isinstance(c.value, str))
    assert "Baseline 基线: 分析师基线排名（参照赛迪四川20强四梯队结构） — analyst assessment 分析师评估, 2026-11-23" in notes

    weights = [row for row in sheet.iter_rows(min_col=header.index("Dimension 维度") + 1, values_only=True)
               if row[0] is not None]
    assert weights[1][:2] == ("算力能级 Compute level", 30) and weights[6][:2] == ("Total 合计", 100)

    formulas = [rule.formula[0] for cf in sheet.conditional_formatting for rule in cf.rules]
    assert formulas == ["$D2=1", "$D2=2", "$D2=3", "$D2=4"]

    [chart] = sheet._charts
    assert chart.type == "bar"
    [series] = chart.series
    assert series.val.numRef.f == "'Tier List'!$F$2:$F$21"
    categories = series.cat.strRef or series.cat.numRef
    assert categories.f == "'Tier List'!$C$2:$C$21"


def test_an_unscored_vendor_is_listed_last_as_unscored_not_ranked(tmp_path):
    workspace = make_workspace()
    workspace.replace_table("vendors", [*workspace.vendors, e.Vendor("new", "新厂商", "Newcomer", "110000")])
    sheet, report = export_tier_list(tmp_path, workspace)
    header, rows = rows_by_header(sheet)
    assert report.rows["Tier List"] == 4
    newcomer = rows[-1]
    assert newcomer["Vendor ID"] == "new"
    assert newcomer["Rank 排名"] is None and newcomer["Composite 综合得分"] is None
    assert newcomer["Tier 梯队"] is None and newcomer["Tier name 梯队名称"] == "未评分 Unscored"
    assert newcomer["Computed tier 计算梯队"] == "未评分 Unscored" and newcomer["Robustness 稳健度"] is None
    assert [r["Rank 排名"] for r in rows[:3]] == [1, 2, 3]
    notes = " ".join(c.value for row in sheet.iter_rows(min_col=header.index("Dimension 维度") + 1) for c in row
                     if isinstance(c.value, str))
    assert "Unscored 未评分 (no score on a weighted dimension, not ranked): 新厂商" in notes
    [chart] = sheet._charts
    assert chart.series[0].val.numRef.f == "'Tier List'!$F$2:$F$4", "the chart leaves the unscored out"


def test_zero_weights_and_no_vendors_still_export_with_a_note(tmp_path):
    workspace = make_workspace()
    workspace.replace_table("dimensions", [e.Dimension("compute", "算力能级", "Compute level", 0.0),
                                           e.Dimension("model", "模型能力", "Model", 0.0)])
    sheet, _ = export_tier_list(tmp_path, workspace)
    values = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("zero" in v for v in values)
    assert all(r["Robustness 稳健度"] is None for r in rows_by_header(sheet)[1])

    empty = make_workspace()
    empty.replace_table("vendors", [])
    sheet, report = export_tier_list(tmp_path, empty)
    assert report.rows["Tier List"] == 0 and not sheet._charts
