"""What can be wrong with revenue mix estimates: shares out of order or range, sources
that disagree. And the one edit that settles a disagreement: picking the observation
to use (the other observations stay, side by side)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from . import entities as e
from .commands import Batch, update
from .rules import DomainError
from .workspace import Workspace

# ISO 4217 codes an analyst of this market meets, and the ways Chinese sources write them.
CURRENCIES = ("CNY", "USD", "HKD", "EUR", "JPY", "GBP", "TWD", "SGD", "KRW")
CURRENCY_ALIASES = {
    "RMB": "CNY", "人民币": "CNY", "元": "CNY", "人民币元": "CNY", "美元": "USD",
    "港元": "HKD", "港币": "HKD",
    "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "新台币": "TWD", "新加坡元": "SGD", "韩元": "KRW",
}
SHARE_FIELDS = ("share_low", "share_base", "share_high")


def normalise_currency(text: str) -> str | None:
    """The ISO code for `text` ("cny", "RMB", "人民币" -> "CNY"), or None when it is unknown."""
    text = text.strip()
    if text.upper() in CURRENCIES:
        return text.upper()
    return CURRENCY_ALIASES.get(text.upper(), CURRENCY_ALIASES.get(text))


def currency_problem(text: str) -> str | None:
    if normalise_currency(text):
        return None
    return f"unknown currency {text!r}: use one of {', '.join(CURRENCIES)}"


@dataclass(frozen=True)
class Check:
    """One finding shown in the panel. `code` names the kind; the rest fills its message."""

    code: str
    level: str  # "ok", "info" or "warning"
    vendors: tuple[str, ...] = ()
    scenario: str = ""
    values: tuple[float | None, ...] = ()
    text: str = ""  # a currency, a field name...
    sources: tuple[str, ...] = ()  # source_id of each value, when the values come from sources


@dataclass(frozen=True)
class Conflict:
    """Several sources give different values for one vendor's figure."""

    vendor_id: str
    field: str
    observations: tuple[e.RevenueObservation, ...] = field(default_factory=tuple)

    @property
    def in_use(self) -> e.RevenueObservation | None:
        return next((o for o in self.observations if o.in_use), None)


def observation_groups(ws: Workspace) -> dict[tuple[str, str], list[e.RevenueObservation]]:
    groups: dict[tuple[str, str], list[e.RevenueObservation]] = defaultdict(list)
    for observation in ws.revenue_observations:
        groups[(observation.vendor_id, observation.field)].append(observation)
    return groups


def conflicts(ws: Workspace) -> list[Conflict]:
    """Figures for which the sources disagree (different values), in table order."""
    return [Conflict(vendor, name, tuple(group)) for (vendor, name), group in observation_groups(ws).items()
            if len({o.value for o in group}) > 1]


def pick_observation(ws: Workspace, observation_id: str, label: str = "Use observation") -> Batch:
    """One undo step: the chosen observation becomes the one in use, and the estimate takes its value."""
    chosen = ws.revenue_observations.get((observation_id,))
    if chosen is None:
        raise DomainError([("observation_id", f"no observation {observation_id!r}")])
    commands = [update(ws, "revenue_observations", (o.observation_id,), label, in_use=o is chosen)
                for o in ws.revenue_observations
                if o.vendor_id == chosen.vendor_id and o.field == chosen.field and o.in_use != (o is chosen)]
    estimate = ws.revenue_mix.get((chosen.vendor_id,))
    if estimate is not None and chosen.field in SHARE_FIELDS:
        if getattr(estimate, chosen.field) != chosen.value:
            commands.append(update(ws, "revenue_mix", (chosen.vendor_id,), label,
                                   **{chosen.field: chosen.value}))
    return Batch(tuple(commands), label)


def mix_checks(estimates: list[e.RevenueMix]) -> list[Check]:
    """Order (low ≤ base ≤ high) and range (0-100%) of every estimate's shares."""
    disordered, outside = [], []
    for estimate in estimates:
        present = [s for s in (estimate.share_low, estimate.share_base, estimate.share_high) if s is not None]
        if not all(0 <= s <= 1 for s in present):
            outside.append(estimate.vendor_id)
        elif any(a > b for a, b in zip(present, present[1:])):
            disordered.append(estimate.vendor_id)
    return [Check("order", "warning" if disordered else "ok", tuple(disordered)),
            Check("range", "warning" if outside else "ok", tuple(outside))]


def observation_checks(ws: Workspace) -> list[Check]:
    """Disagreeing sources, and estimates whose value is not the observation in use."""
    checks = []
    for conflict in conflicts(ws):
        # The value in use first, then the others in table order.
        ordered = sorted(conflict.observations, key=lambda o: not o.in_use)
        checks.append(Check("conflict", "warning", (conflict.vendor_id,), values=tuple(o.value for o in ordered),
                            text=conflict.field, sources=tuple(o.source_id for o in ordered)))
    for (vendor_id, name), group in observation_groups(ws).items():
        used = next((o for o in group if o.in_use), None)
        estimate = ws.revenue_mix.get((vendor_id,))
        if used is None or estimate is None or name not in SHARE_FIELDS:
            continue
        if getattr(estimate, name) != used.value:
            checks.append(Check("not_in_use", "warning", (vendor_id,),
                                values=(getattr(estimate, name), used.value), text=name))
    return checks
