"""Switching the language at run time retranslates every panel: no English sentence is left in the Chinese UI
(names and data aside), the revenue checks and the conflicting-sources box included."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QGroupBox, QLabel, QListWidget,
                               QTabWidget)

from workbench.storage.opening import BUNDLED_DATASET, open_workspace
from workbench.ui.i18n import apply_language
from workbench.ui.panels.registry import PANELS
from workbench.ui.session import Session

ENGLISH_PHRASE = re.compile(r"[A-Za-z]{3,}(?:[ ,:;'-]+[A-Za-z]{2,}){2,}")  # three English words in a row
CJK = re.compile(r"[\u3400-\u9fff]")


def _from_plot_library(widget) -> bool:
    """pyqtgraph's own context menus and controls: not the app's text."""
    while widget is not None:
        if type(widget).__module__.startswith("pyqtgraph"):
            return True
        widget = widget.parentWidget()
    return False


def shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every caption the panels show: labels, buttons, group titles, tabs, headers, list lines."""
    found = []
    for widget in QApplication.allWidgets():
        if widget.window() is not window or _from_plot_library(widget):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((where, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        if isinstance(widget, QTabWidget):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [(where, widget.item(i).text()) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(widget.rootIndex())
            except TypeError:  # a list model hides columnCount: one column
                columns = 1
            found += [(where + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(columns)]
    return found


def english_left(window) -> list[tuple[str, str]]:
    # A line naming a vendor or market in Chinese next to English data (a market's scope) is data, not UI.
    return [(where, text) for where, text in shown_texts(window) if ENGLISH_PHRASE.search(text) and not CJK.search(text)]


@pytest.fixture
def window(qtbot, make_window):
    window = make_window(Session(open_workspace(BUNDLED_DATASET).workspace))
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    for entry in PANELS:
        window.panel(entry.NAME)
    return window


def test_every_panel_speaks_chinese_after_a_switch_and_english_after_switching_back(qtbot, window):
    revenue = window.panel("revenue")
    english_checks = revenue.checks.texts()
    assert any("Every estimate runs low ≤ base ≤ high" in line for line in english_checks)
    assert english_left(window)  # the probe sees English text when the UI is English

    apply_language("zh_CN")
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    qtbot.waitUntil(lambda: not english_left(window), timeout=3000)
    assert revenue.checks.texts() != english_checks
    assert revenue.conflicts_box.title() != "Observations side by side"
    assert revenue.checks_box.title() != "Checks"

    apply_language("en")
    qtbot.waitUntil(lambda: revenue.checks.texts() == english_checks)
    assert revenue.conflicts_box.title() == "Observations side by side"
