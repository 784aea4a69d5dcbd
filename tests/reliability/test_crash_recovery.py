"""The real app, killed with SIGKILL after editing: the next start brings every edit back."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.factories import make_workspace
from tests.reliability import crash_driver
from workbench.storage.locking import lock_path
from workbench.storage.project import open_project
from workbench.storage.recovery import RECOVERY_SUFFIX

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def driver(mode: str, project: Path, home: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(home)}
    home.mkdir(exist_ok=True)
    stderr_path = home / f"{mode}.stderr"  # read back when the test fails
    with open(stderr_path, "w") as errors:
        child = subprocess.Popen([sys.executable, "-m", "tests.reliability.crash_driver", mode, str(project)],
                                 cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=errors, text=True)
    child.stderr_path = stderr_path
    return child


def stderr_of(child: subprocess.Popen) -> str:
    return child.stderr_path.read_text()[-3000:]


def wait_for(child: subprocess.Popen, marker: str, seconds: float = 90) -> str:
    watchdog = threading.Timer(seconds, child.kill)  # a hung child fails the test, never hangs it
    watchdog.start()
    try:
        for line in child.stdout:
            if line.startswith(marker):
                return line.strip()
    finally:
        watchdog.cancel()
    pytest.fail(f"the app never printed {marker!r} (exit code {child.wait()}):\n{stderr_of(child)}")


def test_every_edit_comes_back_after_sigkill(project, tmp_path):
    home = tmp_path / "home"
    child = driver("edit", project, home)
    written = wait_for(child, crash_driver.WRITTEN)
    child.kill()  # SIGKILL: no closeEvent, no cleanup
    child.wait()
    child.stdout.close()

    recovery_file = project.with_name(project.name + RECOVERY_SUFFIX)
    assert written.endswith(str(recovery_file))
    assert open_project(project) == make_workspace(), "the project itself was never written"
    assert lock_path(project).exists(), "the killed app left its lock behind"

    relaunched = driver("restore", project, home)
    offered = wait_for(relaunched, crash_driver.OFFERED)
    wait_for(relaunched, crash_driver.SAVED)
    assert relaunched.wait(timeout=60) == 0, stderr_of(relaunched)
    relaunched.stdout.close()

    assert offered == f"{crash_driver.OFFERED} 6 analysis_entries,scores,sources,vendors"
    expected = make_workspace()
    crash_driver.apply_edits(expected)
    assert open_project(project) == expected
    assert not recovery_file.exists(), "deleted once the restored edits were saved"
    assert not lock_path(project).exists(), "the stale lock was taken over and released"
