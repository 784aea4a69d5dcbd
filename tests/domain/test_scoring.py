import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import make_workspace
from workbench.domain import Workspace, update
from workbench.domain import entities as e
from workbench.domain.scoring import (UNSCORED_TIER, Margin, compute_tiers, current_tiers,
                                      robustness, robustness_worth_showing)


def test_composites_ranks_and_rank_band_tiers(workspace):
    result = compute_tiers(workspace)
    # 60% × 90 + 40% × 90 = 90, then 80, 70
    assert result.composites.tolist() == [90.0, 80.0, 70.0]
    assert result.ranks.tolist() == [1, 2, 3]
    assert result.tiers.tolist() == [1, 2, 3]


def test_threshold_rule(workspace):
    update(workspace, "settings", ("tier_rule",), value="threshold").apply(workspace)
    assert compute_tiers(workspace).tiers.tolist() == [1, 1, 2]  # bounds 80 / 65 / 50 / 0


def test_weights_are_normalised_with_a_note(workspace):
    update(workspace, "dimensions", ("compute",), weight=30.0).apply(workspace)
    update(workspace, "scores", ("v0", "model"), value=50.0).apply(workspace)
    result = compute_tiers(workspace)
    # weights 30 and 40 -> 3/7 and 4/7: 90 × 3/7 + 50 × 4/7
    assert math.isclose(result.composites[0], 90 * 3 / 7 + 50 * 4 / 7)
    assert any("70%" in note for note in result.problems)


def test_all_zero_weights_give_a_message_not_a_crash(workspace):
    for dim in ("compute", "model"):
        update(workspace, "dimensions", (dim,), weight=0.0).apply(workspace)
    result = compute_tiers(workspace)
    assert result.composites.tolist() == [0.0, 0.0, 0.0]
    assert any("zero" in note for note in result.problems)
    assert all(math.isnan(v) for v in robustness(workspace).values())


def test_override_wins_and_dangling_override_is_reported(workspace):
    workspace.replace_table("tier_placements", [
        e.TierPlacement("v2", override_tier=1, override_reason="strategic"),
        e.TierPlacement("v1", override_tier=9, override_reason="old tier"),
    ])
    result = compute_tiers(workspace)
    assert result.tier_of("v2") == 1 and result.overridden.tolist() == [False, False, True]
    assert result.tier_of("v1") == 2
    assert any("tier 9" in note for note in result.problems)


def test_current_tiers_are_kept_until_an_input_table_changes_or_is_replaced(workspace):
    first = current_tiers(workspace)
    assert current_tiers(workspace) is first, "kept while nothing changed"
    update(workspace, "sources", (workspace.sources.at(0).source_id,), title="Other").apply(workspace)
    assert current_tiers(workspace) is first, "a table the tiers do not read"
    update(workspace, "scores", ("v2", "model"), value=100.0).apply(workspace)
    edited = current_tiers(workspace)
    assert edited is not first and edited.tiers.tolist() == compute_tiers(workspace).tiers.tolist()
    workspace.replace_table("tier_placements", [e.TierPlacement("v2", override_tier=4, override_reason="watch")])
    assert current_tiers(workspace).tier_of("v2") == 4, "a replaced table starts its version again"
    assert workspace.reads_of("tiers") == {"settings", "vendors", "dimensions", "scores", "tiers", "tier_placements"}


def test_robustness_of_clear_and_coin_flip_placements():
    ws = make_workspace(vendor_count=2)
    # v0 strong on compute only, v1 on model only, equal weights: a tie that
    # perturbations break either way about half of the time.
    ws.replace_table("dimensions", [e.Dimension("compute", "算力", "C", 50.0), e.Dimension("model", "模型", "M", 50.0)])
    ws.replace_table("scores", [e.Score("v0", "compute", 100.0), e.Score("v0", "model", 0.0),
                                e.Score("v1", "compute", 0.0), e.Score("v1", "model", 100.0)])
    shares = robustness(ws, draws=4000)
    assert abs(shares["v0"] - 0.5) < 0.05 and abs(shares["v1"] - 0.5) < 0.05
    clear = robustness(make_workspace())
    assert clear == {"v0": 1.0, "v1": 1.0, "v2": 1.0}


def test_robustness_is_seeded():
    ws = make_workspace()
    assert robustness(ws, seed=7) == robustness(ws, seed=7)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 100), min_size=2, max_size=2), st.lists(st.floats(0, 100), min_size=2, max_size=2),
       st.integers(0, 1), st.floats(0, 100))
def test_composite_within_bounds_and_monotone(scores, weights, dim_index, bump):
    ws = make_workspace(vendor_count=1)
    dims = ["compute", "model"]
    ws.replace_table("dimensions", [e.Dimension(d, d, d, w) for d, w in zip(dims, weights)])
    ws.replace_table("scores", [e.Score("v0", d, s) for d, s in zip(dims, scores)])
    before = compute_tiers(ws).composites[0]
    assert 0 <= before <= 100 + 1e-9
    raised = min(100.0, scores[dim_index] + bump)
    update(ws, "scores", ("v0", dims[dim_index]), value=raised).apply(ws)
    assert compute_tiers(ws).composites[0] >= before - 1e-9


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 100), min_size=1, max_size=30))
def test_rank_band_tiers_follow_the_rule(values):
    ws = Workspace()
    ws.replace_table("vendors", [e.Vendor(f"v{i}", "名", "n") for i in range(len(values))])
    ws.replace_table("dimensions", [e.Dimension("d", "d", "d", 100.0)])
    ws.replace_table("scores", [e.Score(f"v{i}", "d", v) for i, v in enumerate(values)])
    ws.replace_table("tiers", [e.Tier(t, "t", "t", "#000000", None, last) for t, last in [(1, 3), (2, 8), (3, 15), (4, 20)]])
    result = compute_tiers(ws)
    bands = np.searchsorted([3, 8, 15], result.ranks, side="left") + 1
    assert result.tiers.tolist() == np.minimum(bands, 4).tolist()
    # a better composite never sits in a worse tier
    for i in range(len(values)):
        for j in range(len(values)):
            if result.composites[i] > result.composites[j]:
                assert result.tiers[i] <= result.tiers[j]


# ------------------------------------------------------------ unscored vendors
def with_unscored_vendor(ws: Workspace, vendor_id: str = "new") -> Workspace:
    ws.replace_table("vendors", [*ws.vendors, e.Vendor(vendor_id, "新厂商", "Newcomer", "110000")])
    return ws


def test_a_vendor_without_scores_is_unscored_not_last_with_zero():
    ws = with_unscored_vendor(make_workspace())
    result = compute_tiers(ws)
    i = result.vendor_ids.index("new")
    assert not result.is_scored(i) and result.unscored_ids == ["new"]
    assert math.isnan(result.composites[i]), "no composite, not 0.0"
    assert result.ranks[i] == 0 and result.computed_tiers[i] == UNSCORED_TIER == result.tiers[i]
    assert result.margins[i] is None and result.margin_shown(i) is None
    # The scored vendors keep the ranks and tiers they had without it.
    assert result.ranks[:3].tolist() == [1, 2, 3] and result.tiers[:3].tolist() == [1, 2, 3]
    assert result.order() == [0, 1, 2, 3]
    assert math.isnan(robustness(ws)["new"]) and robustness(ws)["v0"] == 1.0


def test_a_score_only_on_a_zero_weight_dimension_leaves_a_vendor_unscored():
    ws = with_unscored_vendor(make_workspace())
    update(ws, "dimensions", ("model",), weight=0.0).apply(ws)
    ws.replace_table("scores", [*ws.scores, e.Score("new", "model", 95.0)])
    assert compute_tiers(ws).unscored_ids == ["new"]
    ws.replace_table("scores", [*ws.scores, e.Score("new", "compute", 95.0)])
    result = compute_tiers(ws)
    assert result.unscored_ids == [] and int(result.ranks[result.vendor_ids.index("new")]) == 1


def test_an_unscored_vendor_placed_by_hand_stays_unscored_in_that_tier():
    ws = with_unscored_vendor(make_workspace())
    ws.replace_table("tier_placements", [e.TierPlacement("new", override_tier=2, override_reason="watch list")])
    result = compute_tiers(ws)
    i = result.vendor_ids.index("new")
    assert result.tier_of("new") == 2 and result.overridden[i] and not result.is_scored(i)
    assert result.computed_tiers[i] == UNSCORED_TIER


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.floats(0, 100)), min_size=1, max_size=12))
def test_only_vendors_with_a_score_are_ranked_and_ranks_are_1_to_n(values):
    ws = Workspace()
    ws.replace_table("vendors", [e.Vendor(f"v{i}", "名", "n") for i in range(len(values))])
    ws.replace_table("dimensions", [e.Dimension("d", "d", "d", 100.0)])
    ws.replace_table("scores", [e.Score(f"v{i}", "d", v) for i, v in enumerate(values) if v is not None])
    ws.replace_table("tiers", [e.Tier(1, "t", "t", "#000000", None, 2), e.Tier(2, "t", "t", "#000000", None, None)])
    result = compute_tiers(ws)
    scored = [v is not None for v in values]
    assert result.scored.tolist() == scored
    assert sorted(int(r) for r, s in zip(result.ranks, scored) if s) == list(range(1, sum(scored) + 1))
    assert all(result.tiers[i] == UNSCORED_TIER for i, s in enumerate(scored) if not s)
    assert [i for i in result.order() if not scored[i]] == [i for i, s in enumerate(scored) if not s]


# ------------------------------------------------------------ margins to the nearest tier boundary
def test_rank_rule_margin_is_the_gap_to_the_nearest_vendor_in_another_tier():
    ws = make_workspace()  # composites 90 / 80 / 70 in tiers 1 / 2 / 3
    result = compute_tiers(ws)
    assert result.margins[0] == Margin(10.0, 2, upward=False)
    assert result.margins[1].points == 10.0 and result.margins[1].tier_id in (1, 3)
    assert result.margins[2] == Margin(10.0, 2, upward=True)
    update(ws, "scores", ("v1", "compute"), value=85.0).apply(ws)  # v1: 85 × .6 + 80 × .4 = 83
    result = compute_tiers(ws)
    assert result.margins[1] == Margin(pytest.approx(7.0), 1, upward=True)


def test_threshold_rule_margin_is_the_gap_to_the_tier_bounds():
    ws = make_workspace()  # bounds 80 / 65 / 50 / 0; composites 90, 80, 70
    update(ws, "settings", ("tier_rule",), value="threshold").apply(ws)
    result = compute_tiers(ws)
    assert result.tiers.tolist() == [1, 1, 2]
    assert result.margins[0] == Margin(10.0, 2, upward=False)
    assert result.margins[1] == Margin(0.0, 2, upward=False), "on the bound: any loss demotes"
    assert result.margins[2] == Margin(5.0, 3, upward=False)  # 70 - 65, nearer than 80 - 70


def test_margin_is_hidden_for_a_placement_made_by_hand():
    ws = make_workspace()
    ws.replace_table("tier_placements", [e.TierPlacement("v2", override_tier=1, override_reason="strategic")])
    result = compute_tiers(ws)
    assert result.margins[2] is not None and result.margin_shown(2) is None
    assert result.margin_shown(0) == result.margins[0]


def test_one_tier_has_no_boundary_and_no_margin():
    ws = make_workspace()
    ws.replace_table("tiers", [e.Tier(1, "唯一", "Only", "#000000", 0.0, None)])
    assert compute_tiers(ws).margins == [None, None, None]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.floats(0, 100), min_size=2, max_size=15), st.sampled_from(["rank", "threshold"]),
       st.floats(0.01, 20))
def test_moving_by_less_than_the_margin_keeps_the_tier(values, rule, fraction):
    """Nudge one vendor's composite by less than its margin: its computed tier does not change."""
    ws = Workspace()
    ws.replace_table("settings", [e.Setting("tier_rule", rule)])
    ws.replace_table("vendors", [e.Vendor(f"v{i}", "名", "n") for i in range(len(values))])
    ws.replace_table("dimensions", [e.Dimension("d", "d", "d", 100.0)])
    ws.replace_table("scores", [e.Score(f"v{i}", "d", v) for i, v in enumerate(values)])
    ws.replace_table("tiers", [e.Tier(t, "t", "t", "#000000", low, last)
                               for t, low, last in [(1, 75.0, 3), (2, 40.0, 8), (3, 0.0, None)]])
    result = compute_tiers(ws)
    for i, margin in enumerate(result.margins):
        if margin is None or margin.points <= 1e-6:
            continue
        step = margin.points * min(fraction, 99) / 100  # strictly less than the margin
        moved = values[i] + (step if margin.upward else -step)
        update(ws, "scores", (f"v{i}", "d"), value=moved).apply(ws)
        assert compute_tiers(ws).computed_tiers[i] == result.computed_tiers[i]
        update(ws, "scores", (f"v{i}", "d"), value=values[i]).apply(ws)


def test_robustness_is_worth_showing_only_below_100_percent():
    assert robustness_worth_showing(0.87) and robustness_worth_showing(0.0)
    assert not robustness_worth_showing(1.0) and not robustness_worth_showing(0.996)
    assert not robustness_worth_showing(float("nan"))


def test_a_missing_weighted_score_of_a_scored_vendor_is_named_in_a_note():
    ws = make_workspace()
    assert not any("missing" in note for note in compute_tiers(ws).problems)
    ws.replace_table("scores", [s for s in ws.scores if (s.vendor_id, s.dimension_id) != ("v1", "model")])
    result = compute_tiers(ws)
    assert result.is_scored(1) and result.composites[1] == pytest.approx(0.6 * 80)
    [note] = [note for note in result.problems if "missing" in note]
    assert note.startswith("v1:") and "counts as 0" in note
