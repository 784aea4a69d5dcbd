"""Bubble names never overlap where there is room, even for vendors at the same point; the chart has a legend."""

import dataclasses

from tests.factories import make_workspace
from workbench.ui.panels.tier_list.label_layout import Box, place_labels


def overlapping_pairs(boxes):
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]


def test_names_of_bubbles_at_the_same_point_do_not_overlap():
    centres = [(200.0, 200.0)] * 3 + [(205.0, 203.0)]
    boxes = place_labels(centres, [10.0] * 4, [(60.0, 16.0)] * 4)
    assert overlapping_pairs(boxes) == []


def test_a_name_keeps_clear_of_other_bubbles_when_it_can():
    # A bubble right above the first one: its name goes elsewhere than above.
    boxes = place_labels([(100.0, 100.0), (100.0, 75.0)], [8.0, 8.0], [(50.0, 14.0), (50.0, 14.0)])
    assert not boxes[0].overlaps(Box(92.0, 67.0, 16.0, 16.0))
    assert overlapping_pairs(boxes) == []


def test_the_chart_draws_every_name_apart_and_a_tier_legend(qtbot):
    from workbench.ui.panels.tier_list import TierListPanel
    from workbench.ui.session import Session

    workspace = make_workspace(6)
    # v4 and v5 get v1's scores: three vendors on one point, as 昆仑万维 and 三六零 were.
    workspace.replace_table("scores", [
        dataclasses.replace(s, value=80.0) if s.vendor_id in ("v4", "v5") else s for s in workspace.scores])
    session = Session(workspace)
    panel = TierListPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    panel.tabs.setCurrentWidget(panel.chart)
    qtbot.waitExposed(panel)
    chart = panel.chart
    qtbot.waitUntil(lambda: len(chart.labels) == 6)

    def overlapping():
        boxes = [label.mapRectToScene(label.boundingRect()) for label in chart.labels]
        return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.intersects(b)]

    # The names are placed again once the view has fitted the data, which a busy machine may do late.
    qtbot.waitUntil(lambda: not overlapping(), timeout=3000)
    tiers = list(session.workspace.tiers)
    assert chart.legend_entries() == [(t.color, f"{t.name_zh} {t.name_en}") for t in tiers]
    assert all(t.name_zh in chart.legend.text() and t.color in chart.legend.text() for t in tiers)
