"""What changed between two workspaces, in the analyst's terms: tier moves, scores, weights, estimates, entries.

``compare(old, new)`` reads two whole workspaces (a snapshot rewound from history and
the project now, or two snapshots) and lists what a quarterly update has to say moved.
Tiers come from the same computation as the tier board (weights, rule and overrides), so
a changed weight that moves a vendor shows as a move. Every item carries the names in
Chinese and English where the records have both, so a sheet or a page can be written
from the comparison alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import entities as e
from .history import changes_between, state_of
from .market_shares import effective_share
from .scoring import UNSCORED_TIER, TierResult, current_tiers
from .workspace import Workspace

TOWS_FRAMEWORK = "tows"


@dataclass(frozen=True)
class TierMove:
    """A vendor whose tier (after overrides) differs; a tier of None: not placed (absent, or unscored)."""

    vendor_id: str
    name_zh: str
    name_en: str
    old_tier: int | None
    new_tier: int | None
    old_rank: int | None  # by composite; None: no composite
    new_rank: int | None
    old_tier_name_zh: str = ""
    old_tier_name_en: str = ""
    new_tier_name_zh: str = ""
    new_tier_name_en: str = ""
    old_overridden: bool = False  # placed by hand
    new_overridden: bool = False

    @property
    def direction(self) -> str:
        """"up" (to a leading tier: tier 1 is the top), "down", "entered" or "left"."""
        if self.old_tier is None:
            return "entered"
        if self.new_tier is None:
            return "left"
        return "up" if self.new_tier < self.old_tier else "down"


@dataclass(frozen=True)
class ScoreChange:
    vendor_id: str
    vendor_name_zh: str
    vendor_name_en: str
    dimension_id: str
    dimension_name_zh: str
    dimension_name_en: str
    old: float | None  # None: no score
    new: float | None


@dataclass(frozen=True)
class WeightChange:
    dimension_id: str
    name_zh: str
    name_en: str
    old: float | None  # percent as entered; None: the dimension did not exist
    new: float | None


@dataclass(frozen=True)
class ShareRange:
    """A revenue-mix estimate: fractions 0-1, any of them possibly unknown."""

    low: float | None
    base: float | None
    high: float | None


@dataclass(frozen=True)
class RevenueMixChange:
    vendor_id: str
    name_zh: str
    name_en: str
    old: ShareRange | None  # None: no estimate
    new: ShareRange | None


@dataclass(frozen=True)
class MarketShareChange:
    """A vendor's share of one named market: the share given, else amount ÷ market size."""

    market_id: str
    market_name_zh: str
    market_name_en: str
    vendor_id: str
    vendor_name_zh: str
    vendor_name_en: str
    old_share: float | None  # 0-1; None: no figure
    new_share: float | None
    old_rank: int | None = None
    new_rank: int | None = None


@dataclass(frozen=True)
class MarketSizeChange:
    market_id: str
    name_zh: str
    name_en: str
    unit: str  # one of entities.MARKET_UNITS (the new definition's)
    period: str
    old: float | None  # in `unit`; None: not given, or no such market
    new: float | None


@dataclass(frozen=True)
class EstimateChanges:
    revenue_mix: tuple[RevenueMixChange, ...] = ()
    market_shares: tuple[MarketShareChange, ...] = ()
    market_sizes: tuple[MarketSizeChange, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.revenue_mix or self.market_shares or self.market_sizes)


@dataclass(frozen=True)
class EntryChange:
    """A SWOT, PEST or TOWS entry added, removed or reworded."""

    framework: str  # "swot", "pest" or "tows"
    entry_id: str  # an analysis entry's entry_id, or a TOWS strategy's strategy_id
    scope: str  # entities.INDUSTRY_SCOPE or a vendor id
    scope_name_zh: str
    scope_name_en: str
    category: str  # a SWOT/PEST category or a TOWS cell (the new one when it moved)
    old_text: str | None  # None: added
    new_text: str | None  # None: removed
    old_category: str = ""

    @property
    def text(self) -> str:
        return self.new_text if self.new_text is not None else self.old_text or ""


@dataclass(frozen=True)
class Comparison:
    tier_moves: tuple[TierMove, ...] = ()
    score_changes: tuple[ScoreChange, ...] = ()
    weight_changes: tuple[WeightChange, ...] = ()
    estimate_changes: EstimateChanges = field(default_factory=EstimateChanges)
    entries_added: tuple[EntryChange, ...] = ()
    entries_removed: tuple[EntryChange, ...] = ()
    entries_changed: tuple[EntryChange, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.tier_moves or self.score_changes or self.weight_changes or self.entries_added
                    or self.entries_removed or self.entries_changed) and self.estimate_changes.is_empty


# ---------------------------------------------------------------- comparing


class _Names:
    """Names from the new workspace, else the old one, else the id: a removed record keeps its name."""

    def __init__(self, old: Workspace, new: Workspace):
        self._sides = (new, old)

    def _record(self, table: str, key: tuple) -> Any:
        for side in self._sides:
            record = side.table(table).get(key)
            if record is not None:
                return record
        return None

    def vendor(self, vendor_id: str) -> tuple[str, str]:
        vendor = self._record("vendors", (vendor_id,))
        return (vendor.name_zh, vendor.name_en) if vendor else (vendor_id, "")

    def dimension(self, dimension_id: str) -> tuple[str, str]:
        dimension = self._record("dimensions", (dimension_id,))
        return (dimension.name_zh, dimension.name_en) if dimension else (dimension_id, "")

    def market(self, market_id: str) -> tuple[str, str]:
        market = self._record("market_definitions", (market_id,))
        return (market.name_zh, market.name_en) if market else (market_id, "")

    def scope(self, scope: str) -> tuple[str, str]:
        return ("行业", "Industry") if scope == e.INDUSTRY_SCOPE else self.vendor(scope)


def compare(old: Workspace, new: Workspace) -> Comparison:
    """What moved from ``old`` to ``new``; neither is changed."""
    names = _Names(old, new)
    wanted = ("dimensions", "scores", "revenue_mix", "market_definitions", "market_shares",
              "analysis_entries", "tows_strategies")
    by_table: dict[str, list] = {name: [] for name in wanted}
    for change in changes_between(state_of(old), state_of(new), wanted):
        by_table[change.table].append(change)
    added, removed, changed = _entry_changes(by_table["analysis_entries"] + by_table["tows_strategies"], names)
    return Comparison(
        tier_moves=_tier_moves(old, new, names),
        score_changes=_score_changes(by_table["scores"], names),
        weight_changes=_weight_changes(by_table["dimensions"], names),
        estimate_changes=EstimateChanges(
            _revenue_mix_changes(by_table["revenue_mix"], names),
            _market_share_changes(old, new, by_table, names),
            _market_size_changes(by_table["market_definitions"], names)),
        entries_added=added, entries_removed=removed, entries_changed=changed)


def _placements(result: TierResult) -> dict[str, tuple[int | None, int | None, bool]]:
    """vendor id -> (tier after overrides or None, rank or None, placed by hand)."""
    tiers, ranks, overridden = result.tiers.tolist(), result.ranks.tolist(), result.overridden.tolist()
    return {vendor_id: (None if tiers[i] == UNSCORED_TIER else int(tiers[i]), int(ranks[i]) or None,
                        bool(overridden[i]))
            for i, vendor_id in enumerate(result.vendor_ids)}


def _tier_moves(old: Workspace, new: Workspace, names: _Names) -> tuple[TierMove, ...]:
    before, after = _placements(current_tiers(old)), _placements(current_tiers(new))
    tier_names = {tier.tier_id: (tier.name_zh, tier.name_en) for tier in (*old.tiers, *new.tiers)}
    tier_names.update({tier.tier_id: (tier.name_zh, tier.name_en) for tier in new.tiers})
    moves = []
    for vendor_id in [*after, *(v for v in before if v not in after)]:
        old_tier, old_rank, old_by_hand = before.get(vendor_id, (None, None, False))
        new_tier, new_rank, new_by_hand = after.get(vendor_id, (None, None, False))
        if old_tier == new_tier:
            continue
        old_names, new_names = tier_names.get(old_tier, ("", "")), tier_names.get(new_tier, ("", ""))
        moves.append(TierMove(vendor_id, *names.vendor(vendor_id), old_tier, new_tier, old_rank, new_rank,
                              *old_names, *new_names, old_by_hand, new_by_hand))
    # Leading tier first, then by rank; vendors that left every tier last.
    unplaced = 1 << 30
    moves.sort(key=lambda m: (m.new_tier or unplaced, m.new_rank or unplaced, m.old_tier or unplaced))
    return tuple(moves)


def _score_changes(changes, names: _Names) -> tuple[ScoreChange, ...]:
    result = []
    for change in changes:
        old_value = change.before.value if change.before is not None else None
        new_value = change.after.value if change.after is not None else None
        if old_value == new_value:  # a note or a source changed, not the score
            continue
        vendor_id, dimension_id = change.key
        result.append(ScoreChange(vendor_id, *names.vendor(vendor_id), dimension_id, *names.dimension(dimension_id),
                                  old_value, new_value))
    return tuple(result)


def _weight_changes(changes, names: _Names) -> tuple[WeightChange, ...]:
    result = []
    for change in changes:
        old_weight = change.before.weight if change.before is not None else None
        new_weight = change.after.weight if change.after is not None else None
        if old_weight != new_weight:
            result.append(WeightChange(change.key[0], *names.dimension(change.key[0]), old_weight, new_weight))
    return tuple(result)


def _share_range(mix: e.RevenueMix | None) -> ShareRange | None:
    if mix is None or (mix.share_low is None and mix.share_base is None and mix.share_high is None):
        return None
    return ShareRange(mix.share_low, mix.share_base, mix.share_high)


def _revenue_mix_changes(changes, names: _Names) -> tuple[RevenueMixChange, ...]:
    result = []
    for change in changes:
        old_range, new_range = _share_range(change.before), _share_range(change.after)
        if old_range != new_range:
            result.append(RevenueMixChange(change.key[0], *names.vendor(change.key[0]), old_range, new_range))
    return tuple(result)


def _market_share_changes(old: Workspace, new: Workspace, by_table: dict[str, list],
                          names: _Names) -> tuple[MarketShareChange, ...]:
    # A share given as an amount moves with its market's size: look at every share of a resized market too.
    keys = [change.key for change in by_table["market_shares"]]
    resized = {change.key[0] for change in by_table["market_definitions"]}
    if resized:
        seen = set(keys)
        for side in (new, old):
            for record in side.market_shares:
                key = (record.market_id, record.vendor_id)
                if record.market_id in resized and key not in seen:
                    seen.add(key)
                    keys.append(key)
    result = []
    for market_id, vendor_id in keys:
        old_share, old_rank = _share_of(old, market_id, vendor_id)
        new_share, new_rank = _share_of(new, market_id, vendor_id)
        if (old_share, old_rank) != (new_share, new_rank):
            result.append(MarketShareChange(market_id, *names.market(market_id), vendor_id, *names.vendor(vendor_id),
                                            old_share, new_share, old_rank, new_rank))
    return tuple(result)


def _share_of(workspace: Workspace, market_id: str, vendor_id: str) -> tuple[float | None, int | None]:
    record = workspace.market_shares.get((market_id, vendor_id))
    if record is None:
        return None, None
    return effective_share(record, workspace.market_definitions.get((market_id,))), record.rank


def _market_size_changes(changes, names: _Names) -> tuple[MarketSizeChange, ...]:
    result = []
    for change in changes:
        old_size = change.before.size if change.before is not None else None
        new_size = change.after.size if change.after is not None else None
        # The same figure in another unit is not the same size.
        old_unit = change.before.unit if change.before is not None else None
        new_unit = change.after.unit if change.after is not None else None
        if old_size != new_size or (old_unit != new_unit and None not in (old_size, new_size)):
            definition = change.after if change.after is not None else change.before
            result.append(MarketSizeChange(change.key[0], *names.market(change.key[0]), definition.unit,
                                           definition.period, old_size, new_size))
    return tuple(result)


def _entry_fields(record: Any) -> tuple[str, str, str, str]:
    """(framework, scope, category, text) of an analysis entry or a TOWS strategy."""
    if isinstance(record, e.TowsStrategy):
        return TOWS_FRAMEWORK, record.scope, record.cell, record.text
    return record.framework, record.scope, record.category, record.text


def _entry_changes(changes, names: _Names):
    added, removed, changed = [], [], []
    for change in changes:
        record = change.after if change.after is not None else change.before
        framework, scope, category, text = _entry_fields(record)
        entry_id = change.key[0]
        if change.before is None:
            added.append(EntryChange(framework, entry_id, scope, *names.scope(scope), category, None, text))
        elif change.after is None:
            removed.append(EntryChange(framework, entry_id, scope, *names.scope(scope), category, text, None))
        else:
            _, old_scope, old_category, old_text = _entry_fields(change.before)
            if (old_text, old_category, old_scope) != (text, category, scope):
                changed.append(EntryChange(framework, entry_id, scope, *names.scope(scope), category, old_text, text,
                                           old_category))
    return tuple(added), tuple(removed), tuple(changed)
