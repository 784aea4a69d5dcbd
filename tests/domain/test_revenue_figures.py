"""Revenue mix and named-market shares against hand-computed values; the 100% rule in commands."""

import math

import pytest

from tests.factories import make_workspace
from workbench.domain import Batch, DomainError, PutRecord, update
from workbench.domain import entities as e
from workbench.domain.market_shares import concentration, market_views
from workbench.domain.revenue_checks import conflicts, mix_checks, normalise_currency, pick_observation
from workbench.domain.revenue_figures import revenue_figures
from workbench.storage.dataset import load_dataset
from workbench.storage.opening import BUNDLED_DATASET


def market_workspace():
    ws = make_workspace(6)
    ws.replace_table("settings", [e.Setting("multimodal_share", "0.25")])
    ws.replace_table("market_series", [e.MarketSeries("llm_market", "大模型", "LLM"),
                                       e.MarketSeries("multimodal_market", "多模态", "Multimodal")])
    ws.replace_table("market_points", [
        e.MarketPoint("llm_market", 2023, 150.0), e.MarketPoint("llm_market", 2024, 200.0),
        e.MarketPoint("multimodal_market", 2024, 50.0), e.MarketPoint("multimodal_market", 2030, 400.0, True)])
    return ws


def test_hhi_is_a_range_when_part_of_the_market_is_not_attributed():
    # 30% + 20% named, 50% not attributed: CR counts the named only; HHI 900+400 = 1,300 up to 1,300 + 2,500
    result = concentration([0.3, 0.2])
    assert result.cr3 == pytest.approx(0.5) and result.cr5 == pytest.approx(0.5) and result.named_count == 2
    assert result.hhi_low == pytest.approx(1300) and result.hhi_high == pytest.approx(3800)
    assert result.reading == "unconcentrated to highly concentrated"
    whole = concentration([0.3, 0.25, 0.2, 0.1, 0.1, 0.05])  # the whole market named: the bounds meet
    assert whole.hhi_low == whole.hhi_high == pytest.approx(900 + 625 + 400 + 100 + 100 + 25)
    assert whole.cr3 == pytest.approx(0.75) and whole.cr5 == pytest.approx(0.95)
    assert whole.reading == "moderately concentrated"
    assert concentration([]) is None


def test_a_share_is_taken_as_given_or_as_the_amount_over_the_market_size():
    ws = make_workspace()
    views = {v.definition.market_id: v for v in market_views(ws)}
    platform, tenders = views["platform"], views["tenders"]
    assert [s.share for s in platform.shares] == [0.199, 0.16]  # given shares win over the amount
    assert platform.remainder == pytest.approx(0.641)
    assert tenders.shares[0].share == pytest.approx(69 / 1520)


def test_an_edit_that_would_push_a_market_over_100_percent_is_refused_and_changes_nothing():
    ws = make_workspace()
    before = ws.snapshot()
    with pytest.raises(DomainError) as raised:
        update(ws, "market_shares", ("platform", "v1"), share=0.85).apply(ws)
    message = str(raised.value)
    # the market, the total and the vendors involved
    assert "LLM platform market (2023)" in message and "104.9%" in message
    assert "百度 19.9%" in message and "阿里巴巴 85.0%" in message
    assert ws.snapshot() == before
    with pytest.raises(DomainError, match="more than the whole"):
        PutRecord("market_shares", e.MarketShare("tenders", "v1", None, 1600.0, None, "reported", "s1")).apply(ws)
    with pytest.raises(DomainError, match="no market definition 'nope'"):
        PutRecord("market_shares", e.MarketShare("nope", "v1", 0.1, None, None, "reported", "s1")).apply(ws)
    with pytest.raises(DomainError, match="a figure needs a source"):
        PutRecord("market_shares", e.MarketShare("tenders", "v1", None, 5.0)).apply(ws)
    with pytest.raises(DomainError, match="outside 0-1"):
        update(ws, "market_shares", ("platform", "v1"), share=-0.1).apply(ws)
    # a batch that goes over part-way is undone whole
    with pytest.raises(DomainError):
        Batch((update(ws, "market_shares", ("platform", "v1"), share=0.5),
               PutRecord("market_shares", e.MarketShare("platform", "v2", 0.4, None, None, "reported", "s1")))).apply(ws)
    assert ws.snapshot() == before
    # shrinking the market under its vendors' amounts is refused too
    with pytest.raises(DomainError, match="less than the amount"):
        update(ws, "market_definitions", ("tenders",), size=50.0).apply(ws)
    # up to exactly 100% is fine
    update(ws, "market_shares", ("platform", "v1"), share=0.801).apply(ws)
    assert market_views(ws)[0].remainder == pytest.approx(0.0)


def test_the_bundled_data_keeps_revenue_mix_apart_from_market_shares():
    ws = load_dataset(BUNDLED_DATASET).workspace
    figures = revenue_figures(ws)
    mix = {row.vendor_id: row for row in figures.mix}
    assert mix["alibaba"].shares == (None, 0.15, None) and mix["alibaba"].upper_bound
    assert mix["tencent"].shares == (0.05, None, 0.07)  # a range: no midpoint made up
    assert not mix["moonshot"].upper_bound and mix["moonshot"].record.category == "pure_player"
    assert "sensetime" in figures.no_estimate and "sensetime" not in mix
    for view in figures.markets:
        assert 0 <= view.total <= 1, view.definition.market_id
        assert all(s.share is None or 0 <= s.share <= 1 for s in view.shares)
    views = {v.definition.market_id: v for v in figures.markets}
    assert views["multimodal_llm_2024"].shares == () and views["multimodal_llm_2024"].concentration is None
    assert views["idc_token_calls_2025h1"].total == pytest.approx(0.932)
    assert all(c.level == "ok" for c in figures.checks if c.code in ("within_markets", "order", "range"))
    market = figures.market
    assert market.derived_size == pytest.approx(20.5 * 0.22) and market.recorded_size == 4.51
    assert market.cagr == pytest.approx((96.9 / (20.5 * 0.22)) ** (1 / 6) - 1)


def test_the_multimodal_market_and_its_cagr():
    market = revenue_figures(market_workspace()).market
    assert (market.year, market.llm_size, market.derived_size, market.recorded_size) == (2024, 200, 50, 50)
    # 50 (2024) to 400 (2030): 8 ** (1/6) - 1 = √2 - 1
    assert market.cagr == pytest.approx(math.sqrt(2) - 1)
    assert (market.forecast_year, market.forecast_size) == (2030, 400)


def test_observations_stay_side_by_side_and_one_pick_is_one_undoable_step():
    ws = load_dataset(BUNDLED_DATASET).workspace
    before = ws.snapshot()
    (baidu,) = [c for c in conflicts(ws) if c.vendor_id == "baidu"]
    assert baidu.field == "share_base" and {o.value for o in baidu.observations} == {0.12, 0.145}
    assert baidu.in_use.value == 0.12
    (alibaba,) = [c for c in conflicts(ws) if c.vendor_id == "alibaba"]
    assert {o.value for o in alibaba.observations} == {0.15, 0.11}

    inverse = pick_observation(ws, "obs-baidu-mix-ar2024").apply(ws)
    assert ws.revenue_mix.get(("baidu",)).share_base == 0.145
    assert ws.revenue_observations.get(("obs-baidu-mix-ar2024",)).in_use
    assert len(ws.revenue_observations) == len(before["revenue_observations"])  # nothing overwritten
    inverse.apply(ws)
    assert ws.snapshot() == before
    with pytest.raises(DomainError):
        pick_observation(ws, "nope")


def test_an_estimate_that_left_its_observation_is_flagged():
    ws = load_dataset(BUNDLED_DATASET).workspace
    update(ws, "revenue_mix", ("baidu",), share_base=0.13).apply(ws)
    check = next(c for c in revenue_figures(ws).checks if c.code == "not_in_use")
    assert check.vendors == ("baidu",) and check.values == (0.13, 0.12)


def test_currencies():
    assert normalise_currency(" rmb ") == "CNY" and normalise_currency("人民币") == "CNY"
    assert normalise_currency("usd") == "USD" and normalise_currency("XYZ") is None


def test_order_and_range_checks_name_the_vendors():
    order, in_range = mix_checks([e.RevenueMix("a", share_low=0.2, share_base=0.1),
                                  e.RevenueMix("b", share_high=1.5),
                                  e.RevenueMix("c", share_low=0.1, share_high=0.2)])
    assert (order.level, order.vendors) == ("warning", ("a",))
    assert (in_range.level, in_range.vendors) == ("warning", ("b",))
