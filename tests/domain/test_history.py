"""Changes between states, history entries, rewinding to a snapshot and reverting one change."""

import pytest

from workbench.domain.commands import PutRecord, RemoveRecord, update
from workbench.domain.entities import Score, TierPlacement, Vendor
from workbench.domain.history import (ChangeType, changes_between, entries_for, replay, revert_command, rewind,
                                      state_of, workspace_of)
from workbench.domain.rules import DomainError
from tests.factories import make_workspace


def _edited(workspace):
    before = state_of(workspace)
    vendor = workspace.vendors.records()[0]
    update(workspace, "vendors", (vendor.vendor_id,), name_en="Renamed", hq_city="Hangzhou").apply(workspace)
    PutRecord("vendors", Vendor("newco", "新公司", "NewCo")).apply(workspace)
    score = workspace.scores.records()[0]
    RemoveRecord("scores", (score.vendor_id, score.dimension_id)).apply(workspace)
    return before, vendor, score


def test_changes_between_lists_added_removed_and_changed_fields():
    workspace = make_workspace()
    before, vendor, score = _edited(workspace)
    changes = {(c.table, c.key): c for c in changes_between(before, state_of(workspace))}
    assert len(changes) == 3
    changed = changes[("vendors", (vendor.vendor_id,))]
    assert changed.type is ChangeType.CHANGED and set(changed.changed_fields()) == {"name_en", "hq_city"}
    assert changes[("vendors", ("newco",))].type is ChangeType.ADDED
    assert changes[("scores", (score.vendor_id, score.dimension_id))].type is ChangeType.REMOVED


def test_a_row_move_alone_is_not_a_change():
    workspace = make_workspace()
    before = state_of(workspace)
    last = workspace.vendors.records()[-1]
    PutRecord("vendors", last, index=0, validate=False).apply(workspace)
    assert changes_between(before, state_of(workspace)) == []


def test_rewind_and_replay_are_inverse_and_reach_both_states():
    workspace = make_workspace()
    before, vendor, _ = _edited(workspace)
    after = state_of(workspace)
    entries = entries_for(changes_between(before, after), analyst="wang", at="2025-07-01T00:00:00+00:00")
    assert {e.field for e in entries if e.table == "vendors" and e.key == (vendor.vendor_id,)} == {"name_en", "hq_city"}
    rewound = rewind(after, reversed(entries))
    assert changes_between(before, rewound) == []
    assert changes_between(after, replay(rewound, entries)) == []
    assert workspace_of(rewound).vendors.get((vendor.vendor_id,)).name_en == vendor.name_en
    assert after["vendors"][(vendor.vendor_id,)].name_en == "Renamed"  # rewinding copied, not changed


def test_an_override_reason_is_the_entry_reason():
    workspace = make_workspace()
    before = state_of(workspace)
    PutRecord("tier_placements", TierPlacement("v1", override_tier=1, override_reason="new flagship")).apply(workspace)
    entries = entries_for(changes_between(before, state_of(workspace)), analyst="li", at="t")
    assert entries and all(e.reason == "new flagship" for e in entries)


def test_a_note_left_as_it_was_is_not_the_reason():
    workspace = make_workspace()
    before = state_of(workspace)
    score = workspace.scores.records()[0]
    PutRecord("scores", Score(score.vendor_id, score.dimension_id, 55.0, score.kind, score.source_id, "old note")
              ).apply(workspace)
    middle = state_of(workspace)
    update(workspace, "scores", (score.vendor_id, score.dimension_id), value=60.0).apply(workspace)
    first = entries_for(changes_between(before, middle), analyst="li", at="t")
    second = entries_for(changes_between(middle, state_of(workspace)), analyst="li", at="t")
    assert {e.reason for e in first} == {"old note"} and {e.reason for e in second} == {""}


def test_revert_is_an_ordinary_edit_and_refuses_what_no_longer_applies():
    workspace = make_workspace()
    before, vendor, score = _edited(workspace)
    entries = entries_for(changes_between(before, state_of(workspace)), analyst="wang", at="t")
    for entry in entries:
        revert_command(workspace, entry).apply(workspace)
    assert changes_between(before, state_of(workspace)) == []
    added = next(e for e in entries if e.type is ChangeType.ADDED)
    with pytest.raises(DomainError):
        revert_command(workspace, added)  # newco is gone already
    assert isinstance(workspace.scores.get((score.vendor_id, score.dimension_id)), Score)
