"""Shares of named markets: each market on its own, never more than 100%, concentration over the whole market.

A share is only ever of one market definition (IDC's platform market 2023, the
2024 tender wins by value...). Shares of different definitions are never added
up. What the named vendors do not hold is shown as "Others / not attributed".
"""

from __future__ import annotations

from dataclasses import dataclass

from . import entities as e
from .workspace import Workspace

TOLERANCE = 1e-9  # shares written to one decimal place of a percent may add up to 1.0000000001
HHI_MODERATE, HHI_HIGH = 1500, 2500


@dataclass(frozen=True)
class NamedShare:
    record: e.MarketShare
    name: str  # the vendor's name, or its id when the vendor is unknown
    share: float | None  # the share given, else amount ÷ market size; None: no figure (e.g. a rank only)


@dataclass(frozen=True)
class MarketConcentration:
    """CR-n over the named vendors only; HHI as a range, the remainder being unknown firms.

    hhi_low treats the remainder as many tiny firms (adding nothing), hhi_high as
    one firm; with no remainder the two are equal.
    """

    cr3: float
    cr5: float
    named_count: int
    hhi_low: float
    hhi_high: float

    @property
    def reading(self) -> str:
        low, high = reading_of(self.hhi_low), reading_of(self.hhi_high)
        return low if low == high else f"{low} to {high}"


def reading_of(hhi: float) -> str:
    if hhi < HHI_MODERATE:
        return "unconcentrated"
    return "moderately concentrated" if hhi <= HHI_HIGH else "highly concentrated"


@dataclass(frozen=True)
class MarketView:
    definition: e.MarketDefinition
    shares: tuple[NamedShare, ...]  # in table order
    total: float  # of the named shares, 0-1
    concentration: MarketConcentration | None  # None when no vendor has a share figure

    @property
    def remainder(self) -> float:
        """Others / not attributed."""
        return max(0.0, 1.0 - self.total)

    def ranked(self) -> list[NamedShare]:
        """Vendors with a share figure, largest first, then those with only a rank."""
        with_share = sorted((s for s in self.shares if s.share is not None), key=lambda s: -s.share)
        rank_only = sorted((s for s in self.shares if s.share is None),
                           key=lambda s: (s.record.rank is None, s.record.rank or 0))
        return with_share + rank_only


def effective_share(record: e.MarketShare, definition: e.MarketDefinition | None) -> float | None:
    """The share given, else the amount over the market's size (both in the market's unit)."""
    if record.share is not None:
        return record.share
    if record.amount is not None and definition is not None and definition.size:
        return record.amount / definition.size
    return None


def concentration(shares: list[float]) -> MarketConcentration | None:
    if not shares:
        return None
    ordered = sorted(shares, reverse=True)
    remainder = max(0.0, 1.0 - sum(ordered))
    hhi_low = sum((s * 100) ** 2 for s in ordered)
    return MarketConcentration(sum(ordered[:3]), sum(ordered[:5]), len(ordered), hhi_low,
                               hhi_low + (remainder * 100) ** 2)


def market_views(ws: Workspace) -> list[MarketView]:
    names = {v.vendor_id: v.name_zh or v.vendor_id for v in ws.vendors}
    by_market: dict[str, list[e.MarketShare]] = {}
    for record in ws.market_shares:
        by_market.setdefault(record.market_id, []).append(record)
    views = []
    for definition in ws.market_definitions:
        shares = tuple(NamedShare(r, names.get(r.vendor_id, r.vendor_id), effective_share(r, definition))
                       for r in by_market.get(definition.market_id, []))
        values = [s.share for s in shares if s.share is not None]
        views.append(MarketView(definition, shares, sum(values), concentration(values)))
    return views


# ---------------------------------------------------------------- rules across records


def market_label(definition: e.MarketDefinition) -> str:
    name = definition.name_en or definition.name_zh
    return f"{name} ({definition.period})" if definition.period and definition.period not in name else name


def over_market_message(definition: e.MarketDefinition, parts: list[tuple[str, float]]) -> str:
    total = sum(share for _name, share in parts)
    listed = ", ".join(f"{name} {share * 100:.1f}%" for name, share in parts)
    return (f"the shares of {market_label(definition)} would total {total * 100:.1f}% ({listed}); "
            f"a market holds at most 100%")


def _parts(records: list[e.MarketShare], definition: e.MarketDefinition,
           names: dict[str, str]) -> list[tuple[str, float]]:
    parts = []
    for record in records:
        share = effective_share(record, definition)
        if share is not None:
            parts.append((names.get(record.vendor_id, record.vendor_id), share))
    return parts


def share_problems(record: e.MarketShare, definition: e.MarketDefinition | None,
                   others: list[e.MarketShare], names: dict[str, str]) -> list[tuple[str, str]]:
    """Why `record`, beside the market's other shares, cannot stand; [] when it can."""
    if definition is None:
        return [("market_id", f"no market definition {record.market_id!r}: define the market first")]
    problems = []
    if record.amount is not None and definition.size is not None and record.amount > definition.size:
        problems.append(("amount", f"{record.amount:g} is more than the whole of {market_label(definition)} "
                                   f"({definition.size:g})"))
    share = effective_share(record, definition)
    if share is not None and not 0 <= share <= 1:
        problems.append(("share", f"{share * 100:.1f}% of {market_label(definition)} is outside 0-100%"))
    parts = _parts(others + [record], definition, names)
    if not problems and sum(s for _n, s in parts) > 1 + TOLERANCE:
        problems.append(("share", over_market_message(definition, parts)))
    return problems


def edited_total_problems(ws: Workspace, edited: list[tuple[int, e.MarketShare]]) -> list[tuple[int, str, str]]:
    """(number, field, message) for shares changed together: every one of them in a market that would then
    hold more than 100%, so that none of that market's edits goes in alone."""
    names = {v.vendor_id: v.name_zh or v.vendor_id for v in ws.vendors}
    replaced = {(r.market_id, r.vendor_id): r for _number, r in edited}
    by_market: dict[str, list[e.MarketShare]] = {}
    for record in ws.market_shares:
        record = replaced.get((record.market_id, record.vendor_id), record)
        by_market.setdefault(record.market_id, []).append(record)
    problems = []
    for number, record in edited:
        definition = ws.market_definitions.get((record.market_id,))
        if definition is None:
            continue  # the reference check names the unknown market
        parts = _parts(by_market.get(record.market_id, []), definition, names)
        if sum(share for _name, share in parts) > 1 + TOLERANCE:
            problems.append((number, "share", over_market_message(definition, parts)))
    return problems


def definition_problems(definition: e.MarketDefinition, shares: list[e.MarketShare],
                        names: dict[str, str]) -> list[tuple[str, str]]:
    """A market's new size must still hold the amounts of its vendors."""
    if definition.size is None:
        return []
    too_big = [r for r in shares if r.amount is not None and r.amount > definition.size]
    if too_big:
        return [("size", f"{definition.size:g} is less than the amount of "
                         f"{names.get(too_big[0].vendor_id, too_big[0].vendor_id)} ({too_big[0].amount:g})")]
    parts = _parts(shares, definition, names)
    if sum(s for _n, s in parts) > 1 + TOLERANCE:
        return [("size", over_market_message(definition, parts))]
    return []


def workspace_problems(ws: Workspace, record) -> list[tuple[str, str]]:
    """Rules that need the other records: a share's market, and a market's total."""
    names = {v.vendor_id: v.name_zh or v.vendor_id for v in ws.vendors}
    if isinstance(record, e.MarketShare):
        definition = ws.market_definitions.get((record.market_id,))
        others = [r for r in ws.market_shares if r.market_id == record.market_id and r.vendor_id != record.vendor_id]
        problems = share_problems(record, definition, others, names)
        if record.vendor_id not in names:
            problems.append(("vendor_id", f"no vendor {record.vendor_id!r}"))
        return problems
    if isinstance(record, e.MarketDefinition):
        shares = [r for r in ws.market_shares if r.market_id == record.market_id]
        return definition_problems(record, shares, names)
    return []


def table_problems(definitions: list[e.MarketDefinition], shares: list[tuple[int, e.MarketShare]],
                   names: dict[str, str]) -> list[tuple[int, str, str]]:
    """(row, field, message) for a whole market_shares table, as a loader reads it.

    A market whose shares add up to more than 100% is reported once, at the row
    that pushes it over.
    """
    by_id = {d.market_id: d for d in definitions}
    problems = []
    seen: dict[str, list[e.MarketShare]] = {}
    reported: set[str] = set()
    for row, record in shares:
        definition = by_id.get(record.market_id)
        if definition is None or record.market_id in reported:
            continue  # the foreign key check names an unknown market
        found = share_problems(record, definition, seen.get(record.market_id, []), names)
        for name, message in found:
            problems.append((row, name, message))
        if any(name == "share" and "would total" in message for name, message in found):
            reported.add(record.market_id)
        seen.setdefault(record.market_id, []).append(record)
    return problems


def first_stored_share_problem(ws: Workspace) -> str:
    """"table market_shares, row R, FIELD: MESSAGE" for the first market over 100% in a stored project, or ""."""
    names = {v.vendor_id: v.name_zh for v in ws.vendors}
    rows = [(position + 1, record) for position, record in enumerate(ws.market_shares)]
    problems = table_problems(list(ws.market_definitions), rows, names)
    if not problems:
        return ""
    row, field_name, message = problems[0]
    return f"table market_shares, row {row}, {field_name}: {message}"
