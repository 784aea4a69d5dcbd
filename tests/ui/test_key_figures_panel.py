"""The key figures panel: prices as a chart, figures by topic, filing totals side by side, sources on selection."""

from __future__ import annotations

import pytest

from workbench.storage.opening import open_workspace
from workbench.ui.i18n import apply_language
from workbench.ui.panels.key_figures import KeyFiguresPanel
from workbench.ui.panels.sources import SourcesPanel
from workbench.ui.session import Session


@pytest.fixture
def bundled(qapp):
    return Session(open_workspace().workspace)


@pytest.fixture
def panels(qtbot, bundled):
    figures, sources = KeyFiguresPanel(bundled), SourcesPanel(bundled)
    for widget in (figures, sources):
        qtbot.addWidget(widget)
        widget.resize(900, 700)
        widget.show()
    return figures, sources


def lines(panel):
    """{topic title: [(figure, period, value, unit) ...]} as shown."""
    shown = {}
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        shown[group.text(0)] = [tuple(group.child(j).text(c) for c in range(4)) for j in range(group.childCount())]
    return shown


def find(panel, predicate):
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        for j in range(group.childCount()):
            if predicate(group.child(j)):
                return group.child(j)
    raise AssertionError("no such line")


def test_token_prices_are_charted_and_listed(panels):
    figures, _ = panels
    assert figures.chart.points == [("2023H1", 300), ("2023H2", 50), ("2024H1", 20), ("2024H2", 1.5)]
    prices = lines(figures)["Price per million tokens"]
    assert [(period, value) for _, period, value, _ in prices] == [
        ("2023H1", "300"), ("2023H2", "50"), ("2024H1", "20"), ("2024H2", "1.5")]
    assert {unit for *_, unit in prices} == {"CNY per million tokens"}


def test_filing_totals_of_every_source_sit_side_by_side_by_date(panels):
    figures, _ = panels
    filings = next(rows for title, rows in lines(figures).items() if title.startswith("Filings"))
    shown = [(period, value) for _, period, value, _ in filings]
    assert ("2024-11", "95 new, 309 in total") in shown and ("2024-12", "302 in total") in shown
    assert shown.index(("2024-11", "95 new, 309 in total")) + 1 == shown.index(("2024-12", "302 in total"))
    assert ("2025-03", "327 in total") in shown and ("2025-03", "346 in total") in shown
    assert ("2025-04", "227") in shown  # registrations: a national total, no longer a map layer
    assert [period for period, _ in shown] == sorted(period for period, _ in shown)


def test_ranges_and_bounds_read_as_the_source_words_them(panels):
    figures, _ = panels
    shown = {figure: value for rows in lines(figures).values() for figure, _, value, _ in rows}
    assert shown["Large models launched in China"] == "≈305"
    assert shown["Training cost, start-ups (Kimi, DeepSeek)"] == "30–60"
    assert shown["Training cost, big-tech models (ERNIE, Qwen, Hunyuan)"] == ">200"
    assert shown["China AI industry (forecast)"] == ">1,000"


def test_selecting_a_figure_shows_its_source(qtbot, panels, bundled):
    figures, sources = panels
    figures.tree.setCurrentItem(find(figures, lambda item: item.text(1) == "2024H2"))
    assert bundled.selection == ("key_figures", ("price-2024h2",))
    assert "第6页" in sources.detail_values["citation"].text()
    figures.tree.setCurrentItem(find(figures, lambda item: item.text(2) == "302 in total"))
    assert bundled.selection == ("filing_batches", ("gai-2024-12-cac",))
    assert sources.detail_values["published"].text() == "2025-01-08"


def test_a_vendors_listing_shows_its_own_source(panels, bundled):
    _, sources = panels
    bundled.set_selection("vendors", ("baidu",))
    assert sources.detail_values["publisher"].text() == "Workbench analysts"
    assert "行业主要上市公司" in sources.detail_values["also"].text()
    assert not sources.detail_values["also"].isHidden()
    bundled.set_selection("vendors", ("huawei",))  # unlisted: nothing more to cite
    assert sources.detail_values["also"].isHidden()


def test_an_edit_elsewhere_refreshes_the_panel(panels, bundled):
    from workbench.domain import update

    figures, _ = panels
    bundled.push(update(bundled.workspace, "key_figures", ("price-2024h2",), value=2.0))
    assert ("2024H2", 2.0) in figures.chart.points
    bundled.undo_stack.undo()
    assert ("2024H2", 1.5) in figures.chart.points


def test_the_panel_speaks_chinese(qtbot, panels):
    figures, _ = panels
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: figures.tree.headerItem().text(0) == "指标")
    shown = lines(figures)
    assert "每百万tokens价格" in shown
    assert any(value == "新增95，累计309" for rows in shown.values() for _, _, value, _ in rows)
    assert "国产大模型调用价格" in {figure for rows in shown.values() for figure, *_ in rows}
    amounts = {figure: (value, unit) for rows in shown.values() for figure, _, value, unit in rows}
    assert amounts["中国人工智能产业规模"] == ("2,697", "亿元")  # as Chinese analysts write it
    assert amounts["中国人工智能产业规模（预测）"] == (">10,000", "亿元")


def test_a_dataset_without_key_figures_says_so(qtbot, session):
    panel = KeyFiguresPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.tree.isHidden() and not panel.empty.isHidden()
    assert panel.chart.isHidden()
