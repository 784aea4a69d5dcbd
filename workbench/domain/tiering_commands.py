"""Edits of the scoring model and the tier list, each one undo step."""

from __future__ import annotations

import dataclasses

from . import entities as e
from .commands import Batch, PutRecord, RemoveRecord, update
from .rules import DomainError
from .scoring import RULE_RANK, RULE_THRESHOLD
from .workspace import Workspace

TIER_RULES = (RULE_RANK, RULE_THRESHOLD)


def record_override(ws: Workspace, vendor_id: str, tier_id: int, reason: str) -> PutRecord:
    """Place a vendor in a tier by hand; the reason is required and kept with the placement."""
    if (vendor_id,) not in ws.vendors:
        raise DomainError([("vendor_id", f"no vendor {vendor_id!r}")])
    if (tier_id,) not in ws.tiers:
        raise DomainError([("override_tier", f"there is no tier {tier_id}")])
    current = ws.tier_placements.get((vendor_id,)) or e.TierPlacement(vendor_id)
    placement = dataclasses.replace(current, override_tier=tier_id, override_reason=reason.strip())
    return PutRecord("tier_placements", placement, label="Override tier")


def clear_override(ws: Workspace, vendor_id: str) -> PutRecord:
    current = ws.tier_placements.get((vendor_id,))
    if current is None or current.override_tier is None:
        raise DomainError([("override_tier", f"{vendor_id} has no override to clear")])
    return update(ws, "tier_placements", (vendor_id,), "Clear override", override_tier=None, override_reason="")


def set_weight(ws: Workspace, dimension_id: str, weight: float) -> PutRecord:
    return update(ws, "dimensions", (dimension_id,), "Change weight", weight=weight)


def set_score(ws: Workspace, vendor_id: str, dimension_id: str, value: float | None) -> PutRecord:
    """Change a score, creating it when the vendor has none for the dimension yet."""
    current = ws.scores.get((vendor_id, dimension_id))
    if current is not None:
        return update(ws, "scores", (vendor_id, dimension_id), "Change score", value=value)
    if (vendor_id,) not in ws.vendors or (dimension_id,) not in ws.dimensions:
        raise DomainError([("score", f"no vendor {vendor_id!r} or dimension {dimension_id!r}")])
    return PutRecord("scores", e.Score(vendor_id, dimension_id, value), label="Change score")


def set_tier_rule(ws: Workspace, rule: str) -> PutRecord:
    if rule not in TIER_RULES:
        raise DomainError([("tier_rule", f"unknown tier rule {rule!r}; use {' or '.join(TIER_RULES)}")])
    return PutRecord("settings", e.Setting("tier_rule", rule), label="Change tier rule")


def add_dimension(ws: Workspace, name_zh: str, name_en: str = "", weight: float = 0.0) -> PutRecord:
    """A new dimension with a fresh id; its scores are added as they are entered."""
    taken = {d.dimension_id for d in ws.dimensions}
    number = len(taken) + 1
    while f"dim{number}" in taken:
        number += 1
    return PutRecord("dimensions", e.Dimension(f"dim{number}", name_zh, name_en, weight), label="Add dimension")


def remove_dimension(ws: Workspace, dimension_id: str) -> Batch:
    """The dimension and every score on it, as one step, so undo brings both back."""
    if (dimension_id,) not in ws.dimensions:
        raise DomainError([("dimension_id", f"no dimension {dimension_id!r}")])
    scores = [RemoveRecord("scores", (s.vendor_id, s.dimension_id)) for s in ws.scores if s.dimension_id == dimension_id]
    return Batch((*scores, RemoveRecord("dimensions", (dimension_id,))), "Remove dimension")


def overrides_to_tier(ws: Workspace, tier_id: int) -> list[str]:
    return [p.vendor_id for p in ws.tier_placements if p.override_tier == tier_id]


def add_tier(ws: Workspace) -> PutRecord:
    """A new last tier, below the others, with a neutral colour."""
    tiers = sorted(ws.tiers, key=lambda t: t.tier_id)
    tier_id = tiers[-1].tier_id + 1 if tiers else 1
    return PutRecord("tiers", e.Tier(tier_id, f"第{tier_id}梯队", f"Tier {tier_id}", "#999999", 0.0, None),
                     label="Add tier")


def remove_tier(ws: Workspace, tier_id: int) -> Batch:
    """The tier and the overrides pointing at it, so no placement is left dangling."""
    if (tier_id,) not in ws.tiers:
        raise DomainError([("tier_id", f"there is no tier {tier_id}")])
    if len(ws.tiers) == 1:
        raise DomainError([("tier_id", "the last tier cannot be removed")])
    clears = [clear_override(ws, vendor_id) for vendor_id in overrides_to_tier(ws, tier_id)]
    return Batch((*clears, RemoveRecord("tiers", (tier_id,))), "Remove tier")
