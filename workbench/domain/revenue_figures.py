"""Every figure the revenue view shows, computed in one pass from the workspace.

Two things are kept apart: the revenue mix (the share of a vendor's own revenue
from large models) and market shares (a vendor's share of one named market).
Nothing here multiplies one by the other or adds shares of different markets.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import entities as e
from .market import MULTIMODAL_SERIES, cagr, series_points
from .market_shares import MarketView, market_views
from .revenue_checks import Check, mix_checks, observation_checks
from .workspace import Workspace

LLM_SERIES = "llm_market"
SHARE_SETTING = "multimodal_share"


@dataclass(frozen=True)
class MixRow:
    vendor_id: str
    name_zh: str
    name_en: str
    record: e.RevenueMix

    @property
    def upper_bound(self) -> bool:
        """The share is the whole cloud segment's, so large models are at most this."""
        return self.record.category == e.UPPER_BOUND_CATEGORY

    @property
    def shares(self) -> tuple[float | None, float | None, float | None]:
        return self.record.share_low, self.record.share_base, self.record.share_high


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
    mix: tuple[MixRow, ...]
    no_estimate: tuple[str, ...]  # vendor_ids with no revenue mix row: shown as "no estimate"
    markets: tuple[MarketView, ...]
    market: MarketFigures  # the market-size series
    checks: tuple[Check, ...]


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


def revenue_figures(ws: Workspace, vendor_ids: set[str] | None = None) -> RevenueFigures:
    """All figures; `vendor_ids` limits the vendors (e.g. to one province), None means all."""
    vendors = {v.vendor_id: v for v in ws.vendors}
    records = [r for r in ws.revenue_mix if vendor_ids is None or r.vendor_id in vendor_ids]
    mix = tuple(MixRow(r.vendor_id, vendors[r.vendor_id].name_zh if r.vendor_id in vendors else r.vendor_id,
                       vendors[r.vendor_id].name_en if r.vendor_id in vendors else "", r) for r in records)
    with_mix = {r.vendor_id for r in records}
    no_estimate = tuple(v for v in vendors if v not in with_mix and (vendor_ids is None or v in vendor_ids))
    markets = tuple(market_views(ws))
    checks = mix_checks(records) + _market_checks(markets) + observation_checks(ws)
    return RevenueFigures(mix, no_estimate, markets, market_figures(ws), tuple(checks))


def _market_checks(markets: tuple[MarketView, ...]) -> list[Check]:
    over = tuple(m.definition.market_id for m in markets if m.total > 1 + 1e-9)
    return [Check("within_markets" if not over else "exceeds_market", "warning" if over else "ok", text=", ".join(over))]
