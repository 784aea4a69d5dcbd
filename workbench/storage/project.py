"""Save and open a project: the whole workspace in one SQLite file (.wbproj).

Saving writes a complete new file beside the target and renames it into place,
so a crash leaves the old project or the new one. Opening never writes the project,
except to upgrade it from an older format, which first keeps a backup copy; it does
remove the temporary files that killed saves left beside it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Sequence

from workbench import __version__
from workbench.domain.history import HistoryEntry, Snapshot, State, changes_between, entries_for, state_of
from workbench.domain.market_shares import first_stored_share_problem
from workbench.domain.tables import TABLE_SPECS
from workbench.domain.workspace import Workspace, WorkspaceInfo

from . import file_history, migrations
from . import project_schema as schema
from .atomic import atomic_path, remove_orphans
from .history_rows import entry_to_row, snapshot_to_row
from .problems import Problem
from .project_checks import MAX_REPORTED, schema_problems, value_problems

PROJECT_SUFFIX = ".wbproj"
CURRENT_SCHEMA_VERSION = migrations.CURRENT_SCHEMA_VERSION
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
INFO_FIELDS = ("title", "origin", "dataset_name")
HISTORY_BACKUP_SUFFIX = ".bak-history"  # beside a project whose history could not be read at a save


class ProjectError(Exception):
    """A project that cannot be saved or opened; the message is for the analyst.

    `problems` lists what was found, one Problem per table, row and column, when
    there is more to say than the message.
    """

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.problems = problems or []

    def __reduce__(self):
        return (ProjectError, (str(self), self.problems))


# ---------------------------------------------------------------- saving


@dataclass(frozen=True)
class SavedHistory:
    """What a save did to the project's history."""

    appended: tuple[HistoryEntry, ...] = ()
    """The entries this save appended, as made (seq 0): see ``entries``."""
    seq: int = 0
    """The newest entry in the file after the save (0: none)."""
    problem: str = ""
    """Why the earlier history was not carried over ("" when it was, or there was none)."""

    @property
    def entries(self) -> tuple[HistoryEntry, ...]:
        """The appended entries numbered as stored (made on demand: a bulk import need not pay for them)."""
        first = self.seq - len(self.appended) + 1
        return tuple(dataclasses.replace(entry, seq=first + n) for n, entry in enumerate(self.appended))


def save_project(workspace: Workspace, path: str | os.PathLike, *, since: State | None = None, analyst: str = "",
                 history_from: str | os.PathLike | None = None,
                 history: tuple[Sequence[HistoryEntry], Sequence[Snapshot]] | None = None) -> SavedHistory:
    """Write the whole workspace to path, replacing any file there in one step.

    The history and snapshots of the file being replaced (or of ``history_from``, for a
    Save As) are kept, and the changes from ``since`` (the state last opened or saved) to
    the workspace are appended as new entries by ``analyst``. Without ``since`` nothing is
    added to the history. ``history`` (entries with their numbers, and snapshots) replaces
    what the old file held: a team project taken out as a file keeps its own history.
    """
    target = Path(path)
    if target.is_symlink():  # write the file the link points to, and keep the link
        target = Path(os.path.realpath(target))
    if target.is_dir():
        raise ProjectError(f"Cannot save the project to {target}: that is a folder.")
    previous = Path(history_from) if history_from is not None else target
    if history is not None:
        previous = None
    try:
        entries = _new_entries(workspace, since, analyst)
        with atomic_path(target) as temp:
            saved = _write_project(workspace, temp, previous, entries, history)
            _keep_permissions(target, temp)
            if saved.problem:
                saved = _keep_unreadable_history(previous, saved)
    except schema.SchemaMismatch as exc:
        raise ProjectError(f"Cannot save the project to {target}: {exc}.") from None
    except (OSError, sqlite3.Error) as exc:
        raise ProjectError(f"Cannot save the project to {target}: {_save_failure_reason(target, exc)}") from exc
    return saved


def _new_entries(workspace: Workspace, since: State | None, analyst: str) -> list[HistoryEntry]:
    if since is None:
        return []
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return entries_for(changes_between(since, state_of(workspace)), analyst=analyst, at=at, save_id=uuid.uuid4().hex)


def _write_project(workspace: Workspace, temp: Path, previous: Path | None, entries: list[HistoryEntry],
                   history: tuple[Sequence[HistoryEntry], Sequence[Snapshot]] | None = None) -> SavedHistory:
    connection = sqlite3.connect(temp.resolve().as_uri(), uri=True, isolation_level=None)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = FULL")
        unreadable = file_history.attach_previous(connection, previous)
        connection.execute("BEGIN IMMEDIATE")
        carried = file_history.carry_over(connection, unreadable)
        if history is not None:
            kept_entries, kept_snapshots = history
            connection.executemany(file_history.INSERT_HISTORY, (entry_to_row(entry) for entry in kept_entries))
            connection.executemany(file_history.INSERT_SNAPSHOT, (snapshot_to_row(s) for s in kept_snapshots))
            carried = dataclasses.replace(carried, seq=file_history.newest_seq(connection))
        for statement in schema.create_statements():
            connection.execute(statement)
        connection.executemany(
            f"INSERT INTO {schema.INFO_TABLE} (key, value) VALUES (?, ?)", _info_rows(workspace.info)
        )
        for spec in TABLE_SPECS:
            rows = (schema.row_of(spec, record, i) for i, record in enumerate(workspace.table(spec.name)))
            connection.executemany(schema.insert_statement(spec), rows)
        connection.executemany(file_history.INSERT_HISTORY, ((carried.seq + n, *entry_to_row(entry)[1:])
                                                             for n, entry in enumerate(entries, start=1)))
        connection.execute(f"PRAGMA user_version = {int(migrations.CURRENT_SCHEMA_VERSION)}")
        connection.execute("COMMIT")
    finally:
        connection.close()  # an unfinished transaction is rolled back here
    return SavedHistory(tuple(entries), carried.seq + len(entries), carried.problem)


def _keep_unreadable_history(previous: Path, saved: SavedHistory) -> SavedHistory:
    """The new work is saved regardless; the old file, whose history could not be read, is kept aside."""
    backup = previous.with_name(previous.name + HISTORY_BACKUP_SUFFIX)
    try:
        shutil.copyfile(previous, backup)
    except OSError as exc:
        kept = f"and the old file could not be kept aside ({exc.strerror or exc})"
    else:
        kept = f"the old file is kept as {backup.name}"
    return dataclasses.replace(saved, problem=f"The project was saved, but its earlier history was not carried over: "
                                              f"{saved.problem}; {kept}.")


def _info_rows(info: WorkspaceInfo) -> list[tuple[str, str]]:
    rows = [(name, getattr(info, name)) for name in INFO_FIELDS]
    rows.append(("saved_at", datetime.now(timezone.utc).isoformat(timespec="seconds")))
    rows.append(("app_version", __version__))
    return rows


def _keep_permissions(target: Path, temp: Path) -> None:
    # The temporary file is private (0600); an overwritten project keeps the mode it had.
    with contextlib.suppress(OSError):
        os.chmod(temp, target.stat().st_mode & 0o7777)


def _save_failure_reason(target: Path, exc: Exception) -> str:
    text = str(exc).lower()
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text:
        return "the folder is read-only or you do not have permission to write there."
    if isinstance(exc, FileNotFoundError) and not target.parent.exists():
        return f"the folder {target.parent} does not exist."
    if getattr(exc, "errno", None) == errno.ENOSPC or "disk is full" in text:
        return "the disk is full. The previous file, if any, is unchanged."
    return f"{getattr(exc, 'strerror', None) or exc}. The previous file, if any, is unchanged."


# ---------------------------------------------------------------- opening


def open_project(path: str | os.PathLike) -> Workspace:
    """Read a project file; upgrade it first if it comes from an older format."""
    source = Path(path)
    _check_looks_like_sqlite(source)
    with contextlib.suppress(OSError):
        remove_orphans(source.resolve().parent)  # only those whose writer is gone
    with _reading(source) as connection:
        version = _checked_version(source, connection)
        if version == migrations.CURRENT_SCHEMA_VERSION:
            return _read_workspace(source, connection)
    _migrate(source, version)
    with _reading(source) as connection:
        _checked_version(source, connection)
        return _read_workspace(source, connection)


def _check_looks_like_sqlite(source: Path) -> None:
    if not source.exists():
        raise ProjectError(f"Cannot open {source}: the file does not exist.")
    if source.is_dir():
        raise ProjectError(f"Cannot open {source}: that is a folder, not a project file.")
    try:
        with open(source, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ProjectError(f"Cannot open {source}: {exc.strerror or exc}.") from exc
    if not header:
        raise ProjectError(f"Cannot open {source}: the file is empty.")
    if header != SQLITE_HEADER:
        raise ProjectError(f"Cannot open {source}: it is not a Workbench project (not an SQLite database file).")


@contextlib.contextmanager
def _reading(source: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection; SQLite errors become a ProjectError naming the file."""
    connection = None
    try:
        uri = source.resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        yield connection
    except sqlite3.Error as exc:
        raise ProjectError(f"Cannot open {source}: the file is damaged or unreadable ({exc}).") from exc
    finally:
        if connection is not None:
            connection.close()


def _checked_version(source: Path, connection: sqlite3.Connection) -> int:
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        raise ProjectError(f"Cannot open {source}: the file is damaged ({'; '.join(problems[:3])}).")
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    current = migrations.CURRENT_SCHEMA_VERSION
    if version > current:
        raise ProjectError(
            f"Cannot open {source}: it was saved by a newer version of Workbench "
            f"(project format {version}; this version reads formats up to {current}). "
            "Update Workbench to open it. The file has not been changed."
        )
    has_info = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (schema.INFO_TABLE,)
    ).fetchone()
    if version < 1 or not has_info:
        raise ProjectError(f"Cannot open {source}: it is an SQLite database but not a Workbench project.")
    return version


def _read_workspace(source: Path, connection: sqlite3.Connection) -> Workspace:
    # Before any SELECT: a renamed column would otherwise read back as its own name.
    problems = schema_problems(connection)
    if connection.execute("PRAGMA user_version").fetchone()[0] >= file_history.HISTORY_FIRST_FORMAT:
        problems += file_history.history_schema_problems(connection)
    found = [Problem(source.name, None, None, f"table {table}: {message}") for table, message in problems]
    if found:
        _refuse(source, "its tables are not the ones Workbench writes (the file was changed by another tool)", found)
    stored_info = dict(connection.execute(f"SELECT key, value FROM {schema.INFO_TABLE}"))
    workspace = Workspace(WorkspaceInfo(**{name: stored_info.get(name, "") for name in INFO_FIELDS}))
    for spec in TABLE_SPECS:
        rows = connection.execute(schema.select_statement(spec)).fetchall()
        try:
            records = [schema.record_of(spec, row, position) for position, row in enumerate(rows)]
        except schema.SchemaMismatch as exc:
            raise ProjectError(f"Cannot open {source}: the file is damaged ({exc}).") from None
        found += [Problem(source.name, row, f"{spec.name}.{name}", message)
                  for row, name, message in value_problems(spec, records)]
        workspace.replace_table(spec.name, records)
    if found:
        _refuse(source, "it holds values Workbench cannot accept", found)
    _check_market_shares(source, workspace)
    return workspace


def _refuse(source: Path, reason: str, problems: list[Problem]) -> None:
    shown = "; ".join(f"{p.column + ', row ' + str(p.row) + ': ' if p.column else ''}{p.message}"
                      for p in problems[:3])
    more = f" and {len(problems) - 3:,} more" if len(problems) > 3 else ""
    listed = [Problem(source.name, None, None, f"not opened: {reason}; the file has not been changed")]
    listed += problems[:MAX_REPORTED]
    if len(problems) > MAX_REPORTED:
        listed.append(Problem(source.name, None, None, f"{len(problems) - MAX_REPORTED:,} more problem(s) not listed"))
    raise ProjectError(f"Cannot open {source}: {reason} ({shown}{more}). The file has not been changed.", listed)


def _check_market_shares(source: Path, workspace: Workspace) -> None:
    """A project whose market holds more than 100% (written by hand or by another program) is refused."""
    problem = first_stored_share_problem(workspace)
    if problem:
        raise ProjectError(f"Cannot open {source}: {problem}. The file has not been changed.")


def backup_path(source: Path, version: int) -> Path:
    """Where the copy of a project is kept before it is upgraded from version."""
    return source.with_name(f"{source.name}.bak-v{version}")


def _migrate(source: Path, version: int) -> None:
    backup = backup_path(source, version)
    try:
        with atomic_path(backup) as temp:
            shutil.copyfile(source, temp)
    except OSError as exc:
        raise ProjectError(
            f"Cannot open {source}: it must be upgraded from project format {version}, "
            f"but the backup copy {backup.name} could not be written ({exc.strerror or exc})."
        ) from exc
    connection = sqlite3.connect(source, isolation_level=None)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        migrations.apply_migrations(connection, version)
    except (sqlite3.Error, LookupError) as exc:
        raise ProjectError(
            f"Cannot open {source}: upgrading it from project format {version} failed ({exc}). "
            f"The file has not been changed; a copy is in {backup.name}."
        ) from exc
    finally:
        connection.close()
