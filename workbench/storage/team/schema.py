"""The team database's tables, built from the one schema definition (``project_schema``).

Every entity table has the columns of its dataclass, its row ``position`` and a
``row_version`` that goes up with every change: a save changes a row only while it still has
the version the analyst read. History and snapshots have the columns both stores keep; the
history's ``seq`` is given by the server.
"""

from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, Double, Identity, MetaData, PrimaryKeyConstraint, Table,
                        Text, text)
from sqlalchemy.engine import Connection

from workbench.domain.tables import TABLE_SPECS

from .. import project_schema as schema
from ..project import ProjectError

SCHEMA_VERSION = 1
"""The team database's format. A change adds a step to MIGRATIONS under the version it upgrades from."""
SCHEMA_VERSION_KEY = "team_schema_version"
ROW_VERSION = "row_version"
CHANNEL = "workbench_changes"
SAVE_LOCK = 0x57_42_53_41_56_45  # pg_advisory_xact_lock key: saves and snapshots are numbered one at a time

_TYPES = {str: Text, int: BigInteger, float: Double, bool: Boolean}

metadata = MetaData()

info_table = Table(schema.INFO_TABLE, metadata,
                   Column("key", Text, primary_key=True), Column("value", Text, nullable=False))


def _column(column: schema.Column, *items, **options) -> Column:
    return Column(column.name, _TYPES[column.python_type], *items, nullable=column.optional, **options)


ENTITY_TABLES: dict[str, Table] = {
    spec.name: Table(spec.name, metadata,
                     *(_column(c) for c in schema.COLUMNS[spec.name]),
                     Column(schema.POSITION_COLUMN, BigInteger, nullable=False),
                     Column(ROW_VERSION, BigInteger, nullable=False, server_default=text("1")),
                     PrimaryKeyConstraint(*spec.key_fields))
    for spec in TABLE_SPECS
}

history_table = Table(
    schema.HISTORY_TABLE, metadata,
    *(_column(c, Identity(always=False), primary_key=True) if c.name == "seq" else
      _column(c, server_default=text("CURRENT_USER")) if c.name == "analyst" else _column(c)
      for c in schema.HISTORY_COLUMNS))

snapshots_table = Table(schema.SNAPSHOTS_TABLE, metadata,
                        *(_column(c, primary_key=c.name == "name") for c in schema.SNAPSHOT_COLUMNS))

HISTORY_NAMES = tuple(c.name for c in schema.HISTORY_COLUMNS)
SNAPSHOT_NAMES = tuple(c.name for c in schema.SNAPSHOT_COLUMNS)

# Steps that bring an older team database up to SCHEMA_VERSION: from_version -> function(connection).
MIGRATIONS: dict[int, object] = {}


def create_schema(connection: Connection) -> None:
    """Every table, the history's row-level security, and the format version (inside the caller's transaction)."""
    metadata.create_all(connection)
    # An editor may append history only under their own login name: who did what is the server's word.
    connection.execute(text(f"ALTER TABLE {schema.HISTORY_TABLE} ENABLE ROW LEVEL SECURITY"))
    connection.execute(text(f"CREATE POLICY history_read ON {schema.HISTORY_TABLE} FOR SELECT USING (true)"))
    connection.execute(text(f"CREATE POLICY history_append_own ON {schema.HISTORY_TABLE} FOR INSERT "
                            "WITH CHECK (analyst = CURRENT_USER)"))
    connection.execute(info_table.insert(), [{"key": SCHEMA_VERSION_KEY, "value": str(SCHEMA_VERSION)}])


def stored_schema_version(connection: Connection, location: str) -> int:
    """The database's format; a ProjectError when it is no Workbench project or comes from a newer Workbench."""
    found = connection.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": schema.INFO_TABLE}).scalar()
    if not found:
        raise ProjectError(f"Cannot open {location}: the database is not a Workbench team project "
                           "(it has no project tables). Create one with `main.py team init URL`.")
    value = connection.execute(text(f"SELECT value FROM {schema.INFO_TABLE} WHERE key = :key"),
                               {"key": SCHEMA_VERSION_KEY}).scalar()
    if value is None or not str(value).isdigit():
        raise ProjectError(f"Cannot open {location}: the database is not a Workbench team project "
                           "(it records no team format).")
    version = int(value)
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"Cannot open {location}: it was set up by a newer version of Workbench (team format {version}; "
            f"this version works with formats up to {SCHEMA_VERSION}). Update Workbench to open it. "
            "Nothing has been changed.")
    return version


def missing_columns(connection: Connection) -> list[str]:
    """table.column for each column this version needs that the database lacks (one query)."""
    rows = connection.execute(text(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"))
    present = {(table, column) for table, column in rows}
    missing = []
    for table in metadata.sorted_tables:
        missing += [f"{table.name}.{c.name}" for c in table.columns if (table.name, c.name) not in present]
    return missing
