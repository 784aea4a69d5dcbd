"""Revenue panel: one revenue-mix edit or one switch of named market until every figure and chart is updated.

Budgets from the issue: median under 16 ms on the bundled data, under 100 ms for
2,000 vendors (the harness holds the p95 to the budget, which is stricter). The
update is synchronous: when the edit or the switch returns, the table model,
chart items and labels all hold the new figures. Qt paints them at its next
frame; the "+paint" figures (no budget) include that repaint, offscreen, to
show what it adds on this machine.
"""

from __future__ import annotations

import os
import random
import time

from tests.benchmarks.harness import Measurement, benchmark

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WARM_UP = 3


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _bundled():
    from workbench.storage.dataset import load_dataset
    from workbench.storage.opening import BUNDLED_DATASET

    return load_dataset(BUNDLED_DATASET).workspace


def _many_vendors(count: int = 2000):
    """The bundled market and sources with `count` vendors, each with an estimate; some sources disagree."""
    from tests.factories import make_workspace
    from workbench.domain import entities as e

    bundled = _bundled()
    ws = make_workspace(count)
    for table in ("sources", "settings", "market_series", "market_points", "market_definitions"):
        ws.replace_table(table, bundled.table(table).records())
    rng = random.Random(5)
    estimates, observations = [], []
    for vendor in ws.vendors:
        low = rng.uniform(0, 0.2)
        estimates.append(e.RevenueMix(vendor.vendor_id, "project_based", low, low + 0.02, low + 0.05, "",
                                      "estimate", "seed002"))
        if len(observations) < 100:
            observations += [e.RevenueObservation(f"{vendor.vendor_id}-a", vendor.vendor_id, "share_base", low + 0.02,
                                                  True, "seed002"),
                             e.RevenueObservation(f"{vendor.vendor_id}-b", vendor.vendor_id, "share_base",
                                                  low + 0.03, False, "seed000")]
    ws.replace_table("revenue_mix", estimates)
    ws.replace_table("revenue_observations", observations)
    return ws


def _panel(workspace):
    from workbench.ui.panels.revenue import RevenuePanel
    from workbench.ui.session import Session

    app = _app()
    session = Session(workspace)
    panel = RevenuePanel(session)
    panel.resize(1600, 1000)
    panel.show()
    app.processEvents()
    return app, session, panel


def _timed(app, action, repetitions: int, paint: bool) -> list[float]:
    samples = []
    for i in range(repetitions + WARM_UP):
        app.processEvents()  # nothing left over from the last round
        started = time.perf_counter()
        action(i)
        if paint:
            app.processEvents()
        if i >= WARM_UP:
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def _edits(workspace, repetitions: int, paint: bool = False) -> Measurement:
    from workbench.domain import update

    app, session, panel = _panel(workspace)
    # an estimate with room between low and high, edited back and forth inside it
    key = next(r.vendor_id for r in workspace.revenue_mix
               if r.share_low is not None and r.share_high is not None and r.share_high - r.share_low >= 0.015)

    def edit(i):
        estimate = session.workspace.revenue_mix.get((key,))
        share = estimate.share_low + (0.005 if i % 2 == 0 else 0.01)
        session.push(update(session.workspace, "revenue_mix", (key,), share_base=share))

    samples = _timed(app, edit, repetitions, paint)
    panel.close()
    return Measurement(samples)


def _switches(workspace, repetitions: int, paint: bool = False) -> Measurement:
    app, _session, panel = _panel(workspace)
    panel.tabs.setCurrentIndex(1)
    count = panel.market_picker.count()
    samples = _timed(app, lambda i: panel.market_picker.setCurrentIndex(i % count), repetitions, paint)
    panel.close()
    return Measurement(samples)


@benchmark("revenue_edit_bundled", budget_ms=16)
def edit_bundled(repetitions: int) -> Measurement:
    return _edits(_bundled(), max(repetitions, 20))


@benchmark("revenue_market_switch_bundled", budget_ms=16)
def market_switch_bundled(repetitions: int) -> Measurement:
    return _switches(_bundled(), max(repetitions, 20))


@benchmark("revenue_edit_2000_vendors", budget_ms=100)
def edit_many(repetitions: int) -> Measurement:
    return _edits(_many_vendors(), max(repetitions, 10))


@benchmark("revenue_market_switch_2000_vendors", budget_ms=100)
def market_switch_many(repetitions: int) -> Measurement:
    return _switches(_many_vendors(), max(repetitions, 10))


@benchmark("revenue_edit_bundled+paint")
def edit_bundled_painted(repetitions: int) -> Measurement:
    return _edits(_bundled(), max(repetitions, 20), paint=True)


@benchmark("revenue_market_switch_2000_vendors+paint")
def market_switch_many_painted(repetitions: int) -> Measurement:
    return _switches(_many_vendors(), max(repetitions, 10), paint=True)
