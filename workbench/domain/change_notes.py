"""Short notes on others' commits for the status bar: "王 moved 智谱 to Tier 1".

Qt-free: a note is a kind and its values; the window words it in the analyst's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .history import HistoryEntry
from .workspace import Workspace

TIER_FIELDS = ("override_tier", "baseline_tier", "override_reason", "baseline_rank", "")
"""A save of one placement touching only these fields (or adding it whole) is a tier move."""


@dataclass(frozen=True)
class ChangeNote:
    """One save by one analyst, in a few words.

    kind "tier": vendor moved to tier; "score": vendor's dimension score now value;
    "records": count records edited.
    """

    kind: str
    analyst: str
    vendor: str = ""
    tier: int | None = None
    dimension: str = ""
    value: object = None
    count: int = 0


def _vendor_name(workspace: Workspace, vendor_id: str) -> str:
    vendor = workspace.table("vendors").get((vendor_id,))
    return (vendor.name_zh or vendor.name_en) if vendor is not None else vendor_id


def _dimension_name(workspace: Workspace, dimension_id: str) -> str:
    dimension = workspace.table("dimensions").get((dimension_id,))
    return (dimension.name_zh or dimension.name_en) if dimension is not None else dimension_id


def _note_for_save(entries: list[HistoryEntry], workspace: Workspace) -> ChangeNote:
    analyst = entries[0].analyst
    records = {(entry.table, entry.key) for entry in entries}
    if len(records) == 1:
        table, key = next(iter(records))
        fields = {entry.field for entry in entries}
        if table == "tier_placements" and fields and fields <= set(TIER_FIELDS):
            placement = workspace.table(table).get(key)
            tier = None
            if placement is not None:
                tier = placement.override_tier if placement.override_tier is not None else placement.baseline_tier
            else:  # not applied here (the analyst edits it too): take the entries' word
                after = {entry.field: entry.after for entry in entries}
                after.update(after.get("") or {})
                tier = after.get("override_tier") or after.get("baseline_tier")
            if tier is not None:
                return ChangeNote("tier", analyst, vendor=_vendor_name(workspace, key[0]), tier=int(tier))
        if table == "scores" and fields == {"value"}:
            return ChangeNote("score", analyst, vendor=_vendor_name(workspace, key[0]),
                              dimension=_dimension_name(workspace, key[1]), value=entries[-1].after)
    return ChangeNote("records", analyst, count=len(records))


def notes_for(entries: Iterable[HistoryEntry], workspace: Workspace) -> list[ChangeNote]:
    """One note per save (entries sharing a save_id, or a run by one analyst), oldest first."""
    saves: dict[tuple[str, str], list[HistoryEntry]] = {}
    for entry in entries:
        saves.setdefault((entry.save_id, entry.analyst), []).append(entry)
    return [_note_for_save(group, workspace) for group in saves.values()]


# ---------------------------------------------------------------- naming records in history views


def record_label(workspace: Workspace, key: tuple) -> str:
    """A record's key as the analyst knows it: vendor and dimension names in place of their ids."""
    parts = []
    for part in key:
        if isinstance(part, str) and workspace.table("vendors").get((part,)) is not None:
            parts.append(_vendor_name(workspace, part))
        elif isinstance(part, str) and workspace.table("dimensions").get((part,)) is not None:
            parts.append(_dimension_name(workspace, part))
        else:
            parts.append(str(part))
    return " · ".join(parts)
