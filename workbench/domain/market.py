"""Market-size series and their growth."""

from __future__ import annotations

from .workspace import Workspace

SCENARIOS = ("low", "base", "high")
MULTIMODAL_SERIES = "multimodal_market"


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

