"""Every figure the revenue-share view shows, computed in one pass from the workspace.

Amounts are only added up, compared with the market and put into concentration
figures when they are in the market's currency: sums across currencies would be
meaningless without exchange rates, which the workspace does not hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import entities as e
from .market import MULTIMODAL_SERIES, SCENARIOS, Concentration, cagr, concentration, scenario_share, series_points
from .revenue_checks import Check, estimate_checks, observation_checks
from .workspace import Workspace

LLM_SERIES = "llm_market"
SHARE_SETTING = "multimodal_share"
MARKET_CURRENCY = "CNY"


@dataclass(frozen=True)
class VendorRevenue:
    vendor_id: str
    name_zh: str
    name_en: str
    estimate: e.RevenueEstimate
    shares: tuple[float | None, float | None, float | None]  # low, base, high, after fallbacks
    amounts: tuple[float | None, float | None, float | None]  # bn
    market_shares: tuple[float | None, float | None, float | None]  # of the multimodal market
    comparable: bool  # in the market's currency

    def share(self, scenario: str) -> float | None:
        return self.shares[SCENARIOS.index(scenario)]

    def amount(self, scenario: str) -> float | None:
        return self.amounts[SCENARIOS.index(scenario)]

    def market_share(self, scenario: str) -> float | None:
        return self.market_shares[SCENARIOS.index(scenario)]


@dataclass(frozen=True)
class MarketFigures:
    llm_points: tuple[e.MarketPoint, ...]
    multimodal_points: tuple[e.MarketPoint, ...]
    multimodal_share: float | None  # of the LLM market
    year: int | None  # the latest reported year of the LLM market
    llm_size: float | None
    derived_size: float | None  # LLM market × multimodal share
    recorded_size: float | None  # the multimodal series' own value that year
    forecast_year: int | None
    forecast_size: float | None
    cagr: float | None  # from `size` in `year` to the forecast

    @property
    def size(self) -> float | None:
        """The multimodal market the vendors' shares are taken of."""
        return self.derived_size if self.derived_size is not None else self.recorded_size


@dataclass(frozen=True)
class RevenueFigures:
    vendors: tuple[VendorRevenue, ...]
    market: MarketFigures
    totals: dict[str, float]  # sum of comparable amounts by scenario
    concentration: dict[str, Concentration]
    checks: tuple[Check, ...]
    _ranked: dict = field(default_factory=dict, compare=False, repr=False)  # by scenario, filled on demand

    def ranked(self, scenario: str) -> list[VendorRevenue]:
        """Comparable vendors with an amount, largest first (the Pareto order)."""
        if scenario not in self._ranked:
            index = SCENARIOS.index(scenario)
            ranked = [v for v in self.vendors if v.comparable and v.amounts[index] is not None]
            self._ranked[scenario] = sorted(ranked, key=lambda v: v.amounts[index], reverse=True)
        return list(self._ranked[scenario])


def _setting_share(ws: Workspace) -> float | None:
    try:
        value = float(ws.setting(SHARE_SETTING))
    except ValueError:
        return None
    return value if 0 <= value <= 1 else None


def market_figures(ws: Workspace) -> MarketFigures:
    llm = tuple(series_points(ws, LLM_SERIES))
    multimodal = tuple(series_points(ws, MULTIMODAL_SERIES))
    reported = [p for p in llm if not p.is_forecast]
    latest = reported[-1] if reported else None
    year = latest.year if latest else next((p.year for p in multimodal if not p.is_forecast), None)
    share = _setting_share(ws)
    derived = latest.value * share if latest is not None and share is not None else None
    recorded = next((p.value for p in multimodal if p.year == year), None)
    forecasts = [p for p in multimodal if p.is_forecast and year is not None and p.year > year]
    forecast = forecasts[-1] if forecasts else None
    size = derived if derived is not None else recorded
    growth = cagr(size, forecast.value, forecast.year - year) if forecast and size else None
    return MarketFigures(llm, multimodal, share, year, latest.value if latest else None, derived, recorded,
                         forecast.year if forecast else None, forecast.value if forecast else None, growth)


def _reuse(old: VendorRevenue | None, estimate: e.RevenueEstimate, ws: Workspace) -> VendorRevenue | None:
    if old is None or old.estimate is not estimate:
        return None
    vendor = ws.vendors.get((estimate.vendor_id,))
    same_names = (vendor.name_zh, vendor.name_en) == (old.name_zh, old.name_en) if vendor else old.name_en == ""
    return old if same_names else None


def _vendor_revenue(ws: Workspace, estimate: e.RevenueEstimate, market_size: float | None) -> VendorRevenue:
    vendor = ws.vendors.get((estimate.vendor_id,))
    shares = tuple(scenario_share(estimate, scenario) for scenario in SCENARIOS)
    revenue = estimate.base_revenue
    amounts = tuple(revenue * s if revenue is not None and s is not None else None for s in shares)
    comparable = estimate.currency == MARKET_CURRENCY
    market_shares = tuple(a / market_size if a is not None and market_size and comparable else None
                          for a in amounts)
    return VendorRevenue(estimate.vendor_id, vendor.name_zh if vendor else estimate.vendor_id,
                         vendor.name_en if vendor else "", estimate, shares, amounts, market_shares, comparable)


def revenue_figures(ws: Workspace, vendor_ids: set[str] | None = None,
                    previous: RevenueFigures | None = None) -> RevenueFigures:
    """All figures; `vendor_ids` limits the vendors (e.g. to one province), None means all.

    With `previous` (the figures before an edit), a vendor whose estimate record,
    names and market are unchanged keeps its row: after one edit only one row is
    recomputed, which keeps thousands of vendors fast.
    """
    market = market_figures(ws)
    estimates = [r for r in ws.revenue_estimates if vendor_ids is None or r.vendor_id in vendor_ids]
    reusable = {}
    if previous is not None and previous.market.size == market.size:
        reusable = {v.vendor_id: v for v in previous.vendors}
    vendors = tuple(_reuse(reusable.get(estimate.vendor_id), estimate, ws) or
                    _vendor_revenue(ws, estimate, market.size) for estimate in estimates)
    totals, concentrations = {}, {}
    for scenario in SCENARIOS:
        amounts = [v.amount(scenario) for v in vendors if v.comparable]
        totals[scenario] = sum(a for a in amounts if a is not None)
        concentrations[scenario] = concentration(amounts)
    checks = estimate_checks(estimates) + _market_checks(market, totals) + _vendor_checks(vendors)
    checks += observation_checks(ws)
    return RevenueFigures(vendors, market, totals, concentrations, tuple(checks))


def _market_checks(market: MarketFigures, totals: dict[str, float]) -> list[Check]:
    if not market.size:
        return [Check("no_market", "warning")]
    checks = []
    for scenario in SCENARIOS:
        exceeds = totals[scenario] > market.size
        checks.append(Check("exceeds_market" if exceeds else "within_market", "warning" if exceeds else "ok",
                            scenario=scenario, values=(totals[scenario], market.size)))
    recorded, derived = market.recorded_size, market.derived_size
    if recorded and derived and abs(recorded - derived) > 0.01 * recorded:
        checks.append(Check("market_mismatch", "warning", values=(derived, recorded)))
    return checks


def _vendor_checks(vendors: tuple[VendorRevenue, ...]) -> list[Check]:
    checks = []
    missing = tuple(v.vendor_id for v in vendors if v.estimate.base_revenue is None)
    if missing:
        checks.append(Check("no_base_revenue", "info", missing))
    foreign = tuple(v.vendor_id for v in vendors if not v.comparable)
    if foreign:
        checks.append(Check("other_currency", "warning", foreign, text=MARKET_CURRENCY))
    return checks
