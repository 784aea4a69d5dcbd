"""Province metrics: values, ranks, shares, computed counts, classes and colours, firms aggregation."""

from __future__ import annotations

import dataclasses

import pytest

from tests.factories import make_workspace
from workbench.domain import entities as e
from workbench.domain.classify import ClassificationError
from workbench.domain.provinces import PROVINCES
from workbench.domain.regions import (CLUSTERS, RAMPS, VENDOR_HQ, Classing, aggregate_firms, choropleth,
                                      firm_count_records, ranks_of, region_metrics, region_table)


def test_stored_metric_has_values_ranks_and_shares_of_the_published_total():
    table = region_table(make_workspace(), "genai_filings")
    assert len(table.figures) == 34 and [f.code for f in table.figures] == [p.code for p in PROVINCES]
    beijing, shanghai, guangdong = (table.by_code[c] for c in ("110000", "310000", "440000"))
    assert (beijing.value, beijing.rank) == (105.0, 1)
    assert (shanghai.rank, guangdong.rank) == (2, 3)
    assert table.total == 327.0
    assert beijing.share == pytest.approx(105 / 327)
    assert beijing.source_id == "s1"


def test_unknown_values_stay_unknown_not_zero():
    table = region_table(make_workspace(), "genai_filings")
    xinjiang = table.by_code["650000"]  # stored as None
    tibet = table.by_code["540000"]  # no record at all
    for figure in (xinjiang, tibet):
        assert figure.value is None and figure.rank is None and figure.share is None
    assert table.known_count == 3


def test_share_falls_back_to_the_sum_of_known_values_without_a_published_total():
    workspace = make_workspace()
    metric = workspace.metrics.get(("genai_filings",))
    workspace.replace_table("metrics", [dataclasses.replace(metric, national_total=None)])
    table = region_table(workspace, "genai_filings")
    assert table.total == 105 + 66 + 39
    assert table.by_code["440000"].share == pytest.approx(39 / 210)


def test_vendor_headquarters_are_counted_and_absent_provinces_are_zero():
    workspace = make_workspace(7)  # Beijing, Hangzhou, Shenzhen, repeating
    table = region_table(workspace, VENDOR_HQ)
    assert table.metric.computed
    assert table.by_code["110000"].value == 3 and table.by_code["330000"].value == 2
    assert table.by_code["440000"].value == 2 and table.by_code["650000"].value == 0
    assert table.total == 7
    assert table.by_code["110000"].rank == 1 and table.by_code["330000"].rank == 2 == table.by_code["440000"].rank


def test_metric_list_ends_with_the_computed_metrics():
    ids = [m.metric_id for m in region_metrics(make_workspace())]
    assert ids == ["genai_filings", VENDOR_HQ, CLUSTERS]


def test_cluster_cities_are_counted_per_province():
    workspace = make_workspace()
    workspace.replace_table("clusters", [
        e.Cluster("sh", "上海", "Shanghai", "310000", 121.47, 31.23),
        e.Cluster("sz", "苏州", "Suzhou", "320000", 120.58, 31.3),
        e.Cluster("nj", "南京", "Nanjing", "320000", 118.8, 32.06),
    ])
    table = region_table(workspace, CLUSTERS)
    assert table.by_code["320000"].value == 2 and table.by_code["310000"].value == 1


def test_unknown_metric_is_a_key_error():
    with pytest.raises(KeyError):
        region_table(make_workspace(), "nope")


def test_ranks_are_competition_ranks_of_known_values():
    assert ranks_of({"a": 5.0, "b": 9.0, "c": 5.0, "d": None, "e": 0.0}) == {"b": 1, "a": 2, "c": 2, "e": 4}


# ------------------------------------------------------------ classes, breaks checked by hand
VALUES = {"a": 0.0, "b": 10.0, "c": 20.0, "d": 30.0, "e": 100.0, "f": None}


def test_equal_interval_breaks_and_classes():
    result = choropleth(VALUES, Classing("equal_interval", 5))
    # bounds 20 / 40 / 60 / 80 / 100; 40-60 and 60-80 hold nothing and merge into the class above
    assert result.classes.upper_bounds == (20.0, 40.0, 100.0)
    assert [result.class_by_code[c] for c in "abcde"] == [0, 0, 0, 1, 2]
    assert result.palette == RAMPS["YlGnBu"][3]


def test_quantile_breaks_interpolate_between_order_statistics():
    result = choropleth(VALUES, Classing("quantile", 3))
    assert result.classes.upper_bounds == pytest.approx((13.3333, 26.6667, 100.0), rel=1e-4)


def test_natural_breaks_minimise_within_class_variance():
    # {0,10} {20,30} {100}: squared deviations 50 + 50 + 0, the least of all 3-class splits
    result = choropleth(VALUES, Classing("natural_breaks", 3))
    assert result.classes.upper_bounds == (10.0, 30.0, 100.0)


def test_manual_breaks_and_legend_counts():
    result = choropleth(VALUES, Classing("manual", 5, (15.0, 50.0), "Blues"))
    assert result.classes.upper_bounds == (15.0, 50.0, 100.0)
    assert result.palette == RAMPS["Blues"][3]
    # each row gives the values its class holds, not the breaks around them
    assert [(low, high, count) for _, low, high, count in result.legend(VALUES)] == [
        (0.0, 10.0, 2), (20.0, 30.0, 2), (100.0, 100.0, 1)]
    assert result.no_data_count() == 1


def test_no_data_has_no_colour_and_zero_has_the_lowest_class_colour():
    result = choropleth(VALUES, Classing("quantile", 5))
    assert result.color_of("f") is None
    assert result.color_of("a") == result.palette[0]


def test_all_values_missing_gives_no_classes():
    result = choropleth({"a": None, "b": None})
    assert result.classes is None and result.legend({"a": None}) == [] and result.color_of("a") is None


def test_impossible_settings_are_refused():
    with pytest.raises(ClassificationError):
        choropleth(VALUES, Classing("quantile", 9))
    with pytest.raises(ClassificationError):
        choropleth(VALUES, Classing("manual", 5, (1.0,)))


# ------------------------------------------------------------ a firms table
def test_firms_are_counted_by_code_or_name_and_bad_names_reported_with_row_and_hint():
    column = ["110000", "北京市", "Beijing", "广东省", "", None, "内蒙", "Guangdong Province", "内蒙", "Atlantis"]
    result = aggregate_firms(column)
    assert result.counts == {"110000": 3, "440000": 1}
    assert result.blank_rows == 2
    by_text = {u.text: u for u in result.unknown}
    assert by_text["内蒙"].row == 7 and by_text["内蒙"].occurrences == 2 and by_text["内蒙"].suggestion == "150000"
    assert by_text["Guangdong Province"].row == 8 and by_text["Guangdong Province"].suggestion == "440000"
    assert "did you mean 广东省 (440000)" in by_text["Guangdong Province"].message()
    assert by_text["Atlantis"].suggestion == ""


def test_a_million_firms_aggregate_exactly():
    codes = [p.code for p in PROVINCES]
    column = [codes[i % 34] for i in range(1_000_000)]
    result = aggregate_firms(column)
    assert sum(result.counts.values()) == 1_000_000
    assert result.counts["110000"] == 1_000_000 // 34 + 1 and result.unknown == ()


def test_firm_counts_become_complete_province_values():
    records = firm_count_records("firms", {"110000": 5}, "s1")
    assert len(records) == 34
    assert {r.province_code: r.value for r in records}["110000"] == 5.0
    assert {r.province_code: r.value for r in records}["650000"] == 0.0
