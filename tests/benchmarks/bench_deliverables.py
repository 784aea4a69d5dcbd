"""The PDF briefing and the slide deck of the bundled dataset, written as `export --out` writes them.

Each run builds the sections, draws the pages (the map included) and writes the
file atomically. The first run (imports, the map's geometry, fonts) is printed
apart and not counted.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from tests.benchmarks.harness import Measurement, benchmark


def _runs(suffix: str, repetitions: int) -> Measurement:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workbench.storage.dataset import load_dataset
    from workbench.storage.excel import ExportOptions
    from workbench.storage.opening import BUNDLED_DATASET
    from workbench.ui.deliverables.export import export_file
    from workbench.ui.deliverables.map_picture import ensure_gui_application

    app = ensure_gui_application()  # noqa: F841 (drawing needs one)
    workspace = load_dataset(BUNDLED_DATASET).workspace
    options = ExportOptions(language="zh", author="Benchmark")
    samples = []
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as folder:
        started = time.perf_counter()
        export_file(workspace, Path(folder) / f"warm{suffix}", options)
        print(f"  first run (imports, geometry, fonts): {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        for number in range(repetitions):
            started = time.perf_counter()
            export_file(workspace, Path(folder) / f"out{number}{suffix}", options)
            samples.append((time.perf_counter() - started) * 1000)
    return Measurement(samples)


@benchmark("briefing_bundled", budget_ms=3000)
def briefing_bundled(repetitions: int) -> Measurement:
    return _runs(".pdf", repetitions)


@benchmark("deck_bundled", budget_ms=3000)
def deck_bundled(repetitions: int) -> Measurement:
    return _runs(".pptx", repetitions)
