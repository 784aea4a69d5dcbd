"""Time to content from the offline bundle, beside the same app run from the source venv."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.benchmarks.harness import Measurement, NotMeasured, benchmark

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "Workbench" / "Workbench"
TIMEOUT_S = 60


def time_to_content(command: list[str], home: str) -> float:
    """Milliseconds from launch until the app reports the bundled dataset open and painted."""
    env = {**os.environ, "WORKBENCH_HOME": home, "WORKBENCH_STARTUP_PROBE": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from compiled bytecode
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=home, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    watchdog = threading.Timer(TIMEOUT_S, child.kill)
    watchdog.start()
    try:
        for line in child.stdout:
            if line.strip() == "content":
                return (time.perf_counter() - started) * 1000
    finally:
        watchdog.cancel()
        child.kill()
        child.wait()
    raise NotMeasured(f"{command[0]} showed no content (exit code {child.returncode})")


@benchmark("bundle_time_to_content", budget_ratio=1.2)
def bundle_time_to_content(repetitions: int) -> Measurement:
    if not BUNDLE.exists():
        built = subprocess.run(["bash", str(REPO / "scripts" / "bundle.sh")], cwd=REPO,
                               capture_output=True, text=True)
        if built.returncode != 0 or not BUNDLE.exists():
            raise NotMeasured(f"scripts/bundle.sh failed: {(built.stderr or built.stdout).strip()[-300:]}")
    source = [sys.executable, str(REPO / "main.py")]
    bundle_ms, source_ms = [], []
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as home:
        time_to_content([str(BUNDLE)], home)  # warm the disk cache for both
        time_to_content(source, home)
        for _ in range(repetitions):
            bundle_ms.append(time_to_content([str(BUNDLE)], home))
            source_ms.append(time_to_content(source, home))
    return Measurement(bundle_ms, baseline_ms=source_ms)
