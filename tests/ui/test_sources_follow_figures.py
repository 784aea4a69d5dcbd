"""Choosing a figure anywhere shows its source: a province's value on the map, a score in the scoring table."""

from workbench.ui.panels.heat_map import HeatMapPanel
from workbench.ui.panels.sources import SourcesPanel
from workbench.ui.panels.tier_list import TierListPanel


def sources_panel(qtbot, session):
    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    return panel


def test_clicking_a_province_shows_the_source_of_its_value(qtbot, session):
    sources = sources_panel(qtbot, session)
    heat_map = HeatMapPanel(session)
    qtbot.addWidget(heat_map)
    heat_map.map_view.provinceClicked.emit("110000")
    assert session.selection == ("province_values", (heat_map.metric_id, "110000"))
    assert sources.detail_values["publisher"].text() == "前瞻产业研究院"


def test_choosing_a_score_shows_its_source(qtbot, session):
    sources = sources_panel(qtbot, session)
    tiers = TierListPanel(session)
    qtbot.addWidget(tiers)
    view = tiers.editor.score_view
    view.setCurrentIndex(view.model().index(1, 2))
    assert session.selection == ("scores", tiers.editor.score_model.key_at(1))
    assert sources.detail_values["publisher"].text() == "Analyst"
