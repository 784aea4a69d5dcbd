"""Find: vendors, sources, SWOT/PEST entries, TOWS strategies and provinces by Chinese or English text."""

from tests.factories import make_workspace
from workbench.domain import PutRecord, update
from workbench.domain import entities as e
from workbench.domain.search import PROVINCES_TABLE, search


def tables_and_keys(hits):
    return [(hit.table, hit.key) for hit in hits]


def test_finds_by_chinese_and_english_ignoring_case_width_and_spaces():
    ws = make_workspace(3)
    assert ("vendors", ("v0",)) in tables_and_keys(search(ws, "百度"))
    assert ("vendors", ("v1",)) in tables_and_keys(search(ws, "ALIBABA"))
    assert ("vendors", ("v2",)) in tables_and_keys(search(ws, "Ｔｅｎ ｃｅｎｔ"))  # full-width, as typed by an IME
    assert ("sources", ("s1",)) in tables_and_keys(search(ws, "前瞻"))
    assert ("analysis_entries", ("a1",)) in tables_and_keys(search(ws, "政策"))
    assert search(ws, "   ") == []


def test_provinces_and_strategies_are_found_and_prefix_hits_come_first():
    ws = make_workspace(3)
    ws.replace_table("tows_strategies", [e.TowsStrategy("t1", "industry", "SO", "借助开源生态推出行业模型")])
    assert tables_and_keys(search(ws, "开源")) == [("tows_strategies", ("t1",))]
    hits = tables_and_keys(search(ws, "Guangdong"))
    assert hits[0] == (PROVINCES_TABLE, ("440000",))
    ws.replace_table("vendors", [*ws.vendors, e.Vendor("x", "某公司", "Southern Guangdong AI")])
    hits = tables_and_keys(search(ws, "guangdong"))
    assert hits.index((PROVINCES_TABLE, ("440000",))) < hits.index(("vendors", ("x",)))


def test_an_edit_is_found_at_once():
    ws = make_workspace(3)
    assert search(ws, "StepFun") == []
    PutRecord("vendors", e.Vendor("stepfun", "阶跃星辰", "StepFun")).apply(ws)
    assert tables_and_keys(search(ws, "stepfun")) == [("vendors", ("stepfun",))]
    update(ws, "vendors", ("stepfun",), name_en="Jieyue").apply(ws)
    assert tables_and_keys(search(ws, "stepfun")) == [("vendors", ("stepfun",))]  # by its id now
    assert tables_and_keys(search(ws, "jieyue")) == [("vendors", ("stepfun",))]
