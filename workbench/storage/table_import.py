"""Import one table file (CSV, XLSX, JSON) into a workspace: a plan of per-record changes, then one undo step.

An import patches. A column the file has updates that field of the matched
records; a column it lacks leaves the field as it is; an empty cell in a
column it has clears the field, and the plan lists it as a clear. Rows are
checked against the table's schema, the domain rules and every reference to
another table before anything changes, all or nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..domain import PatchTable
from ..domain.rules import check_record
from ..domain.tables import SPECS_BY_NAME, TableSpec
from .dataset import read_table_file
from .problems import Problem
from .references import link_problems, reference_fields, reference_problems, typed_rows
from .table_schema import fold_key, value_text


class FieldChange(NamedTuple):
    field: str
    old: Any
    new: Any

    @property
    def clears(self) -> bool:
        """An empty cell in a column the file has, over a value the project holds."""
        return _is_empty(self.new) and not _is_empty(self.old)


class RecordChange(NamedTuple):  # a tuple: a 100,000-row import makes one per row
    row: int  # the file's data row (1-based)
    key: tuple
    record: Any  # the record as it will be stored
    fields: tuple[FieldChange, ...]  # the fields that change (none listed for a new record)
    is_new: bool


@dataclass
class TableImportPlan:
    file: str
    table: str
    columns: tuple[str, ...] = ()  # fields the file has
    kept: tuple[str, ...] = ()  # fields it lacks: left as they are in matched records
    changes: list[RecordChange] = field(default_factory=list)
    unchanged: int = 0  # rows matching their record exactly
    problems: list[Problem] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(1 for change in self.changes if change.is_new)

    @property
    def updated(self) -> int:
        return len(self.changes) - self.added

    @property
    def clears(self) -> list[tuple[RecordChange, FieldChange]]:
        return [(change, f) for change in self.changes if not change.is_new for f in change.fields if f.clears]

    def command(self, label: str) -> PatchTable | None:
        """One undo step putting every changed record, or None when nothing changes."""
        if self.problems or not self.changes:
            return None
        # validate=False: every record was checked against the rules and references when planned
        return PatchTable(self.table, tuple(change.record for change in self.changes), label, validate=False)

    def lines(self) -> list[str]:
        """The preview: per record, each field that changes, from what to what; clears said as such."""
        lines = []
        for change in self.changes:
            where = f"{self.file}, row {change.row} ({_show_key(change.key)})"
            if change.is_new:
                lines.append(f"{where}: new record")
                continue
            for f in change.fields:
                new = "CLEARED (empty cell)" if f.clears else _show(f.new)
                lines.append(f"{where}, {f.field}: {_show(f.old)} -> {new}")
        return lines

    def summary(self) -> str:
        text = (f"{self.table}: {self.added} new, {self.updated} updated, {self.unchanged} unchanged, "
                f"{len(self.clears)} field(s) cleared")
        if self.kept:
            text += f"; not in the file, kept as they are: {', '.join(self.kept)}"
        return text


def plan_table_import(workspace, path: str | Path, table_name: str, sheet: str | None = None) -> TableImportPlan:
    """What importing ``path`` into ``table_name`` of ``workspace`` would change; nothing is changed."""
    path = Path(path)
    plan = TableImportPlan(path.name, table_name)
    typed, problems = read_table_file(path, table_name, sheet, optional_absent=True)
    plan.problems = problems
    if typed is None:
        return plan
    spec = SPECS_BY_NAME[table_name]
    names = [f.name for f in dataclasses.fields(spec.entity_type)]
    present = set().union(*typed.rows) if typed.rows else set()
    plan.file = typed.file
    plan.columns = tuple(n for n in names if n in present)
    plan.kept = tuple(n for n in names if n not in present)
    bad_rows = {p.row for p in problems if p.row is not None}
    table = workspace.table(table_name)
    existing_folded = _folded_keys(table)
    missing_for_new: dict[str, list[int]] = {}
    needed = [f.name for f in dataclasses.fields(spec.entity_type)
              if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    decimals = _decimal_fields(spec) & present
    checked_rows, checked_numbers = [], []
    for row, number in zip(typed.rows, typed.row_numbers):
        if number in bad_rows:
            continue
        key = tuple(row[name] for name in spec.key_fields)
        current = table.get(key)
        values = _field_values(row, decimals)
        if current is None:
            other = existing_folded.get(fold_key(key))
            if other is not None:
                plan.problems.append(Problem(plan.file, number, ", ".join(spec.key_fields),
                                             f"{_show_key(key)!r} differs from the existing {_show_key(other)!r} "
                                             "only in letter case: write the key as the project does"))
                continue
            lacking = [name for name in needed if name not in values]
            if lacking:
                for name in lacking:
                    missing_for_new.setdefault(name, []).append(number)
                continue
            record = spec.entity_type(**values)
            change = RecordChange(number, key, record, (), True)
        else:
            record = dataclasses.replace(current, **values)
            differing = tuple(FieldChange(n, getattr(current, n), values[n]) for n in values
                              if n not in spec.key_fields and getattr(current, n) != values[n])
            if not differing:
                plan.unchanged += 1
                continue
            change = RecordChange(number, key, record, differing, False)
        rule_problems = check_record(record)
        if rule_problems:
            plan.problems += [Problem(plan.file, number, name, message) for name, message in rule_problems]
            continue
        plan.changes.append(change)
        checked_rows.append(record)
        checked_numbers.append(number)
    for name, numbers in missing_for_new.items():
        plan.problems.append(Problem(plan.file, None, name, f"missing column: {len(numbers)} new record(s) need "
                                                            f"it (first at row {numbers[0]})"))
    tables = {name: workspace.table(name) for name in SPECS_BY_NAME if name != table_name}
    checked = typed_rows(spec, checked_rows, plan.file, checked_numbers, names=reference_fields(spec))
    plan.problems += reference_problems(tables, {table_name: checked})
    if table_name == "tows_strategies":
        plan.problems += link_problems(workspace, checked_rows, plan.file, checked_numbers)
    if table_name in ("market_shares", "market_definitions"):
        plan.problems += _market_problems(workspace, table_name, plan.file, checked_rows, checked_numbers)
    plan.problems = list(dict.fromkeys(plan.problems))
    if plan.problems:
        plan.changes = []
    return plan


def _market_problems(workspace, table_name: str, file: str, records: list, numbers: list[int]) -> list[Problem]:
    """Markets as they would be after the import: none may hold more than 100% (rows of this file named)."""
    from ..domain.market_shares import table_problems

    definitions = {d.market_id: d for d in workspace.market_definitions}
    shares = {(s.market_id, s.vendor_id): (0, s) for s in workspace.market_shares}  # row 0: already in the project
    imported = dict(zip((id(r) for r in records), numbers))
    for record in records:
        if table_name == "market_definitions":
            definitions[record.market_id] = record
        else:
            shares[(record.market_id, record.vendor_id)] = (imported[id(record)], record)
    names = {v.vendor_id: v.name_zh or v.vendor_id for v in workspace.vendors}
    # A project opens only with every market within 100%, so what is found comes from this import.
    found = table_problems(list(definitions.values()), list(shares.values()), names)
    return [Problem(file, row or None, name, message) for row, name, message in found]


def _decimal_fields(spec: TableSpec) -> set[str]:
    return {f.name for f in dataclasses.fields(spec.entity_type) if str(f.type).startswith("float")}


def _field_values(row: dict[str, Any], decimals: set[str]) -> dict[str, Any]:
    """The row's values for the entity (in place): a whole number in a decimal field becomes a float."""
    values = row
    for name in decimals:
        value = values[name]
        if isinstance(value, int) and not isinstance(value, bool):
            values[name] = float(value)
    return values


def _folded_keys(table) -> dict[tuple, tuple]:
    """Folded key -> key, only for tables with text keys (where case can differ)."""
    folded = {}
    for key in table.keys():
        if any(isinstance(part, str) for part in key):
            folded.setdefault(fold_key(key), key)
    return folded


def _is_empty(value: Any) -> bool:
    return value is None or value == ""


def _show(value: Any) -> str:
    if _is_empty(value):
        return "(empty)"
    text = value_text(value) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 120 else text[:117] + "…"


def _show_key(key: tuple) -> str:
    return ", ".join(str(part) for part in key)
