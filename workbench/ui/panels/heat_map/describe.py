"""Hover texts: province, value, rank, share of the national total, and where the value comes from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.domain.provinces import PROVINCES_BY_CODE
from workbench.domain.regions import COMPUTED_SOURCE, RegionTable

from .legend import format_number


def source_text(workspace, source_id: str) -> str:
    source = workspace.sources.get((source_id,)) if source_id else None
    if source is None:
        return source_id or QCoreApplication.translate("HeatMapPanel", "analyst entry")
    return f"{source.publisher}: {source.title}" + (f" ({source.published})" if source.published else "")


def describe_province(workspace, table: RegionTable, code: str) -> str:
    province = PROVINCES_BY_CODE[code]
    figure = table.by_code[code]
    metric = table.metric
    lines = [f"{province.name_zh}  {province.name_en}"]
    if figure.value is None:
        lines.append(QCoreApplication.translate("HeatMapPanel", "{0}: no data (unknown, not zero)").format(
            metric.name_zh))
    else:
        unit = f" {metric.unit}" if metric.unit else ""
        lines.append(f"{metric.name_zh}: {format_number(figure.value)}{unit}")
        lines.append(QCoreApplication.translate("HeatMapPanel", "Rank {0} of {1}").format(
            figure.rank, table.known_count))
        if figure.share is not None:
            lines.append(QCoreApplication.translate("HeatMapPanel", "{0:.1%} of the national total {1}").format(
                figure.share, format_number(table.total)))
    if metric.computed:
        lines.append(QCoreApplication.translate("HeatMapPanel", "Source: counted from the {0} table").format(
            COMPUTED_SOURCE[metric.metric_id]))
    else:
        lines.append(QCoreApplication.translate("HeatMapPanel", "Source: {0}").format(
            source_text(workspace, figure.source_id)))
    return "\n".join(lines)


def describe_cluster(cluster, firms: int) -> str:
    lines = [QCoreApplication.translate("HeatMapPanel", "Industry-chain cluster: {0} ({1})").format(
        cluster.city_zh, cluster.city_en)]
    if cluster.role:
        lines.append(QCoreApplication.translate("HeatMapPanel", "Role: {0}").format(cluster.role))
    named = QCoreApplication.translate("HeatMapPanel", "{0} firms named by the source").format(firms)
    lines.append(named + (f": {cluster.firms}" if cluster.firms else ""))
    return "\n".join(lines)
