"""The status-bar notes on others' commits, worded from history entries."""

from workbench.domain.change_notes import ChangeNote, notes_for
from workbench.domain.commands import PutRecord, update
from workbench.domain.entities import TierPlacement
from workbench.domain.history import changes_between, entries_for, state_of
from tests.factories import make_workspace


def _entries_of(workspace, edit, analyst, save_id):
    before = state_of(workspace)
    edit(workspace)
    return entries_for(changes_between(before, state_of(workspace)), analyst=analyst, at="2026-01-01T00:00:00Z",
                       save_id=save_id)


def test_a_tier_move_names_the_vendor_and_its_new_tier():
    workspace = make_workspace()
    vendor = workspace.vendors.records()[1]
    PutRecord("tier_placements", TierPlacement(vendor.vendor_id, 4, 3)).apply(workspace)
    entries = _entries_of(workspace, lambda w: update(
        w, "tier_placements", (vendor.vendor_id,), override_tier=1, override_reason="flagship release").apply(w),
        "王", "s1")
    assert notes_for(entries, workspace) == [ChangeNote("tier", "王", vendor=vendor.name_zh, tier=1)]
    added = _entries_of(workspace, lambda w: PutRecord(
        "tier_placements", TierPlacement(workspace.vendors.records()[2].vendor_id, 3, 2)).apply(w), "王", "s0")
    assert notes_for(added, workspace)[0].tier == 2


def test_a_score_change_names_vendor_dimension_and_value():
    workspace = make_workspace()
    score = next(s for s in workspace.scores if s.dimension_id == "model")
    entries = _entries_of(workspace, lambda w: update(w, "scores", (score.vendor_id, "model"), value=85.0).apply(w),
                          "李", "s2")
    vendor = workspace.vendors.get((score.vendor_id,))
    assert notes_for(entries, workspace) == [
        ChangeNote("score", "李", vendor=vendor.name_zh, dimension="模型能力", value=85.0)]


def test_several_records_in_one_save_are_counted_and_saves_stay_apart():
    workspace = make_workspace()
    vendors = workspace.vendors.records()

    def rename_three(w):
        for vendor in vendors:
            update(w, "vendors", (vendor.vendor_id,), hq_city="杭州").apply(w)

    first = _entries_of(workspace, rename_three, "张", "s3")
    second = _entries_of(workspace, lambda w: update(w, "scores", (vendors[0].vendor_id, "compute"),
                                                      value=70.0).apply(w), "李", "s4")
    notes = notes_for(first + second, workspace)
    assert [note.kind for note in notes] == ["records", "score"]
    assert notes[0] == ChangeNote("records", "张", count=3)


def test_a_record_key_is_named_by_its_vendor_and_dimension():
    from workbench.domain.change_notes import record_label

    workspace = make_workspace()
    vendor = workspace.vendors.records()[0]
    assert record_label(workspace, (vendor.vendor_id, "model")) == f"{vendor.name_zh} · 模型能力"
    assert record_label(workspace, ("s1",)) == "s1"
