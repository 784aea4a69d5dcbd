"""The revenue panel: revenue mix (share of own revenue) and shares of named markets, kept apart."""

from .panel import RevenuePanel

__all__ = ["RevenuePanel"]
