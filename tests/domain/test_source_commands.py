"""Sources: added with a unique id, merged, deleted only with a replacement for every figure citing them."""

import dataclasses

import pytest

from tests.factories import make_workspace
from workbench.domain import DomainError
from workbench.domain import entities as e
from workbench.domain.source_commands import (add_source, citations_of, delete_source, merge_sources,
                                              suggest_source_id)


@pytest.fixture
def ws():
    ws = make_workspace(3)
    ws.replace_table("vendors", [dataclasses.replace(v, tickers_source_id="s1") if v.vendor_id == "v0" else v
                                 for v in ws.vendors])
    return ws


def test_citations_are_every_field_naming_the_source(ws):
    cited = citations_of(ws, "s1")
    assert {c.table for c in cited} >= {"vendors", "metrics", "province_values", "revenue_mix",
                                         "analysis_entries"}
    assert [c.field for c in cited if c.table == "vendors" and c.record.vendor_id == "v0"] == ["source_id",
                                                                                              "tickers_source_id"]


def test_a_cited_source_cannot_be_deleted_without_a_replacement(ws):
    before = ws.snapshot()
    with pytest.raises(DomainError, match="cite 's1'"):
        delete_source(ws, "s1")
    with pytest.raises(DomainError, match="another existing source"):
        delete_source(ws, "s1", replacement="nowhere")
    assert ws.snapshot() == before


def test_deleting_with_a_replacement_moves_every_citation_in_one_step(ws):
    before = ws.snapshot()
    inverse = delete_source(ws, "s1", replacement="s2").apply(ws)
    assert ("s1",) not in ws.sources and citations_of(ws, "s1") == []
    v0 = ws.vendors.get(("v0",))
    assert (v0.source_id, v0.tickers_source_id) == ("s2", "s2")
    inverse.apply(ws)
    assert ws.snapshot() == before


def test_an_uncited_source_is_simply_deleted_and_merging_is_a_delete_with_replacement(ws):
    add_source(ws, e.Source("idc_2024", "IDC", "中国大模型平台市场份额", "2024-08-21")).apply(ws)
    delete_source(ws, "idc_2024").apply(ws)
    assert ("idc_2024",) not in ws.sources
    merge_sources(ws, "s2", "s1").apply(ws)
    assert ("s2",) not in ws.sources and all(s.source_id == "s1" for s in ws.scores)


def test_new_ids_are_unique_and_well_formed(ws):
    assert suggest_source_id(ws, "IDC", "2024-08-21") == "idc_2024"
    assert suggest_source_id(ws, "前瞻产业研究院", "2025") == "source_2025"
    add_source(ws, e.Source("idc_2024", "IDC", "t", "2024")).apply(ws)
    assert suggest_source_id(ws, "IDC", "2024") == "idc_2024_2"
    with pytest.raises(DomainError, match="exists already"):
        add_source(ws, e.Source("IDC_2024", "IDC", "t", "2024"))
    with pytest.raises(DomainError, match="letters, digits"):
        add_source(ws, e.Source("idc 2024", "IDC", "t", "2024"))
