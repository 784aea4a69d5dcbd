"""The SWOT and PEST editors with the TOWS matrix (see panel.py)."""

from .panel import SwotPestPanel

__all__ = ["SwotPestPanel"]
