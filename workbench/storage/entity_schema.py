"""Table Schemas derived from the entity dataclasses, and entities built from typed rows."""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any

from ..domain.provinces import PROVINCES_BY_CODE, resolve_province, suggest_province
from ..domain.tables import TableSpec
from .problems import Problem
from .table_schema import TypedTable

_SCHEMA_TYPES = {"str": "string", "float": "number", "int": "integer", "bool": "boolean"}

# A field with one of these names refers to the key of that table, wherever it appears.
REFERENCED_TABLES = {
    "source_id": "sources",
    "vendor_id": "vendors",
    "dimension_id": "dimensions",
    "metric_id": "metrics",
    "series_id": "market_series",
}

# Fields holding a GB/T 2260 province code, by table.
PROVINCE_FIELDS = {"vendors": "hq_province", "province_values": "province_code", "clusters": "province_code"}


def _type_of(annotation: Any) -> tuple[str, bool]:
    """(Table Schema type, optional?) of a dataclass field annotation such as "float | None"."""
    parts = [part.strip() for part in str(annotation).split("|")]
    base = next(part for part in parts if part != "None")
    return _SCHEMA_TYPES[base], "None" in parts


def implied_foreign_keys(spec: TableSpec) -> list[dict]:
    """Foreign keys the domain relies on, whether or not a package declares them."""
    keys = []
    for f in fields(spec.entity_type):
        target = REFERENCED_TABLES.get(f.name)
        if target and target != spec.name:
            keys.append({"fields": f.name, "reference": {"resource": target, "fields": f.name}})
    return keys


def schema_for(spec: TableSpec) -> dict:
    """A Table Schema for one workspace table, derived from its entity dataclass."""
    schema_fields = []
    for f in fields(spec.entity_type):
        schema_type, optional = _type_of(f.type)
        no_default = f.default is MISSING and f.default_factory is MISSING
        # Text without a default may still be empty; the domain rules say which text matters.
        required = f.name in spec.key_fields or (no_default and not optional and schema_type != "string")
        schema_fields.append({"name": f.name, "type": schema_type, "constraints": {"required": required}})
    return {"fields": schema_fields, "primaryKey": list(spec.key_fields), "foreignKeys": implied_foreign_keys(spec)}


def schema_type_problems(spec: TableSpec, schema: dict, file: str) -> list[Problem]:
    """Fields a package's schema declares that the entity lacks or types differently."""
    expected = {f["name"]: f["type"] for f in schema_for(spec)["fields"]}
    problems = []
    for declared in schema.get("fields", []) if isinstance(schema, dict) else []:
        if not isinstance(declared, dict) or not isinstance(declared.get("name"), str):
            continue  # the schema checker reports these
        name, declared_type = declared["name"], declared.get("type", "string")
        if name not in expected:
            problems.append(Problem(file, None, name, f"{spec.name} has no field {name!r}"))
        elif declared_type != expected[name] and (declared_type, expected[name]) != ("integer", "number"):
            problems.append(Problem(file, None, name,
                                    f"the schema declares type {declared_type!r}; {spec.name} needs {expected[name]!r}"))
    return problems


def build_records(spec: TableSpec, typed: TypedTable,
                  skip_rows: set[int] = frozenset()) -> tuple[list[tuple[int, Any]], list[Problem]]:
    """(row number, entity) for every typed row not in skip_rows; absent columns take the field default."""
    entity_fields = fields(spec.entity_type)
    present = set().union(*typed.rows) if typed.rows else set()
    problems = [Problem(typed.file, None, f.name, "missing required column") for f in entity_fields
                if f.name not in present and f.default is MISSING and f.default_factory is MISSING and typed.rows]
    if problems:
        return [], problems
    numbers = {f.name for f in entity_fields if _type_of(f.type)[0] == "number"}
    records = []
    for row, number in zip(typed.rows, typed.row_numbers):
        if number in skip_rows:
            continue
        values = {f.name: row[f.name] for f in entity_fields if f.name in row}
        for name in numbers & values.keys():
            if values[name] is not None:
                values[name] = float(values[name])  # an "integer" column feeding a float field
        records.append((number, spec.entity_type(**values)))
    return records, problems


def province_problem(text: str, suggest: bool = True) -> str | None:
    """Why `text` is not a province code, with the code or a close name to use instead."""
    if not text or text in PROVINCES_BY_CODE:
        return None
    code = resolve_province(text)
    if code:
        province = PROVINCES_BY_CODE[code]
        return f"{text!r} is a province name; write its code {code} ({province.name_zh})"
    return unknown_province(text, suggest)


def unknown_province(text: str, suggest: bool = True) -> str:
    """The message for a name that matches no province; suggest=False skips the (slow) 'did you mean'."""
    suggestion = suggest_province(text) if suggest else None
    if suggestion is None:
        return f"unknown province {text!r}"
    return f"unknown province {text!r}; did you mean {suggestion.name_zh} ({suggestion.code})?"
