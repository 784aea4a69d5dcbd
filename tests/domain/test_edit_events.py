"""One EditFinished per finished edit, carrying the tables and keys it changed."""

import dataclasses

import pytest

from tests.factories import make_workspace
from workbench.domain import Batch, ChangeKind, DomainError, EditFinished, PatchTable, PutRecord, RemoveRecord, update
from workbench.domain import entities as e


@pytest.fixture
def edits(workspace):
    seen: list[EditFinished] = []
    workspace.subscribe_edits(seen.append)
    return seen


def test_a_single_edit_sends_one_event_with_its_table_and_key(workspace, edits):
    update(workspace, "vendors", ("v0",), name_zh="百度智能云").apply(workspace)
    assert len(edits) == 1
    assert edits[0].tables == {"vendors"}
    assert edits[0].keys == {"vendors": {("v0",)}}
    assert not edits[0].reset


def test_a_batch_is_one_event_with_every_table_and_key(workspace, edits):
    changes = []
    workspace.subscribe(changes.append)
    Batch((update(workspace, "vendors", ("v0",), name_en="B"),
           update(workspace, "scores", ("v1", "model"), value=12.0),
           RemoveRecord("scores", ("v2", "compute")))).apply(workspace)
    assert len(changes) == 3, "the row-by-row changes still reach item models"
    assert [c.kind for c in changes] == [ChangeKind.PUT, ChangeKind.PUT, ChangeKind.REMOVE]
    assert len(edits) == 1
    assert edits[0].tables == {"vendors", "scores"}
    assert edits[0].keys == {"vendors": {("v0",)}, "scores": {("v1", "model"), ("v2", "compute")}}


def test_a_500_row_batch_is_one_event(workspace, edits):
    entries = tuple(PutRecord("analysis_entries", e.AnalysisEntry(f"x{i}", "swot", "industry", "strength", f"t{i}"))
                    for i in range(500))
    inverse = Batch(entries).apply(workspace)
    assert len(edits) == 1 and len(edits[0].keys["analysis_entries"]) == 500
    inverse.apply(workspace)  # the undo
    assert len(edits) == 2 and edits[1].tables == {"analysis_entries"}


def test_an_import_is_one_event_that_marks_its_table_reset(workspace, edits):
    records = tuple(dataclasses.replace(s, value=1.0) for s in workspace.scores)
    inverse = PatchTable("scores", records).apply(workspace)
    assert len(edits) == 1 and edits[0].reset == {"scores"} and edits[0].tables == {"scores"}
    inverse.apply(workspace)
    assert len(edits) == 2


def test_undo_and_redo_are_one_event_each(workspace, edits):
    inverse = Batch((update(workspace, "vendors", ("v0",), name_en="A"),
                     update(workspace, "vendors", ("v1",), name_en="B"))).apply(workspace)
    redo = inverse.apply(workspace)
    redo.apply(workspace)
    assert len(edits) == 3
    assert all(edit.keys == {"vendors": {("v0",), ("v1",)}} for edit in edits)


def test_a_refused_batch_still_ends_in_one_event_after_its_rollback(workspace, edits):
    before = make_workspace()
    with pytest.raises(DomainError):
        Batch((update(workspace, "vendors", ("v0",), name_en="A"), RemoveRecord("vendors", ("nope",)))).apply(workspace)
    assert workspace == before
    assert len(edits) == 1, "the listeners re-read what the rolled-back changes touched, once"


def test_loading_outside_an_edit_is_an_event_per_table_and_nested_blocks_are_one(workspace, edits):
    workspace.replace_table("tiers", list(workspace.tiers))
    assert len(edits) == 1 and edits[0].reset == {"tiers"}
    with workspace.editing():
        workspace.replace_table("tiers", list(workspace.tiers))
        with workspace.editing():
            update(workspace, "vendors", ("v0",), name_en="Z").apply(workspace)
        assert len(edits) == 1, "nothing is announced before the outermost block ends"
    assert len(edits) == 2 and edits[1].tables == {"tiers", "vendors"}


def test_unsubscribed_listeners_hear_nothing(workspace):
    seen = []
    unsubscribe = workspace.subscribe_edits(seen.append)
    unsubscribe()
    update(workspace, "vendors", ("v0",), name_en="Z").apply(workspace)
    assert seen == []
