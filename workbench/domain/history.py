"""What changed between two states of a workspace, kept as history; a snapshot names a point in it.

A *state* is every table's records by key, in row order. Records are immutable, so a state
shares them with the workspace and costs one dict per table. Saving compares the state the
analyst last synced with the workspace now (``changes_between``) and stores the result as
``HistoryEntry`` rows: one per changed field, or one per record added or removed. A snapshot
is only a name for a history sequence number; the state it names is the store's current
state with the later entries rewound (``rewind``), so fifty snapshots cost fifty rows.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Iterable

from .tables import SPECS_BY_NAME, TABLE_SPECS, Key
from .workspace import Workspace, WorkspaceInfo

State = dict[str, dict[Key, Any]]
"""table name -> record key -> record, in row order."""

WHOLE_RECORD = ""
"""The ``field`` of an entry for a record added or removed: before/after hold the whole record."""

REASON_FIELDS = ("override_reason", "note")
"""Fields whose text, when a changed record has one, is the change's reason."""


def state_of(workspace: Workspace) -> State:
    return {spec.name: workspace.table(spec.name).mapping() for spec in TABLE_SPECS}


class ChangeType(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class RecordChange:
    """One record whose content differs between two states (row moves alone are not changes)."""

    table: str
    key: Key
    before: Any | None
    after: Any | None

    @property
    def type(self) -> ChangeType:
        if self.before is None:
            return ChangeType.ADDED
        return ChangeType.REMOVED if self.after is None else ChangeType.CHANGED

    def changed_fields(self) -> tuple[str, ...]:
        record = self.after if self.after is not None else self.before
        names = tuple(f.name for f in dataclasses.fields(record))
        if self.type is not ChangeType.CHANGED:
            return names
        return tuple(name for name in names if getattr(self.before, name) != getattr(self.after, name))


def changes_between(old: State, new: State, tables: Iterable[str] | None = None) -> list[RecordChange]:
    """Every record added, removed or changed from old to new, table by table in TABLE_SPECS order."""
    wanted = set(tables) if tables is not None else None
    changes: list[RecordChange] = []
    for spec in TABLE_SPECS:
        if wanted is not None and spec.name not in wanted:
            continue
        before, after = old.get(spec.name, {}), new.get(spec.name, {})
        if before is after:
            continue
        for key, record in after.items():
            previous = before.get(key)
            if previous is None or previous != record:
                changes.append(RecordChange(spec.name, key, previous, record))
        changes.extend(RecordChange(spec.name, key, record, None) for key, record in before.items() if key not in after)
    return changes


# ---------------------------------------------------------------- history entries


@dataclass(frozen=True)
class HistoryEntry:
    """One committed change of one field (or one whole record added or removed).

    Values are plain JSON values (str, int, float, bool, None); a whole record is a dict of
    its fields. ``seq`` is given by the store and grows with every entry; ``save_id`` is the
    same for every entry of one save (one transaction).
    """

    seq: int
    at: str  # ISO 8601, UTC
    analyst: str
    table: str
    key: Key
    field: str
    before: Any
    after: Any
    reason: str = ""
    save_id: str = ""

    @property
    def type(self) -> ChangeType:
        if self.field != WHOLE_RECORD:
            return ChangeType.CHANGED
        return ChangeType.ADDED if self.before is None else ChangeType.REMOVED


def record_to_json(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def record_from_json(table: str, values: dict[str, Any]) -> Any:
    return SPECS_BY_NAME[table].entity_type(**values)


def _reason_of(change: RecordChange) -> str:
    """The override reason or note given with this change; an old note left as it was is not one."""
    record = change.after if change.after is not None else change.before
    given = change.changed_fields()
    for name in REASON_FIELDS:
        text = getattr(record, name, "")
        if text and name in given:
            return str(text)
    if change.type is ChangeType.CHANGED and "override_tier" in given:
        return str(getattr(record, "override_reason", "") or "")  # an override keeps its reason when re-placed
    return ""


def entries_for(changes: Iterable[RecordChange], *, analyst: str, at: str, save_id: str = "") -> list[HistoryEntry]:
    """The history entries of one save; seq is 0 until the store numbers them."""
    entries: list[HistoryEntry] = []
    for change in changes:
        reason = _reason_of(change)
        if change.type is ChangeType.ADDED:
            entries.append(HistoryEntry(0, at, analyst, change.table, change.key, WHOLE_RECORD,
                                        None, record_to_json(change.after), reason, save_id))
        elif change.type is ChangeType.REMOVED:
            entries.append(HistoryEntry(0, at, analyst, change.table, change.key, WHOLE_RECORD,
                                        record_to_json(change.before), None, reason, save_id))
        else:
            entries.extend(HistoryEntry(0, at, analyst, change.table, change.key, name,
                                        getattr(change.before, name), getattr(change.after, name), reason, save_id)
                           for name in change.changed_fields())
    return entries


def rewind(state: State, entries: Iterable[HistoryEntry]) -> State:
    """The state before ``entries`` were applied; give them newest first. ``state`` is not changed."""
    return _applied(state, entries, forward=False)


def replay(state: State, entries: Iterable[HistoryEntry]) -> State:
    """The state after ``entries`` (oldest first) were applied; ``state`` is not changed."""
    return _applied(state, entries, forward=True)


def _applied(state: State, entries: Iterable[HistoryEntry], *, forward: bool) -> State:
    result = dict(state)
    copied: set[str] = set()
    for entry in entries:
        if entry.table not in copied:  # copy a table only when an entry touches it
            result[entry.table] = dict(result.get(entry.table, {}))
            copied.add(entry.table)
        records = result[entry.table]
        value = entry.after if forward else entry.before
        if entry.field != WHOLE_RECORD:
            if entry.key in records:
                records[entry.key] = dataclasses.replace(records[entry.key], **{entry.field: value})
        elif value is None:
            records.pop(entry.key, None)
        else:
            records[entry.key] = record_from_json(entry.table, value)
    return result


def workspace_of(state: State, info: WorkspaceInfo | None = None) -> Workspace:
    workspace = Workspace(info)
    for spec in TABLE_SPECS:
        workspace.replace_table(spec.name, list(state.get(spec.name, {}).values()))
    return workspace


# ---------------------------------------------------------------- snapshots


@dataclass(frozen=True)
class Snapshot:
    """A named point in a project's history: the state once entries up to ``history_seq`` were committed."""

    name: str
    history_seq: int
    taken_at: str  # ISO 8601, UTC
    analyst: str
    note: str = ""


# ---------------------------------------------------------------- reverting


def revert_command(workspace: Workspace, entry: HistoryEntry):
    """An ordinary new edit that puts back what ``entry`` changed; DomainError when it no longer applies."""
    from .commands import PutRecord, RemoveRecord, update
    from .rules import DomainError

    label = "Revert change"
    table = workspace.table(entry.table)
    if entry.type is ChangeType.ADDED:
        if entry.key not in table:
            raise DomainError([("key", f"{entry.table} {list(entry.key)} has been removed already")])
        return RemoveRecord(entry.table, entry.key, label)
    if entry.type is ChangeType.REMOVED:
        if entry.key in table:
            raise DomainError([("key", f"{entry.table} {list(entry.key)} exists again")])
        return PutRecord(entry.table, record_from_json(entry.table, entry.before), label=label)
    return update(workspace, entry.table, entry.key, label, **{entry.field: entry.before})
