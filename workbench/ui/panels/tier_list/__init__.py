"""The tier list panel: vendors in competitive tiers from an editable scoring model."""

from .panel import TierListPanel

__all__ = ["TierListPanel"]
