"""Recovery files on disk: complete projects with a manifest, written atomically, found only when orphaned."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from tests.factories import make_workspace
from workbench.domain import update
from workbench.storage import project as project_module
from workbench.storage import recovery
from workbench.storage.project import open_project


def edited():
    workspace = make_workspace()
    update(workspace, "vendors", ("v0",), name_en="Edited").apply(workspace)
    return workspace


def orphan(path, pid):
    connection = sqlite3.connect(path)
    connection.execute(f"UPDATE {recovery.MANIFEST_TABLE} SET value = ? WHERE key = 'pid'", (str(pid),))
    connection.commit()
    connection.close()


def test_a_recovery_file_is_a_project_with_a_manifest(project, tmp_path):
    path = recovery.write_recovery(edited(), project, tmp_path / "app", 3, ["vendors"])
    assert path == project.with_name("analysis.wbproj.recovery")
    assert open_project(path) == edited()
    info = recovery.read_recovery_info(path)
    assert (info.title, info.edit_count, info.changed_tables) == ("测试工作区 Test workspace", 3, ("vendors",))
    assert info.writer_is_running


def test_only_recovery_files_of_dead_writers_are_found(project, tmp_path, dead_pid):
    app = tmp_path / "app"
    path = recovery.write_recovery(edited(), project, app, 1, ["vendors"])
    assert recovery.find_recovery(project, app) is None
    orphan(path, dead_pid)
    assert recovery.find_recovery(project, app).path == path
    recovery.discard_recovery(path)
    assert recovery.find_recovery(project, app) is None
    recovery.discard_recovery(path)  # twice is harmless


def test_a_folder_that_refuses_writes_sends_the_file_to_the_app_folder(project, tmp_path, monkeypatch, dead_pid):
    real_atomic = recovery.atomic_path

    def project_folder_read_only(target):
        if target.parent == project.parent:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_atomic(target)

    monkeypatch.setattr(recovery, "atomic_path", project_folder_read_only)
    app = tmp_path / "app"
    path = recovery.write_recovery(edited(), project, app, 1, ["vendors"])
    assert path.parent == app / "recovery" and project.name in path.name
    orphan(path, dead_pid)
    assert recovery.find_recovery(project, app).path == path


def test_a_full_disk_raises_a_clear_error_and_keeps_the_previous_recovery_file(project, tmp_path, monkeypatch):
    app = tmp_path / "app"
    first = recovery.write_recovery(make_workspace(), project, app, 1, ["vendors"])
    before = first.read_bytes()

    def disk_full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(project_module, "_write_project", disk_full)
    with pytest.raises(recovery.RecoveryError, match="disk is full"):
        recovery.write_recovery(edited(), project, app, 2, ["vendors"])
    assert first.read_bytes() == before
    assert sorted(p.name for p in project.parent.iterdir()) == sorted([project.name, first.name])


def test_a_damaged_recovery_file_is_ignored_not_fatal(project, tmp_path):
    path = project.with_name(project.name + recovery.RECOVERY_SUFFIX)
    path.write_bytes(b"not a database at all")
    assert recovery.read_recovery_info(path) is None
    assert recovery.find_recovery(project, tmp_path / "app") is None


def test_projects_with_the_same_name_get_separate_fallback_files(tmp_path):
    first = recovery.recovery_candidates(tmp_path / "a" / "p.wbproj", tmp_path)[-1]
    second = recovery.recovery_candidates(tmp_path / "b" / "p.wbproj", tmp_path)[-1]
    assert first != second
