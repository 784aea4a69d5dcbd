"""Table Schemas derived from the entity dataclasses, and entities built from typed rows."""

from __future__ import annotations

from dataclasses import MISSING, fields
from functools import lru_cache
from typing import Any

from ..domain.provinces import PROVINCES_BY_CODE, resolve_province, suggest_province
from ..domain.tables import TABLE_SPECS, TableSpec
from .problems import Problem
from .table_schema import TypedTable

_SCHEMA_TYPES = {"str": "string", "float": "number", "int": "integer", "bool": "boolean"}

# A field with one of these names refers to the key of that table, wherever it appears.
REFERENCED_TABLES = {
    "source_id": "sources",
    "tickers_source_id": "sources",
    "coordinates_source_id": "sources",
    "vendor_id": "vendors",
    "dimension_id": "dimensions",
    "metric_id": "metrics",
    "series_id": "market_series",
    "market_id": "market_definitions",
}

# The field a reference points at: the referenced table's own (single-field) key.
_KEY_OF = {spec.name: spec.key_fields[0] for spec in TABLE_SPECS if len(spec.key_fields) == 1}

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
            keys.append({"fields": f.name, "reference": {"resource": target, "fields": _KEY_OF[target]}})
    return keys


# Constraints on a value that hold on every path into a table (dataset, import, project), taken from
# the bundled Data Package; "required" is not among them: what a record needs is the entity's business.
VALUE_CONSTRAINTS = ("minimum", "maximum", "enum", "pattern", "minLength", "maxLength")


@lru_cache(maxsize=1)
def reference_schemas() -> dict[str, dict]:
    """Table name -> the Table Schema the bundled Data Package declares for it (empty when unreadable)."""
    from .opening import BUNDLED_DATASET
    from .problems import InputError
    from .readers import read_json_document

    try:
        package = read_json_document(BUNDLED_DATASET / "datapackage.json", 10 * 1024 * 1024)
    except InputError:
        return {}
    resources = package.get("resources") if isinstance(package, dict) else None
    return {entry["name"]: entry["schema"] for entry in resources or ()
            if isinstance(entry, dict) and isinstance(entry.get("name"), str) and isinstance(entry.get("schema"), dict)}


def _reference_constraints(table: str) -> dict[str, dict]:
    """Field name -> its value constraints in the reference schema of ``table``."""
    schema = reference_schemas().get(table, {})
    found = {}
    for declared in schema.get("fields") or ():
        if declared.get("name") == PROVINCE_FIELDS.get(table):
            continue  # the domain's province check says the same, with a suggestion
        if isinstance(declared, dict) and isinstance(declared.get("constraints"), dict):
            kept = {k: v for k, v in declared["constraints"].items() if k in VALUE_CONSTRAINTS}
            if kept:
                found[declared.get("name")] = kept
    return found


def reference_foreign_keys(spec: TableSpec) -> list[dict]:
    """The foreign keys of the reference Data Package for ``spec``, plus those the domain implies."""
    declared = reference_schemas().get(spec.name, {}).get("foreignKeys") or []
    declared = declared if isinstance(declared, list) else [declared]
    return list(declared) + [key for key in implied_foreign_keys(spec) if key not in declared]


def with_reference_constraints(spec: TableSpec, schema: dict) -> dict:
    """``schema`` with the reference value constraints laid over its fields (the reference wins)."""
    reference = _reference_constraints(spec.name)
    if not reference or not isinstance(schema.get("fields"), list):
        return schema
    expected = {f.name: _type_of(f.type)[0] for f in fields(spec.entity_type)}
    merged = []
    for declared in schema["fields"]:
        extra = reference.get(declared.get("name")) if isinstance(declared, dict) else None
        # A field declared with another type is already reported; its values cannot be compared.
        same_type = extra and declared.get("type", "string") in (expected.get(declared["name"]), "integer")
        if same_type and isinstance(declared.get("constraints", {}), dict):
            declared = {**declared, "constraints": {**declared.get("constraints", {}), **extra}}
        merged.append(declared)
    return {**schema, "fields": merged}


def schema_for(spec: TableSpec) -> dict:
    """A Table Schema for one workspace table: types from its entity dataclass, value constraints and
    foreign keys from the reference Data Package."""
    schema_fields = []
    reference = _reference_constraints(spec.name)
    for f in fields(spec.entity_type):
        schema_type, optional = _type_of(f.type)
        no_default = f.default is MISSING and f.default_factory is MISSING
        # Text without a default may still be empty; the domain rules say which text matters.
        required = f.name in spec.key_fields or (no_default and not optional and schema_type != "string")
        constraints = {"required": required, **reference.get(f.name, {})}
        schema_fields.append({"name": f.name, "type": schema_type, "constraints": constraints})
    return {"fields": schema_fields, "primaryKey": list(spec.key_fields), "foreignKeys": reference_foreign_keys(spec)}


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
