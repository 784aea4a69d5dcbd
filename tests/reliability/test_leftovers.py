"""What failures leave behind: temporary files of killed saves, tracebacks of a full disk, a frozen window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.storage import atomic
from workbench.storage.project import open_project

REPO = Path(__file__).resolve().parents[2]


def temp_file(folder: Path, pid: int, host: str | None = None) -> Path:
    path = folder / f"{atomic.TEMP_PREFIX}{host or atomic._host_tag()}-{pid}-abc123.wbproj"
    path.write_bytes(b"half a project")
    return path


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_save_leaves_a_temporary_file_that_the_next_open_removes(project):
    code = ("import sys, os, time\nfrom workbench.storage.atomic import atomic_path\n"
            "with atomic_path(sys.argv[1]) as temp:\n    temp.write_bytes(b'x'); print('writing', flush=True)\n"
            "    time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", code, str(project)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "writing"
    [left] = project.parent.glob(atomic.TEMP_PREFIX + "*")
    open_project(project)
    assert left.exists(), "the save is still running: its file is kept"
    child.kill()
    child.wait()
    child.stdout.close()
    assert left.exists(), "nothing removes it by itself"
    open_project(project)
    assert not left.exists()


def test_only_temporary_files_of_writers_that_are_gone_are_removed(project, dead_pid, live_pid):
    dead = temp_file(project.parent, dead_pid)
    live = temp_file(project.parent, live_pid)
    foreign_recent = temp_file(project.parent, 1234, host="ffffffff")
    foreign_old = temp_file(project.parent, 1234, host="eeeeeeee")
    old = time.time() - atomic.FOREIGN_TEMP_AGE_SECONDS - 60
    os.utime(foreign_old, (old, old))
    open_project(project)
    assert not dead.exists() and not foreign_old.exists()
    assert live.exists() and foreign_recent.exists()


DISK_FULL = """
import errno, gc, io, sys, zipfile
from pathlib import Path


class FullDisk(io.FileIO):
    written = 0

    def write(self, data):
        FullDisk.written += len(data)
        if FullDisk.written > int(sys.argv[2]):
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)


def open_on_a_full_disk(file, mode="r", *args, **kwargs):
    if "w" in mode and "b" in mode and str(file).endswith(".xlsx"):
        return io.BufferedRandom(FullDisk(file, "w+"))
    return io.open(file, mode, *args, **kwargs)


from tests.factories import make_workspace
from workbench.storage.excel import ExportError, export_workbook

zipfile.io = type("io", (), {"open": staticmethod(open_on_a_full_disk)})
try:
    export_workbook(make_workspace(), Path(sys.argv[1]))
    print("exported")
except ExportError as error:
    print("refused:", error)
gc.collect()
"""


@pytest.mark.parametrize("room", [0, 5_000, 30_000])
def test_an_export_onto_a_full_disk_says_so_once_without_a_stray_traceback(tmp_path, room):
    done = subprocess.run([sys.executable, "-c", DISK_FULL, str(tmp_path / "out.xlsx"), str(room)], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.startswith("refused:") and "No space left" in done.stdout
    assert done.stderr == "", done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_dataset_with_a_huge_field_is_refused_without_freezing_the_window(make_window, qtbot, tmp_path):
    import shutil

    from PySide6.QtCore import QTimer

    from workbench.storage.opening import BUNDLED_DATASET

    dataset = tmp_path / "dataset"
    shutil.copytree(BUNDLED_DATASET, dataset)
    with open(dataset / "vendors.csv", "a", encoding="utf-8") as handle:
        handle.write('huge,巨,Huge,110000,,,,"')
        for _ in range(150):
            handle.write("x" * (1 << 20))
        handle.write('",analyst\n')
    window = make_window()
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    with qtbot.waitSignal(window.documents.opened, timeout=60_000) as opened:
        window.open_path(dataset, wait=False)
    timer.stop()
    assert opened.args == [False]
    [(_title, problems)] = window.answers.problems
    assert any("vendors.csv" in str(problem) for problem in problems)
    assert max(gaps) < 0.25, f"the window froze for {max(gaps):.2f} s"
