"""The project lock: one writer, stale locks taken over, other hosts respected."""

from __future__ import annotations

import json
import os
import socket

import pytest

from workbench.storage import locking
from workbench.storage.locking import ProjectLocked, acquire_lock, lock_path, read_lock


def write_lock(project, host: str, pid: int) -> None:
    lock_path(project).write_text(json.dumps({"host": host, "pid": pid, "user": "li.wei", "since": "2025-04-01T08:00:00+00:00"}))


def test_lock_records_who_holds_it_and_release_removes_it(project):
    lock = acquire_lock(project)
    holder = read_lock(project)
    assert (holder.host, holder.pid) == (socket.gethostname(), os.getpid())
    assert holder.since
    lock.release()
    assert not lock_path(project).exists()


def test_a_live_holder_refuses_with_its_name(project, live_pid):
    write_lock(project, socket.gethostname(), live_pid)
    with pytest.raises(ProjectLocked) as caught:
        acquire_lock(project)
    assert "li.wei" in str(caught.value) and str(live_pid) in str(caught.value)
    assert read_lock(project).pid == live_pid, "the holder's lock is left alone"


def test_a_dead_holder_s_lock_is_taken_over(project, dead_pid):
    write_lock(project, socket.gethostname(), dead_pid)
    lock = acquire_lock(project)
    assert read_lock(project).pid == lock.holder.pid != dead_pid


def test_a_lock_from_another_host_counts_as_held(project, dead_pid):
    write_lock(project, "another-machine.example", dead_pid)
    with pytest.raises(ProjectLocked, match="another-machine"):
        acquire_lock(project)


def test_an_unreadable_lock_left_by_a_crash_is_taken_over(project):
    lock_path(project).write_text("{\"host\": ")  # cut off mid-write
    assert acquire_lock(project) is not None


def test_release_leaves_someone_else_s_lock(project, live_pid):
    lock = acquire_lock(project)
    write_lock(project, socket.gethostname(), live_pid)  # taken over meanwhile
    lock.release()
    assert read_lock(project).pid == live_pid


def test_a_read_only_folder_gives_no_lock_and_no_error(project, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(locking.tempfile, "mkstemp", refuse)
    assert acquire_lock(project) is None


def test_process_liveness(live_pid, dead_pid):
    assert locking.is_process_alive(live_pid)
    assert not locking.is_process_alive(dead_pid)
    assert not locking.is_process_alive(0)
