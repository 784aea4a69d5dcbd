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

    identifiers = _identifier_fields(schema)
    # (name, cell position, rules, trim?, plain text?) per present column, prepared once
    columns = []
    for spec in present:
        rules = _FieldRules(spec)
        columns.append((rules.name, index[rules.name], rules, rules.name in identifiers,
                        rules.plain and rules.convert is _to_string))
    for number, cells in enumerate(raw.rows, start=1):
        if not any(map(str.strip, cells)):
            continue  # a blank line inside the table is not a record
        record = {}
        for name, position, rules, trim, plain_text in columns:
            text = cells[position]
            if trim:
                text = text.strip()  # "rt_d " names the vendor rt_d: spaces around a key are never meant
            if plain_text and text.strip():  # most cells: text with no constraint, taken as it is
                record[name] = text
                continue
            value, message = rules.check_text(text)
            if message:
                problems.append(Problem(file, number, name, message))
            record[name] = value
        typed.rows.append(record)
        typed.row_numbers.append(number)

    problems += _unique_problems(typed, [(s["name"],) for s in present if s.get("constraints", {}).get("unique")])
    key = primary_key_of(schema)
    if key:
        problems += _unique_problems(typed, [key], label="primary key")
        problems += case_duplicate_problems(typed, key)
    return typed, problems


def primary_key_of(schema: dict) -> tuple[str, ...]:
    primary_key = schema.get("primaryKey") or ()
    return (primary_key,) if isinstance(primary_key, str) else tuple(primary_key)


def _identifier_fields(schema: dict) -> set[str]:
    """The fields that name a record: the primary key and every foreign key's fields."""
    names = set(primary_key_of(schema))
    for foreign_key in schema.get("foreignKeys") or ():
        try:
            names.update(_names(foreign_key["fields"]))
        except (KeyError, TypeError):
            pass  # reported by the foreign key check
    return names


def fold_key(key: tuple) -> tuple:
    """A key as compared for case-only differences (``rt_d`` and ``RT_D``)."""
    if len(key) == 1:
        part = key[0]
        return (part.casefold(),) if isinstance(part, str) else key
    return tuple(part.casefold() if isinstance(part, str) else part for part in key)


def case_duplicate_problems(typed: TypedTable, key: tuple[str, ...]) -> list[Problem]:
    """Rows whose key differs from an earlier row's only in letter case: refused, never two records."""
    problems = []
    first_seen: dict[tuple, tuple[tuple, int]] = {}
    for record, number in zip(typed.rows, typed.row_numbers):
        value = tuple(record.get(name) for name in key)
        folded = fold_key(value)
        earlier = first_seen.get(folded)
        if earlier is None:
            first_seen[folded] = (value, number)
        elif earlier[0] != value:
            shown, first = (value[0], earlier[0][0]) if len(value) == 1 else (value, earlier[0])
            problems.append(Problem(typed.file, number, ", ".join(key),
                                    f"{shown!r} differs from {first!r} (row {earlier[1]}) only in letter case: "
                                    "keys are compared exactly, so write them the same way"))
    return problems


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


def check_values(typed: TypedTable, schema: dict) -> list[Problem]:
    """Rows of Python values (a project's records) against the schema's constraints, the same as text cells."""
    fields, problems = _schema_fields(schema, typed.file)
    for spec in fields:
        rules = _FieldRules(spec)
        name = rules.name
        for record, number in zip(typed.rows, typed.row_numbers):
            if name not in record:
                continue
            value = record[name]
            if value is None or value == "":
                if rules.required:
                    problems.append(Problem(typed.file, number, name, "a value is required"))
                continue
            message = rules.problem(value_text(value), value)
            if message:
                problems.append(Problem(typed.file, number, name, message))
    return problems


def value_text(value: Any) -> str:
    """How a Python value is written in a table file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.15g}" if math.isfinite(value) else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class _FieldRules:
    """One field's type and constraints, prepared once per table rather than once per cell."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.name = spec["name"]
        self.type = spec.get("type", "string")
        self.convert = CONVERTERS[self.type]
        constraints = spec.get("constraints", {})
        self.required = bool(constraints.get("required"))
        self.broken = False  # constraints that cannot be compared with the field's values
        self.bounds: list[tuple[Any, Callable[[Any, Any], bool], str]] = []
        self.enum: list | None = None
        self.pattern = constraints.get("pattern")
        self.max_length = constraints.get("maxLength")
        self.min_length = constraints.get("minLength")
        try:
            if self.type not in ("string", "any"):  # text has no order to bound
                if "minimum" in constraints:
                    self.bounds.append((_typed(constraints["minimum"], spec, self.convert), _below,
                                        "below the minimum"))
                if "maximum" in constraints:
                    self.bounds.append((_typed(constraints["maximum"], spec, self.convert), _above,
                                        "above the maximum"))
            if "enum" in constraints:
                self.enum = [_typed(option, spec, self.convert) for option in constraints["enum"]]
        except (ValueError, TypeError):
            self.broken = True
        self.enum_text = ", ".join(map(str, constraints.get("enum") or ()))
        self.plain = not (self.bounds or self.enum is not None or self.broken or self.pattern is not None
                          or self.max_length is not None or self.min_length is not None)

    def problem(self, text: str, value: Any) -> str | None:
        """Why a converted value breaks the constraints, or None."""
        if self.plain:
            return None
        if self.broken:
            return f"the schema's constraints for {self.name} cannot be compared with {text!r}"
        try:
            for limit, fails, word in self.bounds:
                if fails(value, limit):
                    return f"{text.strip()} is {word} {value_text(limit)}"
            if self.enum is not None and value not in self.enum:
                return f"{text!r} is not one of: {self.enum_text}"
        except TypeError:
            return f"the schema's constraints for {self.name} cannot be compared with {text!r}"
        if self.pattern is not None and not re.fullmatch(self.pattern, text):
            return f"{text!r} does not match the pattern {self.pattern}"
        if self.max_length is not None and len(text) > self.max_length:
            return f"is {len(text):,} characters long; the limit is {self.max_length:,}"
        if self.min_length is not None and len(text) < self.min_length:
            return f"is {len(text):,} characters long; at least {self.min_length:,} are needed"
        return None

    def check_text(self, text: str) -> tuple[Any, str | None]:
        """(value, problem message or None) for one cell."""
        if not text.strip():
            return empty_value(self.type), ("a value is required" if self.required else None)
        if self.convert is _to_string and self.plain:
            return text, None
        try:
            value = self.convert(text, self.spec)
        except ValueError as exc:
            return None, str(exc)
        return value, self.problem(text, value)


def _below(value: Any, limit: Any) -> bool:
    return value < limit


def _above(value: Any, limit: Any) -> bool:
    return value > limit


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
        message = _FieldRules(spec).problem(value_text(value), value)
        if message:
            problems.append((spec["name"], message))
    return problems
