import pytest

from workbench.domain import DomainError
from workbench.domain.tiering_commands import (add_dimension, add_tier, clear_override, record_override,
                                               remove_dimension, remove_tier, set_score, set_tier_rule)


def test_override_needs_a_known_tier_and_a_reason(workspace):
    with pytest.raises(DomainError, match="no tier 9"):
        record_override(workspace, "v0", 9, "x")
    with pytest.raises(DomainError, match="needs a reason"):
        record_override(workspace, "v0", 2, "  ").apply(workspace)
    undo = record_override(workspace, "v0", 2, " 战略 ").apply(workspace)
    assert workspace.tier_placements.get(("v0",)).override_reason == "战略"
    clear_override(workspace, "v0").apply(workspace)
    assert workspace.tier_placements.get(("v0",)).override_tier is None
    with pytest.raises(DomainError, match="no override"):
        clear_override(workspace, "v0")
    assert undo is not None


def test_removing_a_dimension_takes_its_scores_and_undo_restores_order(workspace):
    before = workspace.snapshot()
    undo = remove_dimension(workspace, "compute").apply(workspace)
    assert [d.dimension_id for d in workspace.dimensions] == ["model"]
    assert {s.dimension_id for s in workspace.scores} == {"model"}
    undo.apply(workspace)
    assert workspace.snapshot() == before


def test_new_dimension_scores_are_created_on_first_entry(workspace):
    add_dimension(workspace, "生态", "Ecosystem", 10).apply(workspace)
    set_score(workspace, "v1", "dim3", 55.0).apply(workspace)
    assert workspace.scores.get(("v1", "dim3")).value == 55.0
    with pytest.raises(DomainError, match="outside 0-100"):
        set_score(workspace, "v1", "dim3", -1.0).apply(workspace)


def test_tiers_and_rule(workspace):
    add_tier(workspace).apply(workspace)
    assert [t.tier_id for t in workspace.tiers] == [1, 2, 3, 4, 5]
    record_override(workspace, "v0", 5, "test").apply(workspace)
    remove_tier(workspace, 5).apply(workspace)
    assert workspace.tier_placements.get(("v0",)).override_tier is None
    with pytest.raises(DomainError, match="unknown tier rule"):
        set_tier_rule(workspace, "median")
