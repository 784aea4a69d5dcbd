"""Project format versions and the steps that bring an older file up to date.

The version lives in the file's `PRAGMA user_version`. To change the format:
add a function to MIGRATIONS under the version it upgrades from, and raise
CURRENT_SCHEMA_VERSION by one. Version 0 is a plain SQLite file, not a project.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

CURRENT_SCHEMA_VERSION = 5

Migration = Callable[[sqlite3.Connection], None]



def _add_tows_strategies(connection: sqlite3.Connection) -> None:
    # Frozen as written for format 2: later entity changes need steps of their own.
    connection.execute(
        'CREATE TABLE "tows_strategies" ("strategy_id" TEXT NOT NULL, "scope" TEXT NOT NULL, '
        '"cell" TEXT NOT NULL, "text" TEXT NOT NULL, "linked_entries" TEXT NOT NULL, '
        '"note" TEXT NOT NULL, "position" INTEGER NOT NULL, PRIMARY KEY ("strategy_id"))'
    )


def _add_key_figures_and_field_sources(connection: sqlite3.Connection) -> None:
    # Frozen as written for format 3. Existing vendors and clusters keep one source for the whole row:
    # the new per-field sources start empty, which the citation rule reads as "not separately cited".
    connection.execute(
        'CREATE TABLE "key_figures" ("figure_id" TEXT NOT NULL, "topic" TEXT NOT NULL, "label_zh" TEXT NOT NULL, '
        '"label_en" TEXT NOT NULL, "period" TEXT NOT NULL, "value" REAL, "value_high" REAL, "bound" TEXT NOT NULL, '
        '"unit" TEXT NOT NULL, "kind" TEXT NOT NULL, "source_id" TEXT NOT NULL, "note" TEXT NOT NULL, '
        '"position" INTEGER NOT NULL, PRIMARY KEY ("figure_id"))'
    )
    connection.execute('ALTER TABLE "vendors" ADD COLUMN "tickers_source_id" TEXT NOT NULL DEFAULT \'\'')
    connection.execute('ALTER TABLE "clusters" ADD COLUMN "coordinates_source_id" TEXT NOT NULL DEFAULT \'\'')


def _split_revenue_mix_from_market_shares(connection: sqlite3.Connection) -> None:
    """Format 4: the old revenue estimates become revenue mix rows; no market share is made up.

    The estimates' shares were always each vendor's own revenue mix (收入占比). Their base
    revenue, which the old model multiplied by the share, is kept in the note, not as a figure.
    """
    connection.execute(
        'CREATE TABLE "revenue_mix" ("vendor_id" TEXT NOT NULL, "category" TEXT NOT NULL, "share_low" REAL, '
        '"share_base" REAL, "share_high" REAL, "caveat" TEXT NOT NULL, "kind" TEXT NOT NULL, '
        '"source_id" TEXT NOT NULL, "note" TEXT NOT NULL, "position" INTEGER NOT NULL, PRIMARY KEY ("vendor_id"))'
    )
    connection.execute(
        'CREATE TABLE "market_definitions" ("market_id" TEXT NOT NULL, "name_zh" TEXT NOT NULL, '
        '"name_en" TEXT NOT NULL, "scope" TEXT NOT NULL, "period" TEXT NOT NULL, "unit" TEXT NOT NULL, '
        '"size" REAL, "source_id" TEXT NOT NULL, "section" TEXT NOT NULL, "note" TEXT NOT NULL, '
        '"position" INTEGER NOT NULL, PRIMARY KEY ("market_id"))'
    )
    connection.execute(
        'CREATE TABLE "market_shares" ("market_id" TEXT NOT NULL, "vendor_id" TEXT NOT NULL, "share" REAL, '
        '"amount" REAL, "rank" INTEGER, "kind" TEXT NOT NULL, "source_id" TEXT NOT NULL, '
        '"section" TEXT NOT NULL, "note" TEXT NOT NULL, "position" INTEGER NOT NULL, '
        'PRIMARY KEY ("market_id", "vendor_id"))'
    )
    rows = connection.execute(
        'SELECT "vendor_id", "base_label", "base_year", "currency", "base_revenue", "share_low", "share_base", '
        '"share_high", "kind", "source_id", "note", "position" FROM "revenue_estimates" ORDER BY "position"'
    ).fetchall()
    for vendor, label, year, currency, revenue, low, base, high, kind, source, note, position in rows:
        if revenue is not None or label:
            base_text = f"{label} {year or ''} {'' if revenue is None else f'{revenue:g} bn'} {currency}"
            note = f"{note} [Before format 4 the base was: {' '.join(base_text.split())}]".strip()
        connection.execute(
            'INSERT INTO "revenue_mix" VALUES (?, \'\', ?, ?, ?, \'\', ?, ?, ?, ?)',
            (vendor, low, base, high, kind, source, note, position),
        )
    connection.execute('DROP TABLE "revenue_estimates"')


def _add_history_and_snapshots(connection: sqlite3.Connection) -> None:
    """Format 5: every saved edit is kept as history, and snapshots name points in it.

    An upgraded file starts with no history: what it holds now is where its history begins.
    """
    # Frozen as written for format 5 (file_history.create_statements makes the same tables for new files).
    connection.execute(
        'CREATE TABLE "history" ("seq" INTEGER NOT NULL, "at" TEXT NOT NULL, "analyst" TEXT NOT NULL, '
        '"table_name" TEXT NOT NULL, "record_key" TEXT NOT NULL, "field" TEXT NOT NULL, "before" TEXT, '
        '"after" TEXT, "reason" TEXT NOT NULL, "save_id" TEXT NOT NULL, PRIMARY KEY ("seq"))'
    )
    connection.execute(
        'CREATE TABLE "snapshots" ("name" TEXT NOT NULL, "history_seq" INTEGER NOT NULL, "taken_at" TEXT NOT NULL, '
        '"analyst" TEXT NOT NULL, "note" TEXT NOT NULL, PRIMARY KEY ("name"))'
    )


# from_version -> step that turns a file of that version into from_version + 1
MIGRATIONS: dict[int, Migration] = {
    1: _add_tows_strategies,  # format 2: TOWS strategies
    2: _add_key_figures_and_field_sources,  # format 3: key figures; sources for tickers and coordinates
    3: _split_revenue_mix_from_market_shares,  # format 4: revenue mix apart from market shares
    4: _add_history_and_snapshots,  # format 5: history of every saved edit, and snapshots
}


def apply_migrations(connection: sqlite3.Connection, from_version: int) -> None:
    """Run every step from from_version to the current version in one transaction.

    The connection must be in autocommit mode (isolation_level=None) so that the
    transaction here is the only one. On any failure nothing is changed.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version, CURRENT_SCHEMA_VERSION):
            step = MIGRATIONS.get(version)
            if step is None:
                raise LookupError(f"no migration from project format {version} to {version + 1}")
            step(connection)
        # user_version is part of the database header, so it commits or rolls back with the steps.
        connection.execute(f"PRAGMA user_version = {int(CURRENT_SCHEMA_VERSION)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
