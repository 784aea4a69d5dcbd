"""The first sheet: what this workbook is, where it came from, and its contents."""

from __future__ import annotations

import re
from datetime import date

from openpyxl.styles import Alignment

from ..registry import sheet
from ..writer import LINE_HEIGHT, SheetWriter, line_count

LABEL_WIDTH, DESCRIPTION_WIDTH = 27, 62  # within a portrait page of A4 or Letter


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
        _wrap(ws, ws.cell(row, 2), DESCRIPTION_WIDTH, LINE_HEIGHT, 1.0)

    ws.column_dimensions["A"].width = LABEL_WIDTH
    ws.column_dimensions["B"].width = DESCRIPTION_WIDTH
    # The title and subtitle wrap across both columns rather than run off the printed page.
    for cell, points, line_height in ((ws["A1"], 18, 24), (ws["A2"], 12, 16)):
        ws.merge_cells(f"{cell.coordinate}:B{cell.row}")
        _wrap(ws, cell, LABEL_WIDTH + DESCRIPTION_WIDTH, line_height, points / 11)
    ws.sheet_view.showGridLines = False
    out.report.rows[ws.title] = 0


def _wrap(ws, cell, width: int, line_height: float, font_scale: float) -> None:
    """Wrap the cell's text and make its row tall enough: a font `font_scale` times the default fits fewer."""
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[cell.row].height = line_height * line_count(cell.value, int(width / font_scale) - 2)
