"""Reading history entries: which vendor an entry concerns, and a one-line plain description."""

from __future__ import annotations

import json
from typing import Any

from .history import ChangeType, HistoryEntry
from .tables import SPECS_BY_NAME
from .workspace import Workspace

VENDOR_FIELDS = ("vendor_id", "scope")  # where a record names the vendor it is about (SWOT/PEST/TOWS: scope)


def concerns_vendor(entry: HistoryEntry, vendor_id: str, workspace: Workspace | None = None) -> bool:
    """True when the entry changed something about the vendor: its record, scores, placement, estimates, entries.

    The key tells for most tables; a whole record tells by its fields; a field of a record
    keyed otherwise (a SWOT entry's text) is looked up in ``workspace`` when one is given.
    """
    spec = SPECS_BY_NAME.get(entry.table)
    if spec is not None and "vendor_id" in spec.key_fields:
        return entry.key[spec.key_fields.index("vendor_id")] == vendor_id
    whole = entry.before if entry.before is not None else entry.after
    if entry.type is not ChangeType.CHANGED and isinstance(whole, dict):
        return any(whole.get(name) == vendor_id for name in VENDOR_FIELDS)
    if entry.field in VENDOR_FIELDS:
        return vendor_id in (entry.before, entry.after)
    if workspace is not None and entry.table in SPECS_BY_NAME:
        record = workspace.table(entry.table).get(entry.key)
        return record is not None and any(getattr(record, name, None) == vendor_id for name in VENDOR_FIELDS)
    return False


def _shown(value: Any) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)


def describe(entry: HistoryEntry) -> str:
    """'scores [v2, compute] value: 70.0 -> 95.0' or 'added vendors [v9]'."""
    key = "[" + ", ".join(str(part) for part in entry.key) + "]"
    if entry.type is ChangeType.ADDED:
        return f"added {entry.table} {key}"
    if entry.type is ChangeType.REMOVED:
        return f"removed {entry.table} {key}"
    return f"{entry.table} {key} {entry.field}: {_shown(entry.before)} -> {_shown(entry.after)}"
