"""Tier list: a weight change to re-tiered, repainted board (20 and 2,000 vendors); robustness of 20."""

from __future__ import annotations

import os
import time

import numpy as np

from tests.benchmarks.harness import Measurement, benchmark

SAMPLES_PER_REPETITION = 10


def bundled_workspace():
    from workbench.storage.dataset import load_dataset
    from workbench.storage.opening import BUNDLED_DATASET

    return load_dataset(BUNDLED_DATASET).workspace


def generated_workspace(vendor_count: int):
    """The bundled scoring model and tiers, with vendor_count vendors and seeded random scores."""
    from workbench.domain import entities as e

    ws = bundled_workspace()
    rng = np.random.default_rng(7)
    dimensions = [d.dimension_id for d in ws.dimensions]
    ws.replace_table("vendors", [e.Vendor(f"g{i}", f"厂商{i}", f"Vendor {i}", "110000") for i in range(vendor_count)])
    ws.replace_table("scores", [e.Score(f"g{i}", d, float(rng.integers(20, 100)))
                                for i in range(vendor_count) for d in dimensions])
    ws.replace_table("tier_placements", [e.TierPlacement(f"g{i}", baseline_rank=i + 1) for i in range(vendor_count)])
    bands = [vendor_count // 5, vendor_count // 2, vendor_count * 3 // 4, vendor_count]
    ws.replace_table("tiers", [e.Tier(n + 1, t.name_zh, t.name_en, t.color, t.min_score, bands[n])
                               for n, t in enumerate(sorted(ws.tiers, key=lambda t: t.tier_id))])
    ws.replace_table("revenue_mix", [])
    return ws


def weight_change_to_painted_board(workspace, repetitions: int) -> Measurement:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from workbench.domain.tiering_commands import set_weight
    from workbench.ui.panels.tier_list import TierListPanel
    from workbench.ui.session import Session

    app = QApplication.instance() or QApplication([])
    session = Session(workspace)
    panel = TierListPanel(session)
    panel.resize(1400, 900)
    panel.show()
    app.processEvents()
    samples = []
    for n in range(repetitions * SAMPLES_PER_REPETITION):
        weight = 30.0 + (n % 7) * 5  # a different weight each time, so tiers really move
        started = time.perf_counter()
        session.push(set_weight(session.workspace, "compute", weight))
        panel.board.repaint()  # synchronous paint of what is on screen
        samples.append((time.perf_counter() - started) * 1000)
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return Measurement(samples)


@benchmark("tier_list_weight_change_20", budget_ms=16)
def weight_change_20(repetitions: int) -> Measurement:
    return weight_change_to_painted_board(bundled_workspace(), repetitions)


@benchmark("tier_list_weight_change_2000", budget_ms=100)
def weight_change_2000(repetitions: int) -> Measurement:
    return weight_change_to_painted_board(generated_workspace(2000), repetitions)


@benchmark("tier_list_robustness_20", budget_ms=200)
def robustness_20(repetitions: int) -> Measurement:
    from workbench.domain.scoring import robustness

    ws = bundled_workspace()
    samples = []
    for _ in range(repetitions * SAMPLES_PER_REPETITION):
        started = time.perf_counter()
        robustness(ws, draws=1000)
        samples.append((time.perf_counter() - started) * 1000)
    return Measurement(samples)
