"""Turn the accepted changes into one undoable edit, refusing what the domain would refuse."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Iterable

from workbench.domain import Batch, update
from workbench.domain.rules import check_record, check_references
from workbench.domain.tables import TABLE_SPECS

from .plan import CellChange

IMPORT_LABEL = "Import from Excel"
_TABLE_ORDER = {spec.name: index for index, spec in enumerate(TABLE_SPECS)}


@dataclass(frozen=True)
class Refusal:
    change: CellChange
    message: str  # the domain's own words


@dataclass
class ImportEdit:
    command: Batch | None  # None when nothing can be applied
    applied: list[CellChange] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def build_edit(workspace, changes: Iterable[CellChange], label: str = IMPORT_LABEL) -> ImportEdit:
    """One Batch of ``update`` commands, a record at a time; a record whose new values break a rule is refused whole."""
    by_record: dict[tuple[str, tuple], list[CellChange]] = {}
    for change in changes:
        by_record.setdefault((change.table, change.key), []).append(change)
    source_ids = {source.source_id for source in workspace.sources}
    edit = ImportEdit(None)
    commands = []
    # Tables in dependency order, so a new source comes before the vendor that cites it.
    for (table, key), group in sorted(by_record.items(), key=lambda item: _TABLE_ORDER[item[0][0]]):
        current = workspace.table(table).get(key)
        if current is None:
            edit.refused += [Refusal(change, f"{table} has no record {key!r} any more") for change in group]
            continue
        values = {change.field: change.new for change in group}
        candidate = dataclasses.replace(current, **values)
        problems = check_record(candidate) + check_references(candidate, source_ids)
        if problems:
            message = "; ".join(f"{name}: {text}" for name, text in problems)
            edit.refused += [Refusal(change, message) for change in group]
            continue
        if table == "sources":
            source_ids.add(candidate.source_id)
        commands.append(update(workspace, table, key, label=label, **values))
        edit.applied += group
    if commands:
        edit.command = Batch(tuple(commands), label)
    return edit
