"""Revenue attributable to large models, market shares, concentration and growth."""

from __future__ import annotations

from dataclasses import dataclass

from .workspace import Workspace

SCENARIOS = ("low", "base", "high")
MULTIMODAL_SERIES = "multimodal_market"
HHI_MODERATE, HHI_HIGH = 1500, 2500


@dataclass(frozen=True)
class VendorAmount:
    vendor_id: str
    share: float | None  # large-model share of the base under the scenario
    amount: float | None  # bn; base revenue × share
    market_share: float | None  # of the multimodal market, 0-1


@dataclass(frozen=True)
class Concentration:
    cr3: float
    cr5: float
    hhi: float  # 0-10,000 on percentage shares

    @property
    def reading(self) -> str:
        if self.hhi < HHI_MODERATE:
            return "unconcentrated"
        return "moderately concentrated" if self.hhi <= HHI_HIGH else "highly concentrated"


def scenario_share(estimate, scenario: str) -> float | None:
    """The share under a scenario; a missing bound falls back to the base, then the other bound."""
    low, base, high = estimate.share_low, estimate.share_base, estimate.share_high
    if scenario == "low":
        return _first(low, base, high)
    if scenario == "high":
        return _first(high, base, low)
    if base is not None:
        return base
    if low is not None and high is not None:
        return (low + high) / 2
    return _first(low, high)


def _first(*values):
    return next((v for v in values if v is not None), None)


def vendor_amounts(ws: Workspace, scenario: str = "base", market_size: float | None = None) -> list[VendorAmount]:
    rows = []
    for estimate in ws.revenue_estimates:
        share = scenario_share(estimate, scenario)
        amount = estimate.base_revenue * share if estimate.base_revenue is not None and share is not None else None
        market_share = amount / market_size if amount is not None and market_size else None
        rows.append(VendorAmount(estimate.vendor_id, share, amount, market_share))
    return rows


def base_amounts(ws: Workspace) -> dict[str, float]:
    """Each vendor's base-scenario revenue, where known; kept until the estimates change."""
    return ws.derived("base_amounts", ("revenue_estimates",), lambda: {
        a.vendor_id: a.amount for a in vendor_amounts(ws) if a.amount is not None})


def concentration(amounts: list[float]) -> Concentration:
    """CR3, CR5 and HHI of the vendors' amounts, as shares of their sum."""
    values = sorted((a for a in amounts if a is not None and a > 0), reverse=True)
    total = sum(values)
    if total <= 0:
        return Concentration(0.0, 0.0, 0.0)
    shares = [v / total for v in values]
    return Concentration(sum(shares[:3]), sum(shares[:5]), sum((s * 100) ** 2 for s in shares))


def cagr(first_value: float, last_value: float, years: int) -> float | None:
    if years <= 0 or first_value is None or last_value is None or first_value <= 0 or last_value <= 0:
        return None
    return (last_value / first_value) ** (1 / years) - 1


def series_points(ws: Workspace, series_id: str) -> list:
    return sorted((p for p in ws.market_points if p.series_id == series_id and p.value is not None),
                  key=lambda p: p.year)


def series_cagr(ws: Workspace, series_id: str) -> tuple[float | None, int | None, int | None]:
    """Growth from the first to the last point of a series: (rate, first year, last year)."""
    points = series_points(ws, series_id)
    if len(points) < 2:
        return None, None, None
    first, last = points[0], points[-1]
    return cagr(first.value, last.value, last.year - first.year), first.year, last.year


def market_size(ws: Workspace, year: int | None = None, series_id: str = MULTIMODAL_SERIES) -> float | None:
    """The market's value in a year (default: the latest reported, non-forecast point)."""
    points = series_points(ws, series_id)
    if year is not None:
        points = [p for p in points if p.year == year]
    else:
        points = [p for p in points if not p.is_forecast] or points
    return points[-1].value if points else None

