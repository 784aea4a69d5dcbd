"""The Revenue Mix sheet (收入占比): the share of each vendor's own revenue from large models.

A share of the vendor's own revenue, not of any market: it is never multiplied
by a revenue or compared with a market here. The observations that disagree
with an estimate are listed on their own sheet, side by side.
"""

from __future__ import annotations

from workbench.domain.revenue_figures import revenue_figures

from ..registry import sheet
from ..writer import Column, SheetWriter

TITLE = "Revenue Mix"
OBSERVATIONS_TITLE = "Revenue Observations"
PERCENT = "0.0%"
NO_ESTIMATE = "no estimate 无估计"
CATEGORY_LABELS = {
    "cloud_giant": "cloud giant 云厂商 (upper bound: whole cloud segment)",
    "hardware_led": "hardware-led 软硬件企业",
    "project_based": "project-based small vendor 项目型中小厂商",
    "pure_player": "pure player 大模型为主业",
}
SCENARIO_COLUMNS = {"low": "share_low", "base": "share_base", "high": "share_high"}

# Columns with a field come back on import; names, the category's label and the scenario's share are the app's.
COLUMNS = (
    Column("Vendor ID", field="vendor_id"),
    Column("中文名"),
    Column("English name"),
    Column("Category 类别"),
    Column("Share low 占比低", number_format=PERCENT, field="share_low"),
    Column("Share base 占比基准", number_format=PERCENT, field="share_base"),
    Column("Share high 占比高", number_format=PERCENT, field="share_high"),
    Column("Share (scenario) 情景", number_format=PERCENT),
    Column("Caveat 说明", wrap=True, field="caveat"),
    Column("Kind", field="kind"),
    Column("Source ID", field="source_id"),
    Column("Note", wrap=True, field="note"),
)
OBSERVATION_COLUMNS = (
    Column("Observation ID"), Column("Vendor ID"), Column("中文名"), Column("Figure 指标"),
    Column("Value 数值", number_format="#,##0.0##"), Column("In use 采用"), Column("Source ID"),
    Column("Note", wrap=True),
)
# Mix fields hold fractions: shown as percentages; other figures are amounts in bn CNY.
SHARE_OBSERVATION_FORMAT = PERCENT


@sheet(TITLE, order=40, description="Share of each vendor's own revenue from large models (not a market share)")
def revenue_mix_sheet(ws, workspace, options, out: SheetWriter) -> None:
    figures = revenue_figures(workspace)
    column = SCENARIO_COLUMNS[options.scenario]
    rows = []
    for row in figures.mix:
        record = row.record
        rows.append((record.vendor_id, row.name_zh, row.name_en, CATEGORY_LABELS.get(record.category, record.category),
                     record.share_low, record.share_base, record.share_high, getattr(record, column),
                     record.caveat, record.kind, record.source_id, record.note))
    for vendor_id in figures.no_estimate:
        vendor = workspace.vendors.get((vendor_id,))
        rows.append((vendor_id, vendor.name_zh, vendor.name_en, NO_ESTIMATE, None, None, None, None, "", "", "", ""))
    out.table(ws, COLUMNS, rows, table="revenue_mix")


@sheet(OBSERVATIONS_TITLE, order=42, description="Sources' values for revenue figures, kept side by side")
def revenue_observations_sheet(ws, workspace, options, out: SheetWriter) -> None:
    names = {v.vendor_id: v.name_zh for v in workspace.vendors}
    rows = [(o.observation_id, o.vendor_id, names.get(o.vendor_id, ""), o.field, o.value,
             "yes 是" if o.in_use else "", o.source_id, o.note) for o in workspace.revenue_observations]
    out.table(ws, OBSERVATION_COLUMNS, rows)
    for number, observation in enumerate(workspace.revenue_observations, start=2):
        if observation.field.startswith("share"):
            ws.cell(number, 5).number_format = SHARE_OBSERVATION_FORMAT
