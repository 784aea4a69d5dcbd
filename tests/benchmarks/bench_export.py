"""Excel export: the bundled dataset, and a 100,000-row table styled beside pandas writing it bare.

Each big run is a child process of its own, so its peak memory (maximum
resident set) is its own; the children alternate so machine load falls on both.
Run one child by hand: `python -m tests.benchmarks.bench_export styled 100000`.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.harness import Measurement, NotMeasured, benchmark

REPO = Path(__file__).resolve().parents[2]
BIG_ROWS = 100_000
BIG_SHEETS = ("Cover", "Vendors", "Sources")
MAX_BIG_REPETITIONS = 3  # a run takes tens of seconds
TIMEOUT_S = 900


def big_workspace(rows: int):
    """The bundled dataset plus SYNTHETIC vendors (citing source `synthetic`): not facts."""
    from workbench.domain import entities as e
    from workbench.storage.dataset import load_dataset
    from workbench.storage.opening import BUNDLED_DATASET

    workspace = load_dataset(BUNDLED_DATASET).workspace
    sources = list(workspace.sources) + [e.Source("synthetic", "Workbench benchmarks", "合成数据 Synthetic", "2025",
                                                  confidence="low", note="Generated for benchmarks; not facts.")]
    workspace.replace_table("sources", sources)
    vendors = list(workspace.vendors) + [
        e.Vendor(f"syn{n:06d}", f"合成厂商{n}", f"Synthetic vendor {n}", "110000", "北京合成市", "",
                 "合成模型", "合成数据，仅供性能测试。Synthetic data for benchmarks.", "synthetic")
        for n in range(rows - len(workspace.vendors))]
    workspace.replace_table("vendors", vendors)
    return workspace


def bare_frames(workspace) -> dict:
    """The same tables the styled export writes, as DataFrames with the same columns and values."""
    import pandas

    from workbench.domain import entities as e
    from workbench.domain.provinces import PROVINCES_BY_CODE
    from workbench.storage.excel.sheets import sources, vendors

    labels = {s.source_id: f"{s.publisher}: {s.title}" for s in workspace.sources}
    vendor_rows = [(v.vendor_id, v.name_zh, v.name_en, getattr(PROVINCES_BY_CODE.get(v.hq_province), "name_zh", ""),
                    v.hq_province, v.hq_city, v.tickers, v.flagship_model, v.description, v.source_id,
                    labels.get(v.source_id, "")) for v in workspace.vendors]
    names = e.field_names(e.Source)
    return {
        "Vendors": pandas.DataFrame(vendor_rows, columns=[c.header for c in vendors.COLUMNS]),
        "Sources": pandas.DataFrame([[getattr(s, n) for n in names] for s in workspace.sources],
                                    columns=[sources.HEADERS[n] for n in names]),
    }


def run_child(kind: str, rows: int) -> None:
    """Build the workspace (not timed), write it, print elapsed ms and peak resident MiB."""
    workspace = big_workspace(rows)
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as folder:
        target = Path(folder) / "out.xlsx"
        if kind == "styled":
            from workbench.storage.excel import ExportOptions, export_workbook

            started = time.perf_counter()
            export_workbook(workspace, target, ExportOptions(sheets=BIG_SHEETS))
        else:
            import pandas

            frames = bare_frames(workspace)
            started = time.perf_counter()
            with pandas.ExcelWriter(target, engine="openpyxl") as writer:
                for title, frame in frames.items():
                    frame.to_excel(writer, sheet_name=title, index=False)
        elapsed_ms = (time.perf_counter() - started) * 1000
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"{elapsed_ms:.1f} {peak_mib:.1f}")


def child(kind: str, rows: int) -> tuple[float, float]:
    result = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_export", kind, str(rows)], cwd=REPO,
                            capture_output=True, text=True, timeout=TIMEOUT_S, env={**os.environ})
    if result.returncode != 0:
        raise NotMeasured(f"the {kind} export failed: {(result.stderr.strip().splitlines() or ['?'])[-1]}")
    elapsed_ms, peak_mib = (float(part) for part in result.stdout.split()[-2:])
    return elapsed_ms, peak_mib


@benchmark("export_bundled", budget_ms=1000)
def export_bundled(repetitions: int) -> Measurement:
    from workbench.storage.dataset import load_dataset
    from workbench.storage.excel import export_workbook
    from workbench.storage.opening import BUNDLED_DATASET

    workspace = load_dataset(BUNDLED_DATASET).workspace
    samples = []
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as folder:
        export_workbook(workspace, Path(folder) / "warm.xlsx")  # imports and first-use costs
        for number in range(repetitions):
            started = time.perf_counter()
            export_workbook(workspace, Path(folder) / f"out{number}.xlsx")
            samples.append((time.perf_counter() - started) * 1000)
    return Measurement(samples)


@benchmark("export_100k_rows", budget_ratio=0.6)
def export_100k_rows(repetitions: int) -> Measurement:
    styled, bare = [], []
    for _ in range(min(repetitions, MAX_BIG_REPETITIONS)):
        styled.append(child("styled", BIG_ROWS))
        bare.append(child("bare", BIG_ROWS))
    for label, runs in (("styled export", styled), ("pandas.to_excel bare", bare)):
        print(f"  {label}: {', '.join(f'{ms / 1000:.1f} s' for ms, _ in runs)}; "
              f"peak memory {max(mib for _, mib in runs):.0f} MiB", flush=True)
    return Measurement([ms for ms, _ in styled], baseline_ms=[ms for ms, _ in bare])


if __name__ == "__main__":
    run_child(sys.argv[1], int(sys.argv[2]))
