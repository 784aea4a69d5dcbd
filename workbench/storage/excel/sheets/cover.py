"""The first sheet: what this workbook is, where it came from, and its contents."""

from __future__ import annotations

import re
from datetime import date

from ..registry import sheet
from ..writer import SheetWriter


def origin_name(origin: str) -> str:
    """The last part of a dataset folder or project path: never the whole path."""
    parts = [part for part in re.split(r"[\\/]", origin) if part]
    return parts[-1] if parts else ""


@sheet("Cover", order=0, description="About this workbook")
def cover_sheet(ws, workspace, options, out: SheetWriter) -> None:
    styles = out.styles
    info = workspace.info
    title = options.title or info.title or "Workbench export"

    out.set(ws["A1"], title)
    ws["A1"].font = styles.title
    out.set(ws["A2"], "中国多模态大模型产业竞争格局 · Competitive landscape of China's multimodal large models")
    ws["A2"].font = styles.subtitle

    facts = [
        ("Dataset 数据集", info.dataset_name),
        ("Origin 来源文件", origin_name(info.origin)),
        ("Scenario 情景", options.scenario),
        ("Author 作者", options.author),
        ("Date 日期", date.today().isoformat()),
    ]
    row = 4
    for label, value in facts:
        out.set(ws.cell(row, 1), label)
        ws.cell(row, 1).font = styles.label
        out.set(ws.cell(row, 2), value)
        row += 1

    row += 1
    out.set(ws.cell(row, 1), "Contents 目录")
    ws.cell(row, 1).font = styles.label
    for spec in out.contents:
        if spec.title == ws.title:
            continue
        row += 1
        out.link(ws.cell(row, 1), spec.title, spec.title)
        out.set(ws.cell(row, 2), spec.description)

    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 70
    ws.sheet_view.showGridLines = False
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Page &P of &N"
    out.report.rows[ws.title] = 0
