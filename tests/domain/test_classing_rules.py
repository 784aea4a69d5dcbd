"""The rules every classing keeps: no empty class, no "0 – 0", a colour per class, an informative default layer."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import make_workspace
from workbench.domain import entities as e
from workbench.domain.classify import MAX_CLASSES, MIN_CLASSES, classify
from workbench.domain.provinces import PROVINCES
from workbench.domain.regions import (VENDOR_HQ, Classing, choropleth, class_label, coverage, default_metric,
                                      region_table)
from workbench.storage.dataset import load_dataset
from workbench.storage.opening import BUNDLED_DATASET

AUTOMATIC = ("quantile", "equal_interval", "natural_breaks")
# Small integers force ties, as counts per province have; floats cover the rest.
VALUES = st.lists(st.one_of(st.integers(0, 12).map(float), st.floats(0, 1e5, allow_nan=False)), min_size=1,
                  max_size=34)
RAMPS = st.sampled_from(["YlGnBu", "Blues", "Purples"])


def as_provinces(values):
    return {f"p{n}": v for n, v in enumerate(values)}


@settings(max_examples=200, deadline=None)
@given(VALUES, st.sampled_from(AUTOMATIC), st.integers(MIN_CLASSES, MAX_CLASSES))
def test_no_class_is_ever_empty(values, method, count):
    classes = classify(values, method, count)
    counts = classes.counts(values)
    assert all(n > 0 for n in counts), counts
    assert sum(counts) == len(values)
    assert len(classes.upper_bounds) <= count


@settings(max_examples=150, deadline=None)
@given(VALUES, st.lists(st.floats(-10, 1e5, allow_nan=False), min_size=MIN_CLASSES - 1, max_size=MAX_CLASSES - 1))
def test_manual_breaks_with_nothing_between_them_merge(values, breaks):
    classes = classify(values, "manual", manual_breaks=breaks)
    assert all(n > 0 for n in classes.counts(values))


@settings(max_examples=200, deadline=None)
@given(VALUES, st.sampled_from(AUTOMATIC), st.integers(MIN_CLASSES, MAX_CLASSES), RAMPS)
def test_legend_rows_hold_values_and_never_read_x_to_x(values, method, count, ramp):
    provinces = as_provinces(values)
    result = choropleth(provinces, Classing(method, count, (), ramp))
    legend = result.legend(provinces)
    for color, low, high, members in legend:
        assert members > 0 and low <= high
        text = class_label(low, high)
        sides = text.split(" – ")
        assert len(sides) == 1 or sides[0] != sides[1], text
    # rows are in order and do not overlap
    for (_, _, high, _), (_, low, _, _) in itertools.pairwise(legend):
        assert high < low


@settings(max_examples=200, deadline=None)
@given(VALUES, st.sampled_from(AUTOMATIC + ("manual",)), st.integers(MIN_CLASSES, MAX_CLASSES), RAMPS,
       st.lists(st.floats(0, 1e5, allow_nan=False), min_size=2, max_size=6))
def test_values_in_different_classes_never_share_a_colour(values, method, count, ramp, breaks):
    provinces = as_provinces(values)
    result = choropleth(provinces, Classing(method, count, tuple(breaks), ramp))
    assert len(set(result.palette)) == len(result.palette) == len(result.classes.upper_bounds)
    for a, b in itertools.combinations(provinces, 2):
        if result.class_by_code[a] != result.class_by_code[b]:
            assert result.color_of(a) != result.color_of(b)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 12).map(float), min_size=1, max_size=34), st.sampled_from(["quantile", "natural_breaks"]),
       st.integers(MIN_CLASSES, MAX_CLASSES), RAMPS)
def test_with_no_more_distinct_values_than_classes_each_value_has_its_own_colour(values, method, count, ramp):
    provinces = as_provinces(values)
    result = choropleth(provinces, Classing(method, count, (), ramp))
    if len(set(values)) <= count:
        colour_of_value = {}
        for code, value in provinces.items():
            colour_of_value.setdefault(value, set()).add(result.color_of(code))
        assert all(len(colours) == 1 for colours in colour_of_value.values())
        assert len({next(iter(c)) for c in colour_of_value.values()}) == len(colour_of_value)


def test_quantiles_over_many_zeros_still_split_the_other_values():
    values = [0.0] * 29 + [1.0, 1.0, 3.0, 4.0, 11.0, 2.0, 6.0, 8.0]
    classes = classify(values, "quantile", 3)
    assert classes.upper_bounds[0] == 0.0, "the zeros take a class of their own"
    assert len(classes.upper_bounds) == 3 and all(n > 0 for n in classes.counts(values))


def test_labels_of_one_value_and_of_a_range():
    assert class_label(0.0, 0.0) == "0"
    assert class_label(1.0, 1.0) == "1"
    assert class_label(1.0, 11.0) == "1 – 11"
    assert class_label(1200.0, 2500.5) == "1,200 – 2,500"


# ------------------------------------------------------------ on the bundled dataset
@pytest.fixture(scope="module")
def bundled():
    return load_dataset(BUNDLED_DATASET).workspace


def test_beijing_and_anhui_differ_under_vendor_headquarters(bundled):
    table = region_table(bundled, VENDOR_HQ)
    values = table.values()
    assert values["110000"] > values["340000"] > 0
    for method in AUTOMATIC:
        result = choropleth(values, Classing(method, 5))
        assert result.color_of("110000") != result.color_of("340000"), method
        assert all(count > 0 for *_, count in result.legend(values))
        assert "0 – 0" not in [class_label(low, high) for _, low, high, _ in result.legend(values)]


def test_the_default_metric_is_the_one_covering_the_most_provinces(bundled):
    chosen = default_metric(bundled)
    coverages = {m: coverage(region_table(bundled, m)) for m in
                 {v.metric_id for v in bundled.province_values} | {VENDOR_HQ, "clusters"}}
    assert coverages[chosen] == max(coverages.values())
    assert chosen == "deep_synthesis_filings"  # 21 provinces; vendor HQs and clusters cover 5 each


def test_the_default_follows_the_data_not_the_order():
    ws = make_workspace()
    assert default_metric(ws) == "genai_filings"  # 3 provinces, against 3 vendor HQs: the first listed wins
    ws.replace_table("metrics", [*ws.metrics, e.Metric("wide", "覆盖广", "Wide", "firms", "2025", None, "s1")])
    ws.replace_table("province_values", [*ws.province_values, *(
        e.ProvinceValue("wide", p.code, float(n + 1), "reported", "s1") for n, p in enumerate(PROVINCES[:10]))])
    assert default_metric(ws) == "wide"
