"""SIGKILL at random moments of a project save or an Excel export: the previous file stays whole.

Each run starts a process that saves two versions in turn and kills it after a
random delay. The default suite does a few runs; for a long run:

    WORKBENCH_KILL_RUNS=200 .venv/bin/python -m pytest tests/reliability/test_kill_saves.py
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.storage.atomic import remove_orphans

REPO = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("WORKBENCH_KILL_RUNS", "4"))
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

SAVER = """
import sys
from tests.reliability.test_kill_saves import versions
from workbench.storage.project import save_project
from workbench.storage.excel import export_workbook
write = save_project if sys.argv[1] == "project" else export_workbook
first, second = versions()
write(first, sys.argv[2])
print("ready", flush=True)
while True:
    write(second, sys.argv[2])
    write(first, sys.argv[2])
"""


def versions():
    """Two workspaces that differ in every table a save writes first and last."""
    from tests.factories import make_workspace
    from workbench.domain.workspace import WorkspaceInfo

    first = make_workspace()
    second = make_workspace(vendor_count=12)
    second.info = WorkspaceInfo(title="第二版 Second version", origin="", dataset_name="test")
    return first, second


def kill_while_writing(kind: str, target: Path, seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(RUNS):
        child = subprocess.Popen([sys.executable, "-c", SAVER, kind, str(target)], cwd=REPO,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        child.kill()
        child.wait()
        child.stdout.close()
        yield
        remove_orphans(target.parent)  # what the next start does


def test_killed_project_saves_leave_the_old_or_the_new_project(tmp_path):
    from workbench.storage.project import open_project

    target = tmp_path / "analysis.wbproj"
    expected = versions()
    for _ in kill_while_writing("project", target, seed=8):
        assert open_project(target) in expected
        connection = sqlite3.connect(target)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_killed_excel_exports_leave_a_whole_workbook(tmp_path):
    import openpyxl

    target = tmp_path / "export.xlsx"
    titles = {workspace.info.title for workspace in versions()}
    for _ in kill_while_writing("excel", target, seed=9):
        workbook = openpyxl.load_workbook(target, read_only=True)
        assert workbook.properties.title in titles
        vendor_rows = sum(1 for _ in workbook["Vendors"].iter_rows())
        workbook.close()
        assert vendor_rows > 1
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
