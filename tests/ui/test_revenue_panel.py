"""The revenue panel driven like an analyst would: revenue mix apart from market shares, edits, sources, undo."""

from itertools import permutations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.editing import type_into_editor
from workbench.storage.dataset import load_dataset
from workbench.storage.opening import BUNDLED_DATASET
from workbench.ui.panels.revenue import RevenuePanel
from workbench.ui.i18n import apply_language
from workbench.ui.panels.revenue.mix_dialog import NEW_SOURCE, MixEditDialog
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
    widget.confirmed = []

    def confirm(record, changes):  # the analyst confirms the source and adds a note
        widget.confirmed.append((record.vendor_id, dict(changes)))
        return record.source_id, "checked against seed 002", ()

    widget.model.confirm = confirm

    def confirm_share(record, changes):
        widget.confirmed.append((record.vendor_id, dict(changes)))
        return record.source_id, "share checked", ()

    widget.shares_table.confirm = confirm_share
    return widget


def view_index(panel, vendor_id, field):
    row = panel.model.row_of((vendor_id,))
    return panel.proxy.mapFromSource(panel.model.index(row, panel.model.column_of(field)))


def type_into(qtbot, panel, vendor_id, field, text):
    type_into_editor(qtbot, panel.view, view_index(panel, vendor_id, field), text)


def choose_market(panel, market_id):
    panel.tabs.setCurrentIndex(1)
    panel.market_picker.setCurrentIndex(panel.market_picker.findData(market_id))


def test_the_model_is_a_sound_qt_model(qtmodeltester, panel):
    qtmodeltester.check(panel.model)


def test_the_mix_table_shows_the_seed_ranges_with_the_vendor_always_in_view(panel):
    model = panel.model
    row = model.row_of(("tencent",))
    text = lambda field: model.index(row, model.column_of(field)).data()  # noqa: E731
    assert (text("share_low"), text("share_base"), text("share_high")) == ("5%", "—", "7%")  # no midpoint made up
    assert text("category") == "Cloud giant (upper bound)"
    # The vendor is the row header: it stays in view however far the table scrolls sideways.
    assert panel.proxy.headerData(panel.proxy.mapFromSource(model.index(row, 0)).row(), Qt.Orientation.Vertical) == "腾讯"
    assert panel.view.verticalHeader().isVisible()
    assert "商汤科技" in panel.no_estimate_label.text()  # no default is given to vendors without an estimate


def test_the_mix_chart_groups_by_category_and_marks_upper_bounds(panel):
    rows = {label: (low, high, base) for label, low, high, base in panel.mix_chart.rows}
    assert rows["阿里巴巴 ≤"] == pytest.approx((15, 15, 15))
    assert rows["腾讯 ≤"][:2] == pytest.approx((5, 7)) and rows["腾讯 ≤"][2] is None
    assert rows["月之暗面"][1] == 100
    assert all(0 <= low <= high <= 100 for low, high, _base in rows.values())


@pytest.mark.parametrize("order", list(permutations(("share_low", "share_base", "share_high"))))
def test_low_base_and_high_can_be_typed_in_any_order(qtbot, panel, bundled_session, order):
    wanted = {"share_low": "10%", "share_base": "11%", "share_high": "12%"}
    for field in order:
        type_into(qtbot, panel, "tencent", field, wanted[field])
    record = bundled_session.workspace.revenue_mix.get(("tencent",))
    assert (record.share_low, record.share_base, record.share_high) == pytest.approx((0.10, 0.11, 0.12))
    assert record.note == "checked against seed 002"  # the note given with the change
    assert panel.model.pending(panel.model.row_of(("tencent",))) == {}
    assert panel.message_bar.text() == ""  # a stale error is gone once the row is valid
    while bundled_session.undo_stack.canUndo():
        bundled_session.undo_stack.undo()
    record = bundled_session.workspace.revenue_mix.get(("tencent",))
    assert (record.share_low, record.share_base, record.share_high) == (0.05, None, 0.07)


def test_an_invalid_row_is_held_with_its_reason_until_it_is_valid(qtbot, panel, bundled_session):
    before = bundled_session.workspace.snapshot()
    type_into(qtbot, panel, "tencent", "share_low", "9%")  # above the high of 7%: held, not refused
    row = panel.model.row_of(("tencent",))
    assert "low ≤ base ≤ high" in panel.message_bar.text()
    assert panel.model.index(row, panel.model.column_of("share_low")).data() == "9%"
    assert bundled_session.workspace.snapshot() == before
    type_into(qtbot, panel, "tencent", "share_high", "9.5%")
    assert panel.message_bar.text() == ""
    assert bundled_session.workspace.revenue_mix.get(("tencent",)).share_low == pytest.approx(0.09)
    assert bundled_session.undo_stack.count() == 1  # both cells in one step
    assert panel.confirmed == [("tencent", {"share_low": pytest.approx(0.09), "share_high": pytest.approx(0.095)})]


@pytest.mark.parametrize("text, words", [("150%", "between 0% and 100%"), ("5-7%", "is a range")])
def test_an_unreadable_share_says_why_and_changes_nothing(qtbot, panel, bundled_session, text, words):
    before = bundled_session.workspace.snapshot()
    type_into(qtbot, panel, "tencent", "share_base", text)
    assert words in panel.message_bar.text()
    assert bundled_session.workspace.snapshot() == before


def test_the_edit_dialog_checks_the_triple_and_can_add_a_source_in_the_same_step(qtbot, panel, bundled_session):
    ws = bundled_session.workspace
    record = ws.revenue_mix.get(("baidu",))
    dialog = MixEditDialog(record, list(ws.sources), "百度")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.share_edits["share_high"].setText("10%")  # below the base of 12%
    assert "low ≤ base ≤ high" in dialog.error_label.text() and not ok.isEnabled()
    dialog.share_edits["share_base"].setText("9%")
    assert dialog.error_label.text() == "" and ok.isEnabled()  # the stale message is gone
    dialog.source_box.setCurrentIndex(dialog.source_box.findData(NEW_SOURCE))
    assert not ok.isEnabled() and "publisher" in dialog.error_label.text()
    dialog.new_fields["publisher"].setText("Baidu IR")
    dialog.new_fields["title"].setText("2024 results")
    dialog.new_fields["published"].setText("2025-02-18")
    dialog.note_edit.setText("AI Cloud share")
    assert ok.isEnabled()
    sources_before = len(ws.sources)
    panel.model.confirm_once(dialog.answer())
    panel.model.commit(("baidu",), dialog.changes())
    baidu = ws.revenue_mix.get(("baidu",))
    assert (baidu.share_base, baidu.share_high, baidu.note) == (0.09, 0.10, "AI Cloud share")
    assert ws.sources.get((baidu.source_id,)).publisher == "Baidu IR" and len(ws.sources) == sources_before + 1
    bundled_session.undo_stack.undo()  # source and figure go back together
    assert len(ws.sources) == sources_before and ws.revenue_mix.get(("baidu",)).share_base == 0.12


def test_a_named_market_shows_its_remainder_and_hhi_range(panel):
    choose_market(panel, "idc_llm_platform_2023")
    shown = dict(panel.shares_table.shares_shown())
    assert shown == {"百度": "19.9%", "商汤科技": "16%", "智谱": "no figure", "百川智能": "no figure",
                     "Others / not attributed": "64.1%"}
    assert panel.share_bars.rows[-1][1] == pytest.approx(64.1)
    assert all(0 <= share <= 100 for _name, share in panel.share_bars.rows)
    assert panel.concentration_box.hhi_text().startswith("652 – 4,761")
    assert panel.concentration_box.values["cr3"].text() == "35.9%"
    assert "1.765 bn CNY" in panel.market_info.text() and "IDC" in panel.market_info.text()
    choose_market(panel, "multimodal_llm_2024")
    assert panel.shares_table.shares_shown() == [] and panel.share_bars.rows == []


def test_a_share_that_would_overfill_its_market_is_refused_in_the_table(panel, bundled_session):
    choose_market(panel, "idc_llm_platform_2023")
    before = bundled_session.workspace.snapshot()
    table = panel.shares_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "商汤科技")
    table.item(row, 1).setText("85%")
    message = panel.message_bar.text()
    assert "would total 104.9%" in message and "百度 19.9%" in message and "商汤科技 85.0%" in message
    assert bundled_session.workspace.snapshot() == before
    assert table.item(row, 1).text() == "16%"  # the refused value does not stay on screen
    assert panel.confirmed == []  # a refused share asks for no source
    table.item(row, 1).setText("20%")
    changed = bundled_session.workspace.market_shares.get(("idc_llm_platform_2023", "sensetime"))
    assert (changed.share, changed.note) == (0.2, "share checked")
    assert panel.confirmed == [("sensetime", {"share": 0.2})]
    assert dict(panel.shares_table.shares_shown())["Others / not attributed"] == "60.1%"


def test_picking_the_other_observation_is_one_undo_step(qtbot, panel, bundled_session):
    tree = panel.conflicts_box.tree
    baidu = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if "百度" in tree.topLevelItem(i).text(0))
    values = {baidu.child(i).text(1): baidu.child(i).text(2) for i in range(baidu.childCount())}
    assert values == {"12%": "✓", "14.5%": ""}  # both, side by side, the one in use marked
    results = next(baidu.child(i) for i in range(2) if baidu.child(i).text(1) == "14.5%")
    observation_id = results.data(0, OBSERVATION_ROLE)
    tree.setCurrentItem(results)
    qtbot.mouseClick(panel.conflicts_box.use_button, Qt.MouseButton.LeftButton)
    ws = bundled_session.workspace
    assert ws.revenue_mix.get(("baidu",)).share_base == 0.145
    assert ws.revenue_observations.get((observation_id,)).in_use
    assert bundled_session.undo_stack.count() == 1
    bundled_session.undo_stack.undo()
    assert ws.revenue_mix.get(("baidu",)).share_base == 0.12


def test_the_checks_are_visible(panel):
    texts = "\n".join(panel.checks.texts())
    assert "✓  Every estimate runs low ≤ base ≤ high" in texts
    assert "✓  Every named market's shares add up to at most 100%" in texts
    assert "华为: sources disagree on cloud segment revenue: 68.8 bn CNY (seed002) in use; also 38.5 bn CNY" in texts


def test_amounts_follow_the_language_yi_yuan_in_chinese(qtbot, panel):
    values = panel.market_box.values
    assert "4.51 bn CNY" in values["multimodal"].text() and "96.9 bn CNY" in values["forecast"].text()
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: values["multimodal"].text().startswith("45.1亿元  (= 205亿元 × 22%)"))
    assert values["forecast"].text() == "969亿元" and "66.7%" in values["cagr"].text()
    assert "132.3亿元" in values["llm"].text()


def test_selecting_a_market_size_figure_shows_its_source(panel, bundled_session):
    panel.tabs.setCurrentIndex(2)
    table = panel.size_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 2).text() == "22%")
    table.setCurrentCell(row, 0)
    assert bundled_session.selection == ("market_points", ("multimodal_market", 2024))
    assert bundled_session.selected_record().source_id == "seed000"


def test_editing_the_multimodal_share_moves_the_market(qtbot, panel, bundled_session):
    spin = panel.market_box.share_spin
    spin.setValue(44.0)
    assert bundled_session.workspace.setting("multimodal_share") == "0.44"
    assert "9.02 bn CNY" in panel.market_box.values["multimodal"].text()
    bundled_session.undo_stack.undo()
    assert bundled_session.workspace.setting("multimodal_share") == "0.22"
    assert spin.value() == pytest.approx(22.0)


def test_the_province_filter_narrows_the_mix(panel, bundled_session):
    province = bundled_session.workspace.vendors.get(("baidu",)).hq_province
    bundled_session.set_vendor_filter(province)
    shown = {panel.model.key_at(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())[0]
             for r in range(panel.proxy.rowCount())}
    vendors = bundled_session.workspace.vendors
    assert "baidu" in shown and all(vendors.get((v,)).hq_province == province for v in shown)
    assert all(vendors.get((row.vendor_id,)).hq_province == province for row in panel.figures.mix)
    bundled_session.set_vendor_filter(None)
    assert panel.proxy.rowCount() == len(bundled_session.workspace.revenue_mix)


def test_the_source_dialog_of_a_market_share_offers_a_new_source(qtbot, bundled_session):
    from workbench.ui.panels.revenue.mix_dialog import SourceNoteDialog

    ws = bundled_session.workspace
    dialog = SourceNoteDialog("商汤科技 · idc", "idc_2024", "", list(ws.sources))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.source_box.currentData() == "idc_2024" and ok.isEnabled()
    assert dialog.answer() == ("idc_2024", "", ())
    dialog.source_box.setCurrentIndex(dialog.source_box.findData(NEW_SOURCE))
    assert not ok.isEnabled()
    for name, text in (("publisher", "IDC"), ("title", "China LLM platform market share 2023"),
                       ("published", "2024-08-21")):
        dialog.new_fields[name].setText(text)
    dialog.note_edit.setText(" re-checked ")
    source_id, note, commands = dialog.answer()
    assert ok.isEnabled() and note == "re-checked" and source_id == "idc_2024_08_21"
    assert commands[0].record.title == "China LLM platform market share 2023"


def test_a_figure_without_a_known_source_is_not_given_one_silently(qtbot, bundled_session):
    from dataclasses import replace

    ws = bundled_session.workspace
    record = replace(ws.revenue_mix.get(("baidu",)), source_id="")  # as a migrated old project may hold
    dialog = MixEditDialog(record, list(ws.sources), "百度")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.source_box.currentData() == "" and not ok.isEnabled()
    assert "Choose the source" in dialog.error_label.text()
    dialog.source_box.setCurrentIndex(dialog.source_box.findData("seed002"))
    assert ok.isEnabled() and dialog.answer()[0] == "seed002"
