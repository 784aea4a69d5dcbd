"""Classing values for a choropleth: quantiles, equal interval, natural breaks, manual.

Every class holds at least one value: a legend row with nothing in it, or a
range such as "0 – 0", tells the reader nothing. With no more distinct values
than classes, quantiles and natural breaks give each value a class of its own,
so two different values never share a colour merely for want of classes.
"""

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

    def spans(self, values) -> list[tuple[float, float, int]]:
        """Per class, the smallest and largest value in it and how many there are."""
        spans: list[list[float]] = [[] for _ in self.upper_bounds]
        for value in values:
            index = self.class_of(value)
            if index is not None:
                spans[index].append(value)
        return [(min(members), max(members), len(members)) if members else (low, high, 0)
                for members, (low, high) in zip(spans, self.ranges())]

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
    distinct = sorted(set(data))
    if method in ("quantile", "natural_breaks") and len(distinct) <= classes:
        bounds = distinct  # a class per value: nothing to group
    elif method == "quantile":
        bounds = _quantile(data, classes)
        if len(set(bounds)) < classes:
            bounds = _quantile_over_ties(data, classes)
    elif method == "equal_interval":
        step = (data[-1] - data[0]) / classes
        bounds = [data[0] + step * (i + 1) for i in range(classes - 1)] + [data[-1]]
    elif method == "natural_breaks":
        bounds = _jenks(data, classes)
    elif method == "manual":
        bounds = _manual(data, manual_breaks or [])
    else:
        raise ClassificationError(f"unknown method {method!r}")
    return Classes(data[0], _occupied(data, bounds))


def _occupied(data: list[float], bounds) -> tuple[float, ...]:
    """The bounds that close a class holding a value: an empty class merges into the next."""
    kept: list[float] = []
    position = 0  # data[position:] are the values above the last kept bound
    for bound in sorted(set(bounds)):
        end = bisect.bisect_right(data, bound, lo=position)
        if end > position:
            kept.append(bound)
            position = end
    if position < len(data):  # values above every bound (cannot happen: the last bound is the maximum)
        kept.append(data[-1])
    return tuple(kept)


def _quantile_over_ties(data: list[float], classes: int) -> list[float]:
    """Quantiles when many equal values make breaks coincide: class by class, over the values left.

    With 29 provinces at 0 and 5 spread over 1-11, the plain quartiles all fall
    on 0; here the zeros take one class and the other values share the rest.
    """
    bounds, rest = [], data
    for remaining in range(classes, 1, -1):
        distinct = sorted(set(rest))
        if len(distinct) <= remaining:
            bounds.extend(distinct[:-1])
            break
        bound = _quantile(rest, remaining)[0]
        if bound >= rest[-1]:
            bound = distinct[-2]  # the top value is tied over the quantile: it keeps a class of its own
        bounds.append(bound)
        rest = [v for v in rest if v > bound]
    return bounds + [data[-1]]


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
