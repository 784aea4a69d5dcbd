"""Faults while working: a second instance, a read-only folder, a full disk, a file changed behind the app."""

from __future__ import annotations

import errno
import json
import os
import socket

import pytest

from workbench.domain import update
from workbench.storage import project as project_module
from workbench.storage.locking import lock_path, read_lock
from workbench.storage.project import open_project


def rename(window, name: str) -> None:
    window.session.push(update(window.session.workspace, "vendors", ("v0",), name_en=name))


def hold_lock(project, pid: int) -> None:
    lock_path(project).write_text(json.dumps(
        {"host": socket.gethostname(), "pid": pid, "user": "zhang.min", "since": "2025-04-01T09:00:00+00:00"}))


def test_a_project_held_by_another_instance_opens_read_only_and_names_the_holder(
        make_window, project, live_pid, tmp_path):
    hold_lock(project, live_pid)
    window = make_window()
    assert window.open_path(project)
    assert window.session.read_only
    [(title, message)] = window.answers.errors
    assert "read-only" in title.lower() and "zhang.min" in message and str(live_pid) in message
    assert "read-only" in window.windowTitle()

    before = project.read_bytes()
    rename(window, "Mine")
    window.answers.save_path = str(project)  # Save As onto the held file is refused too
    assert not window.documents.save()
    assert project.read_bytes() == before
    assert "open in another Workbench" in window.answers.errors[-1][1]

    copy = tmp_path / "my-copy.wbproj"
    window.answers.save_path = str(copy)
    assert window.documents.save()
    assert open_project(copy).vendors.get(("v0",)).name_en == "Mine"
    assert not window.session.read_only and window.session.path == copy
    assert read_lock(project).pid == live_pid, "the other instance keeps its lock"


def test_closing_the_window_releases_the_lock(make_window, project):
    first = make_window()
    first.open_path(project)
    assert read_lock(project).pid == os.getpid()
    first.close()
    assert not lock_path(project).exists(), "closing releases the lock"


@pytest.mark.parametrize("failure", [
    OSError(errno.ENOSPC, "No space left on device"),
    PermissionError(errno.EACCES, "Permission denied"),
])
def test_a_failed_save_keeps_the_file_the_edits_and_says_why(make_window, project, monkeypatch, failure):
    window = make_window()
    window.open_path(project)
    rename(window, "Unsaved")
    before = project.read_bytes()

    def fail(*_args):
        raise failure

    monkeypatch.setattr(project_module, "_write_project", fail)
    assert not window.documents.save()
    [(title, message)] = window.answers.errors
    assert title == "Not saved"
    expected = "disk is full" if failure.errno == errno.ENOSPC else "read-only or you do not have permission"
    assert expected in message
    assert project.read_bytes() == before
    assert window.session.is_dirty and window.session.workspace.vendors.get(("v0",)).name_en == "Unsaved"
    assert sorted(p.name for p in project.parent.iterdir() if not p.name.startswith(".~lock")) == [project.name]


def test_a_read_only_folder_opens_and_refuses_to_save_clearly(make_window, project, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)  # no file can be created in the folder
    window = make_window()
    assert window.open_path(project) and not window.session.read_only
    rename(window, "Elsewhere")
    assert not window.documents.save()
    assert "read-only or you do not have permission" in window.answers.errors[-1][1]
    assert window.session.is_dirty


def test_a_project_deleted_while_open_is_written_again_on_save(make_window, project):
    window = make_window()
    window.open_path(project)
    rename(window, "Survivor")
    project.unlink()
    assert window.documents.save()
    assert open_project(project).vendors.get(("v0",)).name_en == "Survivor"


def test_a_project_replaced_while_open_is_not_overwritten(make_window, project, tmp_path):
    from tests.factories import make_workspace

    window = make_window()
    window.open_path(project)
    rename(window, "Mine")
    other = make_workspace(vendor_count=1)
    replacement = tmp_path / "theirs.wbproj"
    project_module.save_project(other, replacement)
    os.replace(replacement, project)  # another program put its own version there

    assert not window.documents.save()
    assert "changed or replaced by another program" in window.answers.errors[-1][1]
    assert open_project(project) == other
    assert window.session.is_dirty and window.session.workspace.vendors.get(("v0",)).name_en == "Mine"


def test_sqlite_writes_with_a_rollback_journal_and_full_sync(tmp_path, monkeypatch):
    """The saved file is written once then renamed: DELETE journal, synchronous=FULL, never OFF."""
    import sqlite3

    from tests.factories import make_workspace

    statements: list[str] = []
    real_connect = sqlite3.connect

    def traced(*args, **kwargs):
        connection = real_connect(*args, **kwargs)
        connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(project_module.sqlite3, "connect", traced)
    project_module.save_project(make_workspace(), tmp_path / "p.wbproj")
    pragmas = [s.upper() for s in statements if s.upper().startswith("PRAGMA")]
    assert "PRAGMA JOURNAL_MODE = DELETE" in pragmas and "PRAGMA SYNCHRONOUS = FULL" in pragmas
    assert not any("SYNCHRONOUS = OFF" in p or "JOURNAL_MODE = OFF" in p for p in pragmas)
    assert statements.index("BEGIN IMMEDIATE") < statements.index("COMMIT")
