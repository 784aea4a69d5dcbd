"""The panels the main window docks, in the order their docks are created.

Adding a panel is one line here; its class declares NAME, TITLE and AREA.
"""

from __future__ import annotations

from .base import Panel
from .heat_map import HeatMapPanel
from .sources import SourcesPanel
from .swot_pest import SwotPestPanel
from .tier_list import TierListPanel
from .vendors import VendorsPanel

PANELS: tuple[type[Panel], ...] = (
    VendorsPanel,
    TierListPanel,
    HeatMapPanel,
    SourcesPanel,
    SwotPestPanel,
)
