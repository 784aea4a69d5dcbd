"""Lock and recovery files whose content cannot be understood: treated as stale, with a message, never a crash."""

from __future__ import annotations

import json
import os
import socket
import sqlite3

import pytest

from tests.reliability.test_faults import rename
from workbench.storage import recovery
from workbench.storage.locking import acquire_lock, is_process_alive, lock_path, read_lock
from workbench.storage.project import open_project

HOST = socket.gethostname()
GARBLED_PIDS = [2**70, -(2**70), 2**31, "12abc", 1.5, True, None, [1], {"a": 1}]


def write_lock(project, pid) -> None:
    lock_path(project).write_text(json.dumps({"host": HOST, "pid": pid, "user": "li.wei", "since": ""}))


@pytest.mark.parametrize("pid", GARBLED_PIDS)
def test_a_lock_with_a_pid_no_process_can_have_is_stale_and_taken_over(project, pid):
    write_lock(project, pid)
    lock = acquire_lock(project)
    assert lock is not None and read_lock(project).pid == os.getpid()
    assert "could not be understood" in lock.replaced


def test_liveness_of_impossible_pids_is_false_not_an_error():
    for pid in (2**70, 2**63, -(2**70), 0):
        assert is_process_alive(pid) is False


def test_the_window_takes_over_a_garbled_lock_says_so_and_saves(make_window, project):
    write_lock(project, 2**70)
    window = make_window()
    assert window.open_path(project)
    assert not window.session.read_only
    assert "could not be understood" in window.statusBar().currentMessage()
    assert read_lock(project).pid == os.getpid(), "the project is locked by this window"
    rename(window, "Mine")
    assert window.documents.save()
    assert open_project(project).vendors.get(("v0",)).name_en == "Mine"


@pytest.mark.parametrize("pid", ["99999999999999999999999", "-5", "abc", ""])
def test_a_recovery_file_with_a_garbled_pid_counts_as_left_by_a_dead_writer(project, tmp_path, pid):
    from tests.factories import make_workspace

    written = recovery.write_recovery(make_workspace(), project, tmp_path / "app", 2, ["vendors"])
    connection = sqlite3.connect(written)
    connection.execute(f"UPDATE {recovery.MANIFEST_TABLE} SET value = ? WHERE key = 'pid'", (pid,))
    connection.commit()
    connection.close()
    info = recovery.find_recovery(project, tmp_path / "app")
    assert info is not None and info.pid == 0 and not info.writer_is_running
    assert len(recovery.load_recovery(info).vendors) == 3
