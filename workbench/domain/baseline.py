"""Whose judgement the tier list's baseline is: its label, date, kind and source, read from the workspace."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .entities import Kind

LABEL_SETTING, DATE_SETTING = "baseline_label", "baseline_date"


@dataclass(frozen=True)
class Baseline:
    label: str  # what the baseline is, as the dataset names it; "" when it does not
    date: str  # when it was assessed (ISO date); "" when undated
    kinds: tuple[str, ...]  # the kinds of the placement rows, most common first
    source_ids: tuple[str, ...]  # their sources, most common first

    @property
    def is_assessment(self) -> bool:
        """Every placement is an analyst's assessment, not a published ranking."""
        return self.kinds == (Kind.ASSESSMENT.value,)


def baseline_of(workspace: Any) -> Baseline:
    placements = list(workspace.tier_placements)
    return Baseline(workspace.setting(LABEL_SETTING).strip(), workspace.setting(DATE_SETTING).strip(),
                    _by_frequency(p.kind for p in placements), _by_frequency(p.source_id for p in placements))


def _by_frequency(values) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for value in values:
        if value:
            counts[value] = counts.get(value, 0) + 1
    return tuple(sorted(counts, key=lambda v: -counts[v]))
