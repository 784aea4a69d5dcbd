"""Every source a figure cites, with all its fields."""

from __future__ import annotations

from workbench.domain import entities as e

from ..registry import sheet
from ..writer import Column, SheetWriter

# One column per Source field, in field order, so a new field cannot be forgotten silently.
HEADERS = {
    "source_id": "Source ID",
    "publisher": "Publisher 发布方",
    "title": "Title 标题",
    "published": "Published 日期",
    "citation": "Citation 引用",
    "url": "URL",
    "confidence": "Confidence 可信度",
    "note": "Note 备注",
}
WRAPPED = {"title", "citation", "note"}


@sheet("Sources", order=1000, description="Every source cited in this workbook",
       rows=lambda workspace: len(workspace.sources))
def sources_sheet(ws, workspace, options, out: SheetWriter) -> None:
    names = e.field_names(e.Source)
    columns = [Column(HEADERS.get(name, name), wrap=name in WRAPPED, field=name) for name in names]
    rows = [[getattr(source, name) for name in names] for source in workspace.sources]
    out.table(ws, columns, rows, table="sources")
