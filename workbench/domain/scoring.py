"""Weighted composite scores, tier rules and tier robustness."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .workspace import Workspace

RULE_RANK, RULE_THRESHOLD = "rank", "threshold"
PERTURBATION = 0.20  # each weight may move ±20% in the robustness draws
DEFAULT_DRAWS = 1000
UNSCORED_TIER = 0  # the computed tier of a vendor with no scores: no tier id is ever 0
# A share that rounds to 100% says only "never moves": it is not worth showing.
ROBUSTNESS_WORTH_SHOWING_BELOW = 0.995


@dataclass
class ScoreMatrix:
    vendor_ids: list[str]
    dimension_ids: list[str]
    scores: np.ndarray  # vendors × dimensions, missing scores as 0
    missing: np.ndarray  # same shape, True where the score is missing


@dataclass
class Weights:
    raw: np.ndarray  # percent, as entered
    normalised: np.ndarray  # fractions summing to 1 (zeros when every weight is zero)
    notes: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return bool(self.normalised.sum() > 0)


@dataclass(frozen=True)
class Margin:
    """How far a composite is from the nearest tier boundary, and the tier beyond it."""

    points: float  # composite points, >= 0
    tier_id: int  # the tier the vendor would move to by crossing the boundary
    upward: bool  # True: the boundary is above (a gain of `points` would promote)


@dataclass
class TierResult:
    vendor_ids: list[str]
    composites: np.ndarray  # NaN for an unscored vendor
    ranks: np.ndarray  # 1-based, by composite, among scored vendors; 0 for an unscored vendor
    computed_tiers: np.ndarray  # tier ids from the rule; UNSCORED_TIER for an unscored vendor
    tiers: np.ndarray  # after overrides (an unscored vendor placed by hand is in that tier)
    overridden: np.ndarray  # bool
    weights: Weights
    problems: list[str] = field(default_factory=list)
    scored: np.ndarray | None = None  # bool: the vendor has a score on a dimension that carries weight
    margin_points: np.ndarray | None = None  # to the nearest boundary of the computed tier; NaN: none
    margin_tiers: np.ndarray | None = None  # the tier beyond that boundary
    margin_upward: np.ndarray | None = None  # bool: the boundary is above

    def __post_init__(self) -> None:
        count = len(self.vendor_ids)
        if self.scored is None:
            self.scored = np.ones(count, dtype=bool)
        if self.margin_points is None:
            self.margin_points = np.full(count, np.nan)
            self.margin_tiers = np.zeros(count, dtype=int)
            self.margin_upward = np.zeros(count, dtype=bool)

    def margin(self, i: int) -> Margin | None:
        """The margin of the computed tier; None where there is no boundary."""
        points = float(self.margin_points[i])
        if math.isnan(points):
            return None
        return Margin(points, int(self.margin_tiers[i]), bool(self.margin_upward[i]))

    @property
    def margins(self) -> list[Margin | None]:
        return [self.margin(i) for i in range(len(self.vendor_ids))]

    def tier_of(self, vendor_id: str) -> int:
        return int(self.tiers[self.vendor_ids.index(vendor_id)])

    def is_scored(self, i: int) -> bool:
        return bool(self.scored[i])

    @property
    def unscored_ids(self) -> list[str]:
        return [v for v, scored in zip(self.vendor_ids, self.scored.tolist()) if not scored]

    def order(self) -> list[int]:
        """Row indices by rank, the unscored vendors last in table order."""
        ranked = sorted(np.flatnonzero(self.scored).tolist(), key=lambda i: int(self.ranks[i]))
        return ranked + np.flatnonzero(~self.scored).tolist()

    def margin_shown(self, i: int) -> Margin | None:
        """The margin worth showing: none for an unscored vendor, nor one placed by hand (the rule did not place it)."""
        if not self.scored[i] or self.overridden[i]:
            return None
        return self.margin(i)


def robustness_worth_showing(share: float) -> bool:
    """A robustness share says something only below 100%: a placement that never moves needs no figure."""
    return math.isfinite(share) and share < ROBUSTNESS_WORTH_SHOWING_BELOW


def score_matrix(ws: Workspace) -> ScoreMatrix:
    vendor_ids = [v.vendor_id for v in ws.vendors]
    dimension_ids = [d.dimension_id for d in ws.dimensions]
    scores = np.zeros((len(vendor_ids), len(dimension_ids)))
    missing = np.ones_like(scores, dtype=bool)
    row = {v: i for i, v in enumerate(vendor_ids)}
    col = {d: j for j, d in enumerate(dimension_ids)}
    rows, cols, values = [], [], []
    for score in ws.scores:
        i, j = row.get(score.vendor_id), col.get(score.dimension_id)
        if i is not None and j is not None and score.value is not None:
            rows.append(i)
            cols.append(j)
            values.append(score.value)
    # One assignment of all cells: element by element, numpy's indexing cost dominated.
    scores[rows, cols] = values
    missing[rows, cols] = False
    return ScoreMatrix(vendor_ids, dimension_ids, scores, missing)


def weights_of(ws: Workspace) -> Weights:
    raw = np.array([d.weight for d in ws.dimensions], dtype=float)
    total = raw.sum()
    notes = []
    if total <= 0:
        notes.append("Every weight is zero: composites cannot be computed. Give at least one dimension a weight.")
        return Weights(raw, np.zeros_like(raw), notes)
    if abs(total - 100) > 1e-6:
        notes.append(f"Weights sum to {total:g}%, not 100%: they are scaled to 100% for the composite.")
    return Weights(raw, raw / total, notes)


def tier_ids(ws: Workspace) -> list[int]:
    return [t.tier_id for t in ws.tiers]


def assign_tiers(ws: Workspace, composites: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Ranks (1-based) and the tier each composite falls in under the workspace's rule.

    Works on one vector or a matrix of draws (one row per draw).
    """
    tiers = sorted(ws.tiers, key=lambda t: t.tier_id)
    ids = np.array([t.tier_id for t in tiers])
    # Stable ordering: ties keep the vendors' table order.
    order = np.argsort(-composites, axis=-1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, composites.shape[-1] + 1), axis=-1)
    if not len(tiers):
        return ranks, np.zeros_like(ranks)
    if ws.setting("tier_rule", RULE_RANK) == RULE_THRESHOLD:
        bounds = np.array([t.min_score if t.min_score is not None else 0.0 for t in tiers])
        # First tier whose lower bound the composite reaches; below all bounds: last tier.
        reached = composites[..., None] >= bounds
        index = np.where(reached.any(-1), reached.argmax(-1), len(tiers) - 1)
    else:
        last = np.array([t.last_rank if t.last_rank is not None else np.iinfo(int).max for t in tiers])
        within = ranks[..., None] <= last
        index = np.where(within.any(-1), within.argmax(-1), len(tiers) - 1)
    return ranks, ids[index]


def scored_vendors(matrix: ScoreMatrix, weights: Weights) -> np.ndarray:
    """Per vendor, whether any score counts towards its composite.

    A vendor with no score on a weighted dimension has no composite at all: a 0
    would rank it last as if it had been judged weakest. With every weight zero,
    any score counts (the composites are then all zero, and say so in a note).
    """
    known = ~matrix.missing
    weighted = weights.normalised > 0
    if weighted.any():
        known = known[:, weighted]
    return known.any(axis=1) if known.shape[1] else np.zeros(len(matrix.vendor_ids), dtype=bool)


def compute_tiers(ws: Workspace) -> TierResult:
    matrix = score_matrix(ws)
    weights = weights_of(ws)
    problems = list(weights.notes)
    count = len(matrix.vendor_ids)
    scored = scored_vendors(matrix, weights)
    composites = np.full(count, np.nan)
    if len(matrix.dimension_ids):
        composites[scored] = matrix.scores[scored] @ weights.normalised
    problems.extend(_partly_scored_note(matrix, weights, scored))
    ranks = np.zeros(count, dtype=int)
    computed = np.full(count, UNSCORED_TIER, dtype=int)
    scored_ranks, scored_tiers = assign_tiers(ws, composites[scored])
    ranks[scored], computed[scored] = scored_ranks, scored_tiers
    points, beyond, upward = np.full(count, np.nan), np.zeros(count, dtype=int), np.zeros(count, dtype=bool)
    if weights.usable:  # with every weight zero the composites are all 0: no boundary means anything
        points[scored], beyond[scored], upward[scored] = tier_margins(ws, composites[scored], scored_tiers)
    tiers = computed.copy()
    overridden = np.zeros(len(tiers), dtype=bool)
    known = set(tier_ids(ws))
    for i, vendor_id in enumerate(matrix.vendor_ids):
        placement = ws.tier_placements.get((vendor_id,))
        if placement and placement.override_tier is not None:
            if placement.override_tier in known:
                tiers[i], overridden[i] = placement.override_tier, True
            else:
                problems.append(f"{vendor_id}: override to tier {placement.override_tier}, which no longer exists; ignored")
    return TierResult(matrix.vendor_ids, composites, ranks, computed, tiers, overridden, weights, problems,
                      scored, points, beyond, upward)


def _partly_scored_note(matrix: ScoreMatrix, weights: Weights, scored: np.ndarray) -> list[str]:
    """A scored vendor missing a weighted score has it counted as 0: say so, naming the first few."""
    weighted = weights.normalised > 0
    if not weighted.any():
        return []
    partly = scored & matrix.missing[:, weighted].any(axis=1)
    ids = [v for v, flag in zip(matrix.vendor_ids, partly.tolist()) if flag]
    if not ids:
        return []
    shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    return [f"{shown}: a weighted score is missing and counts as 0 in the composite; enter it to rank fairly."]


def tier_margins(ws: Workspace, composites: np.ndarray,
                 computed: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per vendor, the composite points to the nearest boundary of its computed tier.

    Threshold rule: the distance to its own tier's lower bound (none for the
    last tier, which takes everything below) or to the nearest bound above that
    it does not reach. Rank rule: the distance to the nearest composite placed
    in another tier, above or below, since a rank band moves when its
    neighbour does. Returns (points, tier beyond, upward); points are NaN where
    there is no boundary on either side (one tier, or all vendors in one).
    """
    count = len(composites)
    points, beyond, upward = np.full(count, np.nan), np.zeros(count, dtype=int), np.zeros(count, dtype=bool)
    tiers = sorted(ws.tiers, key=lambda t: t.tier_id)
    if not count or len(tiers) < 2:
        return points, beyond, upward
    ids = np.array([t.tier_id for t in tiers])
    places = np.searchsorted(ids, computed)  # each vendor's tier position, 0 = the top tier
    positions = len(tiers)
    threshold = ws.setting("tier_rule", RULE_RANK) == RULE_THRESHOLD
    if threshold:
        # Above: the bounds of the higher tiers, none of which the composite reaches;
        # below: the tier's own lower bound, crossed into the next tier (the last tier has none).
        edge_above = np.array([t.min_score if t.min_score is not None else 0.0 for t in tiers])
        edge_below = np.append(edge_above[:-1], np.nan)
    else:
        # Per position, the worst and the best composite placed there (NaN when empty).
        edge_above = np.full(positions, np.nan)
        edge_below = np.full(positions, np.nan)
        np.fmin.at(edge_above, places, composites)
        np.fmax.at(edge_below, places, composites)
    # For each position, the nearest edge among the tiers above it and among those below it.
    up_value, up_tier = np.full(positions, np.nan), np.zeros(positions, dtype=int)
    down_value, down_tier = np.full(positions, np.nan), np.zeros(positions, dtype=int)
    for n in range(positions):
        above = edge_above[:n]
        if n and not np.isnan(above).all():
            u = n - 1 - int(np.nanargmin(above[::-1]))  # the lowest edge; on a tie the nearest tier
            up_value[n], up_tier[n] = above[u], ids[u]
        if threshold:
            if n < positions - 1:
                down_value[n], down_tier[n] = edge_below[n], ids[n + 1]
            continue
        below = edge_below[n + 1:]
        if len(below) and not np.isnan(below).all():
            u = n + 1 + int(np.nanargmax(below))  # the highest composite; on a tie the nearest tier
            down_value[n], down_tier[n] = edge_below[u], ids[u]
    gain = up_value[places] - composites  # to reach the tier above
    loss = composites - down_value[places]  # to fall into the tier below
    use_gain = ~np.isnan(gain) & (np.isnan(loss) | (gain < loss))
    points = np.maximum(np.where(use_gain, gain, loss), 0.0)
    beyond = np.where(use_gain, up_tier[places], down_tier[places])
    return points, beyond, use_gain


def current_tiers(ws: Workspace) -> TierResult:
    """compute_tiers(ws), kept until a table it read changes; the result must not be modified."""
    return ws.derived("tiers", lambda: compute_tiers(ws))


def robustness(ws: Workspace, draws: int = DEFAULT_DRAWS, seed: int = 2025) -> dict[str, float]:
    """Per vendor, the share of ±20% weight perturbations that keep its computed tier.

    NaN where it has no meaning: every weight zero, or a vendor with no scores
    (it has no computed tier to keep).
    """
    matrix = score_matrix(ws)
    weights = weights_of(ws)
    shares = {v: float("nan") for v in matrix.vendor_ids}
    scored = scored_vendors(matrix, weights)
    if not weights.usable or not scored.any():
        return shares
    scores = matrix.scores[scored]
    base = scores @ weights.normalised
    _, base_tiers = assign_tiers(ws, base)
    rng = np.random.default_rng(seed)
    factors = rng.uniform(1 - PERTURBATION, 1 + PERTURBATION, size=(draws, len(weights.raw)))
    perturbed = weights.raw * factors
    perturbed /= perturbed.sum(axis=1, keepdims=True)
    _, drawn_tiers = assign_tiers(ws, perturbed @ scores.T)
    stable = (drawn_tiers == base_tiers).mean(axis=0)
    ids = [v for v, keep in zip(matrix.vendor_ids, scored.tolist()) if keep]
    shares.update(zip(ids, stable.tolist()))
    return shares
