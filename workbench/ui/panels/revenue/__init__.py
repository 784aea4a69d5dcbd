"""The Revenue share panel: estimates, conflicting sources, market, concentration, charts."""

from .panel import RevenuePanel

__all__ = ["RevenuePanel"]
