"""Check text tables against a Frictionless Table Schema and convert their cells to Python values.

Supported: types string, integer, number, boolean, date, year (and any, kept
as text); constraints required, unique, minimum, maximum, enum, pattern,
minLength, maxLength; primaryKey; foreignKeys across tables. Every problem
names file, data row (1-based) and column.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from .problems import Problem
from .readers import RawTable

_INTEGER = re.compile(r"[+-]?\d{1,300}")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_YEAR = re.compile(r"\d{4}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TRUE = ("true", "True", "TRUE", "1")
_FALSE = ("false", "False", "FALSE", "0")
_PRESENCE_ONLY = {"required", "unique"}  # constraints checked elsewhere than on the cell's value
_NOT_FINITE = {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}


@dataclass
class TypedTable:
    """A table's rows as dicts of Python values.

    Blank rows are left out; so are the fields of columns the file does not
    have, so that whoever builds records can fall back on their own defaults.
    """

    name: str
    file: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)  # data row of each entry in rows


Converter = Callable[[str, dict], Any]  # raises ValueError with a message for the analyst


def _to_string(text: str, spec: dict) -> str:
    return text


def _to_integer(text: str, spec: dict) -> int:
    text = text.strip()
    if not _INTEGER.fullmatch(text):
        raise ValueError(f"{text!r} is not a whole number")
    return int(text)


def _to_number(text: str, spec: dict) -> float:
    text = text.strip()
    if text.lower() in _NOT_FINITE:
        raise ValueError(f"{text!r} is not a finite number")
    if not _NUMBER.fullmatch(text):
        raise ValueError(f"{text!r} is not a number")
    value = float(text)
    if not math.isfinite(value):  # 1e309 overflows to infinity
        raise ValueError(f"{text!r} is too large to be a number")
    return value


def _to_boolean(text: str, spec: dict) -> bool:
    text = text.strip()
    if text in spec.get("trueValues", _TRUE):
        return True
    if text in spec.get("falseValues", _FALSE):
        return False
    raise ValueError(f"{text!r} is not true or false")


def _to_date(text: str, spec: dict) -> dt.date:
    text = text.strip()
    try:
        if _DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise ValueError(f"{text!r} is not a date like 2025-06-30")


def _to_year(text: str, spec: dict) -> int:
    text = text.strip()
    if not _YEAR.fullmatch(text):
        raise ValueError(f"{text!r} is not a year like 2025")
    return int(text)


CONVERTERS: dict[str, Converter] = {
    "string": _to_string, "any": _to_string, "integer": _to_integer, "number": _to_number,
    "boolean": _to_boolean, "date": _to_date, "year": _to_year,
}


def empty_value(field_type: str) -> Any:
    """What an empty cell becomes: "" for text, None (missing, never zero) for everything else."""
    return "" if field_type in ("string", "any") else None


def check_table(raw: RawTable, schema: Any, name: str = "") -> tuple[TypedTable, list[Problem]]:
    """Convert `raw` by `schema`; the table is only trustworthy when the problem list is empty."""
    file = raw.source
    typed = TypedTable(name, file)
    fields, problems = _schema_fields(schema, file)
    if not fields or not (raw.columns or raw.rows):  # an empty JSON list is an empty table
        return typed, problems
    known = {f["name"] for f in fields}
    problems += [Problem(file, None, column, "unknown column") for column in raw.columns if column not in known]
    index = {column: position for position, column in enumerate(raw.columns)}
    present = []
    for spec in fields:
        if spec["name"] in index:
            present.append(spec)
        elif spec.get("constraints", {}).get("required"):
            problems.append(Problem(file, None, spec["name"], "missing required column"))

    for number, cells in enumerate(raw.rows, start=1):
        if not any(cell.strip() for cell in cells):
            continue  # a blank line inside the table is not a record
        record = {}
        for spec in present:
            text = cells[index[spec["name"]]]
            value, message = _convert(text, spec)
            if message:
                problems.append(Problem(file, number, spec["name"], message))
            record[spec["name"]] = value
        typed.rows.append(record)
        typed.row_numbers.append(number)

    problems += _unique_problems(typed, [(s["name"],) for s in present if s.get("constraints", {}).get("unique")])
    primary_key = schema.get("primaryKey")
    if primary_key:
        key = (primary_key,) if isinstance(primary_key, str) else tuple(primary_key)
        problems += _unique_problems(typed, [key], label="primary key")
    return typed, problems


def _schema_fields(schema: Any, file: str) -> tuple[list[dict], list[Problem]]:
    """The schema's field descriptors, or problems when the schema itself is unusable."""
    if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list):
        return [], [Problem(file, None, None, 'the table schema has no "fields" list')]
    problems = []
    fields = []
    for position, spec in enumerate(schema["fields"], start=1):
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            problems.append(Problem(file, None, None, f"schema field {position} has no name"))
        elif spec.get("type", "string") not in CONVERTERS:
            problems.append(Problem(file, None, spec["name"], f"unsupported field type {spec.get('type')!r}"))
        elif not isinstance(spec.get("constraints", {}), dict):
            problems.append(Problem(file, None, spec["name"], '"constraints" must be an object'))
        else:
            fields.append(spec)
            problems += _pattern_problems(spec, file)
    names = {spec["name"] for spec in fields}
    key = schema.get("primaryKey") or []
    for name in [key] if isinstance(key, str) else key:
        if name not in names:
            problems.append(Problem(file, None, str(name), "the primary key names a field the schema does not have"))
    return (fields if not problems else []), problems


def _pattern_problems(spec: dict, file: str) -> list[Problem]:
    pattern = spec.get("constraints", {}).get("pattern")
    if pattern is None:
        return []
    try:
        re.compile(pattern)
    except (re.error, TypeError) as exc:
        return [Problem(file, None, spec["name"], f"the schema's pattern is not a valid regular expression: {exc}")]
    return []


def _convert(text: str, spec: dict) -> tuple[Any, str | None]:
    """(value, problem message or None) for one cell."""
    field_type = spec.get("type", "string")
    constraints = spec.get("constraints", {})
    if not text.strip():
        return empty_value(field_type), ("a value is required" if constraints.get("required") else None)
    convert = CONVERTERS[field_type]
    try:
        value = convert(text, spec)
    except ValueError as exc:
        return None, str(exc)
    if constraints.keys() <= _PRESENCE_ONLY:
        return value, None  # nothing to compare: most fields, and a million cells add up
    return value, _constraint_problem(text, value, spec, convert)


def _constraint_problem(text: str, value: Any, spec: dict, convert: Converter) -> str | None:
    constraints = spec.get("constraints", {})
    try:
        for bound, fails, word in (("minimum", lambda b: value < b, "below the minimum"),
                                   ("maximum", lambda b: value > b, "above the maximum")):
            if bound in constraints:
                limit = _typed(constraints[bound], spec, convert)
                if fails(limit):
                    return f"{text.strip()} is {word} {limit}"
        if "enum" in constraints:
            allowed = [_typed(option, spec, convert) for option in constraints["enum"]]
            if value not in allowed:
                return f"{text!r} is not one of: {', '.join(map(str, constraints['enum']))}"
    except (ValueError, TypeError):
        return f"the schema's constraints for {spec['name']} cannot be compared with {text!r}"
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], text):
        return f"{text!r} does not match the pattern {constraints['pattern']}"
    if "maxLength" in constraints and len(text) > constraints["maxLength"]:
        return f"is {len(text):,} characters long; the limit is {constraints['maxLength']:,}"
    if "minLength" in constraints and len(text) < constraints["minLength"]:
        return f"is {len(text):,} characters long; at least {constraints['minLength']:,} are needed"
    return None


def _typed(option: Any, spec: dict, convert: Converter) -> Any:
    """A constraint's value in the field's type (schemas may write 2024 or "2024")."""
    if isinstance(option, str):
        return convert(option, spec)
    if isinstance(option, bool) or not isinstance(option, (int, float)):
        return option
    return float(option) if spec.get("type") == "number" else option


def _unique_problems(typed: TypedTable, keys: list[tuple[str, ...]], label: str = "value") -> list[Problem]:
    problems = []
    for key in keys:
        first_seen: dict[tuple, int] = {}
        for record, number in zip(typed.rows, typed.row_numbers):
            value = tuple(record.get(name) for name in key)
            if label == "value" and all(v is None or v == "" for v in value):
                continue  # a unique column may leave any number of cells empty
            if value in first_seen:
                shown = value[0] if len(value) == 1 else value
                problems.append(Problem(typed.file, number, ", ".join(key),
                                        f"duplicate {label} {shown!r} (first at row {first_seen[value]})"))
            else:
                first_seen[value] = number
    return problems


def check_foreign_keys(tables: dict[str, TypedTable], schemas: dict[str, dict],
                       unreadable: set[str] = frozenset()) -> list[Problem]:
    """Rows whose foreign key values are absent from the referenced table; empty values are allowed.

    References into `unreadable` tables (already reported as broken) are not
    checked, so one broken file does not drown the report in consequences.
    """
    problems: list[Problem] = []
    for name, schema in schemas.items():
        table = tables.get(name)
        if table is None:
            continue
        for foreign_key in schema.get("foreignKeys") or []:
            problems += _foreign_key_problems(table, name, foreign_key, tables, unreadable)
    return problems


def _foreign_key_problems(table: TypedTable, name: str, foreign_key: Any,
                          tables: dict[str, TypedTable], unreadable: set[str]) -> list[Problem]:
    try:
        fields = _names(foreign_key["fields"])
        reference = foreign_key["reference"]
        target_name = reference.get("resource") or name  # "" refers to the table itself
        target_fields = _names(reference["fields"])
    except (KeyError, TypeError, AttributeError):
        return [Problem(table.file, None, None, f"malformed foreign key {foreign_key!r}")]
    if len(fields) != len(target_fields):
        return [Problem(table.file, None, ", ".join(fields), "the foreign key and its reference differ in length")]
    if target_name in unreadable:
        return []
    target = tables.get(target_name)
    # A missing target table is only a problem for rows that actually refer to it.
    existing = {tuple(row.get(f) for f in target_fields) for row in target.rows} if target else set()
    where = target_name if target else f"{target_name} (the dataset has no such table)"
    problems = []
    for record, number in zip(table.rows, table.row_numbers):
        value = tuple(record.get(f) for f in fields)
        if any(v is None or v == "" for v in value) or value in existing:
            continue
        shown = value[0] if len(value) == 1 else value
        problems.append(Problem(table.file, number, ", ".join(fields),
                                f"{shown!r} is not a {', '.join(target_fields)} in {where}"))
    return problems


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise TypeError(value)


def record_constraint_problems(values: dict[str, Any], schema: dict) -> list[tuple[str, str]]:
    """(field, message) for each typed value of one record that breaks its field's constraints.

    The same minimum, maximum, enum, pattern and length rules as for text cells,
    applied to values that are already Python values (a stored project's records).
    Empty values are left to the `required` check of whoever built the record.
    """
    problems = []
    for spec in schema.get("fields", []):
        value = values.get(spec["name"])
        if value is None or value == "" or not spec.get("constraints"):
            continue
        text = _value_text(value)
        message = _constraint_problem(text, value, spec, CONVERTERS.get(spec.get("type", "string"), _to_string))
        if message:
            problems.append((spec["name"], message))
    return problems


def _value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))  # 3.0 reads "3", as an analyst wrote it
    return str(value)
