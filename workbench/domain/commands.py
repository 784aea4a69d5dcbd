"""Undoable edits. Applying a command returns the command that undoes it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Protocol

from .market_shares import workspace_problems
from .rules import DomainError, check_record, check_references
from .tables import SPECS_BY_NAME, Key
from .workspace import Change, ChangeKind, Workspace


class Command(Protocol):
    label: str

    def apply(self, workspace: Workspace) -> "Command":
        """Change the workspace; return the inverse command."""


def _validate(workspace: Workspace, record: Any) -> None:
    problems = check_record(record)
    source_ids = {s.source_id for s in workspace.sources}
    problems += check_references(record, source_ids)
    if not problems:
        problems = workspace_problems(workspace, record)
    if problems:
        raise DomainError(problems)


@dataclass(frozen=True)
class PutRecord:
    """Insert a record, or replace the one with the same key; optionally at a row index."""

    table: str
    record: Any
    index: int | None = None
    label: str = "Edit"
    validate: bool = True

    def apply(self, workspace: Workspace) -> Command:
        table = workspace.table(self.table)
        if type(self.record) is not table.spec.entity_type:
            raise TypeError(f"{self.table} holds {table.spec.entity_type.__name__}")
        if self.validate:
            _validate(workspace, self.record)
        key = table.spec.key_of(self.record)
        old = table.get(key)
        old_index = table.index_of(key) if old is not None else None
        table._put(self.record, self.index)
        new_index = table.index_of(key)
        workspace.emit(Change(self.table, ChangeKind.PUT, key, old_index, new_index))
        if old is None:
            return RemoveRecord(self.table, key, self.label)
        return PutRecord(self.table, old, old_index, self.label, validate=False)


@dataclass(frozen=True)
class RemoveRecord:
    table: str
    key: Key
    label: str = "Delete"

    def apply(self, workspace: Workspace) -> Command:
        table = workspace.table(self.table)
        if self.key not in table:
            raise DomainError([("key", f"{self.table} has no record {self.key!r}")])
        old_index = table.index_of(self.key)
        old = table._remove(self.key)
        workspace.emit(Change(self.table, ChangeKind.REMOVE, self.key, old_index, None))
        return PutRecord(self.table, old, old_index, self.label, validate=False)


@dataclass(frozen=True)
class PatchTable:
    """Many records of one table put at once (an import): replaced in place or appended, then ``removes``
    taken out; one "reset" event instead of one per record. The inverse is again a PatchTable."""

    table: str
    puts: tuple[Any, ...]
    label: str = "Import"
    validate: bool = True
    removes: tuple[Key, ...] = ()

    def apply(self, workspace: Workspace) -> Command:
        table = workspace.table(self.table)
        for record in self.puts:
            if type(record) is not table.spec.entity_type:
                raise TypeError(f"{self.table} holds {table.spec.entity_type.__name__}")
            if self.validate:
                _validate(workspace, record)
        missing = [key for key in self.removes if key not in table]
        if missing:
            raise DomainError([("key", f"{self.table} has no record {missing[0]!r}")])
        olds, added = [], []
        for record in self.puts:
            key = table.spec.key_of(record)
            old = table.get(key)
            if old is None:
                added.append(key)
            else:
                olds.append(old)
            table._put(record)
        removed = tuple(table._remove(key) for key in self.removes)
        workspace.emit(Change(self.table, ChangeKind.RESET))
        # Undo: the removed records come back at the end (where a patch appended them), the replaced ones in place.
        return PatchTable(self.table, tuple(olds) + removed, self.label, validate=False, removes=tuple(added))


@dataclass(frozen=True)
class Batch:
    """Several commands as one undo step; all or nothing."""

    commands: tuple[Command, ...]
    label: str = "Edit"

    def apply(self, workspace: Workspace) -> Command:
        inverses: list[Command] = []
        with workspace.editing():  # one EditFinished for the whole batch
            try:
                for command in self.commands:
                    inverses.append(command.apply(workspace))
            except Exception:
                for inverse in reversed(inverses):
                    inverse.apply(workspace)
                raise
        return Batch(tuple(reversed(inverses)), self.label)


def update(workspace: Workspace, table: str, key: Key, label: str = "Edit", **changes: Any) -> PutRecord:
    """A command that changes some fields of an existing record."""
    current = workspace.table(table).get(key)
    if current is None:
        raise DomainError([("key", f"{table} has no record {key!r}")])
    unknown = set(changes) - {f.name for f in dataclasses.fields(current)}
    if unknown:
        raise DomainError([(name, "no such field") for name in sorted(unknown)])
    spec = SPECS_BY_NAME[table]
    if any(name in spec.key_fields for name in changes):
        raise DomainError([(name, "a key field cannot be edited") for name in changes if name in spec.key_fields])
    return PutRecord(table, dataclasses.replace(current, **changes), label=label)


def move(workspace: Workspace, table: str, key: Key, index: int, label: str = "Move") -> PutRecord:
    """A command that moves a record to another row (for reordering)."""
    current = workspace.table(table).get(key)
    if current is None:
        raise DomainError([("key", f"{table} has no record {key!r}")])
    return PutRecord(table, current, index, label, validate=False)
