"""A team project: the workspace, its history and snapshots in a PostgreSQL database.

Opening reads each table with one SELECT. A save sends the analyst's changes since the last
sync as one transaction: it changes a record only while the record still has the version the
analyst read, and writes nothing at all when any record was changed by someone else (the
conflicts come back instead). Saves and snapshots take one advisory lock, so history
numbers grow in commit order and "everything after seq N" never misses a later-numbered
commit. The committed save announces itself on the ``workbench_changes`` channel.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from typing import Any, Iterable, Iterator

import sqlalchemy
from sqlalchemy import and_, bindparam, func, select, text, tuple_
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection

from workbench.domain.history import (HistoryEntry, RecordChange, Snapshot, State, changes_between,
                                      entries_for, rewind, state_of, workspace_of)
from workbench.domain.market_shares import first_stored_share_problem
from workbench.domain.tables import SPECS_BY_NAME, TABLE_SPECS, Key
from workbench.domain.workspace import Workspace, WorkspaceInfo

from .. import project_schema as schema
from ..history_rows import entry_from_row, entry_to_row, snapshot_from_row
from ..project import INFO_FIELDS, ProjectError
from ..project_checks import value_problems
from ..project_store import (Conflict, OpenedProject, PasswordRequired, RemoteChanges, SaveOutcome,
                             StoreUnavailable, SyncBase)
from . import schema as team_schema
from .connection import explained, make_engine
from .rows import expect, iso, key_json, key_params, values_of
from .schema import CHANNEL, ENTITY_TABLES, ROW_VERSION, SAVE_LOCK, history_table, info_table, snapshots_table
from .urls import parse_team_url

KEY_BATCH = 500  # keys per "WHERE key IN (...)": well under the protocol's 65,535 parameters


class _Conflicted(Exception):
    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = conflicts


class TeamStore:
    """ProjectStore for ``postgresql://`` URLs. ``password`` is used for this session only, never stored."""

    is_team = True

    def __init__(self, url: str, *, password: str | None = None):
        self.url = parse_team_url(url)
        self.location = self.url.location
        self._password = password
        self._engine = None
        self._schema_checked = False

    # ------------------------------------------------------------ connections
    @property
    def engine(self):
        if self._engine is None:
            self._engine = make_engine(self.url, self._password)
        return self._engine

    @contextlib.contextmanager
    def _transaction(self, doing: str, *, read_only: bool = False) -> Iterator[Connection]:
        """One transaction; driver errors become StoreUnavailable / PasswordRequired / ProjectError."""
        try:
            with self.engine.connect() as connection:
                with connection.begin():
                    if read_only:  # one consistent picture of every table
                        connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
                    if not self._schema_checked:
                        self._check_schema(connection)
                    yield connection
        except (ProjectError, StoreUnavailable, PasswordRequired, _Conflicted):
            raise
        except sqlalchemy.exc.DBAPIError as exc:
            raise explained(exc, self.url, connecting=exc.statement is None, doing=doing) from exc
        except sqlalchemy.exc.SQLAlchemyError as exc:
            raise StoreUnavailable(f"{self.location}: {doing} failed ({exc}). Nothing was written.") from exc

    def _check_schema(self, connection: Connection) -> None:
        team_schema.stored_schema_version(connection, self.location)
        missing = team_schema.missing_columns(connection)
        if missing:
            shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
            raise ProjectError(f"Cannot open {self.location}: its tables are not the ones Workbench keeps "
                               f"(missing {shown}). Nothing has been changed.")
        self._schema_checked = True

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    # ------------------------------------------------------------ opening
    def open(self) -> OpenedProject:
        with self._transaction("opening the project", read_only=True) as connection:
            info, state, versions, seq = self._read_everything(connection)
        workspace = workspace_of(state, info)
        self._checkvalues_of(workspace)
        return OpenedProject(workspace, SyncBase(state, seq, versions))

    def _read_everything(self, connection: Connection):
        stored = dict(connection.execute(select(info_table.c.key, info_table.c.value)).all())
        info = WorkspaceInfo(**{name: stored.get(name, "") for name in INFO_FIELDS})
        state: State = {}
        versions: dict[tuple[str, Key], int] = {}
        for spec in TABLE_SPECS:
            table = ENTITY_TABLES[spec.name]
            columns = [table.c[c.name] for c in schema.COLUMNS[spec.name]]
            key_columns = [table.c[name] for name in spec.key_fields]
            rows = connection.execute(select(*columns, table.c[ROW_VERSION])
                                      .order_by(table.c[schema.POSITION_COLUMN], *key_columns)).all()
            records: dict[Key, Any] = {}
            key_of = spec.key_of
            try:
                for position, row in enumerate(rows):
                    record = schema.record_of(spec, row, position)  # zip stops before the trailing version
                    key = key_of(record)
                    records[key] = record
                    versions[(spec.name, key)] = row[-1]
            except schema.SchemaMismatch as exc:
                raise ProjectError(f"Cannot open {self.location}: {exc}. Nothing has been changed.") from None
            state[spec.name] = records
        seq = connection.execute(select(func.coalesce(func.max(history_table.c.seq), 0))).scalar_one()
        return info, state, versions, int(seq)

    def _checkvalues_of(self, workspace: Workspace) -> None:
        """What a file must pass to open, a team project too: it may have been written by other tools."""
        for spec in TABLE_SPECS:
            found = value_problems(spec, workspace.table(spec.name).records())
            if found:
                row, name, message = found[0]
                more = f" and {len(found) - 1} more" if len(found) > 1 else ""
                raise ProjectError(f"Cannot open {self.location}: table {spec.name}, row {row}, {name}: {message}"
                                   f"{more}. The project holds values Workbench cannot accept; nothing has been "
                                   "changed.")
        problem = first_stored_share_problem(workspace)
        if problem:
            raise ProjectError(f"Cannot open {self.location}: {problem}. Nothing has been changed.")

    # ------------------------------------------------------------ saving
    def save(self, workspace: Workspace, synced: SyncBase | None, analyst: str = "") -> SaveOutcome:
        """Commit the edits since ``synced`` in one transaction, or nothing and the conflicts.

        ``analyst`` is not used: history names the login the server knows (``current_user``).
        """
        base = synced or SyncBase({}, 0, {})
        now_state = state_of(workspace)
        changes = changes_between(base.state, now_state)
        if not changes:
            return SaveOutcome(True, SyncBase(now_state, base.seq, dict(base.versions), set(base.saved_ids)))
        save_id = uuid.uuid4().hex
        try:
            with self._transaction("saving") as connection:
                connection.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": SAVE_LOCK})
                login, now, last_seq = connection.execute(text(
                    f"SELECT CURRENT_USER, now(), (SELECT coalesce(max(seq), 0) FROM {schema.HISTORY_TABLE})")).one()
                written, new_versions = self._write_changes(connection, workspace, changes, base.versions)
                entries = entries_for(written, analyst=login, at=iso(now), save_id=save_id)
                entries = self._append_history(connection, entries, save_id)
                if entries:
                    payload = json.dumps({"seq": entries[-1].seq, "save_id": save_id, "analyst": login},
                                         ensure_ascii=False)
                    connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                                       {"channel": CHANNEL, "payload": payload})
        except _Conflicted as conflicted:
            return SaveOutcome(False, None, conflicted.conflicts)
        versions = dict(base.versions)
        for record_key, version in new_versions.items():
            if version is None:
                versions.pop(record_key, None)
            else:
                versions[record_key] = version
        newest = entries[-1].seq if entries else base.seq
        if last_seq == base.seq:  # nobody committed in between: the base is everything up to this save
            synced_after = SyncBase(now_state, newest, versions, set())
        else:  # others' commits since base.seq are still to be fetched; this save's own are skipped then
            synced_after = SyncBase(now_state, base.seq, versions, set(base.saved_ids) | {save_id})
        return SaveOutcome(True, synced_after, [], entries)

    def _write_changes(self, connection: Connection, workspace: Workspace, changes: list[RecordChange],
                       versions: dict[tuple[str, Key], int]):
        """Apply the changes whose records are as the analyst read them; _Conflicted when any is not.

        Returns the changes actually written (one that someone else made identically is not a conflict
        and is not written again) and each touched record's version now (None: removed).
        """
        current = self._current_rows(connection, ((c.table, c.key) for c in changes))
        conflicts, written = [], []
        new_versions: dict[tuple[str, Key], int | None] = {}
        for change in changes:
            theirs, their_version = current.get((change.table, change.key), (None, 0))
            if theirs == change.after:  # already so (both removed, or the same edit): nothing to write
                new_versions[(change.table, change.key)] = their_version if theirs is not None else None
                continue
            expected = versions.get((change.table, change.key))
            unchanged = theirs is None if change.before is None else (theirs is not None and
                                                                       their_version == expected)
            if not unchanged:
                conflicts.append(Conflict(change.table, change.key, change.before, change.after, theirs,
                                          their_version, ""))
                continue
            written.append(change)
            new_versions[(change.table, change.key)] = (
                None if change.after is None else 1 if change.before is None else their_version + 1)
        if conflicts:
            raise _Conflicted(self._with_analysts(connection, conflicts))
        by_table: dict[str, list[RecordChange]] = {}
        for change in written:
            by_table.setdefault(change.table, []).append(change)
        for table_name, table_changes in by_table.items():
            self._write_table(connection, workspace, table_name, table_changes, versions)
        return written, new_versions

    def _write_table(self, connection: Connection, workspace: Workspace, table_name: str,
                     changes: list[RecordChange], versions: dict[tuple[str, Key], int]) -> None:
        spec = SPECS_BY_NAME[table_name]
        table = ENTITY_TABLES[table_name]
        names = [c.name for c in schema.COLUMNS[table_name]]
        positions = workspace.table(table_name)
        key_match = and_(*(table.c[k] == bindparam(f"k_{k}") for k in spec.key_fields),
                         table.c[ROW_VERSION] == bindparam("expected_version"))
        inserts = [c for c in changes if c.before is None]
        updates = [c for c in changes if c.before is not None and c.after is not None]
        removals = [c for c in changes if c.after is None]
        if removals:
            params = [{**key_params(spec, c.key), "expected_version": versions[(table_name, c.key)]}
                      for c in removals]
            done = connection.execute(table.delete().where(key_match), params)
            expect(done.rowcount, len(params), table_name)
        if updates:
            settable = [n for n in names if n not in spec.key_fields]
            statement = table.update().where(key_match).values(
                {**{n: bindparam(f"v_{n}") for n in settable},
                 schema.POSITION_COLUMN: bindparam("v_position"), ROW_VERSION: table.c[ROW_VERSION] + 1})
            params = []
            for change in updates:
                values = values_of(spec, change.after)
                params.append({**key_params(spec, change.key), "expected_version": versions[(table_name, change.key)],
                               **{f"v_{n}": values[n] for n in settable},
                               "v_position": positions.index_of(change.key)})
            done = connection.execute(statement, params)
            expect(done.rowcount, len(params), table_name)
        if inserts:
            rows = [{**values_of(spec, c.after), schema.POSITION_COLUMN: positions.index_of(c.key)} for c in inserts]
            connection.execute(pg_insert(table), rows)  # absent a moment ago, under the lock: no conflict

    def _with_analysts(self, connection: Connection, conflicts: list[Conflict]) -> list[Conflict]:
        named = []
        for conflict in conflicts:
            analyst = connection.execute(
                select(history_table.c.analyst)
                .where(history_table.c.table_name == conflict.table,
                       history_table.c.record_key == key_json(conflict.key))
                .order_by(history_table.c.seq.desc()).limit(1)).scalar()
            named.append(Conflict(conflict.table, conflict.key, conflict.base, conflict.mine, conflict.theirs,
                                  conflict.theirs_version, analyst or ""))
        return named

    def _append_history(self, connection: Connection, entries: list[HistoryEntry], save_id: str) -> list[HistoryEntry]:
        if not entries:
            return []
        columns = team_schema.HISTORY_NAMES[1:]  # the server numbers them
        rows = [dict(zip(columns, entry_to_row(entry)[1:])) for entry in entries]
        connection.execute(history_table.insert(), rows)
        seqs = connection.execute(select(history_table.c.seq).where(history_table.c.save_id == save_id)
                                  .order_by(history_table.c.seq)).scalars().all()
        return [HistoryEntry(seq, e.at, e.analyst, e.table, e.key, e.field, e.before, e.after, e.reason, e.save_id)
                for seq, e in zip(seqs, entries)]

    def _current_rows(self, connection: Connection, keys: Iterable[tuple[str, Key]]
                      ) -> dict[tuple[str, Key], tuple[Any, int]]:
        """(table, key) -> (record as stored now, its version), for those that exist."""
        wanted: dict[str, list[Key]] = {}
        for table_name, key in keys:
            wanted.setdefault(table_name, []).append(key)
        found: dict[tuple[str, Key], tuple[Any, int]] = {}
        for table_name, table_keys in wanted.items():
            spec = SPECS_BY_NAME[table_name]
            table = ENTITY_TABLES[table_name]
            columns = [table.c[c.name] for c in schema.COLUMNS[table_name]]
            key_columns = tuple_(*(table.c[k] for k in spec.key_fields))
            for start in range(0, len(table_keys), KEY_BATCH):
                batch = table_keys[start:start + KEY_BATCH]
                rows = connection.execute(select(*columns, table.c[ROW_VERSION]).where(key_columns.in_(batch)))
                for row in rows:
                    record = schema.record_of(spec, row, 0)
                    found[(table_name, spec.key_of(record))] = (record, row[-1])
        return found

    # ------------------------------------------------------------ others' changes
    def changes_since(self, synced: SyncBase) -> RemoteChanges:
        with self._transaction("fetching others' changes", read_only=True) as connection:
            rows = connection.execute(select(*history_table.c).where(history_table.c.seq > synced.seq)
                                      .order_by(history_table.c.seq)).all()
            entries = [entry_from_row(row) for row in rows]
            others = [entry for entry in entries if entry.save_id not in synced.saved_ids]
            touched = list(dict.fromkeys((entry.table, entry.key) for entry in others))
            current = self._current_rows(connection, touched)
        records = {key: current.get(key, (None, 0)) for key in touched}
        return RemoteChanges(others, records, entries[-1].seq if entries else synced.seq)

    # ------------------------------------------------------------ history and snapshots
    def history(self, *, table: str | None = None, key: Key | None = None, analyst: str | None = None,
                limit: int | None = None, vendor: str | None = None) -> list[HistoryEntry]:
        """Newest first; ``vendor`` keeps the entries of every table keyed by that vendor."""
        statement = select(*history_table.c).order_by(history_table.c.seq.desc())
        if table is not None:
            statement = statement.where(history_table.c.table_name == table)
        if key is not None:
            statement = statement.where(history_table.c.record_key == key_json(key))
        if analyst is not None:
            statement = statement.where(history_table.c.analyst == analyst)
        if vendor is not None:
            keyed = [(spec.name, spec.key_fields.index("vendor_id")) for spec in TABLE_SPECS
                     if "vendor_id" in spec.key_fields]
            statement = statement.where(sqlalchemy.or_(*(
                and_(history_table.c.table_name == name,
                     func.cast(history_table.c.record_key, JSONB)
                     .op("->>")(index) == vendor)
                for name, index in keyed)))
        if limit is not None:
            statement = statement.limit(limit)
        with self._transaction("reading the history", read_only=True) as connection:
            return [entry_from_row(row) for row in connection.execute(statement)]

    def snapshots(self) -> list[Snapshot]:
        """Oldest first."""
        with self._transaction("reading the snapshots", read_only=True) as connection:
            rows = connection.execute(select(*snapshots_table.c)
                                      .order_by(snapshots_table.c.history_seq, snapshots_table.c.taken_at))
            return [snapshot_from_row(row) for row in rows]

    def take_snapshot(self, name: str, analyst: str = "", note: str = "") -> Snapshot:
        """Name the saved state as it is now; ``analyst`` is not used (the server's login is recorded)."""
        name = name.strip()
        if not name:
            raise ProjectError("A snapshot needs a name.")
        with self._transaction("taking a snapshot") as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": SAVE_LOCK})
            exists = connection.execute(select(snapshots_table.c.name).where(snapshots_table.c.name == name)).first()
            if exists:
                raise ProjectError(f"{self.location}: there is a snapshot named {name!r} already; choose another name.")
            login, now, seq = connection.execute(text(
                f"SELECT CURRENT_USER, now(), (SELECT coalesce(max(seq), 0) FROM {schema.HISTORY_TABLE})")).one()
            snapshot = Snapshot(name, int(seq), iso(now), login, note)
            connection.execute(snapshots_table.insert(), [dict(zip(team_schema.SNAPSHOT_NAMES, (
                snapshot.name, snapshot.history_seq, snapshot.taken_at, snapshot.analyst, snapshot.note)))])
        return snapshot

    def workspace_at(self, snapshot_name: str) -> Workspace:
        with self._transaction("reading a snapshot", read_only=True) as connection:
            row = connection.execute(select(*snapshots_table.c).where(snapshots_table.c.name == snapshot_name)).first()
            if row is None:
                raise ProjectError(f"{self.location}: there is no snapshot named {snapshot_name!r}.")
            snapshot = snapshot_from_row(row)
            info, state, _versions, _seq = self._read_everything(connection)
            later = connection.execute(select(*history_table.c).where(history_table.c.seq > snapshot.history_seq)
                                       .order_by(history_table.c.seq.desc())).all()
        return workspace_of(rewind(state, (entry_from_row(r) for r in later)), info)

    # ------------------------------------------------------------ setting up
    @staticmethod
    def write_baseline(connection: Connection, workspace: Workspace) -> None:
        """Fill freshly created tables with a workspace: the project's starting point, not an edit in its history."""
        for spec in TABLE_SPECS:
            rows = [{**values_of(spec, record), schema.POSITION_COLUMN: position}
                    for position, record in enumerate(workspace.table(spec.name))]
            if rows:
                connection.execute(ENTITY_TABLES[spec.name].insert(), rows)
        connection.execute(info_table.insert(), [{"key": name, "value": getattr(workspace.info, name)}
                                                 for name in INFO_FIELDS])
