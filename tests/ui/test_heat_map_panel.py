"""The regional heat map driven like an analyst would: hover, click, classify, edit, undo."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit

from workbench.domain import entities as e
from workbench.domain import update
from workbench.domain.provinces import PROVINCES
from workbench.domain.regions import RAMPS, VENDOR_HQ
from workbench.ui.panels.heat_map import HeatMapPanel
from workbench.ui.panels.heat_map.models import VALUE
from workbench.ui.panels.vendors import VendorsPanel

BEIJING = (116.4, 40.1)
GUANGDONG = (113.4, 23.4)
QINGHAI = (96.0, 35.5)


@pytest.fixture
def panel(qtbot, session):
    panel = HeatMapPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def hover(qtbot, view, lon_lat):
    qtbot.mouseMove(view.viewport(), view.view_point_of(*lon_lat).toPoint())
    qtbot.waitUntil(lambda: view.hover_text != "")
    return view.hover_text


def click(qtbot, view, lon_lat):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.view_point_of(*lon_lat).toPoint())


def fill_of(panel, code) -> str | None:
    color = panel.map_view.china.provinces[code].fill_color()
    return color.name() if color is not None else None


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_hover_names_province_value_rank_share_and_source(qtbot, panel):
    text = hover(qtbot, panel.map_view, BEIJING)
    assert text.splitlines()[0] == "北京市  Beijing"
    assert "105 filings" in text and "Rank 1 of 3" in text
    assert "32.1% of the national total 327" in text
    assert "Source: 前瞻产业研究院: 多模态大模型行业报告 (2025-04)" in text
    assert panel.map_view.hover_code == "110000"


def test_hover_over_unknown_province_says_no_data(qtbot, panel):
    text = hover(qtbot, panel.map_view, QINGHAI)
    assert text.startswith("青海省  Qinghai") and "no data (unknown, not zero)" in text


def test_click_selects_province_and_filters_another_panel(qtbot, panel, session):
    vendors = VendorsPanel(session)
    qtbot.addWidget(vendors)
    assert vendors.proxy.rowCount() == 3
    with qtbot.waitSignal(session.vendorFilterChanged) as signal:
        click(qtbot, panel.map_view, GUANGDONG)
    assert signal.args == ["440000"] and session.vendor_filter == "440000"
    assert vendors.proxy.rowCount() == 1
    assert vendors.proxy.index(0, 1).data() == "Tencent"
    assert panel.map_view.china.provinces["440000"]._selected
    assert panel.model.code_at(panel.side_table.currentIndex().row()) == "440000"
    assert "广东省" in panel.filter_label.text()

    panel.clear_filter_button.click()
    assert session.vendor_filter is None and vendors.proxy.rowCount() == 3
    assert not panel.map_view.china.provinces["440000"]._selected


def test_escape_and_a_second_click_clear_the_filter(qtbot, panel, session):
    click(qtbot, panel.map_view, BEIJING)
    assert session.vendor_filter == "110000"
    click(qtbot, panel.map_view, BEIJING)
    assert session.vendor_filter is None
    click(qtbot, panel.map_view, BEIJING)
    panel.map_view.setFocus()
    qtbot.keyClick(panel.map_view, Qt.Key.Key_Escape)
    assert session.vendor_filter is None


@pytest.mark.parametrize("method, classes, breaks, expected", [
    # known values 39, 66, 105
    # min 39 + k * (105 - 39) / 5; the empty classes up to 65.4 and 91.8 merge into the next
    ("equal_interval", 5, "", (52.2, 78.6, 105.0)),
    ("quantile", 3, "", (39.0, 66.0, 105.0)),  # three values, three classes: each alone
    ("natural_breaks", 3, "", (39.0, 66.0, 105.0)),  # three values, three classes: each alone
    ("manual", 3, "50, 100", (50.0, 100.0, 105.0)),
])
def test_classification_schemes_give_hand_computed_breaks(qtbot, panel, method, classes, breaks, expected):
    panel.classes_spin.setValue(classes)
    choose(panel.method_combo, method)
    if breaks:
        panel.breaks_edit.setText(breaks)
        panel.breaks_edit.editingFinished.emit()
    assert panel.choropleth.classes.upper_bounds == pytest.approx(expected)
    legend = panel.legend.entries()
    assert len(legend) == len(expected) + 1  # and the no-data row
    assert legend[-1][0] is None and legend[-1][2] == 31
    assert legend[-2][1].endswith("105")


def test_ramp_choice_recolours_with_colorbrewer_values(qtbot, panel):
    choose(panel.method_combo, "natural_breaks")
    panel.classes_spin.setValue(3)
    choose(panel.ramp_combo, "Purples")
    assert fill_of(panel, "110000") == RAMPS["Purples"][3][2]
    assert fill_of(panel, "440000") == RAMPS["Purples"][3][0]
    assert fill_of(panel, "650000") is None  # no data: hatched grey


def test_editing_a_value_recolours_at_once_and_undo_restores(qtbot, panel, session):
    choose(panel.method_combo, "natural_breaks")
    panel.classes_spin.setValue(3)
    before = fill_of(panel, "650000")
    assert before is None
    index = panel.model.index(panel.model.row_of("650000"), VALUE)
    panel.side_table.setCurrentIndex(index)
    panel.side_table.edit(index)
    editor = panel.side_table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "200")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: session.workspace.province_values.get(("genai_filings", "650000")).value == 200.0)
    assert fill_of(panel, "650000") == RAMPS["YlGnBu"][3][2]  # the new largest
    assert panel.tile_view.tiles["650000"].value_text == "200"
    assert panel.table.by_code["650000"].rank == 1

    session.undo_stack.undo()
    assert session.workspace.province_values.get(("genai_filings", "650000")).value is None
    assert fill_of(panel, "650000") is None


def test_a_new_value_for_a_province_without_a_record_is_added(qtbot, panel, session):
    index = panel.model.index(panel.model.row_of("540000"), VALUE)
    assert panel.model.setData(index, "7")
    record = session.workspace.province_values.get(("genai_filings", "540000"))
    assert record.value == 7.0 and record.kind == e.Kind.ASSESSMENT.value
    assert fill_of(panel, "540000") is not None


@pytest.mark.parametrize("text, message", [("-5", "cannot be negative"), ("many", "is not a number")])
def test_negative_or_non_numeric_counts_are_refused(qtbot, panel, session, text, message):
    index = panel.model.index(panel.model.row_of("110000"), VALUE)
    assert not panel.model.setData(index, text)
    assert message in panel.message_bar.text() and "北京市" in panel.message_bar.text()
    assert session.workspace.province_values.get(("genai_filings", "110000")).value == 105.0
    assert session.undo_stack.count() == 0


def test_metric_with_all_values_missing_shows_an_empty_state(qtbot, panel, session):
    session.workspace.replace_table("metrics", list(session.workspace.metrics) + [
        e.Metric("registrations", "登记", "Registrations", "filings", "2025-04", 227.0, "s1")])
    choose(panel.metric_combo, "registrations")
    assert panel.choropleth.classes is None
    assert panel.legend.entries() == []
    assert not panel.legend.empty_message.isHidden() and "No province has a value" in panel.legend.empty_message.text()
    assert all(fill_of(panel, code) is None for code in ("110000", "440000"))


def test_vendor_hq_metric_is_computed_and_read_only(qtbot, panel, session):
    choose(panel.metric_combo, VENDOR_HQ)
    assert panel.table.by_code["110000"].value == 1 and panel.table.by_code["650000"].value == 0
    assert fill_of(panel, "650000") is not None  # zero is a class, not "no data"
    index = panel.model.index(0, VALUE)
    assert not panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    session.push(update(session.workspace, "vendors", ("v2",), hq_province="650000"))
    assert panel.table.by_code["650000"].value == 1 and panel.table.by_code["440000"].value == 0


def test_tile_grid_uses_the_same_colours_and_selects_on_click(qtbot, panel, session):
    panel.view_combo.setCurrentIndex(1)
    tiles = panel.tile_view
    qtbot.waitUntil(lambda: tiles.isVisible())
    for code in ("110000", "310000", "440000", "650000"):
        tile_color = tiles.tiles[code].fill_color()
        assert (tile_color.name() if tile_color else None) == fill_of(panel, code)
    qtbot.mouseClick(tiles.viewport(), Qt.MouseButton.LeftButton, pos=tiles.view_point_of("820000").toPoint())
    assert session.vendor_filter == "820000"
    assert tiles.tiles["820000"]._selected


def test_cluster_markers_toggle(qtbot, panel, session):
    session.workspace.replace_table("clusters", [
        e.Cluster("bj", "北京", "Beijing", "110000", 116.41, 39.9, "upstream", "寒武纪、联想、浪潮信息")])
    markers = panel.map_view.china.cluster_items
    assert len(markers) == 1 and markers[0].firms == 3 and markers[0].isVisible()
    text = hover(qtbot, panel.map_view, (116.41, 39.9))
    assert "Industry-chain cluster: 北京 (Beijing)" in text and "3 firms" in text
    panel.clusters_check.setChecked(False)
    assert not markers[0].isVisible()


def test_the_panel_opens_on_the_metric_covering_the_most_provinces(qtbot, session):
    wide = [e.ProvinceValue("wide", code, float(n + 1), "reported", "s1")
            for n, code in enumerate(("110000", "310000", "440000", "330000", "320000"))]
    session.workspace.replace_table("metrics", [*session.workspace.metrics,
                                                e.Metric("wide", "覆盖广", "Wide", "firms", "2025", None, "s1")])
    session.workspace.replace_table("province_values", [*session.workspace.province_values, *wide])
    panel = HeatMapPanel(session)
    qtbot.addWidget(panel)
    assert panel.metric_id == "wide" and panel.metric_combo.currentData() == "wide"
    assert panel.table.metric.metric_id == "wide"


def test_legend_rows_name_the_values_they_hold_and_colours_differ(qtbot, panel, session):
    choose(panel.metric_combo, VENDOR_HQ)  # v0 Beijing, v1 Zhejiang, v2 Guangdong
    session.push(update(session.workspace, "vendors", ("v1",), hq_province="110000"))  # now Beijing 2, Guangdong 1
    rows = panel.legend.entries()
    assert [text for _, text, _ in rows] == ["0", "1", "2"]  # not "0 – 0", "0 – 1", "1 – 2"
    assert [count for _, _, count in rows] == [32, 1, 1]
    assert len({color for color, _, _ in rows}) == 3
    assert panel.legend.note.text().startswith("3 classes shown, not 5") and panel.legend.note.isVisibleTo(panel)
    assert fill_of(panel, "110000") != fill_of(panel, "440000") != fill_of(panel, "650000")


def test_region_model_passes_the_model_tester(qtmodeltester, panel):
    qtmodeltester.check(panel.model)


def test_screenshot_draws_the_map(qtbot, panel, tmp_path):
    image = panel.map_view.grab().toImage()
    assert image.width() > 300
    north_guangdong = panel.map_view.view_point_of(112.6, 24.6).toPoint()  # away from its name
    assert QColor(image.pixel(north_guangdong)).name() == RAMPS["YlGnBu"][3][0]  # 3 values: 3 classes
    assert panel.map_view.china.labels["110000"].text == "北京"
    assert panel.grab().save(str(tmp_path / "heat_map.png"))


def test_export_fields_carry_the_shown_metric_and_classes_the_renderer_draws(qtbot, panel, tmp_path):
    from workbench.storage.pictures import make_picture
    from workbench.ui.deliverables.map_picture import register_pictures

    choose(panel.metric_combo, VENDOR_HQ)
    choose(panel.method_combo, "equal_interval")
    fields = panel.export_fields()
    assert fields == {"regions_metric": VENDOR_HQ, "regions_classing": panel.classing}
    assert fields["regions_classing"].method == "equal_interval"
    register_pictures()  # the picture comes from the renderer registered with storage, not from the panel
    png = make_picture("map", panel.session.workspace, metric_id=fields["regions_metric"],
                       classing=fields["regions_classing"])
    image = QImage.fromData(png)
    assert png.startswith(b"\x89PNG") and image.width() > 800 and image.height() > 500


def label_rects(view) -> dict:
    """Each label's text box in viewport pixels (labels keep their pixel size at every zoom)."""
    china = view.china
    labels = {**china.labels, "inset": china.inset_label}
    return {code: label.text_rect.translated(view.mapFromScene(label.scenePos()).toPointF())
            for code, label in labels.items()}


@pytest.mark.parametrize("size", [(1200, 800), (800, 600)])  # the map about 830 and 550 pixels wide
def test_every_unit_and_the_south_china_sea_inset_is_labelled_and_no_two_names_overlap(qtbot, panel, size):
    panel.resize(*size)
    qtbot.waitUntil(lambda: panel.map_view.width() < size[0])
    panel.map_view.fit()
    china = panel.map_view.china
    assert set(china.labels) == {p.code for p in PROVINCES}
    assert china.labels["820000"].text == "澳门" and china.labels["810000"].text == "香港"
    assert china.inset_label.text == "南海诸岛"
    rects = label_rects(panel.map_view)
    overlapping = [(a, b) for a, b in itertools.combinations(rects, 2) if rects[a].intersects(rects[b])]
    assert overlapping == []
    inset = panel.map_view.mapFromScene(china.inset_frame.mapToScene(china.inset_frame.rect())).boundingRect()
    assert inset.contains(rects["inset"].toRect())
    # the small units' names sit beside them, on a leader line back to the unit
    assert all(china.labels[code].offset is not None for code in ("810000", "820000", "310000"))


def test_a_cluster_marker_leaves_the_province_fill_visible(qtbot, panel, session):
    north_guangdong = (112.6, 24.6)  # inside Guangdong, away from its name
    session.workspace.replace_table("clusters", [
        e.Cluster("gz", "韶关", "Shaoguan", "440000", *north_guangdong, "upstream", "甲、乙、丙、丁、戊、己、庚、辛、壬")])
    [marker] = panel.map_view.china.cluster_items
    assert marker.isVisible() and marker.radius > 10
    image = panel.map_view.grab().toImage()
    centre = panel.map_view.view_point_of(*north_guangdong).toPoint()
    assert QColor(image.pixel(centre)).name() == fill_of(panel, "440000")
    ring = centre + QPoint(round(marker.radius), 0)
    assert QColor(image.pixel(ring)).name() != fill_of(panel, "440000"), "the ring itself is drawn"
