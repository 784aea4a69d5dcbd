"""Pictures of every chart, the map and the boards: context menu and toolbar, PNG at 2×, SVG as vectors, clipboard."""

import os
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolButton

from tests.read_only import read_only_folder
from workbench.storage.dataset import load_dataset
from workbench.storage.opening import BUNDLED_DATASET
from workbench.ui import image_export
from workbench.ui.i18n import apply_language
from workbench.ui.image_export import PNG_FILTER, SVG_FILTER, picture_size, render_png, render_svg
from workbench.ui.panels.heat_map import HeatMapPanel
from workbench.ui.panels.key_figures import KeyFiguresPanel
from workbench.ui.panels.revenue.panel import RevenuePanel
from workbench.ui.panels.swot_pest.panel import SwotPestPanel
from workbench.ui.panels.tier_list import TierListPanel
from workbench.ui.session import Session

SVG_NS = "{http://www.w3.org/2000/svg}"
VECTOR_TAGS = {"path", "rect", "polyline", "polygon", "line", "circle", "ellipse"}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def bundled():
    return load_dataset(BUNDLED_DATASET).workspace


def _shown(qtbot, panel):
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _tier_list(qtbot, session, tab):
    panel = _shown(qtbot, TierListPanel(session))
    panel.tabs.setCurrentIndex(tab)
    return panel


def _revenue(qtbot, session, tab):
    panel = _shown(qtbot, RevenuePanel(session))
    panel.tabs.setCurrentIndex(tab)
    return panel


def _swot(qtbot, session, tab):
    panel = _shown(qtbot, SwotPestPanel(session))
    panel.tabs.setCurrentIndex(tab)
    return panel


def _heat_map(qtbot, session, view):
    panel = _shown(qtbot, HeatMapPanel(session))
    panel.view_combo.setCurrentIndex(view)
    return panel


# kind: (build the panel, the picture's own actions, the widget its context menu is asked on, the panel's toolbar
# actions or None when the picture has its own button)
KINDS = {
    "bubble_chart": (lambda q, s: _tier_list(q, s, 2), lambda p: p.chart.image_actions, lambda p: p.chart.plot,
                     lambda p: p.image_actions),
    "tier_board": (lambda q, s: _tier_list(q, s, 0), lambda p: p.board.image_actions, lambda p: p.board,
                   lambda p: p.image_actions),
    "revenue_mix": (lambda q, s: _revenue(q, s, 0), lambda p: p.mix_chart.image_actions,
                    lambda p: p.mix_chart.widget, lambda p: p.image_actions),
    "market_shares": (lambda q, s: _revenue(q, s, 1), lambda p: p.share_bars.image_actions,
                      lambda p: p.share_bars.widget, lambda p: p.image_actions),
    "market_size": (lambda q, s: _revenue(q, s, 2), lambda p: p.market_chart.image_actions,
                    lambda p: p.market_chart.widget, lambda p: p.image_actions),
    "price_chart": (lambda q, s: _shown(q, KeyFiguresPanel(s)), lambda p: p.image_actions,
                    lambda p: p.chart, lambda p: p.image_actions),
    "priority_chart": (lambda q, s: _swot(q, s, 0), lambda p: p.chart.image_actions, lambda p: p.chart.plot,
                       lambda p: p.chart.image_actions),
    "swot_board": (lambda q, s: _swot(q, s, 0), lambda p: p.board_image_actions["swot"], lambda p: p.frameworks["swot"],
                   lambda p: p.image_actions),
    "pest_board": (lambda q, s: _swot(q, s, 1), lambda p: p.board_image_actions["pest"], lambda p: p.frameworks["pest"],
                   lambda p: p.image_actions),
    "map": (lambda q, s: _heat_map(q, s, 0), lambda p: p.image_actions, lambda p: p.map_view,
            lambda p: p.image_actions),
    "tile_grid": (lambda q, s: _heat_map(q, s, 1), lambda p: p.image_actions, lambda p: p.tile_view,
                  lambda p: p.image_actions),
}


def build(kind, qtbot, bundled):
    make_panel, own_actions, context_widget, toolbar_actions = KINDS[kind]
    panel = make_panel(qtbot, Session(bundled))
    return panel, own_actions(panel), context_widget(panel), toolbar_actions(panel)


def context_menu_actions(widget):
    """What a right-click on the widget offers."""
    if hasattr(widget, "context_menu"):  # a widget that builds its own menu
        return widget.context_menu(QPoint(2, 2)).actions()
    assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    return widget.actions()


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    return data.copy()


def assert_not_blank(image: QImage) -> None:
    colours = np.unique(pixels(image))
    assert len(colours) > 20, f"only {len(colours)} colours: a blank picture"


def svg_to_image(svg: bytes) -> QImage:
    renderer = QSvgRenderer(svg)
    assert renderer.isValid()
    image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def toolbar_buttons_of(panel, actions):
    return [b for b in panel.findChildren(QToolButton) if b.defaultAction() is actions.copy_action]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_context_menu_and_toolbar_offer_copy_and_save(kind, qtbot, bundled):
    panel, actions, widget, toolbar_actions = build(kind, qtbot, bundled)
    offered = context_menu_actions(widget)
    assert actions.copy_action in offered and actions.save_action in offered
    assert [a.text() for a in actions.actions()] == ["Copy image", "Save image as…"]
    buttons = toolbar_buttons_of(panel, toolbar_actions)
    assert len(buttons) == 1 and buttons[0].isVisibleTo(panel)
    assert toolbar_actions.save_action in buttons[0].menu().actions()
    assert toolbar_actions.copy_action.isEnabled()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_png_is_twice_the_size_on_screen_and_shows_the_picture(kind, qtbot, bundled):
    panel, actions, _widget, toolbar_actions = build(kind, qtbot, bundled)
    for picture in (actions, toolbar_actions):
        widgets = image_export._widgets_of(picture.target)
        assert widgets and all(w.isVisible() for w in widgets)
        image = render_png(picture.target)
        assert image.size() == picture_size(widgets) * 2
        assert image.devicePixelRatio() == 2
        assert_not_blank(image)
    if len(widgets) == 1:
        assert image.size() == widgets[0].size() * 2


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_svg_is_vectors_and_chinese_text_renders_back(kind, qtbot, bundled):
    apply_language("zh_CN")
    panel, actions, _widget, _toolbar = build(kind, qtbot, bundled)
    qtbot.wait(10)
    svg = render_svg(actions.target, kind)
    root = ET.fromstring(svg)
    assert root.tag == SVG_NS + "svg"
    tags = [element.tag.removeprefix(SVG_NS) for element in root.iter()]
    assert sum(tag in VECTOR_TAGS for tag in tags) >= 5
    # Text stays text, Chinese characters included (the font is named, not embedded as bitmaps).
    texts = "".join("".join(t.itertext()) for t in root.iter(SVG_NS + "text"))
    assert CJK.search(texts), f"no Chinese text in the {kind} SVG"
    assert QFontMetrics(panel.font()).inFontUcs4(ord(CJK.search(texts).group()))  # no blank boxes instead of glyphs
    back = svg_to_image(svg)
    assert back.size() == picture_size(image_export._widgets_of(actions.target))
    assert_not_blank(back)


def test_copy_puts_the_picture_on_the_clipboard(qtbot, bundled):
    panel, actions, _widget, _toolbar = build("bubble_chart", qtbot, bundled)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    actions.copy_action.trigger()
    copied = clipboard.image()
    assert not copied.isNull()
    assert QSize(copied.width(), copied.height()) == panel.chart.size() * 2
    assert_not_blank(copied)


def test_the_tier_list_toolbar_pictures_the_tab_on_show(qtbot, bundled):
    panel, _actions, _widget, toolbar = build("tier_board", qtbot, bundled)
    assert image_export._widgets_of(toolbar.target) == [panel.board]
    panel.tabs.setCurrentIndex(1)  # the table: nothing to picture
    assert not toolbar.copy_action.isEnabled() and not toolbar.save_action.isEnabled()
    panel.tabs.setCurrentIndex(2)
    assert image_export._widgets_of(toolbar.target) == [panel.chart]
    assert toolbar.copy_action.isEnabled()


def test_the_map_picture_carries_its_legend(qtbot, bundled):
    panel, actions, _widget, _toolbar = build("map", qtbot, bundled)
    assert image_export._widgets_of(actions.target) == [panel.map_view, panel.legend]


def _saving(monkeypatch, actions, path, chosen=PNG_FILTER):
    errors = []
    monkeypatch.setattr(actions, "ask_save_path", lambda: (str(path), chosen))
    monkeypatch.setattr(actions, "show_error", errors.append)
    return errors


@pytest.mark.parametrize("suffix, chosen", [(".png", PNG_FILTER), (".svg", SVG_FILTER), ("", SVG_FILTER)])
def test_save_as_writes_the_chosen_format(suffix, chosen, qtbot, bundled, tmp_path, monkeypatch):
    panel, actions, _widget, _toolbar = build("map", qtbot, bundled)
    errors = _saving(monkeypatch, actions, tmp_path / f"map{suffix}", chosen)
    with qtbot.waitSignal(actions.saved, timeout=5000) as saved:
        actions.save_action.trigger()
    written = saved.args[0]
    assert errors == []
    assert written.endswith(".svg" if chosen == SVG_FILTER else ".png")
    assert sorted(os.listdir(tmp_path)) == [os.path.basename(written)]  # no temporary file left
    if written.endswith(".png"):
        image = QImage(written)
        assert image.size() == picture_size([panel.map_view, panel.legend]) * 2
        assert_not_blank(image)
    else:
        assert_not_blank(svg_to_image(open(written, "rb").read()))


def test_a_name_of_another_format_is_refused_with_a_message(qtbot, bundled, tmp_path, monkeypatch):
    _panel, actions, _widget, _toolbar = build("bubble_chart", qtbot, bundled)
    errors = _saving(monkeypatch, actions, tmp_path / "chart.jpg")
    assert actions.save_as() == ""
    assert errors and ".png" in errors[0] and ".svg" in errors[0]
    assert os.listdir(tmp_path) == []


def test_a_read_only_folder_gives_a_clear_message_and_no_file(qtbot, bundled, tmp_path, monkeypatch):
    _panel, actions, _widget, _toolbar = build("tier_board", qtbot, bundled)
    with read_only_folder(tmp_path / "read-only") as folder:
        errors = _saving(monkeypatch, actions, folder / "board.png")
        assert actions.save_as().endswith("board.png")  # drawn; the file is written in the background
        qtbot.waitUntil(lambda: not actions.is_writing(), timeout=5000)
    assert len(errors) == 1 and "cannot be written to" in errors[0] and str(folder) in errors[0]
    assert os.listdir(folder) == []
    assert_not_blank(render_png(actions.target))  # the window keeps working


def test_new_texts_are_translated(qtbot, bundled):
    panel, actions, _widget, _toolbar = build("price_chart", qtbot, bundled)
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: actions.copy_action.text() == "复制图片")
    assert actions.save_action.text() == "图片另存为…"
    button = toolbar_buttons_of(panel, actions)[0]
    assert button.text() == "复制图片"


def test_a_huge_picture_is_drawn_at_a_lower_ratio_within_the_pixel_limit(qtbot, bundled, monkeypatch):
    panel, actions, _widget, _toolbar = build("tier_board", qtbot, bundled)
    monkeypatch.setattr(image_export, "MAX_PIXELS", 1_000_000)
    image = render_png(actions.target)
    assert image.width() * image.height() <= 1_000_000
    assert image.width() < panel.board.width() * 2
    assert_not_blank(image)
