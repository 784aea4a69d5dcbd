import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import make_workspace
from workbench.domain import entities as e
from workbench.domain.classify import ClassificationError, classify
from workbench.domain.market import cagr, market_size, series_cagr


def test_cagr_of_the_seed_forecast():
    # 4.51 bn (2024) to 96.9 bn (2030): (96.9 / 4.51) ** (1/6) - 1 ≈ 66.8%
    assert math.isclose(cagr(4.51, 96.9, 6), (96.9 / 4.51) ** (1 / 6) - 1)
    assert 0.66 < cagr(4.51, 96.9, 6) < 0.67
    assert cagr(0, 5, 3) is None and cagr(1, 2, 0) is None


def test_series_cagr_and_market_size():
    ws = make_workspace()
    ws.replace_table("market_points", [
        e.MarketPoint("multimodal_market", 2024, 4.51), e.MarketPoint("multimodal_market", 2030, 96.9, True)])
    rate, first, last = series_cagr(ws, "multimodal_market")
    assert (first, last) == (2024, 2030) and 0.66 < rate < 0.67
    assert market_size(ws) == 4.51 and market_size(ws, 2030) == 96.9


def test_quantile_breaks_hand_computed():
    classes = classify([1, 2, 3, 4, 5, 6, 7, 8, 9], "quantile", 3)
    # positions 8/3 and 16/3 between order statistics: 3.667 and 6.333
    assert [round(b, 3) for b in classes.upper_bounds] == [3.667, 6.333, 9]
    assert classes.counts([1, 2, 3, 4, 5, 6, 7, 8, 9]) == [3, 3, 3]


def test_equal_interval_and_manual():
    # 0-25 holds 0 and 10, 25-50 and 50-75 hold nothing and merge into 75-100
    assert classify([0, 10, 100], "equal_interval", 4).upper_bounds == (25, 100)
    manual = classify([0, 10, 100], "manual", manual_breaks=[50, 5])
    assert manual.upper_bounds == (5, 50, 100)
    with pytest.raises(ClassificationError):
        classify([0, 1], "manual", manual_breaks=[1])


def test_natural_breaks_find_the_obvious_groups():
    values = [1, 2, 3, 20, 21, 22, 100, 105]
    assert classify(values, "natural_breaks", 3).upper_bounds == (3, 22, 105)


def test_no_data_gives_no_classes_and_missing_has_no_class():
    assert classify([None, None], "quantile") is None
    assert classify([1, 2, 3], "quantile", 3).class_of(None) is None
    with pytest.raises(ClassificationError):
        classify([1, 2], "quantile", 9)


@given(st.lists(st.floats(0, 1e6), min_size=1, max_size=40), st.sampled_from(["quantile", "equal_interval", "natural_breaks"]),
       st.integers(3, 7))
def test_breaks_cover_the_data(values, method, count):
    classes = classify(values, method, count)
    assert classes.minimum == min(values) and classes.upper_bounds[-1] == max(values)
    assert sum(classes.counts(values)) == len(values)
    assert list(classes.upper_bounds) == sorted(classes.upper_bounds)
