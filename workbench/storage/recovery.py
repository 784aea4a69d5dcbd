"""Recovery files: unsaved edits kept on disk until they are saved or discarded.

A recovery file is a complete project file (it opens like any .wbproj) with one
extra table, `recovery_manifest`, that says which project it belongs to, who
wrote it and what it holds. It is written through atomic_path, so a crash while
writing leaves the previous recovery file. It lives beside the project
(`analysis.wbproj` -> `analysis.wbproj.recovery`); for an unsaved analysis, or
when the project's folder is read-only, it lives in the app's own folder.
A team project's recovery file lives in the app's folder, keyed by the project's URL
(never its password), and its manifest also keeps the analyst's own edits with the
base each was made on (see team_recovery).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from workbench.domain.workspace import Workspace

from .atomic import atomic_path
from .locking import LockInfo, is_live_holder, parse_pid
from .project import ProjectError, open_project, save_project
from .project_store import SyncBase, is_team_location

RECOVERY_SUFFIX = ".recovery"
MANIFEST_TABLE = "recovery_manifest"
UNTITLED_NAME = "untitled.wbproj" + RECOVERY_SUFFIX


class RecoveryError(Exception):
    """A recovery file that cannot be written or read; the message is for the analyst."""


@dataclass(frozen=True)
class RecoveryInfo:
    path: Path  # the recovery file
    project: str  # the project it belongs to; "" for an analysis never saved
    title: str
    saved_at: str  # ISO time, UTC
    edit_count: int
    changed_tables: tuple[str, ...]
    host: str
    pid: int
    team_location: str = ""
    """The team project's URL (no password) when the edits are a team project's; "" for files."""

    @property
    def writer_is_running(self) -> bool:
        """True while the process that wrote it still runs: its edits are not lost, do not offer them."""
        return is_live_holder(LockInfo(self.host, self.pid, "", ""))


def recovery_candidates(project: str | os.PathLike | None, app_folder: Path) -> list[Path]:
    """Where a recovery file for project may be: beside it first, then in the app's folder."""
    folder = app_folder / "recovery"
    if not project:
        return [folder / UNTITLED_NAME]
    if is_team_location(project):
        from .team_recovery import recovery_key

        digest = hashlib.sha1(recovery_key(str(project)).encode("utf-8")).hexdigest()[:16]
        return [folder / f"team-{digest}.wbproj{RECOVERY_SUFFIX}"]
    project = Path(project).resolve()
    # Keyed by the full path so that two projects of the same name do not share a file.
    digest = hashlib.sha1(str(project).encode("utf-8")).hexdigest()[:12]
    return [project.with_name(project.name + RECOVERY_SUFFIX), folder / f"{digest}-{project.name}{RECOVERY_SUFFIX}"]


def write_recovery(workspace: Workspace, project: str | os.PathLike | None, app_folder: Path,
                   edit_count: int, changed_tables: list[str], prefer_app_folder: bool = False,
                   synced: SyncBase | None = None) -> Path:
    """Write the workspace to the first place that takes it; returns the file written.

    prefer_app_folder keeps the file away from the project's folder (the project
    is open read-only because another Workbench holds it). For a team project
    (project is its URL) synced is what the window last had in common with it: the
    analyst's edits since are kept with their base. Raises RecoveryError
    when no place can be written (disk full, no permission).
    """
    team = is_team_location(project)
    if team:
        from .team_recovery import edits_to_json, own_edits, shown_location

        project = shown_location(str(project))
    manifest = {
        "project": project if team else str(Path(project).resolve()) if project else "",
        "title": workspace.info.title or workspace.info.dataset_name,
        "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "edit_count": str(edit_count),
        "changed_tables": json.dumps(sorted(changed_tables)),
        "host": socket.gethostname(),
        "pid": str(os.getpid()),
    }
    if team:
        manifest["team_location"] = project
        manifest["team_edits"] = edits_to_json(own_edits(workspace, synced) if synced is not None else [])
    reasons = []
    targets = recovery_candidates(project, app_folder)
    for target in targets[-1:] if prefer_app_folder else targets:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with atomic_path(target) as temp:
                save_project(workspace, temp)
                _add_manifest(temp, manifest)
            return target
        except (OSError, ProjectError, sqlite3.Error) as exc:
            reasons.append(str(exc))
    raise RecoveryError("Unsaved edits could not be written to a recovery file: " + "; ".join(reasons))


def _add_manifest(path: Path, manifest: dict[str, str]) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.executemany(f"INSERT INTO {MANIFEST_TABLE} VALUES (?, ?)", manifest.items())
        connection.execute("COMMIT")
    finally:
        connection.close()


def read_recovery_info(path: Path) -> RecoveryInfo | None:
    """What the recovery file holds, or None when it is not a readable recovery file."""
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
        try:
            manifest = dict(connection.execute(f"SELECT key, value FROM {MANIFEST_TABLE}"))
        finally:
            connection.close()
        # A pid no process can have means no writer is running: the edits are offered back.
        pid = parse_pid(manifest.get("pid")) or 0
        tables = json.loads(manifest.get("changed_tables", "[]"))
        if not isinstance(tables, list) or not all(isinstance(t, str) for t in tables):
            tables = []  # the table list is only shown; the edits themselves are in the file
        return RecoveryInfo(path, str(manifest["project"]), str(manifest.get("title", "")),
                            str(manifest.get("saved_at", "")), max(int(manifest.get("edit_count", 0)), 0),
                            tuple(tables), str(manifest.get("host", "")), pid,
                            str(manifest.get("team_location", "")))
    except (sqlite3.Error, OSError, KeyError, ValueError, TypeError, OverflowError, RecursionError):
        return None


def find_recovery(project: str | os.PathLike | None, app_folder: Path) -> RecoveryInfo | None:
    """The newest recovery file for project that no running Workbench is still writing."""
    found = []
    for path in recovery_candidates(project, app_folder):
        info = read_recovery_info(path) if path.is_file() else None
        if info is not None and not info.writer_is_running:
            found.append(info)
    return max(found, key=lambda info: info.saved_at, default=None)


def load_recovery(info: RecoveryInfo) -> Workspace:
    try:
        return open_project(info.path)
    except ProjectError as exc:
        raise RecoveryError(f"The recovery file {info.path.name} cannot be read: {exc}") from None


def load_team_edits(info: RecoveryInfo):
    """The analyst's own edits to the team project, each with the base it was made on (team_recovery)."""
    from .team_recovery import edits_from_json

    try:
        uri = info.path.resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
        try:
            row = connection.execute(f"SELECT value FROM {MANIFEST_TABLE} WHERE key = 'team_edits'").fetchone()
        finally:
            connection.close()
        if row is None:
            raise ValueError("it holds no team edits")
        return edits_from_json(row[0])
    except (sqlite3.Error, OSError, KeyError, ValueError, TypeError, RecursionError) as exc:
        raise RecoveryError(f"The recovery file {info.path.name} cannot be read: {exc}") from None


def discard_recovery(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
