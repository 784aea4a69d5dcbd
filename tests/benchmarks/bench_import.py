"""Table import: 100,000 vendor rows merged into a project, the whole command as an analyst runs it.

The file updates the bundled dataset's 20 vendors and adds 99,980 SYNTHETIC
ones (not facts), so the table ends at exactly `MAX_TABLE_ROWS`. Each run is a
fresh `main.py import` process on a fresh copy of the project: reading,
checking every row and reference, applying and saving are all timed.
"""

from __future__ import annotations

import csv
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.harness import Measurement, NotMeasured, benchmark

REPO = Path(__file__).resolve().parents[2]
ROWS = 100_000
TIMEOUT_S = 600


def write_vendor_file(path: Path, existing: list, rows: int) -> None:
    columns = ["vendor_id", "name_zh", "name_en", "hq_province", "hq_city", "tickers", "flagship_model",
               "description"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for vendor in existing:  # the real vendors, one field changed: updates
            writer.writerow([vendor.vendor_id, vendor.name_zh, vendor.name_en, vendor.hq_province, vendor.hq_city,
                             vendor.tickers, vendor.flagship_model, vendor.description + " (checked)"])
        for n in range(rows - len(existing)):
            writer.writerow([f"syn{n:06d}", f"合成厂商{n}", f"Synthetic vendor {n}", "110000", "北京合成市", "",
                             "合成模型", "合成数据，仅供性能测试。Synthetic data for benchmarks."])


@benchmark("import_100k_rows", budget_ms=5000)
def import_100k_rows(repetitions: int) -> Measurement:
    from workbench.storage.dataset import load_dataset
    from workbench.storage.opening import BUNDLED_DATASET
    from workbench.storage.project import save_project

    workspace = load_dataset(BUNDLED_DATASET).workspace
    samples = []
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as folder:
        base, table = Path(folder) / "base.wbproj", Path(folder) / "vendors.csv"
        save_project(workspace, base)
        write_vendor_file(table, list(workspace.vendors), ROWS)
        cpu = []
        for number in range(repetitions):
            project = Path(folder) / f"run{number}.wbproj"
            shutil.copyfile(base, project)
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            result = subprocess.run([sys.executable, str(REPO / "main.py"), "import", str(table), "--into",
                                     str(project)], cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_S)
            samples.append((time.perf_counter() - started) * 1000)
            now = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime)
            if result.returncode != 0 or f"{ROWS - len(workspace.vendors)} new" not in result.stdout:
                raise NotMeasured(f"the import failed: {(result.stderr.strip().splitlines() or ['?'])[-1]}")
    # The processor time shows what the import costs when the machine is shared and the wall clock suffers.
    print(f"  processor time per run: {', '.join(f'{seconds:.1f} s' for seconds in cpu)}", flush=True)
    return Measurement(samples)
