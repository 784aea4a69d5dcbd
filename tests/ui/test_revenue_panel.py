"""The Revenue share panel driven like an analyst would: edit, switch, pick a source, undo."""

import pytest
from PySide6.QtCore import Qt

from tests.ui.editing import type_into_editor
from workbench.storage.dataset import load_dataset
from workbench.storage.opening import BUNDLED_DATASET
from workbench.ui.panels.revenue import RevenuePanel
from workbench.ui.panels.revenue.summary import OBSERVATION_ROLE
from workbench.ui.session import Session


@pytest.fixture
def bundled_session(qapp):
    return Session(load_dataset(BUNDLED_DATASET).workspace)


@pytest.fixture
def panel(qtbot, bundled_session):
    widget = RevenuePanel(bundled_session)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def view_index(panel, vendor_id, field):
    row = panel.model.row_of((vendor_id,))
    return panel.proxy.mapFromSource(panel.model.index(row, panel.model.column_of(field)))


def type_into(qtbot, panel, vendor_id, field, text):
    type_into_editor(qtbot, panel.view, view_index(panel, vendor_id, field), text)


def bar_amount(panel, name):
    return next(amount for bar_name, amount, _low, _high in panel.bars.rows if bar_name == name)


def test_the_model_is_a_sound_qt_model(qtmodeltester, panel):
    qtmodeltester.check(panel.model)


def test_the_table_shows_the_seed_figures_and_derived_amounts(panel):
    model = panel.model
    row = model.row_of(("tencent",))
    text = lambda field: model.index(row, model.column_of(field)).data()  # noqa: E731
    assert (text("vendor_id"), text("base_revenue")) == ("腾讯", "63.60")
    assert (text("share_low"), text("share_base"), text("share_high")) == ("5%", "6%", "7%")
    assert (text("amount_low"), text("amount_base"), text("amount_high")) == ("3.18", "3.82", "4.45")
    assert panel.concentration_box.hhi_text("base") == "3,508"


def test_editing_a_share_moves_the_chart_and_the_hhi_and_undo_brings_them_back(qtbot, panel, bundled_session):
    hhi_before = panel.concentration_box.hhi_text("base")
    type_into(qtbot, panel, "tencent", "share_base", "6.5%")
    ws = bundled_session.workspace
    assert ws.revenue_estimates.get(("tencent",)).share_base == pytest.approx(0.065)
    assert bar_amount(panel, "腾讯") == pytest.approx(63.6 * 0.065)
    # amounts 16.5, 15.972, 4.134, 3.44: HHI = Σ (a / total × 100)²
    amounts = [16.5, 15.972, 63.6 * 0.065, 3.44]
    expected = sum((a / sum(amounts) * 100) ** 2 for a in amounts)
    assert panel.concentration_box.hhi_text("base") == f"{expected:,.0f}" != hhi_before
    bundled_session.undo_stack.undo()
    assert bar_amount(panel, "腾讯") == pytest.approx(3.816)
    assert panel.concentration_box.hhi_text("base") == hhi_before


@pytest.mark.parametrize("text, words", [("150%", "between 0% and 100%"), ("2%", "low ≤ base ≤ high"),
                                         ("5-7%", "is a range")])
def test_a_refused_share_says_why_and_changes_nothing(qtbot, panel, bundled_session, text, words):
    before = bundled_session.workspace.snapshot()
    type_into(qtbot, panel, "tencent", "share_base", text)
    assert words in panel.message_bar.text()
    assert bundled_session.workspace.snapshot() == before


def test_switching_the_scenario_drives_every_figure(qtbot, panel):
    assert bar_amount(panel, "腾讯") == pytest.approx(3.816)
    qtbot.mouseClick(panel.findChild(type(panel.scenario_buttons.buttons()[0]), "scenario_high"),
                     Qt.MouseButton.LeftButton)
    assert panel.scenario == "high"
    assert bar_amount(panel, "腾讯") == pytest.approx(4.452)
    assert panel.pareto.cumulative[-1] == pytest.approx(100)
    assert "High" in panel.model.headerData(panel.model.column_of("market_share"), Qt.Orientation.Horizontal)
    assert panel.concentration_box.cells["high"][0].font().bold()
    assert not panel.concentration_box.cells["base"][0].font().bold()
    assert "40.36" in panel.market_box.values["total"].text()
    panel.set_scenario("low")
    assert bar_amount(panel, "腾讯") == pytest.approx(3.18)


def test_the_market_box_shows_the_seed_market_and_its_cagr(panel):
    values = panel.market_box.values
    assert "4.51" in values["multimodal"].text() and "22%" in values["multimodal"].text()
    assert "96.90" in values["forecast"].text() and values["cagr"].text().startswith("66.7%")
    assert "66.7%" in panel.market_chart.widget.getPlotItem().titleLabel.text


def test_picking_the_other_source_is_one_undo_step(qtbot, panel, bundled_session):
    tree = panel.conflicts_box.tree
    huawei = tree.topLevelItem(0)
    assert "华为" in huawei.text(0)
    values = {huawei.child(i).text(1): huawei.child(i).text(2) for i in range(huawei.childCount())}
    assert values == {"68.80": "✓", "38.50": ""}  # both values, the one in use marked
    annual_report = next(huawei.child(i) for i in range(2) if huawei.child(i).text(1) == "38.50")
    assert "Huawei" in annual_report.text(0)  # the source is named
    observation_id = annual_report.data(0, OBSERVATION_ROLE)
    tree.setCurrentItem(annual_report)
    assert panel.conflicts_box.use_button.isEnabled()
    qtbot.mouseClick(panel.conflicts_box.use_button, Qt.MouseButton.LeftButton)
    ws = bundled_session.workspace
    assert ws.revenue_estimates.get(("huawei",)).base_revenue == 38.5
    assert ws.revenue_observations.get((observation_id,)).in_use
    assert bar_amount(panel, "华为") == pytest.approx(38.5 * 0.05)
    assert bundled_session.undo_stack.count() == 1
    bundled_session.undo_stack.undo()
    assert ws.revenue_estimates.get(("huawei",)).base_revenue == 68.8
    assert bar_amount(panel, "华为") == pytest.approx(3.44)


def test_the_checks_are_visible(panel):
    texts = "\n".join(panel.checks.texts())
    assert "✓  Every estimate runs low ≤ base ≤ high" in texts
    assert "✓  Every share is within 0-100%" in texts
    assert "⚠  Base: the vendors' total 39.73 bn exceeds the multimodal market of 4.51 bn" in texts
    assert "华为: sources disagree on base revenue: 68.80 (seed002) in use; also 38.50 (huawei_ar_2024)" in texts


def test_editing_the_multimodal_share_moves_the_market(qtbot, panel, bundled_session):
    spin = panel.market_box.share_spin
    spin.setValue(44.0)
    assert bundled_session.workspace.setting("multimodal_share") == "0.44"
    assert "9.02" in panel.market_box.values["multimodal"].text()
    bundled_session.undo_stack.undo()
    assert bundled_session.workspace.setting("multimodal_share") == "0.22"
    assert spin.value() == pytest.approx(22.0)


def test_the_province_filter_narrows_table_charts_and_concentration(panel, bundled_session):
    province = bundled_session.workspace.vendors.get(("baidu",)).hq_province
    bundled_session.set_vendor_filter(province)
    shown = {panel.model.key_at(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())[0]
             for r in range(panel.proxy.rowCount())}
    vendors = bundled_session.workspace.vendors
    assert "baidu" in shown and all(vendors.get((v,)).hq_province == province for v in shown)
    assert all(vendors.get((v.vendor_id,)).hq_province == province for v in panel.figures.vendors)
    assert "华为" not in [name for name, *_ in panel.bars.rows]
    assert province in panel.filter_label.text()
    bundled_session.set_vendor_filter(None)
    assert panel.proxy.rowCount() == len(bundled_session.workspace.revenue_estimates)
