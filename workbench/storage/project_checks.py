"""What a project file must hold before its records are trusted: the expected tables and
columns, and values inside the domain.

A file edited by another tool can have a renamed column (SQLite would then read the
quoted name as text), a dropped NOT NULL, or a score of 500. Each is reported with
table, row and column, so that opening refuses it instead of an export failing later.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from typing import Any

from workbench.domain.rules import UNCITED, check_record
from workbench.domain.tables import TABLE_SPECS, TableSpec

from . import project_schema as schema
from .entity_schema import schema_for
from .table_schema import record_constraint_problems

MAX_REPORTED = 50  # problems listed one by one; the rest are counted


def schema_problems(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, message) for every table or column that differs from what this version writes."""
    problems = []
    for spec in TABLE_SPECS:
        declared = {row[1]: (str(row[2]).upper(), bool(row[3]))
                    for row in connection.execute(f"PRAGMA table_info({schema.quoted(spec.name)})")}
        if not declared:
            problems.append((spec.name, "the table is missing"))
            continue
        expected = [(c.name, c.sql_type, not c.optional) for c in schema.COLUMNS[spec.name]]
        expected.append((schema.POSITION_COLUMN, "INTEGER", True))
        for name, sql_type, not_null in expected:
            if name not in declared:
                problems.append((spec.name, f"column {name} is missing"))
                continue
            found_type, found_not_null = declared[name]
            if found_type != sql_type:
                problems.append((spec.name, f"column {name} is declared {found_type or 'without a type'}, "
                                            f"expected {sql_type}"))
            elif found_not_null != not_null:
                rule = "must not be empty (NOT NULL)" if not_null else "may be empty"
                problems.append((spec.name, f"column {name} lost its rule: it {rule}"))
    return problems


@functools.lru_cache(maxsize=1)
def constraint_schemas() -> dict[str, dict]:
    """Each table's Table Schema with constraints, from the bundled dataset's package.

    The package states the ranges, enums and patterns every record must meet; a
    table it does not describe falls back on the types derived from its entity.
    """
    from .opening import BUNDLED_DATASET

    schemas = {spec.name: schema_for(spec) for spec in TABLE_SPECS}
    try:
        package = json.loads((BUNDLED_DATASET / "datapackage.json").read_text(encoding="utf-8"))
        for resource in package.get("resources", []):
            if resource.get("name") in schemas and isinstance(resource.get("schema"), dict):
                schemas[resource["name"]] = resource["schema"]
    except (OSError, ValueError, AttributeError):
        pass  # no bundled package: the domain rules below still apply
    return schemas


def _constrained_fields(spec: TableSpec) -> dict:
    # Only fields with a rule besides `required`/`unique`, which the file's schema already enforces.
    fields = [f for f in constraint_schemas()[spec.name].get("fields", [])
              if isinstance(f, dict) and set(f.get("constraints", {})) - {"required", "unique"}]
    return {"fields": fields}


def value_problems(spec: TableSpec, records: list[Any]) -> list[tuple[int, str, str]]:
    """(row, field, message) for each stored value outside the domain: the rules and the schema's constraints."""
    constrained = [{"fields": [field]} for field in _constrained_fields(spec)["fields"]]
    verdicts: list[dict[Any, str | None]] = [{} for _ in constrained]  # values repeat: each is checked once
    problems = []
    for row, record in enumerate(records, start=1):
        # An uncited figure does not stop a project from opening (nothing saved is lost): `validate`
        # reports it with the other citation problems, and no edit can make another one.
        found = {name: message for name, message in check_record(record) if message != UNCITED}
        for schema, verdict in zip(constrained, verdicts):
            name = schema["fields"][0]["name"]
            value = getattr(record, name)
            key = (type(value), value)
            if key not in verdict:
                verdict[key] = next((m for _, m in record_constraint_problems({name: value}, schema)), None)
            if verdict[key] and name not in found:  # one message per field, the domain rule's first
                found[name] = verdict[key]
        problems += [(row, name, message) for name, message in found.items()]
    return problems
