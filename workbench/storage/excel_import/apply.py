"""Turn the accepted changes into one undoable edit, refusing what the domain would refuse."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterable

from workbench.domain import Batch, update
from workbench.domain.market_shares import edited_total_problems
from workbench.domain.rules import check_record, check_references
from workbench.domain.tables import SPECS_BY_NAME, TABLE_SPECS

from ..entity_schema import schema_for
from ..references import reference_problems, typed_rows
from ..table_schema import check_values

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
    """One Batch of ``update`` commands, a record at a time; a record whose new values break a rule, a
    constraint of its table's schema or a reference to another table is refused whole."""
    by_record: dict[tuple[str, tuple], list[CellChange]] = {}
    for change in changes:
        by_record.setdefault((change.table, change.key), []).append(change)
    source_ids = {source.source_id for source in workspace.sources}
    edit = ImportEdit(None)
    candidates: list[tuple[str, tuple, list[CellChange], Any]] = []
    # Tables in dependency order, so a new source comes before the vendor that cites it.
    for (table, key), group in sorted(by_record.items(), key=lambda item: _TABLE_ORDER[item[0][0]]):
        current = workspace.table(table).get(key)
        if current is None:
            edit.refused += [Refusal(change, f"{table} has no record {key!r} any more") for change in group]
            continue
        candidate = dataclasses.replace(current, **{change.field: change.new for change in group})
        candidates.append((table, key, group, candidate))
    problems = _problems_by_candidate(workspace, candidates, source_ids)
    commands = []
    for number, (table, key, group, candidate) in enumerate(candidates, start=1):
        if problems.get(number):
            message = "; ".join(dict.fromkeys(f"{name}: {text}" for name, text in problems[number]))
            edit.refused += [Refusal(change, message) for change in group]
            continue
        commands.append(update(workspace, table, key, label=label, **{c.field: c.new for c in group}))
        edit.applied += group
    if commands:
        edit.command = Batch(tuple(commands), label)
    return edit


def _problems_by_candidate(workspace, candidates: list, source_ids: set[str]) -> dict[int, list[tuple[str, str]]]:
    """Candidate number (1-based) -> (field, message) for the rules, the schema and the references, each
    checked by the same code as datasets and table imports."""
    found: dict[int, list[tuple[str, str]]] = {}
    by_table: dict[str, list[tuple[int, Any]]] = {}
    for number, (table, _key, _group, candidate) in enumerate(candidates, start=1):
        found[number] = check_record(candidate) + check_references(candidate, source_ids)
        by_table.setdefault(table, []).append((number, candidate))
    tables = {spec.name: workspace.table(spec.name) for spec in TABLE_SPECS}
    for table, entries in by_table.items():
        spec = SPECS_BY_NAME[table]
        typed = typed_rows(spec, [candidate for _, candidate in entries], table, [number for number, _ in entries])
        others = {name: records for name, records in tables.items() if name != table}
        for problem in check_values(typed, schema_for(spec)) + reference_problems(others, {table: typed}):
            found[problem.row].append((problem.column or "", problem.message))
    # A market holds at most 100%, with every edit of this import counted (the same rule as table imports).
    for number, name, message in edited_total_problems(workspace, by_table.get("market_shares", [])):
        found[number].append((name, message))
    return found
