"""Key figure rules, their grouping for display, and the citation rule on records."""

from __future__ import annotations

import pytest

from tests.factories import make_workspace
from workbench.domain import entities as e
from workbench.domain.citations import citation_problems, cited_tables, figure_fields
from workbench.domain.key_figures import format_value, key_figure_rows, price_points
from workbench.domain.rules import check_record


def figure(**changes) -> e.KeyFigure:
    values = dict(figure_id="f", topic="models", label_zh="模型", label_en="Models", value=305.0)
    values.update(changes)
    return e.KeyFigure(**values)


def test_a_range_runs_low_to_high_and_needs_its_low_end():
    assert check_record(figure(value=30.0, value_high=60.0)) == []
    assert check_record(figure(value=60.0, value_high=30.0)) == [
        ("value_high", "the high end 30 is below the low end 60")]
    assert check_record(figure(value=None, value_high=60.0)) == [("value", "a range needs its low end")]


def test_a_bound_is_one_the_sources_use():
    assert check_record(figure(bound="≈")) == []
    assert check_record(figure(bound="about"))[0][0] == "bound"


@pytest.mark.parametrize("value, high, bound, text", [
    (305.0, None, "≈", "≈305"), (30.0, 60.0, "", "30–60"), (1000.0, None, ">", ">1,000"), (1.5, None, "", "1.5"),
    (None, None, "", "")])
def test_values_read_as_the_source_words_them(value, high, bound, text):
    assert format_value(value, high, bound) == text


def test_filings_mix_key_figures_and_generative_ai_batches_by_period():
    ws = make_workspace()
    ws.replace_table("filing_batches", [
        e.FilingBatch("b2", "generative_ai", "2024-12", None, 302, source_id="s1"),
        e.FilingBatch("b1", "generative_ai", "2024-11", 95, 309, source_id="s1"),
        e.FilingBatch("d1", "deep_synthesis", "2024-12", 411, source_id="s1"),
    ])
    ws.replace_table("key_figures", [
        figure(figure_id="reg", topic="filings", period="2025-04", value=227.0),
        figure(figure_id="p2", topic="token_price", period="2024H1", value=20.0),
        figure(figure_id="p1", topic="token_price", period="2023H1", value=300.0),
    ])
    groups = dict(key_figure_rows(ws))
    assert [row.key for row in groups["filings"]] == [("b1",), ("b2",), ("reg",)]  # no deep-synthesis batch
    assert list(dict(key_figure_rows(ws))) == ["filings", "token_price"]
    assert price_points(ws) == [("2023H1", 300.0), ("2024H1", 20.0)]


def test_figure_fields_are_the_numbers_outside_the_key_and_stated_facts():
    assert figure_fields("scores") == ("value",)
    assert figure_fields("market_points") == ("value",)  # the year is part of the key
    assert set(figure_fields("vendors")) == {"hq_province", "hq_city", "tickers"}
    assert "analysis_entries" not in cited_tables() and "key_figures" in cited_tables()


def test_citation_problems_name_table_row_and_field():
    tables = make_workspace().snapshot()
    assert [p[:3] for p in citation_problems(tables)] == [("sources", 1, "published")]  # the analysts' undated s2
    tables["sources"][1] = e.Source("s2", "Analyst", "Analyst assessment", "2025-06")
    assert citation_problems(tables) == []
    tables["scores"][1] = e.Score("v0", "model", 70.0, "assessment", "")
    tables["sources"][0] = e.Source("s1", "前瞻", "报告", "")
    problems = citation_problems(tables)
    assert ("scores", 1, "source_id", "this figure has no source; cite one from sources") in problems
    assert any(p[:3] == ("sources", 0, "published") for p in problems)
