"""Weighted composite scores, tier rules and tier robustness."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .workspace import Workspace

RULE_RANK, RULE_THRESHOLD = "rank", "threshold"
# Every table compute_tiers reads.
TIER_INPUT_TABLES = ("settings", "vendors", "dimensions", "scores", "tiers", "tier_placements")
PERTURBATION = 0.20  # each weight may move ±20% in the robustness draws
DEFAULT_DRAWS = 1000


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


@dataclass
class TierResult:
    vendor_ids: list[str]
    composites: np.ndarray
    ranks: np.ndarray  # 1-based, by composite
    computed_tiers: np.ndarray  # tier ids from the rule
    tiers: np.ndarray  # after overrides
    overridden: np.ndarray  # bool
    weights: Weights
    problems: list[str] = field(default_factory=list)

    def tier_of(self, vendor_id: str) -> int:
        return int(self.tiers[self.vendor_ids.index(vendor_id)])


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


def compute_tiers(ws: Workspace) -> TierResult:
    matrix = score_matrix(ws)
    weights = weights_of(ws)
    problems = list(weights.notes)
    composites = matrix.scores @ weights.normalised if len(matrix.dimension_ids) else np.zeros(len(matrix.vendor_ids))
    ranks, computed = assign_tiers(ws, composites)
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
    return TierResult(matrix.vendor_ids, composites, ranks, computed, tiers, overridden, weights, problems)


def current_tiers(ws: Workspace) -> TierResult:
    """compute_tiers(ws), kept until one of its tables changes; the result must not be modified."""
    return ws.derived("tiers", TIER_INPUT_TABLES, lambda: compute_tiers(ws))


def robustness(ws: Workspace, draws: int = DEFAULT_DRAWS, seed: int = 2025) -> dict[str, float]:
    """Per vendor, the share of ±20% weight perturbations that keep its computed tier."""
    matrix = score_matrix(ws)
    weights = weights_of(ws)
    if not weights.usable or not matrix.vendor_ids:
        return {v: float("nan") for v in matrix.vendor_ids}
    base = matrix.scores @ weights.normalised
    _, base_tiers = assign_tiers(ws, base)
    rng = np.random.default_rng(seed)
    factors = rng.uniform(1 - PERTURBATION, 1 + PERTURBATION, size=(draws, len(weights.raw)))
    perturbed = weights.raw * factors
    perturbed /= perturbed.sum(axis=1, keepdims=True)
    _, drawn_tiers = assign_tiers(ws, perturbed @ matrix.scores.T)
    stable = (drawn_tiers == base_tiers).mean(axis=0)
    return dict(zip(matrix.vendor_ids, stable.tolist()))
