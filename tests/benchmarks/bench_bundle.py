"""Time to content from the offline bundle, beside the same app run from the source venv (the measure of
bench_content: the tier board painted with the bundled dataset's vendors)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.bench_content import bundled_vendors_csv, time_to_content, vendor_count
from tests.benchmarks.harness import Measurement, NotMeasured, benchmark

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "Workbench" / "Workbench"


@benchmark("bundle_time_to_content", budget_ratio=1.2)
def bundle_time_to_content(repetitions: int) -> Measurement:
    if not BUNDLE.exists():
        built = subprocess.run(["bash", str(REPO / "scripts" / "bundle.sh")], cwd=REPO,
                               capture_output=True, text=True)
        if built.returncode != 0 or not BUNDLE.exists():
            raise NotMeasured(f"scripts/bundle.sh failed: {(built.stderr or built.stdout).strip()[-300:]}")
    source = [sys.executable, str(REPO / "main.py")]
    expected = vendor_count(bundled_vendors_csv())

    def shown(command: list[str], home: str) -> float:  # the same measure as time_to_content's
        return time_to_content(command, home, expected, probe="tier_board")

    bundle_ms, source_ms = [], []
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as home:
        shown([str(BUNDLE)], home)  # warm the disk cache for both
        shown(source, home)
        for _ in range(repetitions):
            bundle_ms.append(shown([str(BUNDLE)], home))
            source_ms.append(shown(source, home))
    return Measurement(bundle_ms, baseline_ms=source_ms)
