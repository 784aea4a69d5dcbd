"""Comparing two workspaces: tier moves (through weights and overrides), scores, weights, estimates, entries."""

from workbench.domain import entities as e
from workbench.domain.commands import PutRecord, RemoveRecord, update
from workbench.domain.compare import ShareRange, compare
from workbench.domain.history import state_of, workspace_of
from tests.factories import make_workspace


def _copy(workspace):
    return workspace_of(state_of(workspace), workspace.info)


def test_identical_workspaces_compare_empty():
    workspace = make_workspace(5)
    comparison = compare(workspace, _copy(workspace))
    assert comparison.is_empty
    assert comparison.tier_moves == () and comparison.estimate_changes.is_empty


def test_a_score_change_that_moves_a_vendor_is_a_score_change_and_a_tier_move():
    old = make_workspace(3)  # ranks 1, 2, 3 -> tiers 1, 2, 3 under the rank rule
    new = _copy(old)
    update(new, "scores", ("v2", "compute"), value=100.0).apply(new)
    update(new, "scores", ("v2", "model"), value=100.0).apply(new)
    comparison = compare(old, new)
    assert not comparison.is_empty
    assert {(c.vendor_id, c.dimension_id, c.old, c.new) for c in comparison.score_changes} == {
        ("v2", "compute", 70.0, 100.0), ("v2", "model", 70.0, 100.0)}
    change = comparison.score_changes[0]
    assert (change.vendor_name_zh, change.vendor_name_en) == ("腾讯", "Tencent")
    assert change.dimension_name_zh in ("算力能级", "模型能力")
    moves = {m.vendor_id: m for m in comparison.tier_moves}
    assert set(moves) == {"v0", "v1", "v2"}
    tencent = moves["v2"]
    assert (tencent.old_tier, tencent.new_tier, tencent.old_rank, tencent.new_rank) == (3, 1, 3, 1)
    assert (tencent.new_tier_name_zh, tencent.new_tier_name_en, tencent.old_tier_name_en) == ("第一梯队", "Tier 1", "Tier 3")
    assert tencent.direction == "up" and moves["v0"].direction == "down"
    assert comparison.tier_moves[0].vendor_id == "v2"  # the leading tier first


def test_an_override_is_a_move_without_a_score_change():
    old = make_workspace(3)
    new = _copy(old)
    PutRecord("tier_placements", e.TierPlacement("v0", override_tier=4, override_reason="评审降级 review")).apply(new)
    comparison = compare(old, new)
    assert comparison.score_changes == ()
    (move,) = comparison.tier_moves
    assert (move.vendor_id, move.old_tier, move.new_tier, move.new_overridden, move.old_overridden) == (
        "v0", 1, 4, True, False)
    assert move.old_rank == move.new_rank == 1  # the composite did not change, only the placement


def test_a_weight_change_is_listed_and_moves_vendors_it_reorders():
    old = make_workspace(3)
    PutRecord("scores", e.Score("v2", "model", 100.0, source_id="s2")).apply(old)  # Tencent leads on model only
    new = _copy(old)
    update(new, "dimensions", ("compute",), weight=0.0).apply(new)
    comparison = compare(old, new)
    (weight,) = comparison.weight_changes
    assert (weight.dimension_id, weight.name_zh, weight.name_en, weight.old, weight.new) == (
        "compute", "算力能级", "Compute level", 60.0, 0.0)
    assert comparison.score_changes == ()
    assert {m.vendor_id: m.new_tier for m in comparison.tier_moves}["v2"] == 1


def test_vendors_added_and_removed_enter_and_leave_tiers():
    old = make_workspace(3)
    new = _copy(old)
    RemoveRecord("scores", ("v2", "compute")).apply(new)
    RemoveRecord("scores", ("v2", "model")).apply(new)
    RemoveRecord("vendors", ("v2",)).apply(new)
    PutRecord("vendors", e.Vendor("v9", "智谱", "Zhipu")).apply(new)
    PutRecord("scores", e.Score("v9", "compute", 50.0, source_id="s2")).apply(new)
    PutRecord("scores", e.Score("v9", "model", 50.0, source_id="s2")).apply(new)
    comparison = compare(old, new)
    moves = {m.vendor_id: m for m in comparison.tier_moves}
    assert moves["v2"].direction == "left" and moves["v2"].new_tier is None and moves["v2"].new_rank is None
    assert moves["v2"].name_zh == "腾讯"  # a removed vendor keeps its name
    assert moves["v9"].direction == "entered" and (moves["v9"].name_zh, moves["v9"].new_tier) == ("智谱", 3)
    assert comparison.tier_moves[-1].vendor_id == "v2"
    removed = [c for c in comparison.score_changes if c.vendor_id == "v2"]
    assert {(c.old, c.new) for c in removed} == {(70.0, None)}


def test_a_changed_note_alone_is_not_a_score_change():
    old = make_workspace(3)
    new = _copy(old)
    update(new, "scores", ("v0", "compute"), note="rechecked").apply(new)
    assert compare(old, new).is_empty


def test_estimate_changes_cover_revenue_mix_market_shares_and_sizes():
    old = make_workspace(3)
    new = _copy(old)
    update(new, "revenue_mix", ("v0",), share_low=0.08, share_high=0.15).apply(new)
    PutRecord("revenue_mix", e.RevenueMix("v1", "pure_player", 0.5, 0.6, 0.7, kind="assessment", source_id="s2")).apply(new)
    update(new, "market_shares", ("platform", "v1"), share=0.18).apply(new)
    update(new, "market_definitions", ("tenders",), size=1380.0).apply(new)  # moves v0's amount-based share
    estimates = compare(old, new).estimate_changes
    mix = {c.vendor_id: c for c in estimates.revenue_mix}
    assert mix["v0"].old == ShareRange(None, 0.12, None) and mix["v0"].new == ShareRange(0.08, 0.12, 0.15)
    assert mix["v1"].old is None and mix["v1"].new == ShareRange(0.5, 0.6, 0.7) and mix["v1"].name_en == "Alibaba"
    shares = {(c.market_id, c.vendor_id): c for c in estimates.market_shares}
    assert (shares[("platform", "v1")].old_share, shares[("platform", "v1")].new_share) == (0.16, 0.18)
    assert shares[("platform", "v1")].market_name_zh == "大模型平台市场"
    tender = shares[("tenders", "v0")]
    assert abs(tender.old_share - 69 / 1520) < 1e-12 and abs(tender.new_share - 69 / 1380) < 1e-12
    (size,) = estimates.market_sizes
    assert (size.market_id, size.old, size.new, size.unit, size.name_en) == (
        "tenders", 1520.0, 1380.0, "projects", "Tender wins by count")


def test_entries_added_removed_and_reworded_across_swot_pest_and_tows():
    old = make_workspace(3)
    PutRecord("tows_strategies", e.TowsStrategy("t1", "v0", "SO", "以算力优势拓展政企客户")).apply(old)
    new = _copy(old)
    RemoveRecord("analysis_entries", ("a2",)).apply(new)
    update(new, "analysis_entries", ("a1",), text="政策支持持续加码").apply(new)
    PutRecord("analysis_entries", e.AnalysisEntry("a3", "swot", "v1", "threat", "价格战压缩利润")).apply(new)
    update(new, "tows_strategies", ("t1",), cell="ST").apply(new)
    update(new, "analysis_entries", ("a1",), impact=5).apply(new)  # a rating is not a reworded entry
    comparison = compare(old, new)
    (added,) = comparison.entries_added
    assert (added.framework, added.entry_id, added.scope_name_zh, added.scope_name_en, added.category,
            added.old_text, added.text) == ("swot", "a3", "阿里巴巴", "Alibaba", "threat", None, "价格战压缩利润")
    (removed,) = comparison.entries_removed
    assert (removed.framework, removed.scope_name_en, removed.new_text, removed.text) == (
        "pest", "Industry", None, "生成式AI备案制度")
    changed = {c.entry_id: c for c in comparison.entries_changed}
    assert (changed["a1"].old_text, changed["a1"].new_text) == ("政策支持力度大", "政策支持持续加码")
    assert (changed["t1"].framework, changed["t1"].old_category, changed["t1"].category) == ("tows", "SO", "ST")


def test_compare_changes_neither_workspace():
    old = make_workspace(3)
    new = _copy(old)
    update(new, "scores", ("v2", "compute"), value=100.0).apply(new)
    before_old, before_new = state_of(old), state_of(new)
    compare(old, new)
    assert state_of(old) == before_old and state_of(new) == before_new
