"""The history and snapshots tables of a .wbproj file: their DDL, carrying them into a new save, reading them.

A save writes a whole new file (see project.py), so the entries and snapshots the
file already holds are copied into it first, straight from the old file (ATTACH),
and the save's own entries are appended after them with growing ``seq``. A damaged
old file must not stop the new work from being saved: its history is then kept
aside in a copy and the save says so.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.domain.history import HistoryEntry, Snapshot

from . import project_schema as schema
from .history_rows import entry_from_row, entry_to_row, snapshot_from_row

OLD = "previous"  # the schema name the old file is attached under
HISTORY_FIRST_FORMAT = 5


def _column_sql(column: schema.Column) -> str:
    return f"{schema.quoted(column.name)} {column.sql_type}{'' if column.optional else ' NOT NULL'}"


def create_statements() -> list[str]:
    history = ", ".join(_column_sql(c) for c in schema.HISTORY_COLUMNS)
    snapshots = ", ".join(_column_sql(c) for c in schema.SNAPSHOT_COLUMNS)
    # seq as the primary key is SQLite's rowid: entries are kept and read in their order at no extra cost.
    return [f"CREATE TABLE {schema.quoted(schema.HISTORY_TABLE)} ({history}, PRIMARY KEY ({schema.quoted('seq')}))",
            f"CREATE TABLE {schema.quoted(schema.SNAPSHOTS_TABLE)} ({snapshots}, "
            f"PRIMARY KEY ({schema.quoted('name')}))"]


def _names(columns: tuple[schema.Column, ...]) -> str:
    return ", ".join(schema.quoted(c.name) for c in columns)


HISTORY_NAMES = _names(schema.HISTORY_COLUMNS)
SNAPSHOT_NAMES = _names(schema.SNAPSHOT_COLUMNS)
INSERT_HISTORY = (f"INSERT INTO {schema.quoted(schema.HISTORY_TABLE)} ({HISTORY_NAMES}) "
                  f"VALUES ({', '.join('?' for _ in schema.HISTORY_COLUMNS)})")
INSERT_SNAPSHOT = (f"INSERT INTO {schema.quoted(schema.SNAPSHOTS_TABLE)} ({SNAPSHOT_NAMES}) "
                   f"VALUES ({', '.join('?' for _ in schema.SNAPSHOT_COLUMNS)})")


@dataclass(frozen=True)
class CarriedHistory:
    seq: int  # the newest entry carried over; 0 when there was none
    problem: str = ""  # why the old file's history could not be carried over ("" when it was, or there was none)


def has_history_tables(connection: sqlite3.Connection, schema_name: str = "main") -> bool:
    found = {row[0] for row in connection.execute(
        f"SELECT name FROM {schema_name}.sqlite_master WHERE type = 'table' AND name IN (?, ?)",
        (schema.HISTORY_TABLE, schema.SNAPSHOTS_TABLE))}
    return found == {schema.HISTORY_TABLE, schema.SNAPSHOTS_TABLE}


def attach_previous(connection: sqlite3.Connection, old_file: Path | None) -> str:
    """Attach old_file read-only, before the save's transaction; returns why it could not be ("" when it was).

    The old file's schema is read here: once attached, a damaged one would make every later
    statement fail. ``connection`` must have been opened with ``uri=True``; closing it detaches.
    """
    if old_file is None or not old_file.is_file():
        return ""
    try:
        connection.execute(f"ATTACH DATABASE ? AS {OLD}", (old_file.resolve().as_uri() + "?mode=ro",))
    except sqlite3.Error as exc:
        return f"the previous file could not be read ({exc})"
    try:
        connection.execute(f"SELECT count(*) FROM {OLD}.sqlite_master").fetchone()
        return ""
    except sqlite3.Error as exc:
        connection.execute(f"DETACH DATABASE {OLD}")
        return f"the previous file could not be read ({exc})"


def carry_over(connection: sqlite3.Connection, problem: str = "") -> CarriedHistory:
    """Create the history and snapshots tables in the new file, holding those of the attached old file.

    Runs inside the caller's transaction (one commit for the whole save), after
    attach_previous, whose ``problem`` it passes on. When the old file's history cannot be
    read the tables are made empty and the save goes on; a file without those tables (a new
    target, an older format) has nothing to carry.
    """
    attached = any(row[1] == OLD for row in connection.execute("PRAGMA database_list"))
    connection.execute("SAVEPOINT carry_over")
    for statement in create_statements():
        connection.execute(statement)
    if attached:
        try:
            _copy_previous(connection)
        except sqlite3.Error as exc:
            if not connection.in_transaction:  # the save itself failed (a full disk): not the old file's fault
                raise
            # Nothing half-copied is kept: a history with a hole in it would rewind wrongly.
            connection.execute("ROLLBACK TO carry_over")
            for statement in create_statements():
                connection.execute(statement)
            problem = f"the previous file's history could not be read ({exc})"
    connection.execute("RELEASE carry_over")
    return CarriedHistory(0 if problem else newest_seq(connection), problem)


def _copy_previous(connection: sqlite3.Connection) -> None:
    """Copy the attached file's history and snapshots, if its format has them."""
    version = connection.execute(f"PRAGMA {OLD}.user_version").fetchone()[0]
    if version < HISTORY_FIRST_FORMAT:
        return
    if not has_history_tables(connection, OLD):
        raise sqlite3.DatabaseError("its history or snapshots table is missing")
    for table, names in ((schema.HISTORY_TABLE, HISTORY_NAMES), (schema.SNAPSHOTS_TABLE, SNAPSHOT_NAMES)):
        connection.execute(f"INSERT INTO main.{schema.quoted(table)} ({names}) "
                           f"SELECT {names} FROM {OLD}.{schema.quoted(table)}")


def newest_seq(connection: sqlite3.Connection) -> int:
    return int(connection.execute(f"SELECT coalesce(max(seq), 0) FROM {schema.quoted(schema.HISTORY_TABLE)}")
               .fetchone()[0])


# ---------------------------------------------------------------- reading


def read_entries(connection: sqlite3.Connection, *, after_seq: int = 0, table: str | None = None,
                 key: tuple | None = None, analyst: str | None = None, limit: int | None = None,
                 newest_first: bool = True) -> list[HistoryEntry]:
    """Entries after ``after_seq`` matching every filter given, filtered and limited in SQL."""
    if not has_history_tables(connection):
        return []
    where, values = ["seq > ?"], [after_seq]
    if table:
        where.append("table_name = ?")
        values.append(table)
    if key is not None:  # the key is stored as the same JSON text entry_to_row writes
        where.append("record_key = ?")
        values.append(entry_to_row(HistoryEntry(0, "", "", "", tuple(key), "", None, None))[4])
    if analyst:
        where.append("analyst = ?")
        values.append(analyst)
    order = "DESC" if newest_first else "ASC"
    bounded = f" LIMIT {int(limit)}" if limit is not None else ""
    rows = connection.execute(f"SELECT {HISTORY_NAMES} FROM {schema.quoted(schema.HISTORY_TABLE)} "
                              f"WHERE {' AND '.join(where)} ORDER BY seq {order}{bounded}", values)
    return [entry_from_row(row) for row in rows]


def read_snapshots(connection: sqlite3.Connection) -> list[Snapshot]:
    if not has_history_tables(connection):
        return []
    rows = connection.execute(f"SELECT {SNAPSHOT_NAMES} FROM {schema.quoted(schema.SNAPSHOTS_TABLE)} "
                              "ORDER BY history_seq, taken_at, name")
    return [snapshot_from_row(row) for row in rows]


def history_schema_problems(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, message) where the history or snapshots table differs from what this version writes."""
    problems = []
    for table, columns in ((schema.HISTORY_TABLE, schema.HISTORY_COLUMNS),
                           (schema.SNAPSHOTS_TABLE, schema.SNAPSHOT_COLUMNS)):
        declared: dict[str, Any] = {row[1]: (str(row[2]).upper(), bool(row[3]) or bool(row[5]))
                                    for row in connection.execute(f"PRAGMA table_info({schema.quoted(table)})")}
        if not declared:
            problems.append((table, "the table is missing"))
            continue
        for column in columns:
            if column.name not in declared:
                problems.append((table, f"column {column.name} is missing"))
            elif declared[column.name][0] != column.sql_type:
                problems.append((table, f"column {column.name} is declared {declared[column.name][0] or 'without a type'}"
                                        f", expected {column.sql_type}"))
    return problems
