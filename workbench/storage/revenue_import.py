"""Revenue mix estimates and market shares as analysts write them, made ready for the schema check.

Shares may be written "15%", "0.15", "15", "≈15%", "<5%" or, in a single
``share`` column, "5-7%"; all become fractions 0-1. Currencies may be written
"RMB" or "人民币"; all become ISO codes. What cannot be read the same way by
everyone is refused with its row and column.
"""

from __future__ import annotations

from ..domain.percent import ShareText, parse_column
from ..domain.revenue_checks import SHARE_FIELDS, currency_problem, normalise_currency
from .problems import Problem
from .readers import RawTable

# Headers for one column holding a share or a range ("5-7%"), spread over low/base/high.
SHARE_HEADERS = ("share", "large_model_share", "大模型收入占比", "占比")


def prepare_revenue_table(raw: RawTable) -> list[Problem]:
    """Rewrite share and currency cells of `raw` in place; report cells that cannot be read."""
    problems = _spread_share_column(raw)
    for name in SHARE_FIELDS:
        if name in raw.columns:
            problems += _rewrite_share_column(raw, name)
    if "currency" in raw.columns:
        position = raw.columns.index("currency")
        for number, row in enumerate(raw.rows, start=1):
            text = row[position].strip()
            message = currency_problem(text) if text else None
            if message:
                problems.append(Problem(raw.source, number, "currency", message))
            elif text:
                row[position] = normalise_currency(text)
    return problems


def prepare_share_column(raw: RawTable) -> list[Problem]:
    """A market share column written "19.9%", "0.199" or "19.9", as a fraction."""
    return _rewrite_share_column(raw, "share") if "share" in raw.columns else []


def _read_column(raw: RawTable, name: str) -> tuple[list[ShareText | None], list[Problem]]:
    """Each row's share in column `name`; unreadable cells are reported and blanked (reported once)."""
    position = raw.columns.index(name)
    shares, errors = parse_column([row[position] for row in raw.rows])
    problems = []
    for index, message in errors.items():
        problems.append(Problem(raw.source, index + 1, name, message))
        raw.rows[index][position] = ""
    return shares, problems


def _rewrite_share_column(raw: RawTable, name: str) -> list[Problem]:
    shares, problems = _read_column(raw, name)
    position = raw.columns.index(name)
    for number, (share, row) in enumerate(zip(shares, raw.rows), start=1):
        if share is None:
            continue
        if share.is_range:
            problems.append(Problem(raw.source, number, name,
                                    f"{row[position].strip()!r} is a range: write it in a 'share' column, "
                                    "or its ends in share_low and share_high"))
            row[position] = ""
        else:
            row[position] = repr(share.high)
    return problems


def _spread_share_column(raw: RawTable) -> list[Problem]:
    """Turn a single share column into share_low/base/high (a range leaves the base empty)."""
    alias = next((c for c in raw.columns if c.strip().casefold() in SHARE_HEADERS), None)
    if alias is None:
        return []
    shares, problems = _read_column(raw, alias)
    position = raw.columns.index(alias)
    for name in SHARE_FIELDS:
        if name not in raw.columns:
            raw.columns.append(name)
            for row in raw.rows:
                row.append("")
    targets = [raw.columns.index(name) for name in SHARE_FIELDS]
    for number, (share, row) in enumerate(zip(shares, raw.rows), start=1):
        if share is None:
            continue
        spread = (share.low, None if share.is_range else share.high, share.high)
        for target, value, name in zip(targets, spread, SHARE_FIELDS):
            if row[target].strip():
                problems.append(Problem(raw.source, number, name, f"both {alias!r} and {name!r} are given: keep one"))
            elif value is not None:
                row[target] = f"{value * 100:.10g}%"  # with its sign, so the column's scale cannot misread it
    for row in raw.rows:
        del row[position]
    del raw.columns[position]
    return problems
