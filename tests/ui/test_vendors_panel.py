import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.ui.editing import type_into_editor
from workbench.domain import update
from workbench.ui.panels.vendors import VendorsPanel


@pytest.fixture
def panel(qtbot, session):
    panel = VendorsPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def view_index(panel, row, field):
    return panel.proxy.index(row, panel.model.column_of(field))


def type_into_cell(qtbot, panel, row, field, text):
    type_into_editor(qtbot, panel.view, view_index(panel, row, field), text)


def vendor(session, vendor_id):
    return session.workspace.vendors.get((vendor_id,))


def test_editing_a_cell_changes_the_workspace_and_undo_redo_follow(qtbot, panel, session):
    type_into_cell(qtbot, panel, 0, "name_en", "Baidu Inc.")
    assert vendor(session, "v0").name_en == "Baidu Inc."
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    assert vendor(session, "v0").name_en == "Baidu"
    assert view_index(panel, 0, "name_en").data() == "Baidu"
    session.undo_stack.redo()
    assert view_index(panel, 0, "name_en").data() == "Baidu Inc."


def test_an_empty_chinese_name_is_refused_with_a_message(qtbot, panel, session):
    before = session.workspace.snapshot()
    type_into_cell(qtbot, panel, 1, "name_zh", "")
    qtbot.waitUntil(lambda: "Chinese name" in panel.message_bar.text())
    assert "must not be empty" in panel.message_bar.text()
    assert session.workspace.snapshot() == before
    assert session.undo_stack.count() == 0
    assert view_index(panel, 1, "name_zh").data() == "阿里巴巴"


def test_province_text_is_resolved_or_refused_with_a_suggestion(qtbot, panel, session):
    # Text reaches the province column from paste or import, not from its combo box.
    cell = panel.model.index(0, panel.model.column_of("hq_province"))
    assert panel.model.setData(cell, "Zhejiang")
    assert vendor(session, "v0").hq_province == "330000"
    assert not panel.model.setData(cell, "Shangai")
    qtbot.waitUntil(lambda: "上海市" in panel.message_bar.text())
    assert vendor(session, "v0").hq_province == "330000"


def test_province_is_chosen_from_the_34_divisions(qtbot, panel, session):
    panel.view.edit(view_index(panel, 0, "hq_province"))
    combo = panel.view.viewport().findChild(QComboBox)
    assert combo.count() == 35  # "none" and the 34 divisions
    assert combo.currentData() == "110000"
    combo.setCurrentIndex(combo.findData("310000"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vendor(session, "v0").hq_province == "310000")
    assert view_index(panel, 0, "hq_province").data() == "上海市"


def test_filter_and_sort(qtbot, panel):
    qtbot.keyClicks(panel.filter_edit, "tencent")
    assert panel.proxy.rowCount() == 1
    assert view_index(panel, 0, "name_zh").data() == "腾讯"
    panel.filter_edit.clear()
    panel.view.sortByColumn(panel.model.column_of("name_en"), Qt.SortOrder.AscendingOrder)
    assert [view_index(panel, r, "name_en").data() for r in range(3)] == ["Alibaba", "Baidu", "Tencent"]


def test_selecting_a_row_selects_the_vendor_and_follows_other_panels(qtbot, panel, session):
    with qtbot.waitSignal(session.selectionChanged, check_params_cb=lambda s: s == ("vendors", ("v1",))):
        panel.view.selectRow(1)
    session.set_selection("vendors", ("v2",))
    assert panel.proxy.mapToSource(panel.view.currentIndex()).row() == 2


def test_the_table_follows_edits_made_elsewhere(panel, session):
    session.push(update(session.workspace, "vendors", ("v2",), hq_city="深圳"))
    assert view_index(panel, 2, "hq_city").data() == "深圳"


def test_a_listing_source_must_be_a_known_source(qtbot, session):
    panel = VendorsPanel(session)
    qtbot.addWidget(panel)
    cell = panel.model.index(0, panel.model.column_of("tickers_source_id"))
    assert not panel.model.setData(cell, "nowhere", Qt.ItemDataRole.EditRole)
    assert session.workspace.vendors.at(0).tickers_source_id == ""
    assert panel.model.setData(cell, "s1", Qt.ItemDataRole.EditRole)
    assert session.workspace.vendors.at(0).tickers_source_id == "s1"
