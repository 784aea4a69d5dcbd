"""The regional heat map panel: choropleth, tile grid, legend and an editable province table."""

from .panel import HeatMapPanel

__all__ = ["HeatMapPanel"]
