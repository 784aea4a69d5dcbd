"""Regional heat map: first draw, recolouring after one edit, aggregating a million firms."""

from __future__ import annotations

import os
import random
import time

from tests.benchmarks.harness import Measurement, NotMeasured, benchmark


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from workbench.ui.app import create_app
    except ImportError as error:
        raise NotMeasured(f"Qt is not available: {error}")
    return create_app([])


def _bundled_session():
    from workbench.storage.opening import BUNDLED_DATASET, open_workspace
    from workbench.ui.session import Session

    result = open_workspace(BUNDLED_DATASET)
    if result.workspace is None:
        raise NotMeasured("the bundled dataset does not load")
    return Session(result.workspace)


@benchmark("heat_map_geometry_load")
def geometry_load(repetitions: int) -> Measurement:
    """Parsing the bundled boundaries (once per process; shown apart from the first draw)."""
    from workbench.storage import geometry

    samples = []
    for _ in range(repetitions):
        geometry._load.cache_clear()
        started = time.perf_counter()
        geometry.load_province_geometry()
        samples.append((time.perf_counter() - started) * 1000)
    return Measurement(samples)


@benchmark("heat_map_first_draw", budget_ms=200)
def first_draw(repetitions: int) -> Measurement:
    """Building every province path, the items and the view, then painting it once (geometry parsed)."""
    app = _app()
    from workbench.storage.geometry import load_province_geometry
    from workbench.ui.panels.heat_map import map_items
    from workbench.ui.panels.heat_map.map_view import ProvinceMapView

    geometry = load_province_geometry()
    samples = []
    for _ in range(repetitions):
        map_items._PATH_CACHE.clear()  # measure the paths being built, as on first use
        started = time.perf_counter()
        view = ProvinceMapView(geometry)
        view.resize(900, 700)
        view.grab()  # one full paint of the map, as the first expose would do
        samples.append((time.perf_counter() - started) * 1000)
        view.deleteLater()
        app.processEvents()
    return Measurement(samples)


def _time_edits(repetitions: int, repaint: bool) -> Measurement:
    """Edit one province's value through the undo stack, 20 times a repetition; optionally repaint the map."""
    app = _app()
    from workbench.domain import update
    from workbench.ui.panels.heat_map import HeatMapPanel

    session = _bundled_session()
    panel = HeatMapPanel(session)
    panel.resize(1200, 800)
    panel.show()
    app.processEvents()
    samples = []
    for i in range(max(repetitions, 1) * 20):
        command = update(session.workspace, "province_values", ("genai_filings", "650000"), value=float(i % 120))
        started = time.perf_counter()
        session.push(command)  # the panel recolours synchronously on the change event
        if repaint:
            panel.map_view.viewport().repaint()
        samples.append((time.perf_counter() - started) * 1000)
    panel.close()
    return Measurement(samples)


@benchmark("heat_map_recolour_after_edit", budget_ms=16)
def recolour(repetitions: int) -> Measurement:
    """One value edited through the undo stack until map, tiles, legend and table show it."""
    return _time_edits(repetitions, repaint=False)


@benchmark("heat_map_aggregate_1m_firms", budget_ms=1000)
def aggregate(repetitions: int) -> Measurement:
    """A generated table of 1,000,000 firms (codes, Chinese and English names) into counts per province."""
    from workbench.domain.provinces import PROVINCES
    from workbench.domain.regions import aggregate_firms

    names = [name for p in PROVINCES for name in (p.code, p.name_zh, p.short_zh, p.name_en)]
    rng = random.Random(7)
    column = [rng.choice(names) for _ in range(1_000_000)]
    aggregate_firms(names)  # unrecorded: the first call imports pandas
    samples = []
    for _ in range(repetitions):
        started = time.perf_counter()
        result = aggregate_firms(column)
        samples.append((time.perf_counter() - started) * 1000)
        if sum(result.counts.values()) != 1_000_000:
            raise NotMeasured("the aggregation lost rows")
    return Measurement(samples)


@benchmark("heat_map_recolour_and_repaint")
def recolour_and_repaint(repetitions: int) -> Measurement:
    """As above, plus painting the map widget again (what the analyst sees change)."""
    return _time_edits(repetitions, repaint=True)
