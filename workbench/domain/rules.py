"""What makes a record acceptable. Commands check these before they touch the workspace."""

from __future__ import annotations

import math
import re
from typing import Any, Callable

from . import entities as e
from .provinces import PROVINCES_BY_CODE

MAX_TEXT = 100_000
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_KINDS = {k.value for k in e.Kind}
_CONFIDENCES = {c.value for c in e.Confidence}

Problem = tuple[str, str]  # (field, message)


class DomainError(ValueError):
    """An edit that would leave the workspace inconsistent; the message is for the analyst."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(f"{f}: {m}" for f, m in problems))


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _in_range(record: Any, name: str, low: float, high: float, optional: bool = True) -> list[Problem]:
    value = getattr(record, name)
    if value is None:
        return [] if optional else [(name, "a value is required")]
    if not _finite(value):
        return [(name, f"{value!r} is not a number")]
    if not low <= value <= high:
        return [(name, f"{value:g} is outside {low:g}-{high:g}")]
    return []


def _nonempty(record: Any, name: str) -> list[Problem]:
    value = getattr(record, name)
    if not isinstance(value, str) or not value.strip():
        return [(name, "must not be empty")]
    if len(value) > MAX_TEXT:
        return [(name, f"is {len(value):,} characters; the limit is {MAX_TEXT:,}")]
    return []


def _kind(record: Any) -> list[Problem]:
    return [] if record.kind in _KINDS else [("kind", f"unknown kind {record.kind!r}")]


def _source(record: e.Source) -> list[Problem]:
    problems = _nonempty(record, "source_id") + _nonempty(record, "title")
    if record.confidence not in _CONFIDENCES:
        problems.append(("confidence", f"unknown confidence {record.confidence!r}"))
    return problems


def _vendor(record: e.Vendor) -> list[Problem]:
    problems = _nonempty(record, "vendor_id") + _nonempty(record, "name_zh")
    if record.hq_province and record.hq_province not in PROVINCES_BY_CODE:
        problems.append(("hq_province", f"unknown province code {record.hq_province!r}"))
    return problems


def _dimension(record: e.Dimension) -> list[Problem]:
    return _nonempty(record, "dimension_id") + _nonempty(record, "name_zh") + _in_range(
        record, "weight", 0, 100, optional=False
    )


def _score(record: e.Score) -> list[Problem]:
    return _in_range(record, "value", 0, 100) + _kind(record)


def _tier(record: e.Tier) -> list[Problem]:
    problems = _nonempty(record, "name_zh")
    if not _COLOR.match(record.color or ""):
        problems.append(("color", f"{record.color!r} is not a colour like #1f77b4"))
    return problems + _in_range(record, "min_score", 0, 100)


def _placement(record: e.TierPlacement) -> list[Problem]:
    problems = _kind(record)
    if record.override_tier is not None and not record.override_reason.strip():
        problems.append(("override_reason", "an override needs a reason"))
    return problems


def _province_value(record: e.ProvinceValue) -> list[Problem]:
    problems = _kind(record)
    if record.province_code not in PROVINCES_BY_CODE:
        problems.append(("province_code", f"unknown province code {record.province_code!r}"))
    return problems + _in_range(record, "value", 0, math.inf)


def _filing_batch(record: e.FilingBatch) -> list[Problem]:
    return _in_range(record, "count", 0, math.inf) + _in_range(record, "cumulative", 0, math.inf)


def _market_point(record: e.MarketPoint) -> list[Problem]:
    return _in_range(record, "value", 0, math.inf) + _kind(record)


def _key_figure(record: e.KeyFigure) -> list[Problem]:
    problems = _nonempty(record, "figure_id") + _nonempty(record, "topic") + _nonempty(record, "label_zh")
    problems += _kind(record) + _in_range(record, "value", -math.inf, math.inf)
    problems += _in_range(record, "value_high", -math.inf, math.inf)
    if record.bound not in e.KEY_FIGURE_BOUNDS:
        problems.append(("bound", f"{record.bound!r} is not one of {' '.join(b for b in e.KEY_FIGURE_BOUNDS if b)}"))
    if record.value_high is not None and record.value is None:
        problems.append(("value", "a range needs its low end"))
    elif not problems and record.value_high is not None and record.value_high < record.value:
        problems.append(("value_high", f"the high end {record.value_high:g} is below the low end {record.value:g}"))
    return problems


UNCITED = "a figure needs a source"


def _cited(record: Any) -> list[Problem]:
    """A figure must say where it comes from."""
    return [] if record.source_id.strip() else [("source_id", UNCITED)]


def _revenue_mix(record: e.RevenueMix) -> list[Problem]:
    problems = _kind(record) + _cited(record)
    if record.category and record.category not in e.REVENUE_MIX_CATEGORIES:
        problems.append(("category", f"unknown category {record.category!r}: use one of "
                                     f"{', '.join(e.REVENUE_MIX_CATEGORIES)}"))
    for name in ("share_low", "share_base", "share_high"):
        problems += _in_range(record, name, 0, 1)
    shares = [s for s in (record.share_low, record.share_base, record.share_high) if _finite(s)]
    if not problems and shares != sorted(shares):
        problems.append(("share_high", "shares must run low ≤ base ≤ high"))
    return problems


def _market_definition(record: e.MarketDefinition) -> list[Problem]:
    problems = _nonempty(record, "market_id") + _cited(record) + _in_range(record, "size", 0, math.inf)
    if not (record.name_zh.strip() or record.name_en.strip()):
        problems.append(("name_en", "a market needs a name"))
    if record.unit not in e.MARKET_UNITS:
        problems.append(("unit", f"unknown unit {record.unit!r}: use one of {', '.join(e.MARKET_UNITS)}"))
    return problems


def _market_share(record: e.MarketShare) -> list[Problem]:
    problems = _kind(record) + _cited(record) + _in_range(record, "share", 0, 1)
    problems += _in_range(record, "amount", 0, math.inf) + _in_range(record, "rank", 1, math.inf)
    if record.share is None and record.amount is None and record.rank is None:
        problems.append(("share", "give a share, an amount or a rank"))
    return problems


def _analysis_entry(record: e.AnalysisEntry) -> list[Problem]:
    problems = _nonempty(record, "text") + _in_range(record, "impact", 1, 5, False)
    problems += _in_range(record, "likelihood", 1, 5, False)
    allowed = e.SWOT_CATEGORIES if record.framework == "swot" else e.PEST_CATEGORIES
    if record.framework not in ("swot", "pest"):
        problems.append(("framework", f"unknown framework {record.framework!r}"))
    elif record.category not in allowed:
        problems.append(("category", f"{record.category!r} is not a {record.framework.upper()} category"))
    return problems


def _tows(record: e.TowsStrategy) -> list[Problem]:
    problems = _nonempty(record, "text")
    if record.cell not in e.TOWS_CELLS:
        problems.append(("cell", f"{record.cell!r} is not one of {', '.join(e.TOWS_CELLS)}"))
    return problems


_CHECKS: dict[type, Callable[[Any], list[Problem]]] = {
    e.Source: _source,
    e.Vendor: _vendor,
    e.Dimension: _dimension,
    e.Score: _score,
    e.Tier: _tier,
    e.TierPlacement: _placement,
    e.ProvinceValue: _province_value,
    e.FilingBatch: _filing_batch,
    e.MarketPoint: _market_point,
    e.KeyFigure: _key_figure,
    e.RevenueMix: _revenue_mix,
    e.MarketDefinition: _market_definition,
    e.MarketShare: _market_share,
    e.AnalysisEntry: _analysis_entry,
    e.TowsStrategy: _tows,
}


def check_record(record: Any) -> list[Problem]:
    """Problems of one record on its own (no look-ups into other tables)."""
    check = _CHECKS.get(type(record))
    return check(record) if check else []


def check_references(record: Any, source_ids: set[str]) -> list[Problem]:
    if isinstance(record, e.Source):
        return []
    problems = []
    for name in e.field_names(type(record)):
        value = getattr(record, name) if name.endswith("source_id") else ""
        if value and value not in source_ids:
            problems.append((name, f"no source {value!r}"))
    return problems
