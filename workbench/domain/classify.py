"""Classing values for a choropleth: quantiles, equal interval, natural breaks, manual."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

METHODS = ("quantile", "equal_interval", "natural_breaks", "manual")
MIN_CLASSES, MAX_CLASSES = 3, 7


@dataclass(frozen=True)
class Classes:
    """Upper bounds of each class (the last equals the maximum) and the minimum."""

    minimum: float
    upper_bounds: tuple[float, ...]

    def class_of(self, value: float | None) -> int | None:
        if value is None:
            return None
        index = bisect.bisect_left(self.upper_bounds, value)
        return min(index, len(self.upper_bounds) - 1)

    def ranges(self) -> list[tuple[float, float]]:
        lows = (self.minimum,) + self.upper_bounds[:-1]
        return list(zip(lows, self.upper_bounds))

    def counts(self, values) -> list[int]:
        counts = [0] * len(self.upper_bounds)
        for value in values:
            index = self.class_of(value)
            if index is not None:
                counts[index] += 1
        return counts


class ClassificationError(ValueError):
    pass


def classify(values, method: str, classes: int = 5, manual_breaks=None) -> Classes | None:
    """Breaks for the known values; None when no value is known."""
    data = sorted(v for v in values if v is not None)
    if not data:
        return None
    if not MIN_CLASSES <= classes <= MAX_CLASSES and method != "manual":
        raise ClassificationError(f"choose {MIN_CLASSES}-{MAX_CLASSES} classes, not {classes}")
    if method == "quantile":
        bounds = _quantile(data, classes)
    elif method == "equal_interval":
        step = (data[-1] - data[0]) / classes
        bounds = [data[0] + step * (i + 1) for i in range(classes - 1)] + [data[-1]]
    elif method == "natural_breaks":
        bounds = _jenks(data, classes)
    elif method == "manual":
        bounds = _manual(data, manual_breaks or [])
    else:
        raise ClassificationError(f"unknown method {method!r}")
    # Duplicate bounds (few distinct values) would make empty classes: drop them.
    unique = sorted(set(bounds))
    return Classes(data[0], tuple(unique))


def _quantile(data: list[float], classes: int) -> list[float]:
    n = len(data)
    bounds = []
    for i in range(1, classes):
        # Linear interpolation between order statistics (like numpy's default).
        position = (n - 1) * i / classes
        low = int(position)
        fraction = position - low
        high = min(low + 1, n - 1)
        bounds.append(data[low] + (data[high] - data[low]) * fraction)
    return bounds + [data[-1]]


def _manual(data: list[float], breaks) -> list[float]:
    breaks = sorted(float(b) for b in breaks)
    if not MIN_CLASSES - 1 <= len(breaks) <= MAX_CLASSES - 1:
        raise ClassificationError(f"give {MIN_CLASSES - 1}-{MAX_CLASSES - 1} breaks for {MIN_CLASSES}-{MAX_CLASSES} classes")
    return [b for b in breaks if b < data[-1]] + [data[-1]]


def _jenks(data: list[float], classes: int) -> list[float]:
    """Fisher-Jenks optimal breaks: minimise the within-class sum of squared deviations."""
    n = len(data)
    classes = min(classes, n)
    # cost[k][i]: best cost of the first i values in k classes; split[k][i]: where the last class starts
    inf = float("inf")
    prefix, prefix_sq = [0.0], [0.0]
    for v in data:
        prefix.append(prefix[-1] + v)
        prefix_sq.append(prefix_sq[-1] + v * v)

    def sse(start: int, end: int) -> float:  # values data[start:end]
        count = end - start
        total = prefix[end] - prefix[start]
        return prefix_sq[end] - prefix_sq[start] - total * total / count

    cost = [[inf] * (n + 1) for _ in range(classes + 1)]
    split = [[0] * (n + 1) for _ in range(classes + 1)]
    cost[0][0] = 0.0
    for k in range(1, classes + 1):
        for i in range(k, n + 1):
            for j in range(k - 1, i):
                candidate = cost[k - 1][j] + sse(j, i)
                if candidate < cost[k][i]:
                    cost[k][i], split[k][i] = candidate, j
    bounds, end = [], n
    for k in range(classes, 0, -1):
        start = split[k][end]
        bounds.append(data[end - 1])
        end = start
    return sorted(bounds)
