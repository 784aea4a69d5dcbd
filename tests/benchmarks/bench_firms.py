"""The 1,000,000-row firms table of the scaled workspace: load, responsiveness, scrolling, filtering."""

from __future__ import annotations

from tests.benchmarks.generate import scaled_dataset
from tests.benchmarks.gui import application, longest_stall_ms, timed_ms
from tests.benchmarks.harness import Measurement, benchmark

FRAME_MS = 1000 / 60  # one frame at 60 Hz: scrolling that keeps up with the screen
SCROLL_STEPS = 60


def firms_csv():
    from workbench.storage.firms_loader import FIRMS_FILE

    return scaled_dataset() / FIRMS_FILE


@benchmark("firms_load", budget_ratio=1.5)
def firms_load(repetitions: int) -> Measurement:
    """Load the firms CSV and count firms per province, beside pandas.read_csv alone on the same file."""
    import pandas as pd

    from workbench.storage.firms_loader import load_firms

    path = firms_csv()
    load_firms(path)  # warms the disk cache and the imports
    loads, reads = [], []
    for _ in range(repetitions):
        loads.append(timed_ms(lambda: load_firms(path).count_by_province()))
        reads.append(timed_ms(lambda: pd.read_csv(path)))
    return Measurement(loads, baseline_ms=reads)


@benchmark("firms_load_gui_stall", budget_ms=50)
def firms_load_gui_stall(repetitions: int) -> Measurement:
    """The longest the event loop waits while the Firms panel loads the file in the background."""
    from workbench.domain import Workspace
    from workbench.ui.panels.firms import FirmsPanel
    from workbench.ui.session import Session

    app = application()
    path = firms_csv()
    stalls = []
    for _ in range(repetitions):
        panel = FirmsPanel(Session(Workspace()))
        panel.resize(1000, 600)
        panel.show()
        app.processEvents()
        panel.start_load(path)
        stalls.append(longest_stall_ms(app, lambda: not panel.is_loading))
        if panel.session.workspace.firms is None:
            raise RuntimeError("the firms were not loaded")
        panel.close()
        panel.deleteLater()
    return Measurement(stalls)


def shown_panel():
    """A Firms panel at window size showing the million firms, and its session."""
    from workbench.domain import Workspace
    from workbench.storage.firms_loader import load_firms
    from workbench.ui.panels.firms import FirmsPanel
    from workbench.ui.session import Session

    app = application()
    workspace = Workspace()
    workspace.replace_firms(load_firms(firms_csv()))
    panel = FirmsPanel(Session(workspace))
    panel.resize(1280, 800)
    panel.show()
    app.processEvents()
    return panel


@benchmark("firms_scroll", budget_ms=FRAME_MS)
def firms_scroll(repetitions: int) -> Measurement:
    """One page down (or a jump) in the million-row table, repainted: each step is one sample."""
    panel = shown_panel()
    bar = panel.view.verticalScrollBar()
    steps = []
    for repetition in range(repetitions):
        bar.setValue(0)
        for step in range(SCROLL_STEPS):
            if step % 10 == 9:  # a drag of the scroll bar's handle lands anywhere
                target = (step * 7919 + repetition * 104729) % bar.maximum()
            else:
                target = bar.value() + bar.pageStep()
            steps.append(timed_ms(lambda: (bar.setValue(target), panel.view.viewport().repaint())))
    panel.close()
    return Measurement(steps)


@benchmark("firms_filter", budget_ms=50)
def firms_filter(repetitions: int) -> Measurement:
    """Filter the million firms to a province (as a heat-map click does) and repaint the panel."""
    panel = shown_panel()
    counts = panel.session.workspace.firms.count_by_province()
    codes = list(counts)[:4] + list(counts)[-2:] + [None]
    samples = []
    for _ in range(repetitions):
        for code in codes:
            samples.append(timed_ms(lambda: (panel.session.set_vendor_filter(code), panel.repaint())))
    panel.close()
    return Measurement(samples)
