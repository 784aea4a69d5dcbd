"""References between tables and value constraints, checked the same way for datasets, imports and projects.

Foreign keys come from the reference Data Package (plus the ones the domain
implies, see entity_schema); they are checked by the one mechanism the dataset
loader uses (``check_foreign_keys``). A SWOT/PEST entry's or a TOWS strategy's
scope names a vendor or the whole industry, which a Table Schema foreign key
cannot say; it is checked here, for every path alike.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Iterable, Mapping

from ..domain.analysis import check_links
from ..domain.entities import INDUSTRY_SCOPE
from ..domain.rules import check_record
from ..domain.tables import SPECS_BY_NAME, TABLE_SPECS, TableSpec
from .entity_schema import schema_for
from .problems import Problem
from .table_schema import TypedTable, check_foreign_keys, check_values

SCOPED_TABLES = ("analysis_entries", "tows_strategies")


def typed_rows(spec: TableSpec, records: Iterable[Any], file: str, numbers: Iterable[int] | None = None,
               names: Iterable[str] | None = None) -> TypedTable:
    """Records as the rows of a TypedTable (row numbers 1, 2, … unless given), with every field or ``names``."""
    names = [f.name for f in fields(spec.entity_type)] if names is None else list(names)
    rows = [{name: getattr(record, name) for name in names} for record in records]
    row_numbers = list(numbers) if numbers is not None else list(range(1, len(rows) + 1))
    return TypedTable(spec.name, file, rows, row_numbers)


def reference_fields(spec: TableSpec) -> set[str]:
    """The fields of ``spec`` that name a record of another table (what reference_problems reads)."""
    names = {"scope"} if spec.name in SCOPED_TABLES else set()
    for foreign_key in schema_for(spec)["foreignKeys"]:
        field_names = foreign_key["fields"]
        names.update([field_names] if isinstance(field_names, str) else field_names)
    return names


def scope_problems(typed: TypedTable, vendor_ids: set[str] | frozenset[str]) -> list[Problem]:
    """Rows of a scoped table whose scope is neither the industry nor a vendor."""
    if typed.name not in SCOPED_TABLES:
        return []
    problems = []
    for row, number in zip(typed.rows, typed.row_numbers):
        scope = row.get("scope")
        if scope is not None and scope != INDUSTRY_SCOPE and scope not in vendor_ids:
            problems.append(Problem(typed.file, number, "scope",
                                    f"{scope!r} is neither {INDUSTRY_SCOPE!r} nor a vendor_id in vendors"))
    return problems


def reference_problems(tables: Mapping[str, Iterable[Any]], checked: dict[str, TypedTable]) -> list[Problem]:
    """Rows of ``checked`` naming a record that ``tables`` (name -> records) lacks.

    A checked table stands in for the table of the same name, so rows checked
    together may refer to each other.
    """
    schemas = {name: schema_for(SPECS_BY_NAME[name]) for name in checked}
    wanted: dict[str, set[str]] = {}  # target table -> the fields referred to
    for schema in schemas.values():
        for foreign_key in schema["foreignKeys"]:
            target = foreign_key["reference"].get("resource")
            if target and target not in checked and target in tables:
                target_fields = foreign_key["reference"]["fields"]
                wanted.setdefault(target, set()).update([target_fields] if isinstance(target_fields, str)
                                                        else target_fields)
    targets = {target: typed_rows(SPECS_BY_NAME[target], tables[target], target, names=names)
               for target, names in wanted.items()}
    problems = check_foreign_keys({**targets, **checked}, schemas)
    if any(name in SCOPED_TABLES for name in checked):
        vendors = checked.get("vendors") or typed_rows(SPECS_BY_NAME["vendors"], tables.get("vendors", ()), "vendors",
                                                       names=("vendor_id",))
        vendor_ids = {row["vendor_id"] for row in vendors.rows}
        for typed in checked.values():
            problems += scope_problems(typed, vendor_ids)
    return problems


def workspace_problems(workspace, label: str) -> list[Problem]:
    """Every record of a workspace against its table's schema, the domain rules and every reference.

    Problems name ``label:table``, the record's row (1-based, in table order) and the column.
    """
    checked: dict[str, TypedTable] = {}
    problems: list[Problem] = []
    for spec in TABLE_SPECS:
        table = workspace.table(spec.name)
        typed = typed_rows(spec, table, f"{label}:{spec.name}")
        checked[spec.name] = typed
        problems += check_values(typed, schema_for(spec))
        for number, record in enumerate(table, start=1):
            problems += [Problem(typed.file, number, name, message) for name, message in check_record(record)]
    problems += reference_problems({}, checked)
    problems += link_problems(workspace, workspace.tows_strategies, checked["tows_strategies"].file)
    return list(dict.fromkeys(problems))


def link_problems(workspace, strategies: Iterable[Any], file: str,
                  numbers: Iterable[int] | None = None) -> list[Problem]:
    """TOWS strategies whose linked entries are missing, PEST entries or of another scope."""
    strategies = list(strategies)
    numbers = list(numbers) if numbers is not None else range(1, len(strategies) + 1)
    return [Problem(file, number, name, message) for strategy, number in zip(strategies, numbers)
            for name, message in check_links(workspace, strategy)]
