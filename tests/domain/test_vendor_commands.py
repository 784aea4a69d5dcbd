"""Adding a vendor, and deleting one with everything that belongs to it, as one undo step."""

import pytest

from tests.factories import make_workspace
from workbench.domain import DomainError
from workbench.domain import entities as e
from workbench.domain.analysis import linked_ids
from workbench.domain.vendor_commands import add_vendor, delete_vendor, dependents, suggest_vendor_id


@pytest.fixture
def ws():
    ws = make_workspace(3)
    ws.replace_table("analysis_entries", [
        *ws.analysis_entries,
        e.AnalysisEntry("v0-s1", "swot", "v0", "strength", "自有云平台", 4, 4, "", "s1"),
        e.AnalysisEntry("v0-t1", "swot", "v0", "threat", "价格战", 3, 3, "", "s1"),
        e.AnalysisEntry("v1-s1", "swot", "v1", "strength", "开源生态", 4, 4, "", "s1"),
    ])
    ws.replace_table("tows_strategies", [
        e.TowsStrategy("v0-so", "v0", "ST", "以规模应对价格战", "v0-s1,v0-t1"),
        e.TowsStrategy("ind-so", "industry", "SO", "cross-scope link kept apart", "a1,v0-s1"),
    ])
    ws.replace_table("tier_placements", [e.TierPlacement("v0", 1, 1), e.TierPlacement("v1", 2, 2)])
    return ws


def test_dependents_are_every_record_that_names_the_vendor(ws):
    found = dependents(ws, "v0")
    assert found.counts == {"scores": 2, "tier_placements": 1, "revenue_mix": 1, "market_shares": 2,
                            "analysis_entries": 2, "tows_strategies": 1}
    assert [s.strategy_id for s in found.relinked] == ["ind-so"]


def test_deleting_a_vendor_removes_all_of_it_and_undo_brings_all_of_it_back(ws):
    before = ws.snapshot()
    inverse = delete_vendor(ws, "v0").apply(ws)
    assert ("v0",) not in ws.vendors
    assert not [s for s in ws.scores if s.vendor_id == "v0"]
    assert not [r for r in ws.revenue_mix if r.vendor_id == "v0"]
    assert not [r for r in ws.market_shares if r.vendor_id == "v0"]
    assert not [a for a in ws.analysis_entries if a.scope == "v0"]
    assert [s.strategy_id for s in ws.tows_strategies] == ["ind-so"]
    assert linked_ids(ws.tows_strategies.get(("ind-so",))) == ["a1"]
    assert ("v1",) in ws.vendors and len([s for s in ws.scores if s.vendor_id == "v1"]) == 2
    inverse.apply(ws)
    assert ws.snapshot() == before


def test_deleting_an_unknown_vendor_is_refused(ws):
    with pytest.raises(DomainError):
        delete_vendor(ws, "nobody")


def test_a_new_vendor_gets_a_unique_id_and_is_checked(ws):
    assert suggest_vendor_id(ws, "StepFun") == "stepfun"
    assert suggest_vendor_id(ws, "Kling (Kuaishou)") == "kling_kuaishou"
    assert suggest_vendor_id(ws, "", "阶跃星辰") == "vendor"
    ws.replace_table("vendors", [*ws.vendors, e.Vendor("stepfun", "阶跃星辰", "StepFun")])
    assert suggest_vendor_id(ws, "StepFun") == "stepfun_2"
    with pytest.raises(DomainError, match="exists already"):
        add_vendor(ws, e.Vendor("StepFun ", "阶跃星辰", "StepFun"))
    with pytest.raises(DomainError, match="letters, digits"):
        add_vendor(ws, e.Vendor("step fun", "阶跃星辰", "StepFun"))
    with pytest.raises(DomainError, match="name_zh"):
        add_vendor(ws, e.Vendor("kling", "", "Kling")).apply(ws)
    inverse = add_vendor(ws, e.Vendor(" kling", "可灵", "Kling", "110000", "北京")).apply(ws)
    assert ws.vendors.get(("kling",)).name_zh == "可灵"
    inverse.apply(ws)
    assert ("kling",) not in ws.vendors
