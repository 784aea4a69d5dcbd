"""Start-up: process start to the first painted main window, beside a bare window."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.benchmarks.harness import Measurement, NotMeasured, benchmark

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60


def time_to_first_paint(kind: str, home: str) -> float:
    """Milliseconds from launching the child until it reports its first frame."""
    # Offscreen unless the caller chose a platform, so that it runs anywhere; a
    # throwaway WORKBENCH_HOME keeps saved layouts from changing what is painted.
    env = {**os.environ, "WORKBENCH_HOME": home}
    # An installed app runs from compiled bytecode (pip compiles on install); a shell that
    # forbids writing .pyc files would make every launch compile the whole package again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "tests.benchmarks.first_paint", kind]
    started = time.perf_counter()
    # stderr joins stdout so that neither pipe can fill up and stall the child.
    child = subprocess.Popen(command, cwd=REPO, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # A child that hangs is killed, which ends its output.
    watchdog = threading.Timer(TIMEOUT_S, child.kill)
    watchdog.start()
    output = []
    try:
        for line in child.stdout:
            if line.strip() == "painted":
                return (time.perf_counter() - started) * 1000
            output.append(line.strip())
    finally:
        watchdog.cancel()
        child.kill()
        child.wait()
    if time.perf_counter() - started >= TIMEOUT_S:
        raise NotMeasured(f"the {kind} window did not paint within {TIMEOUT_S} s")
    last_line = ([line for line in output if line] or [f"exit code {child.returncode}"])[-1]
    raise NotMeasured(f"the {kind} window did not start: {last_line}")

@benchmark("startup", budget_ratio=1.5)
def startup(repetitions: int) -> Measurement:
    for module in ("workbench.ui.app", "workbench.ui.main_window"):
        if importlib.util.find_spec(module) is None:
            raise NotMeasured(f"{module} does not exist yet")
    app_ms, bare_ms = [], []
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as home:
        # One unrecorded run of each warms the disk cache; then they alternate so
        # that whatever else the machine does falls on both alike.
        time_to_first_paint("app", home)
        time_to_first_paint("bare", home)
        for _ in range(repetitions):
            app_ms.append(time_to_first_paint("app", home))
            bare_ms.append(time_to_first_paint("bare", home))
    return Measurement(app_ms, baseline_ms=bare_ms)
