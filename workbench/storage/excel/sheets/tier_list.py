"""The tier list: vendors by rank with tier, composite, scores, overrides and robustness."""

from __future__ import annotations

import math

from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from workbench.domain.baseline import baseline_of
from workbench.domain.scoring import compute_tiers, robustness, robustness_worth_showing

from ..registry import sheet
from ..writer import Column, SheetWriter, display_width

TITLE = "Tier List"
FIXED_BEFORE = (Column("Rank 排名"), Column("Vendor ID"), Column("Vendor 厂商"), Column("Tier 梯队"),
                Column("Tier name 梯队名称"), Column("Composite 综合得分", number_format="0.00"))
FIXED_AFTER = (Column("Baseline rank 基线排名"), Column("Computed tier 计算梯队"), Column("Override 调整"),
               Column("Override reason 调整理由", wrap=True),
               Column("Margin 距边界 (points)", number_format="0.0"), Column("Nearest boundary 邻近梯队"),
               Column("Robustness 稳健度", number_format="0%"))
UNSCORED_NAME = "未评分 Unscored"
TIER_COLUMN = 4  # D: the tier number the colour bands key on
COMPOSITE_COLUMN = 6
WEIGHTS_COLUMN_WIDTH, NOTE_SPAN = 18, 3  # the weights table's columns; notes below span all three
CHART_LIMIT = 50  # the chart shows the leading vendors; a bar per vendor of thousands says nothing


def _tint(color: str) -> str:
    """A light tint of the tier colour, so black text stays readable on the band."""
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return "".join(f"{round(c + (255 - c) * 0.65):02X}" for c in (red, green, blue))


@sheet(TITLE, order=20, description="Vendors in competitive tiers: composite, scores, overrides, robustness")
def tier_list_sheet(ws, workspace, options, out: SheetWriter) -> None:
    result = compute_tiers(workspace)
    shares = robustness(workspace)
    dimensions = list(workspace.dimensions)
    tiers = {t.tier_id: t for t in workspace.tiers}
    columns = (*FIXED_BEFORE, *(Column(f"{d.name_en} {d.name_zh}", number_format="0.0") for d in dimensions),
               *FIXED_AFTER)
    rows = []
    for i in result.order():  # by rank, the unscored last
        vendor_id = result.vendor_ids[i]
        vendor = workspace.vendors.get((vendor_id,))
        placement = workspace.tier_placements.get((vendor_id,))
        tier = tiers.get(int(result.tiers[i]))
        scores = [getattr(workspace.scores.get((vendor_id, d.dimension_id)), "value", None) for d in dimensions]
        share = shares.get(vendor_id, math.nan)
        scored = result.is_scored(i)
        margin = result.margin_shown(i)
        nearest = tiers.get(margin.tier_id) if margin else None
        computed = tiers.get(int(result.computed_tiers[i]))
        rows.append((
            int(result.ranks[i]) if scored else None, vendor_id, vendor.name_zh,
            tier.tier_id if tier else None, (tier.name_zh if scored else f"{tier.name_zh} ({UNSCORED_NAME})")
            if tier else UNSCORED_NAME,
            round(float(result.composites[i]), 4) if scored else None, *scores,
            placement.baseline_rank if placement else None, computed.tier_id if computed else UNSCORED_NAME,
            "yes" if result.overridden[i] else "", placement.override_reason if result.overridden[i] else "",
            round(margin.points, 4) if margin else None,
            f"{'↑' if margin.upward else '↓'} {nearest.name_zh if nearest else margin.tier_id}" if margin else "",
            share if robustness_worth_showing(share) else None,
        ))
    count = out.table(ws, columns, rows)
    if count:
        _tier_bands(ws, tiers.values(), len(columns), count)
    weights_at = len(columns) + 2
    last_row = _weights_table(ws, workspace, result, weights_at, out)
    last_row = _judgement_notes(ws, workspace, result, weights_at, last_row + 2, out)
    ranked = int(result.scored.sum())
    if ranked:
        _composite_chart(ws, ranked, anchor=f"{get_column_letter(weights_at)}{last_row + 2}")


def _tier_bands(ws, tiers, column_count: int, row_count: int) -> None:
    """Each row coloured by its tier; a rule per tier keeps working when the sheet is sorted or filtered."""
    cells = f"A2:{get_column_letter(column_count)}{row_count + 1}"
    tier_letter = get_column_letter(TIER_COLUMN)
    for tier in tiers:
        fill = PatternFill("solid", start_color=_tint(tier.color), end_color=_tint(tier.color))
        ws.conditional_formatting.add(cells, FormulaRule(formula=[f"${tier_letter}2={tier.tier_id}"], fill=fill))


def _judgement_notes(ws, workspace, result, column: int, row: int, out: SheetWriter) -> int:
    """Whose judgement the baseline is, and how to read the margin and robustness columns; the last row used."""
    baseline = baseline_of(workspace)
    kind = "analyst assessment 分析师评估" if baseline.is_assessment else ", ".join(baseline.kinds) or "no placement records"
    label = baseline.label or "Baseline ranking 基线排名"
    notes = [f"Baseline 基线: {label} — {kind}, {baseline.date or 'undated 未注明日期'}","Margin: composite points to the nearest tier boundary (↓ a loss, ↑ a gain of that much changes tier); "
             "blank where a tier was set by hand.",
             "Robustness: share of ±20% weight draws that keep the computed tier; blank when it never moves."]
    unscored = [workspace.vendors.get((v,)).name_zh for v in result.unscored_ids]
    if unscored:
        notes.append(f"Unscored 未评分 (no score on a weighted dimension, not ranked): {'、'.join(unscored)}")
    wrapped = [_wrap(note, NOTE_SPAN * WEIGHTS_COLUMN_WIDTH - 2) for note in notes]
    lines = [line for note in wrapped for line in note]
    for offset, line in enumerate(lines):
        # Short lines within the weights table's width: a long one would run off the printed page.
        cell = ws.cell(row=row + offset, column=column)
        out.set(cell, line)
        if offset < len(wrapped[0]):  # the baseline caption stands out
            cell.font = out.styles.label
    return row + len(lines) - 1


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` display cells (CJK counts double), broken at spaces where there are any."""
    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if display_width(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for character in word:  # a word wider than a line (a Chinese phrase) breaks anywhere
            if display_width(line + character) > width:
                lines.append(line)
                line = ""
            line += character
    return lines + [line] if line else lines


def _weights_table(ws, workspace, result, first_column: int, out: SheetWriter) -> int:
    styles = out.styles
    for offset, header in enumerate(("Dimension 维度", "Weight % 权重", "Normalised 归一化")):
        cell = ws.cell(row=1, column=first_column + offset)
        out.set(cell, header)
        cell.font, cell.fill = styles.header, styles.header_fill
        ws.column_dimensions[get_column_letter(first_column + offset)].width = WEIGHTS_COLUMN_WIDTH
    normalised = result.weights.normalised
    row = 2
    for n, dimension in enumerate(workspace.dimensions):
        out.set(ws.cell(row=row, column=first_column), f"{dimension.name_zh} {dimension.name_en}")
        out.set(ws.cell(row=row, column=first_column + 1), dimension.weight)
        share = ws.cell(row=row, column=first_column + 2)
        out.set(share, float(normalised[n]))
        share.number_format = "0.0%"
        row += 1
    out.set(ws.cell(row=row, column=first_column), "Total 合计")
    out.set(ws.cell(row=row, column=first_column + 1), float(result.weights.raw.sum()))
    for note in result.problems:  # weights that needed scaling, overrides left dangling
        row += 1
        out.set(ws.cell(row=row, column=first_column), note)
    return row


def _composite_chart(ws, row_count: int, anchor: str) -> None:
    row_count = min(row_count, CHART_LIMIT)
    chart = BarChart()
    chart.type = "bar"  # horizontal, so twenty Chinese names stay legible
    chart.title = "Composite score 综合得分" if row_count < CHART_LIMIT else f"Composite score, top {CHART_LIMIT}"
    chart.y_axis.title = "Composite"
    chart.x_axis.scaling.orientation = "maxMin"  # rank 1 at the top
    chart.legend = None
    data = Reference(ws, min_col=COMPOSITE_COLUMN, min_row=1, max_row=row_count + 1)
    names = Reference(ws, min_col=3, min_row=2, max_row=row_count + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(names)
    chart.height, chart.width = max(7.5, 0.5 * row_count + 2), 16
    ws.add_chart(chart, anchor)
