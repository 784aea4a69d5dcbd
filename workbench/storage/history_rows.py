"""History entries and snapshots as table rows, in the column order of project_schema (both stores)."""

from __future__ import annotations

import json
from typing import Any

from workbench.domain.history import HistoryEntry, Snapshot


def _json(value: Any) -> str | None:
    # None stays SQL NULL so "no record" and "an empty field" stay apart; a JSON null is never written.
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _unjson(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def entry_to_row(entry: HistoryEntry) -> tuple:
    """(seq, at, analyst, table_name, record_key, field, before, after, reason, save_id)."""
    return (entry.seq, entry.at, entry.analyst, entry.table, _json(list(entry.key)), entry.field,
            _json(entry.before), _json(entry.after), entry.reason, entry.save_id)


def entry_from_row(row: tuple | list) -> HistoryEntry:
    seq, at, analyst, table, key, field, before, after, reason, save_id = row
    return HistoryEntry(int(seq), str(at), analyst, table, tuple(json.loads(key)), field,
                        _unjson(before), _unjson(after), reason or "", save_id or "")


def snapshot_to_row(snapshot: Snapshot) -> tuple:
    return (snapshot.name, snapshot.history_seq, snapshot.taken_at, snapshot.analyst, snapshot.note)


def snapshot_from_row(row: tuple | list) -> Snapshot:
    name, seq, taken_at, analyst, note = row
    return Snapshot(name, int(seq), str(taken_at), analyst, note or "")
