"""A small benchmark registry and report.

A benchmark is a function that takes the number of repetitions and returns a
`Measurement` (its samples, in milliseconds unless the benchmark declares another
unit such as "MB", and optionally a baseline's samples taken in the same run). Register it with `@benchmark(...)` in a
`tests/benchmarks/bench_*.py` module; `python -m tests.benchmarks` finds it.

A figure with `budget_ratio` is within budget when its median is at most that
many times the baseline's median; one with `budget_ms` when its p95 is at most
that many units. A benchmark that cannot run raises `NotMeasured`.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Callable


class NotMeasured(Exception):
    """The figure could not be taken; the message says why."""


@dataclass(frozen=True)
class Measurement:
    samples_ms: list[float]
    baseline_ms: list[float] | None = None


@dataclass(frozen=True)
class Benchmark:
    name: str
    run: Callable[[int], Measurement]
    budget_ms: float | None = None  # in `unit`, whatever it is
    budget_ratio: float | None = None
    unit: str = "ms"


@dataclass(frozen=True)
class Figure:
    """What one benchmark gave: a measurement, or the reason there is none."""

    benchmark: Benchmark
    measurement: Measurement | None = None
    not_measured: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.measurement.samples_ms)

    @property
    def p95(self) -> float:
        return percentile(self.measurement.samples_ms, 95)

    @property
    def ratio(self) -> float | None:
        baseline = self.measurement.baseline_ms
        return self.median / statistics.median(baseline) if baseline else None

    @property
    def within_budget(self) -> bool:
        if self.measurement is None:
            return False
        budget = self.benchmark
        if budget.budget_ratio is not None and (self.ratio is None or self.ratio > budget.budget_ratio):
            return False
        return budget.budget_ms is None or self.p95 <= budget.budget_ms

    def budget_text(self) -> str:
        parts = []
        if self.benchmark.budget_ratio is not None:
            parts.append(f"{self.benchmark.budget_ratio:g}x")
        if self.benchmark.budget_ms is not None:
            parts.append(f"p95 {self.benchmark.budget_ms:g} {self.benchmark.unit}")
        return " and ".join(parts) or "none"

    def line(self) -> str:
        name = self.benchmark.name
        if self.measurement is None:
            return f"{name}: not measured ({self.not_measured})"
        ratio = f"  ratio {self.ratio:.2f} to baseline" if self.ratio is not None else ""
        verdict = "within" if self.within_budget else "over"
        unit = self.benchmark.unit
        return (f"{name}: median {self.median:.1f} {unit}  p95 {self.p95:.1f} {unit}{ratio}"
                f"  budget {self.budget_text()}  {verdict}")


REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str, *, budget_ms: float | None = None, budget_ratio: float | None = None, unit: str = "ms"):
    """Register the decorated function as the benchmark `name` (budget_ms is in `unit`)."""

    def register(run: Callable[[int], Measurement]) -> Callable[[int], Measurement]:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} is registered twice")
        REGISTRY[name] = Benchmark(name, run, budget_ms, budget_ratio, unit)
        return run

    return register


def percentile(samples: list[float], percent: float) -> float:
    """Linear-interpolated percentile (what numpy calls 'linear')."""
    ordered = sorted(samples)
    position = (len(ordered) - 1) * percent / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def measure(bench: Benchmark, repetitions: int) -> Figure:
    try:
        return Figure(bench, bench.run(repetitions))
    except NotMeasured as reason:
        return Figure(bench, not_measured=str(reason))


def table(figures: list[Figure]) -> str:
    """The closing summary, one row per figure."""
    header = ("figure", "unit", "median", "p95", "ratio", "budget", "verdict")
    rows = [header]
    for figure in figures:
        unit = figure.benchmark.unit
        if figure.measurement is None:
            rows.append((figure.benchmark.name, unit, "-", "-", "-", figure.budget_text(), "not measured"))
            continue
        ratio = f"{figure.ratio:.2f}" if figure.ratio is not None else "-"
        rows.append((figure.benchmark.name, unit, f"{figure.median:.1f}", f"{figure.p95:.1f}", ratio,
                     figure.budget_text(), "within" if figure.within_budget else "over"))
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
