import pytest

from tests.factories import make_workspace
from workbench.domain import Batch, DomainError, PutRecord, RemoveRecord, move, update
from workbench.domain import entities as e


def test_update_applies_and_inverse_restores(workspace):
    before = make_workspace()
    inverse = update(workspace, "vendors", ("v0",), name_zh="百度智能云").apply(workspace)
    assert workspace.vendors.get(("v0",)).name_zh == "百度智能云"
    redo = inverse.apply(workspace)
    assert workspace == before
    redo.apply(workspace)
    assert workspace.vendors.get(("v0",)).name_zh == "百度智能云"


def test_insert_then_undo_removes(workspace):
    vendor = e.Vendor("new", "新厂商", "Newco", "110000")
    inverse = PutRecord("vendors", vendor).apply(workspace)
    assert workspace.vendors.keys()[-1] == ("new",)
    assert isinstance(inverse, RemoveRecord)
    inverse.apply(workspace)
    assert ("new",) not in workspace.vendors


def test_remove_then_undo_restores_position(workspace):
    before = make_workspace()
    inverse = RemoveRecord("vendors", ("v1",)).apply(workspace)
    assert [k[0] for k in workspace.vendors.keys()] == ["v0", "v2"]
    inverse.apply(workspace)
    assert workspace == before


def test_move_reorders_and_undo_moves_back(workspace):
    before = make_workspace()
    inverse = move(workspace, "vendors", ("v2",), 0).apply(workspace)
    assert [k[0] for k in workspace.vendors.keys()] == ["v2", "v0", "v1"]
    inverse.apply(workspace)
    assert workspace == before


@pytest.mark.parametrize(
    "table, key, changes, field",
    [
        ("scores", ("v0", "compute"), {"value": 101.0}, "value"),
        ("scores", ("v0", "compute"), {"value": float("nan")}, "value"),
        ("vendors", ("v0",), {"name_zh": "  "}, "name_zh"),
        ("vendors", ("v0",), {"hq_province": "999999"}, "hq_province"),
        ("vendors", ("v0",), {"source_id": "nope"}, "source_id"),
        ("province_values", ("genai_filings", "110000"), {"value": -1.0}, "value"),
        ("analysis_entries", ("a1",), {"impact": 6}, "impact"),
        ("analysis_entries", ("a1",), {"category": "political"}, "category"),
        ("revenue_mix", ("v0",), {"share_low": 0.2}, "share_high"),
        ("revenue_mix", ("v0",), {"source_id": ""}, "source_id"),
        ("market_shares", ("platform", "v1"), {"share": 0.9}, "share"),
        ("market_shares", ("platform", "v1"), {"share": 1.5}, "share"),
        ("market_definitions", ("platform",), {"size": 0.3}, "size"),
    ],
)
def test_invalid_edits_are_refused_and_change_nothing(workspace, table, key, changes, field):
    before = make_workspace()
    with pytest.raises(DomainError) as raised:
        update(workspace, table, key, **changes).apply(workspace)
    assert field in [f for f, _ in raised.value.problems]
    assert workspace == before


def test_key_fields_cannot_be_edited(workspace):
    with pytest.raises(DomainError):
        update(workspace, "vendors", ("v0",), vendor_id="x")


def test_batch_is_all_or_nothing(workspace):
    before = make_workspace()
    good = update(workspace, "vendors", ("v0",), name_en="Baidu Inc.")
    bad = update(workspace, "scores", ("v0", "model"), value=-5.0)
    with pytest.raises(DomainError):
        Batch((good, bad)).apply(workspace)
    assert workspace == before


def test_batch_undo_restores_everything(workspace):
    before = make_workspace()
    batch = Batch((
        update(workspace, "vendors", ("v0",), name_en="Baidu Inc."),
        RemoveRecord("vendors", ("v2",)),
        PutRecord("sources", e.Source("s3", "CAC", "公告")),
    ))
    inverse = batch.apply(workspace)
    assert len(workspace.vendors) == 2 and ("s3",) in workspace.sources
    inverse.apply(workspace)
    assert workspace == before


def test_changes_are_announced_with_row_indices(workspace):
    seen = []
    workspace.subscribe(seen.append)
    update(workspace, "vendors", ("v1",), name_en="Ali").apply(workspace)
    RemoveRecord("vendors", ("v0",)).apply(workspace)
    PutRecord("vendors", e.Vendor("n", "新", "N")).apply(workspace)
    assert [(c.kind, c.old_index, c.new_index) for c in seen] == [("put", 1, 1), ("remove", 0, None), ("put", None, 2)]


def test_unsubscribe_stops_events(workspace):
    seen = []
    unsubscribe = workspace.subscribe(seen.append)
    unsubscribe()
    update(workspace, "vendors", ("v1",), name_en="Ali").apply(workspace)
    assert seen == []


def test_wrong_entity_type_is_refused(workspace):
    with pytest.raises(TypeError):
        PutRecord("vendors", e.Source("x", "p", "t")).apply(workspace)


def test_a_copy_of_some_tables_is_not_touched_by_later_edits(workspace):
    copy = workspace.copy_tables(["vendors", "scores"])
    assert copy.vendors.records() == workspace.vendors.records() and len(copy.scores) == len(workspace.scores)
    assert len(copy.sources) == 0, "tables not asked for stay empty"
    update(workspace, "vendors", ("v0",), name_en="Renamed").apply(workspace)
    RemoveRecord("vendors", ("v1",)).apply(workspace)
    assert copy.vendors.get(("v0",)).name_en == "Baidu" and ("v1",) in copy.vendors
    assert copy.vendors.get(("v2",)) is workspace.vendors.get(("v2",)), "records are shared, not duplicated"


def test_a_result_derived_from_a_table_is_computed_again_after_each_edit_and_undo(workspace):
    calls = []

    def names(table):
        calls.append(1)
        return [vendor.name_en for vendor in table]

    vendors = workspace.vendors
    assert vendors.derived("names", names) == ["Baidu", vendors.at(1).name_en, vendors.at(2).name_en]
    assert vendors.derived("names", names) is vendors.derived("names", names) and len(calls) == 1
    inverse = update(workspace, "vendors", ("v0",), name_en="Renamed").apply(workspace)
    assert vendors.derived("names", names)[0] == "Renamed" and len(calls) == 2
    inverse.apply(workspace)
    assert vendors.derived("names", names)[0] == "Baidu" and len(calls) == 3
    RemoveRecord("vendors", ("v1",)).apply(workspace)
    assert len(vendors.derived("names", names)) == 2


def test_a_workspace_taken_apart_is_empty_and_hands_over_its_tables(workspace):
    vendors = workspace.vendors
    parts = workspace.take_apart()
    assert any(part is vendors for part in parts) and len(vendors) == 3, "the table itself, untouched"
    assert all(len(workspace.table(name)) == 0 for name in workspace.table_names) and workspace.firms is None
    PutRecord("vendors", e.Vendor("n", "新", "N")).apply(workspace)  # still a usable, empty workspace
    assert len(workspace.vendors) == 1 and len(vendors) == 3
