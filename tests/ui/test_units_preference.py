"""One Units preference decides how amounts are shown: the revenue and key figures panels and the workbook export
follow it; "Follow the language" (the default) gives 亿元 in the Chinese UI and bn CNY in English. Paper size is
kept beside it."""

from __future__ import annotations

import pytest

from workbench.storage.opening import BUNDLED_DATASET, open_workspace
from workbench.ui.export_dialog import ExportDialog
from workbench.ui.i18n import amount_units, apply_language
from workbench.ui.panels.key_figures import KeyFiguresPanel
from workbench.ui.panels.revenue import RevenuePanel
from workbench.ui.session import Session


@pytest.fixture
def bundled_session(qapp):
    return Session(open_workspace(BUNDLED_DATASET).workspace)


def set_preferences(qtbot, window, monkeypatch, **choices):
    """Open Preferences from the menu and pick ``choices`` (combo name -> data), then OK."""
    def answer(dialog):
        for name, data in choices.items():
            combo = getattr(dialog, f"{name}_combo")
            combo.setCurrentIndex(combo.findData(data))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(window, "ask_preferences", answer)
    window.preferences_action.trigger()


def amount_of(panel: KeyFiguresPanel, label: str) -> tuple[str, str]:
    for top in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(top)
        for child in range(group.childCount()):
            item = group.child(child)
            if item.text(0) == label:
                return item.text(2), item.text(3)
    raise AssertionError(f"no figure {label!r}")


def test_settings_default_to_following_the_language_and_a4(settings):
    assert settings.units() == "" and settings.paper_size() == "A4"
    settings.set_units("en")
    settings.set_paper_size("Letter")
    assert settings.units() == "en" and settings.paper_size() == "Letter"
    with pytest.raises(ValueError, match="paper size"):
        settings.set_paper_size("A3")
    settings._store.setValue("export/paper_size", "Folio")  # a hand-edited file
    settings._store.setValue("ui/units", "furlongs")
    assert settings.paper_size() == "A4" and settings.units() == ""


def test_units_follow_the_language_by_default(qtbot, bundled_session):
    panel = RevenuePanel(bundled_session)
    qtbot.addWidget(panel)
    assert amount_units() == "en" and "4.51 bn CNY" in panel.market_box.values["multimodal"].text()
    apply_language("zh_CN")
    assert amount_units() == "zh"
    qtbot.waitUntil(lambda: panel.market_box.values["multimodal"].text().startswith("45.1亿元"))


def test_the_units_preference_decides_in_every_panel_and_the_export(qtbot, make_window, bundled_session, settings,
                                                                     monkeypatch):
    window = make_window(bundled_session)
    revenue, figures = window.panel("revenue"), window.panel("key_figures")
    set_preferences(qtbot, window, monkeypatch, language="zh_CN", units="en", paper="Letter")
    assert settings.units() == "en" and settings.paper_size() == "Letter"
    qtbot.waitUntil(lambda: window.edit_menu.title() == "编辑(&E)")
    # The UI speaks Chinese, the amounts stay in bn CNY: one setting decides.
    assert "4.51 bn CNY" in revenue.market_box.values["multimodal"].text()
    assert amount_of(figures, "中国人工智能产业规模") == ("269.7", "bn CNY")
    dialog = ExportDialog(bundled_session.workspace, settings)
    qtbot.addWidget(dialog)
    assert dialog.options().language == "en"

    set_preferences(qtbot, window, monkeypatch, language="en", units="zh")
    qtbot.waitUntil(lambda: window.edit_menu.title() == "&Edit")
    assert revenue.market_box.values["multimodal"].text().startswith("45.1亿元")
    assert amount_of(figures, "China AI industry") == ("2,697", "亿元")
    assert ExportDialog(bundled_session.workspace, settings).options().language == "zh"
