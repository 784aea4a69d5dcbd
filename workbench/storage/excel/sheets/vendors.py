"""The vendors: names in Chinese and English, headquarters, listings, flagship."""

from __future__ import annotations

from workbench.domain.provinces import PROVINCES_BY_CODE

from ..registry import sheet
from ..writer import Column, SheetWriter

# Columns with a field come back on import; the province name and source label are looked up.
COLUMNS = (
    Column("Vendor ID", field="vendor_id"),
    Column("中文名", field="name_zh"),
    Column("English name", field="name_en"),
    Column("HQ province 省份"),
    Column("Province code", field="hq_province"),
    Column("HQ city 城市", field="hq_city"),
    Column("Tickers", field="tickers"),
    Column("Flagship model", field="flagship_model"),
    Column("Description", wrap=True, field="description"),
    Column("Source ID", field="source_id"),
    Column("Source", wrap=True),
)


def _source_label(workspace, source_id: str) -> str:
    source = workspace.sources.get((source_id,))
    return f"{source.publisher}: {source.title}" if source else ""


@sheet("Vendors", order=10, description="Vendors with Chinese and English names, headquarters and flagship models",
       rows=lambda workspace: len(workspace.vendors))
def vendors_sheet(ws, workspace, options, out: SheetWriter) -> None:
    rows = []
    for vendor in workspace.vendors:
        province = PROVINCES_BY_CODE.get(vendor.hq_province)
        rows.append((
            vendor.vendor_id, vendor.name_zh, vendor.name_en,
            province.name_zh if province else "", vendor.hq_province, vendor.hq_city,
            vendor.tickers, vendor.flagship_model, vendor.description,
            vendor.source_id, _source_label(workspace, vendor.source_id),
        ))
    out.table(ws, COLUMNS, rows, table="vendors")
