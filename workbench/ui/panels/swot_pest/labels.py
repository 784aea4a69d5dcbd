"""Names and colours of SWOT quadrants, PEST factors and TOWS cells, translated when read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from workbench.domain.entities import INDUSTRY_SCOPE

_CATEGORY_NAMES = {
    "strength": QT_TRANSLATE_NOOP("SwotPest", "Strengths"),
    "weakness": QT_TRANSLATE_NOOP("SwotPest", "Weaknesses"),
    "opportunity": QT_TRANSLATE_NOOP("SwotPest", "Opportunities"),
    "threat": QT_TRANSLATE_NOOP("SwotPest", "Threats"),
    "political": QT_TRANSLATE_NOOP("SwotPest", "Political"),
    "economic": QT_TRANSLATE_NOOP("SwotPest", "Economic"),
    "social": QT_TRANSLATE_NOOP("SwotPest", "Social"),
    "technological": QT_TRANSLATE_NOOP("SwotPest", "Technological"),
    "legal": QT_TRANSLATE_NOOP("SwotPest", "Legal"),
    "environmental": QT_TRANSLATE_NOOP("SwotPest", "Environmental"),
}
_CELL_NAMES = {
    "SO": QT_TRANSLATE_NOOP("SwotPest", "SO: use strengths to seize opportunities"),
    "ST": QT_TRANSLATE_NOOP("SwotPest", "ST: use strengths to counter threats"),
    "WO": QT_TRANSLATE_NOOP("SwotPest", "WO: overcome weaknesses through opportunities"),
    "WT": QT_TRANSLATE_NOOP("SwotPest", "WT: limit weaknesses and avoid threats"),
}
COLORS = {
    "strength": "#2e7d32", "weakness": "#ef6c00", "opportunity": "#1565c0", "threat": "#c62828",
    "political": "#6a1b9a", "economic": "#1565c0", "social": "#2e7d32", "technological": "#00838f",
    "legal": "#5d4037", "environmental": "#558b2f",
    "SO": "#2e7d32", "ST": "#6d4c41", "WO": "#1565c0", "WT": "#c62828",
}
SWOT_GRID = (("strength", "weakness"), ("opportunity", "threat"))
TOWS_GRID = (("SO", "ST"), ("WO", "WT"))


def category_name(category: str) -> str:
    return QCoreApplication.translate("SwotPest", _CATEGORY_NAMES.get(category, category))


def cell_name(cell: str) -> str:
    return QCoreApplication.translate("SwotPest", _CELL_NAMES.get(cell, cell))


def scope_name(workspace, scope: str) -> str:
    if scope == INDUSTRY_SCOPE:
        return QCoreApplication.translate("SwotPest", "Industry: China's multimodal large models")
    vendor = workspace.vendors.get((scope,))
    return f"{vendor.name_zh}  {vendor.name_en}".strip() if vendor else scope
