"""Revenue figures, checks and conflicting sources against hand-computed values."""

import math

import pytest

from tests.factories import make_workspace
from workbench.domain import DomainError, update
from workbench.domain import entities as e
from workbench.domain.revenue_checks import conflicts, normalise_currency, pick_observation
from workbench.domain.revenue_figures import revenue_figures
from workbench.storage.dataset import load_dataset
from workbench.storage.opening import BUNDLED_DATASET


def market_workspace(estimates):
    ws = make_workspace(6)
    ws.replace_table("settings", [e.Setting("multimodal_share", "0.25")])
    ws.replace_table("market_series", [e.MarketSeries("llm_market", "大模型", "LLM"),
                                       e.MarketSeries("multimodal_market", "多模态", "Multimodal")])
    ws.replace_table("market_points", [
        e.MarketPoint("llm_market", 2023, 150.0), e.MarketPoint("llm_market", 2024, 200.0),
        e.MarketPoint("multimodal_market", 2024, 50.0), e.MarketPoint("multimodal_market", 2030, 400.0, True)])
    ws.replace_table("revenue_estimates", estimates)
    return ws


def test_amounts_market_shares_and_totals_by_scenario():
    ws = market_workspace([
        e.RevenueEstimate("v0", base_revenue=100.0, share_low=0.1, share_base=0.2, share_high=0.3),
        e.RevenueEstimate("v1", base_revenue=50.0, share_low=0.2, share_high=0.4),  # base: the midpoint 0.3
        e.RevenueEstimate("v2", base_revenue=40.0, share_low=0.25, share_base=0.25, share_high=0.25),
        e.RevenueEstimate("v3", currency="USD", base_revenue=100.0, share_base=0.5),
    ])
    figures = revenue_figures(ws)
    v0, v1, v2, v3 = figures.vendors
    assert v0.amounts == pytest.approx((10, 20, 30)) and v1.amounts == pytest.approx((10, 15, 20))
    assert v2.amounts == pytest.approx((10, 10, 10)) and v3.amount("base") == 50
    # market: 200 × 25% = 50; shares of it under base: 20/50, 15/50, 10/50; USD left out
    assert figures.market.size == 50
    assert [v.market_share("base") for v in figures.vendors] == pytest.approx([0.4, 0.3, 0.2, None])
    assert figures.totals == pytest.approx({"low": 30, "base": 45, "high": 60})
    # base: (20² + 15² + 10²) / 45² × 10,000 = 725 / 2025 × 10,000
    assert figures.concentration["base"].hhi == pytest.approx(3580.2469, abs=1e-3)
    levels = {(c.code, c.scenario): c.level for c in figures.checks}
    assert levels[("within_market", "base")] == "ok" and levels[("exceeds_market", "high")] == "warning"
    assert next(c for c in figures.checks if c.code == "other_currency").vendors == ("v3",)


def test_cr3_cr5_and_hhi_hand_computed():
    amounts = [30.0, 25.0, 20.0, 10.0, 10.0, 5.0]  # of a total of 100
    ws = market_workspace([e.RevenueEstimate(f"v{i}", base_revenue=a, share_base=1.0) for i, a in enumerate(amounts)])
    result = revenue_figures(ws).concentration["base"]
    assert result.cr3 == pytest.approx(0.75) and result.cr5 == pytest.approx(0.95)
    assert result.hhi == pytest.approx(900 + 625 + 400 + 100 + 100 + 25)  # 2,150
    assert result.reading == "moderately concentrated"


def test_the_multimodal_market_and_its_cagr():
    market = revenue_figures(market_workspace([])).market
    assert (market.year, market.llm_size, market.derived_size, market.recorded_size) == (2024, 200, 50, 50)
    # 50 (2024) to 400 (2030): 8 ** (1/6) - 1 = √2 - 1
    assert market.cagr == pytest.approx(math.sqrt(2) - 1)
    assert (market.forecast_year, market.forecast_size) == (2030, 400)


def test_the_bundled_market_follows_the_seed():
    ws = load_dataset(BUNDLED_DATASET).workspace
    figures = revenue_figures(ws)
    market = figures.market
    assert market.derived_size == pytest.approx(20.5 * 0.22) and market.recorded_size == 4.51
    assert market.cagr == pytest.approx((96.9 / (20.5 * 0.22)) ** (1 / 6) - 1)
    amounts = {v.vendor_id: v.amount("base") for v in figures.vendors}
    assert amounts["alibaba"] == pytest.approx(16.5) and amounts["tencent"] == pytest.approx(63.6 * 0.06)
    assert figures.totals["base"] > market.size  # the seed's percentages are segment shares: flagged
    assert any(c.code == "exceeds_market" and c.level == "warning" for c in figures.checks)


def test_disagreeing_sources_are_found_and_one_pick_is_one_undoable_step():
    ws = load_dataset(BUNDLED_DATASET).workspace
    before = ws.snapshot()
    (huawei,) = [c for c in conflicts(ws) if c.vendor_id == "huawei"]
    assert huawei.in_use.value == 68.8 and {o.value for o in huawei.observations} == {68.8, 38.5}
    check = next(c for c in revenue_figures(ws).checks if c.code == "conflict")
    assert check.values == (68.8, 38.5) and check.sources == ("seed002", "huawei_ar_2024")

    inverse = pick_observation(ws, "obs-huawei-base-ar2024").apply(ws)
    assert ws.revenue_estimates.get(("huawei",)).base_revenue == 38.5
    assert ws.revenue_observations.get(("obs-huawei-base-ar2024",)).in_use
    assert not ws.revenue_observations.get(("obs-huawei-base-seed",)).in_use
    inverse.apply(ws)
    assert ws.snapshot() == before
    with pytest.raises(DomainError):
        pick_observation(ws, "nope")


def test_an_estimate_that_left_its_observation_is_flagged():
    ws = load_dataset(BUNDLED_DATASET).workspace
    update(ws, "revenue_estimates", ("baidu",), base_revenue=140.0).apply(ws)
    check = next(c for c in revenue_figures(ws).checks if c.code == "not_in_use")
    assert check.vendors == ("baidu",) and check.values == (140.0, 133.1)


def test_currencies():
    assert normalise_currency(" rmb ") == "CNY" and normalise_currency("人民币") == "CNY"
    assert normalise_currency("usd") == "USD" and normalise_currency("XYZ") is None


def test_figures_updated_from_the_previous_ones_equal_fresh_ones():
    ws = load_dataset(BUNDLED_DATASET).workspace
    before = revenue_figures(ws)
    update(ws, "revenue_estimates", ("tencent",), share_base=0.065).apply(ws)
    update(ws, "vendors", ("baidu",), name_zh="百度集团").apply(ws)
    again = revenue_figures(ws, previous=before)
    assert again == revenue_figures(ws)
    assert again.vendors[0] is before.vendors[0]  # alibaba did not change: its row is reused
    by_id = {v.vendor_id: v for v in again.vendors}
    assert by_id["tencent"].amount("base") == pytest.approx(63.6 * 0.065) and by_id["baidu"].name_zh == "百度集团"
    update(ws, "settings", ("multimodal_share",), value="0.5").apply(ws)
    assert revenue_figures(ws, previous=again) == revenue_figures(ws)


def test_order_and_range_checks_name_the_vendors():
    from workbench.domain.revenue_checks import estimate_checks

    order, in_range = estimate_checks([e.RevenueEstimate("a", share_low=0.2, share_base=0.1),
                                       e.RevenueEstimate("b", share_high=1.5),
                                       e.RevenueEstimate("c", share_low=0.1, share_high=0.2)])
    assert (order.level, order.vendors) == ("warning", ("a",))
    assert (in_range.level, in_range.vendors) == ("warning", ("b",))
