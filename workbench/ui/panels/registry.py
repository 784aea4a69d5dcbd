"""The panels the main window docks, in the order their docks are created.

Adding a panel is one line here. An entry only names its panel class: the
window creates every dock from these entries at start-up and imports a panel's
module (with its charting libraries) only when the panel is built, after the
first paint. Each entry repeats its class's NAME, TITLE, AREA and SPLIT; a test
keeps the two in step.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP

Area = Qt.DockWidgetArea


class PanelEntry(NamedTuple):  # not a dataclass: the dataclasses module costs start-up time
    NAME: str  # the dock's object name: saved layouts find docks by it
    TITLE: str  # English source text, translated in the "Panels" context
    AREA: Qt.DockWidgetArea
    target: str  # "module:Class", the module relative to this package
    SPLIT: bool = False  # True: split below the area's first panel instead of sharing its tabs

    def title(self) -> str:
        return QCoreApplication.translate("Panels", self.TITLE)

    def load(self) -> type:
        """The panel class (imports its module on first use)."""
        module_name, class_name = self.target.split(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        return getattr(module, class_name)


PANELS: tuple[PanelEntry, ...] = (
    PanelEntry("vendors", QT_TRANSLATE_NOOP("Panels", "Vendors"), Area.LeftDockWidgetArea, "vendors:VendorsPanel"),
    PanelEntry("tier_list", QT_TRANSLATE_NOOP("Panels", "Tier list"), Area.RightDockWidgetArea,
               "tier_list:TierListPanel"),
    PanelEntry("heat_map", QT_TRANSLATE_NOOP("Panels", "Regional heat map"), Area.RightDockWidgetArea,
               "heat_map:HeatMapPanel"),
    PanelEntry("sources", QT_TRANSLATE_NOOP("Panels", "Sources"), Area.LeftDockWidgetArea, "sources:SourcesPanel",
               SPLIT=True),
    PanelEntry("revenue", QT_TRANSLATE_NOOP("Panels", "Revenue and market share"), Area.RightDockWidgetArea,
               "revenue:RevenuePanel"),
    PanelEntry("swot_pest", QT_TRANSLATE_NOOP("Panels", "SWOT / PEST"), Area.RightDockWidgetArea,
               "swot_pest:SwotPestPanel"),
    PanelEntry("firms", QT_TRANSLATE_NOOP("Panels", "Industry-chain firms"), Area.RightDockWidgetArea,
               "firms:FirmsPanel"),
    PanelEntry("key_figures", QT_TRANSLATE_NOOP("Panels", "Key figures"), Area.RightDockWidgetArea,
               "key_figures:KeyFiguresPanel"),
    PanelEntry("history", QT_TRANSLATE_NOOP("Panels", "History"), Area.RightDockWidgetArea, "history:HistoryPanel"),
)
PANELS_BY_NAME = {entry.NAME: entry for entry in PANELS}
