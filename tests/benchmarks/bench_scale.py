"""The whole window on the scaled workspace: opening it, an edit's repaint, and peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.generate import scaled_dataset
from tests.benchmarks.gui import application, longest_stall_ms, timed_ms
from tests.benchmarks.harness import Measurement, NotMeasured, benchmark

REPO = Path(__file__).resolve().parents[2]
GUI_BLOCK_MS = 50  # longer than this on the GUI thread and painting visibly stalls
EDIT_REPAINT_MS = 100
MEMORY_RUNS = 3  # each run is a fresh process of several seconds


def scaled_window():
    """The main window, shown, every panel built, on the scaled dataset with its million firms loaded."""
    from workbench.ui.main_window import MainWindow
    from workbench.ui.session import Session
    from workbench.ui.settings import Settings

    app = application()
    window = MainWindow(Session(), Settings(), remember_layout=False)
    window.resize(1400, 900)
    window.show()
    window.build_panels()
    app.processEvents()
    if not window.open_path(str(scaled_dataset())):
        raise NotMeasured("the scaled dataset did not open")
    firms = window.panel("firms")
    longest_stall_ms(app, lambda: not firms.is_loading)
    if window.session.workspace.firms is None:
        raise NotMeasured("the firms of the scaled dataset were not loaded")
    return app, window


def close_without_asking(window) -> None:
    """Close as after a save: the benchmark's edits must not raise the unsaved-changes question."""
    window.session.undo_stack.setClean()
    window.close()


def open_in_background(app, window, path: str) -> float:
    """Open path as the File menu does; the longest the GUI thread went unserved until every panel settled."""
    opened = []
    window.documents.opened.connect(opened.append)
    window.open_path(path, wait=False)
    firms = window.panel("firms")
    stall = longest_stall_ms(app, lambda: bool(opened) and not firms.is_loading)
    window.documents.opened.disconnect(opened.append)
    if opened != [True] or window.session.workspace.firms is None:
        raise NotMeasured("the scaled dataset did not open with its firms")
    return stall


@benchmark("scaled_open_gui_block", budget_ms=GUI_BLOCK_MS)
def scaled_open(repetitions: int) -> Measurement:
    """Opening the scaled dataset (2,000 vendors, 5,000 entries) in the window: the longest GUI-thread stall."""
    app, window = scaled_window()
    path = str(scaled_dataset())
    samples = [open_in_background(app, window, path) for _ in range(repetitions)]
    window.panel("firms").cancel_load()
    close_without_asking(window)
    return Measurement(samples)


@benchmark("scaled_edit_repaint", budget_ms=EDIT_REPAINT_MS)
def scaled_edit_repaint(repetitions: int) -> Measurement:
    """Rename a vendor and change a SWOT entry's impact with every panel docked; to the window's repaint."""
    from workbench.domain import update

    app, window = scaled_window()
    session = window.session
    vendor = session.workspace.vendors.at(len(session.workspace.vendors) // 2)
    entry = session.workspace.analysis_entries.at(0)
    samples = []
    for number in range(repetitions):
        edits = (update(session.workspace, "vendors", (vendor.vendor_id,), name_en=f"{vendor.name_en} {number}"),
                 update(session.workspace, "analysis_entries", (entry.entry_id,), impact=1 + number % 5))
        for command in edits:
            samples.append(timed_ms(lambda: (session.push(command), app.processEvents(), window.repaint())))
    close_without_asking(window)
    return Measurement(samples)


# VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts from its parent's size at
# fork and survives exec, so a large benchmark process would inflate the figure.
# The firms are read in a child process of the window's: its peak is added to the
# window's, as if both peaked at once, which errs on the high side.
MEMORY_PROBE = """
import resource, sys
from tests.benchmarks.bench_scale import scaled_window
from workbench.storage.child_process import peak_resident_kib
app, window = scaled_window()
peak = peak_resident_kib() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
loader = window.panel("firms").last_loader_peak_kib
if loader is None:
    sys.exit("the firms loader reported no peak memory")
print("window_kib", peak, "loader_kib", loader, flush=True)
print("peak_kib", peak + loader, flush=True)
"""


@benchmark("scaled_peak_memory", budget_ms=600, unit="MB")
def scaled_peak_memory(repetitions: int) -> Measurement:
    """Peak resident memory of a fresh process holding the window on the scaled workspace."""
    scaled_dataset()  # generated here, not inside the measured process
    samples = []
    for _ in range(min(repetitions, MEMORY_RUNS)):
        with tempfile.TemporaryDirectory(prefix="workbench-bench-") as home:
            env = {**os.environ, "WORKBENCH_HOME": home}
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            done = subprocess.run([sys.executable, "-c", MEMORY_PROBE], cwd=REPO, env=env,
                                  capture_output=True, text=True, timeout=300)
        lines = [line for line in done.stdout.splitlines() if line.startswith("peak_kib")]
        if done.returncode != 0 or not lines:
            raise NotMeasured(f"the probe failed: {(done.stderr.strip().splitlines() or ['no output'])[-1]}")
        samples.append(int(lines[-1].split()[1]) / 1024)
    return Measurement(samples)
