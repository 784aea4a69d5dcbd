"""Time to content: process start until the tier board has painted the bundled dataset's vendors,
beside a bare PySide6 + pyqtgraph window showing the same vendors.csv, in the same run."""

from __future__ import annotations

import csv
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


def bundled_vendors_csv() -> Path:
    from workbench.storage.opening import BUNDLED_DATASET

    return Path(BUNDLED_DATASET) / "vendors.csv"


def vendor_count(vendors_csv: Path) -> int:
    with vendors_csv.open(encoding="utf-8", newline="") as file:
        return sum(1 for _ in csv.DictReader(file))


def time_to_content(command: list[str], home: str, expected: int, probe: str | None = None) -> float:
    """Milliseconds from launch until the child prints `content <expected>`."""
    env = {**os.environ, "WORKBENCH_HOME": home}
    if probe:
        env["WORKBENCH_STARTUP_PROBE"] = probe
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from compiled bytecode
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=REPO, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    watchdog = threading.Timer(TIMEOUT_S, child.kill)
    watchdog.start()
    lines = []
    try:
        for line in child.stdout:
            if line.startswith("content"):
                elapsed = (time.perf_counter() - started) * 1000
                if line.split() != ["content", str(expected)]:
                    raise NotMeasured(f"{command[-1]} painted {line.strip()!r}, expected {expected} vendors")
                return elapsed
            lines.append(line.strip())
    finally:
        watchdog.cancel()
        child.kill()
        child.wait()
    raise NotMeasured(f"{command[-1]} showed no content (exit code {child.returncode})")


@benchmark("time_to_content", budget_ratio=1.5)
def time_to_content_benchmark(repetitions: int) -> Measurement:
    vendors_csv = bundled_vendors_csv()
    expected = vendor_count(vendors_csv)
    app = [sys.executable, str(REPO / "main.py")]
    floor = [sys.executable, "-m", "tests.benchmarks.content_floor", str(vendors_csv)]
    app_ms, floor_ms = [], []
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as home:
        # One unrecorded run of each warms the disk cache; then they alternate.
        time_to_content(app, home, expected, probe="tier_board")
        time_to_content(floor, home, expected)
        for _ in range(repetitions):
            app_ms.append(time_to_content(app, home, expected, probe="tier_board"))
            floor_ms.append(time_to_content(floor, home, expected))
    return Measurement(app_ms, baseline_ms=floor_ms)
