import pytest

from tests.factories import make_workspace
from workbench.domain import DomainError
from workbench.domain import analysis as a
from workbench.domain import entities as e


@pytest.fixture
def ws():
    """The factory workspace plus a small industry SWOT and two strategies linking it."""
    ws = make_workspace()
    entries = [
        e.AnalysisEntry("s1", "swot", "industry", "strength", "集聚", 4, 5),
        e.AnalysisEntry("w1", "swot", "industry", "weakness", "同质化", 3, 4),
        e.AnalysisEntry("s2", "swot", "industry", "strength", "开源", 5, 4),
        e.AnalysisEntry("o1", "swot", "industry", "opportunity", "智能体", 5, 5),
        e.AnalysisEntry("s3", "swot", "industry", "strength", "成本", 2, 2),
        e.AnalysisEntry("v0s1", "swot", "v0", "strength", "搜索入口", 4, 4),
        e.AnalysisEntry("p1", "pest", "industry", "political", "备案", 3, 5),
    ]
    ws.replace_table("analysis_entries", entries)
    ws.replace_table("tows_strategies", [
        e.TowsStrategy("so1", "industry", "SO", "借势", "s1,o1"),
        e.TowsStrategy("wo1", "industry", "WO", "补短板", "w1,o1,s1"),
    ])
    return ws


def ids(entries):
    return [entry.entry_id for entry in entries]


def test_entries_of_a_category_follow_table_order_and_priority_sorts_stably(ws):
    assert ids(a.entries_in(ws, "swot", "industry", "strength")) == ["s1", "s2", "s3"]
    assert ids(a.entries_in(ws, "swot", "industry")) == ["s1", "w1", "s2", "o1", "s3"]
    assert a.priority(ws.analysis_entries.get(("s1",))) == 20
    # s1 and s2 both score 20: the recorded order breaks the tie
    assert ids(a.by_priority(a.entries_in(ws, "swot", "industry", "strength"))) == ["s1", "s2", "s3"]
    assert a.categories_of("pest", pestle=False) == ("political", "economic", "social", "technological")
    assert len(a.categories_of("pest")) == 6


def test_scopes_list_the_industry_first_then_vendors_with_entries(ws):
    assert a.scopes_with_entries(ws) == ["industry", "v0"]
    assert a.scopes_with_entries(ws, "pest") == ["industry"]
    assert a.scope_label(ws, "v0") == "百度 Baidu"


def test_add_entry_at_a_position_inside_its_category_and_undo(ws):
    before = ws.snapshot()
    inverse = a.add_entry(ws, "swot", "industry", "strength", "新优势", position=1, impact=5).apply(ws)
    strengths = a.entries_in(ws, "swot", "industry", "strength")
    assert ids(strengths)[0] == "s1" and strengths[1].text == "新优势" and strengths[1].impact == 5
    assert ids(strengths)[2:] == ["s2", "s3"]
    inverse.apply(ws)
    assert ws.snapshot() == before


@pytest.mark.parametrize("fields, message", [
    ({"text": "   "}, "must not be empty"),
    ({"text": "x", "impact": 6}, "outside 1-5"),
    ({"text": "x", "likelihood": 0}, "outside 1-5"),
    ({"text": "x", "source_id": "nope"}, "no source 'nope'"),
    ({"text": "长" * 100_001}, "the limit is 100,000"),
])
def test_bad_entries_are_refused_with_a_message_and_nothing_changes(ws, fields, message):
    before = ws.snapshot()
    text = fields.pop("text")
    with pytest.raises(DomainError, match=message):
        a.add_entry(ws, "swot", "industry", "threat", text, **fields).apply(ws)
    assert ws.snapshot() == before


def test_move_to_another_category_at_an_index_keeps_links_and_undoes(ws):
    before = ws.snapshot()
    inverse = a.move_entry(ws, "s2", "opportunity", 0).apply(ws)
    assert ids(a.entries_in(ws, "swot", "industry", "opportunity")) == ["s2", "o1"]
    assert ids(a.entries_in(ws, "swot", "industry", "strength")) == ["s1", "s3"]
    inverse.apply(ws)
    assert ws.snapshot() == before

    a.move_entry(ws, "s1", "threat").apply(ws)  # into an empty category: keeps its row
    assert ws.analysis_entries.keys()[0] == ("s1",)
    assert ws.analysis_entries.get(("s1",)).category == "threat"
    assert a.check_links(ws, ws.tows_strategies.get(("so1",))) == []


def test_move_refuses_a_category_of_the_other_framework(ws):
    with pytest.raises(DomainError, match="not a SWOT category"):
        a.move_entry(ws, "s1", "political")


def test_reorder_up_and_down_and_stop_at_the_ends(ws):
    a.reorder_entry(ws, "s3", -1).apply(ws)
    assert ids(a.entries_in(ws, "swot", "industry", "strength")) == ["s1", "s3", "s2"]
    a.reorder_entry(ws, "s1", +2).apply(ws)
    assert ids(a.entries_in(ws, "swot", "industry", "strength")) == ["s3", "s2", "s1"]
    assert a.reorder_entry(ws, "s1", +1) is None
    assert a.reorder_entry(ws, "s3", -1) is None


def test_copy_to_another_scope_gets_a_new_id_and_leaves_the_original(ws):
    command = a.copy_entry(ws, "s1", "v0")
    command.apply(ws)
    copy = command.record
    assert copy.entry_id not in ("s1", "v0s1") and copy.scope == "v0" and copy.text == "集聚"
    assert ids(a.entries_in(ws, "swot", "v0", "strength")) == ["v0s1", copy.entry_id]
    assert ws.analysis_entries.get(("s1",)).scope == "industry"
    second = a.copy_entry(ws, "s1", "v0")
    assert second.record.entry_id != copy.entry_id


def test_delete_a_linked_entry_unlinks_it_in_one_undoable_batch(ws):
    before = ws.snapshot()
    assert [s.strategy_id for s in a.linking_strategies(ws, "o1")] == ["so1", "wo1"]
    inverse = a.delete_entry(ws, "o1").apply(ws)
    assert ("o1",) not in ws.analysis_entries
    assert ws.tows_strategies.get(("so1",)).linked_entries == "s1"
    assert ws.tows_strategies.get(("wo1",)).linked_entries == "w1,s1"
    inverse.apply(ws)
    assert ws.snapshot() == before


def test_links_must_name_existing_swot_entries_of_the_same_scope(ws):
    for entry_id, message in [("zz", "no entry 'zz'"), ("p1", "PEST entry"), ("v0s1", "another scope")]:
        with pytest.raises(DomainError, match=message):
            a.link_entry(ws, "so1", entry_id)
    with pytest.raises(DomainError, match="another scope"):
        a.add_strategy(ws, "industry", "ST", "x", ["v0s1"])


def test_link_unlink_and_add_strategy(ws):
    a.link_entry(ws, "so1", "s2").apply(ws)
    a.link_entry(ws, "so1", "s2").apply(ws)  # linking twice keeps one link
    assert ws.tows_strategies.get(("so1",)).linked_entries == "s1,o1,s2"
    a.unlink_entry(ws, "so1", "s1").apply(ws)
    assert a.linked_ids(ws.tows_strategies.get(("so1",))) == ["o1", "s2"]
    command = a.add_strategy(ws, "industry", "WT", "守住底线", ["w1"])
    command.apply(ws)
    assert [s.strategy_id for s in a.strategies_in(ws, "industry", "WT")] == [command.record.strategy_id]
    with pytest.raises(DomainError, match="must not be empty"):
        a.add_strategy(ws, "industry", "WT", " ").apply(ws)
    a.delete_strategy(ws, "so1").apply(ws)
    assert ("so1",) not in ws.tows_strategies


def test_bundled_dataset_links_are_valid_and_vendors_have_swots():
    from workbench.storage.dataset import load_dataset
    from workbench.storage.opening import BUNDLED_DATASET

    ws = load_dataset(BUNDLED_DATASET).workspace
    assert all(a.check_links(ws, s) == [] for s in ws.tows_strategies)
    assert len(a.scopes_with_entries(ws, "swot")) >= 6  # the industry and at least five vendors
    assert {entry.category for entry in a.entries_in(ws, "pest", "industry")} >= set(a.PEST_CORE)
