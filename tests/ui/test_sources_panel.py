import pytest

from workbench.domain import update
from workbench.ui.panels.sources import SourcesPanel
from workbench.ui.panels.vendors import VendorsPanel


@pytest.fixture
def panels(qtbot, session):
    vendors, sources = VendorsPanel(session), SourcesPanel(session)
    for panel in (vendors, sources):
        qtbot.addWidget(panel)
    return vendors, sources


def detail(sources, name):
    return sources.detail_values[name].text()


def test_selecting_a_vendor_shows_its_source(qtbot, panels):
    vendors, sources = panels
    assert not sources.placeholder.isHidden()
    vendors.view.selectRow(0)
    qtbot.waitUntil(lambda: detail(sources, "publisher") == "前瞻产业研究院")
    assert detail(sources, "title") == "多模态大模型行业报告"
    assert detail(sources, "confidence") == "Medium"
    assert "百度" in detail(sources, "figure")
    assert sources.placeholder.isHidden()


def test_a_scored_figure_shows_its_kind_and_source(session, panels):
    _vendors, sources = panels
    session.set_selection("scores", ("v0", "compute"))
    assert detail(sources, "kind") == "Analyst assessment"
    assert detail(sources, "publisher") == "Analyst"
    assert detail(sources, "confidence") == "Low"
    session.set_selection("province_values", ("genai_filings", "110000"))
    assert detail(sources, "kind") == "Reported"


def test_the_detail_follows_edits_of_the_selected_record_and_of_sources(session, panels):
    _vendors, sources = panels
    session.set_selection("vendors", ("v1",))
    session.push(update(session.workspace, "vendors", ("v1",), source_id="s2"))
    assert detail(sources, "publisher") == "Analyst"
    session.push(update(session.workspace, "sources", ("s2",), publisher="内部分析"))
    assert detail(sources, "publisher") == "内部分析"


def test_a_record_without_a_source_says_so(session, panels):
    _vendors, sources = panels
    session.push(update(session.workspace, "vendors", ("v1",), source_id=""))
    session.set_selection("vendors", ("v1",))
    assert detail(sources, "publisher") == ""
    assert "no source" in sources.placeholder.text()
    assert not sources.placeholder.isHidden()
