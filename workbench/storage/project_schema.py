"""How the workspace's tables map onto SQLite tables, and back.

Columns are derived from the entity dataclasses, so a new entity field shows
up in the schema by itself (and needs a migration for older files).
"""

from __future__ import annotations

import math
import types
import typing
from dataclasses import dataclass, fields
from typing import Any

from workbench.domain.tables import TABLE_SPECS, TableSpec

INFO_TABLE = "project_info"
POSITION_COLUMN = "position"  # keeps each table's row order


class SchemaMismatch(Exception):
    """A stored value cannot become the field it belongs to."""


@dataclass(frozen=True)
class Column:
    name: str
    python_type: type  # str, int, float or bool
    optional: bool

    @property
    def sql_type(self) -> str:
        return {str: "TEXT", int: "INTEGER", float: "REAL", bool: "INTEGER"}[self.python_type]


def _column_for(name: str, annotation: Any) -> Column:
    optional = False
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        optional = len(members) < len(typing.get_args(annotation))
        if len(members) != 1:
            raise TypeError(f"field {name}: only 'X' or 'X | None' can be stored, not {annotation}")
        annotation = members[0]
    if annotation not in (str, int, float, bool):
        raise TypeError(f"field {name}: type {annotation} has no SQLite column type")
    return Column(name, annotation, optional)


def columns_of(entity_type: type) -> tuple[Column, ...]:
    hints = typing.get_type_hints(entity_type)
    return tuple(_column_for(f.name, hints[f.name]) for f in fields(entity_type))


COLUMNS: dict[str, tuple[Column, ...]] = {spec.name: columns_of(spec.entity_type) for spec in TABLE_SPECS}


def quoted(identifier: str) -> str:
    # Field names such as "key", "value" and "text" are SQL keywords.
    return '"' + identifier.replace('"', '""') + '"'


def create_statements() -> list[str]:
    statements = [f"CREATE TABLE {INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)"]
    for spec in TABLE_SPECS:
        column_sql = [
            f"{quoted(c.name)} {c.sql_type}{'' if c.optional else ' NOT NULL'}" for c in COLUMNS[spec.name]
        ]
        column_sql.append(f"{quoted(POSITION_COLUMN)} INTEGER NOT NULL")
        key_sql = ", ".join(quoted(k) for k in spec.key_fields)
        statements.append(f"CREATE TABLE {quoted(spec.name)} ({', '.join(column_sql)}, PRIMARY KEY ({key_sql}))")
    return statements


def insert_statement(spec: TableSpec) -> str:
    names = [c.name for c in COLUMNS[spec.name]] + [POSITION_COLUMN]
    return (
        f"INSERT INTO {quoted(spec.name)} ({', '.join(quoted(n) for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )


def select_statement(spec: TableSpec) -> str:
    # Qualified names: SQLite reads an unknown bare "name" as the text 'name', but refuses "table"."name".
    names = ", ".join(f"{quoted(spec.name)}.{quoted(c.name)}" for c in COLUMNS[spec.name])
    return f"SELECT {names} FROM {quoted(spec.name)} ORDER BY {quoted(POSITION_COLUMN)}"


def row_of(spec: TableSpec, record: Any, position: int) -> tuple:
    values = []
    for column in COLUMNS[spec.name]:
        value = getattr(record, column.name)
        if isinstance(value, float) and math.isnan(value):
            # SQLite would silently store NaN as NULL: refuse rather than change the data.
            raise SchemaMismatch(f"{spec.name} {spec.key_of(record)}: {column.name} is not a number (NaN)")
        values.append(int(value) if isinstance(value, bool) else value)
    values.append(position)
    return tuple(values)


def _field_value(column: Column, value: Any) -> Any:
    if value is None:
        if column.optional:
            return None
        raise SchemaMismatch(f"{column.name} is empty but must have a value")
    wanted = column.python_type
    if wanted is str and isinstance(value, str):
        return value
    if wanted is bool and value in (0, 1) and not isinstance(value, str):
        return bool(value)
    if wanted is int and isinstance(value, int):
        return value
    if wanted is float and isinstance(value, (int, float)):
        return float(value)  # REAL affinity may hand back whole numbers as int
    raise SchemaMismatch(f"{column.name} holds {value!r}, expected {wanted.__name__}")


def record_of(spec: TableSpec, row: tuple, position: int) -> Any:
    try:
        values = {c.name: _field_value(c, v) for c, v in zip(COLUMNS[spec.name], row)}
    except SchemaMismatch as exc:
        raise SchemaMismatch(f"table {spec.name}, row {position + 1}: {exc}") from None
    return spec.entity_type(**values)


# ---------------------------------------------------------------- history and snapshots
# Both stores (the .wbproj file and the team database) keep these two tables with these columns.

HISTORY_TABLE = "history"
HISTORY_COLUMNS: tuple[Column, ...] = (
    Column("seq", int, False),  # grows with every entry; the store assigns it
    Column("at", str, False),  # ISO 8601, UTC
    Column("analyst", str, False),
    Column("table_name", str, False),
    Column("record_key", str, False),  # JSON list of the key fields' values
    Column("field", str, False),  # "" for a whole record added or removed
    Column("before", str, True),  # JSON value (a whole record: JSON object); NULL: there was none
    Column("after", str, True),
    Column("reason", str, False),
    Column("save_id", str, False),  # the same for every entry of one save
)
SNAPSHOTS_TABLE = "snapshots"
SNAPSHOT_COLUMNS: tuple[Column, ...] = (
    Column("name", str, False),
    Column("history_seq", int, False),
    Column("taken_at", str, False),
    Column("analyst", str, False),
    Column("note", str, False),
)
