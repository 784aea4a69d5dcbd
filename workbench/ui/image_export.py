"""Pictures of what a panel shows: copied to the clipboard, or saved as PNG (2× the screen) or SVG (vectors).

`install_image_actions(host, target)` gives a widget "Copy image" and "Save image as…"
in its context menu and returns them, for the panel to put in its toolbar too. The
target is a widget, or a function giving the widgets to draw side by side (a map
with its legend), asked when the picture is taken so it follows the tab on show.
"""

from __future__ import annotations

import contextlib
import inspect
import math
import os
import re
import weakref
from pathlib import Path
from typing import Callable, Iterable, Iterator

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QPainter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (QFileDialog, QGraphicsItem, QGraphicsView, QMenu, QMessageBox, QToolButton, QWidget)

from workbench.storage.atomic import atomic_path

from .background import BackgroundCall

PNG_SCALE = 2  # twice the on-screen resolution: sharp on a slide or a high-density screen
PNG_QUALITY = 80  # zlib's fastest level: twice as quick as the default for a file about a fifth larger
MAX_PIXELS = 64_000_000  # 256 MB of image at most
GAP = 8  # pixels between widgets drawn side by side
BACKGROUND = QColor("#ffffff")
PNG_FILTER = "PNG (*.png)"
SVG_FILTER = "SVG (*.svg)"
OTHER_FORMATS = {".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".pdf", ".emf", ".eps"}

Target = QWidget | Callable[[], "QWidget | Iterable[QWidget]"]


translate = QCoreApplication.translate


def _weakly(function):
    if not inspect.ismethod(function):
        return function
    method = weakref.WeakMethod(function)
    return lambda: method()() if method() is not None else []


def _widgets_of(target: Target) -> list[QWidget]:
    found = target() if callable(target) and not isinstance(target, QWidget) else target
    widgets = [found] if isinstance(found, QWidget) else list(found)
    return [w for w in widgets if w is not None and w.width() > 0 and w.height() > 0]


def picture_size(widgets: list[QWidget]) -> QSize:
    """The widgets side by side, in on-screen pixels."""
    if not widgets:
        return QSize(1, 1)
    width = sum(w.width() for w in widgets) + GAP * (len(widgets) - 1)
    return QSize(width, max(w.height() for w in widgets))


@contextlib.contextmanager
def _export_mode(widgets: list[QWidget], painter: QPainter, vectors: bool) -> Iterator[None]:
    """Ask pyqtgraph's items to draw as for an export: every point as a path, not a cached pixmap."""
    items = []
    for widget in widgets:
        views = [widget] if isinstance(widget, QGraphicsView) else []
        views += widget.findChildren(QGraphicsView)
        for view in views:
            if view.scene() is not None:
                items += view.scene().items()
    exporting = [item for item in items if hasattr(item, "setExportMode")]
    options = {"antialias": True, "background": BACKGROUND, "painter": painter}
    for item in exporting:
        item.setExportMode(True, options)
    # A cached item would be drawn as its cached bitmap: an image inside the SVG. (Qt redraws the
    # cache at the image's pixel ratio, so a PNG stays sharp and keeps the speed of the cache.)
    cached = [(item, item.cacheMode()) for item in items
              if vectors and item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item in exporting:
            item.setExportMode(False)
        for item, mode in cached:
            item.setCacheMode(mode)


def paint_widgets(painter: QPainter, widgets: list[QWidget], vectors: bool = False) -> None:
    painter.fillRect(QRect(QPoint(0, 0), picture_size(widgets)), BACKGROUND)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    with _export_mode(widgets, painter, vectors):
        x = 0
        for widget in widgets:
            # QWidget.render, not QGraphicsView.render: the whole widget, frame and axes included.
            # Without the window's grey behind it, the picture sits well on a white page or slide.
            QWidget.render(widget, painter, QPoint(x, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
            x += widget.width() + GAP


def render_png(target: Target, scale: float = PNG_SCALE) -> QImage:
    """The target drawn into an image of `scale` times its on-screen size (less for a huge one)."""
    widgets = _widgets_of(target)
    size = picture_size(widgets)
    # A board of thousands of vendors is tall: past MAX_PIXELS the image is drawn at a lower ratio.
    scale = min(scale, math.sqrt(MAX_PIXELS / (size.width() * size.height())))
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_RGB32)  # opaque: a smaller, quicker PNG
    image.setDevicePixelRatio(scale)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    try:
        paint_widgets(painter, widgets)
    finally:
        painter.end()
    return image


def render_svg(target: Target, title: str = "") -> bytes:
    """The target drawn as SVG: lines, shapes and text as vectors."""
    widgets = _widgets_of(target)
    size = picture_size(widgets)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    # The screen's resolution: point sizes of text then come out as large as they were laid out.
    generator.setResolution(widgets[0].logicalDpiY() if widgets else 96)
    generator.setViewBox(QRect(QPoint(0, 0), size))
    generator.setTitle(title)
    generator.setDescription("Workbench")
    painter = QPainter(generator)
    try:
        paint_widgets(painter, widgets, vectors=True)
    finally:
        painter.end()
    return _sized_in_pixels(bytes(buffer.data()), size)


def _sized_in_pixels(svg: bytes, size: QSize) -> bytes:
    """Qt writes the size in millimetres at its own resolution; in pixels it opens at screen size everywhere."""
    return re.sub(rb'<svg width="[^"]*" height="[^"]*"', f'<svg width="{size.width()}" height="{size.height()}"'
                  .encode("ascii"), svg, count=1)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG", PNG_QUALITY):
        raise OSError(translate("ImageExport", "The image could not be encoded as PNG."))
    return bytes(data)


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    with atomic_path(path) as temp:
        temp.write_bytes(data)


def save_error_text(path: str, error: OSError) -> str:
    """A message the analyst can act on: which file, and why it could not be written."""
    folder = str(Path(path).parent)
    if isinstance(error, PermissionError):
        return translate("ImageExport", "The image could not be saved: the folder {0} cannot be written to. "
                   "Choose another folder.").format(folder)
    if isinstance(error, FileNotFoundError):
        return translate("ImageExport", "The image could not be saved: the folder {0} does not exist.").format(folder)
    reason = error.strerror or str(error)
    return translate("ImageExport", "The image could not be saved to {0}: {1}").format(path, reason)


class ImageActions(QObject):
    """The two actions of one picture, and what they do. `ask_save_path` and `show_error` can be replaced."""

    saved = Signal(str)  # the path, once the file is in place

    def __init__(self, host: QWidget, target: Target, name: str):
        super().__init__(host)
        # A panel's own methods are held weakly: a strong hold would tie the panel into a reference
        # cycle, and a panel collected as part of one is torn down while its signals still fire.
        self.host, self.target, self.name = host, _weakly(target), _weakly(name)
        self.copy_action = QAction(host)
        self.copy_action.triggered.connect(self.copy)
        self.save_action = QAction(host)
        self.save_action.triggered.connect(self.save_as)
        self.last_directory = ""
        self._writing: BackgroundCall | None = None
        host.installEventFilter(self)  # texts follow the language without the panel's help
        self.retranslate()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.copy_action.setText(translate("ImageExport", "Copy image"))
        self.copy_action.setToolTip(translate("ImageExport", "Copy this picture to the clipboard"))
        self.save_action.setText(translate("ImageExport", "Save image as…"))
        self.save_action.setToolTip(translate("ImageExport", "Save this picture as PNG (twice the screen resolution) or SVG (vectors)"))

    def actions(self) -> list[QAction]:
        return [self.copy_action, self.save_action]

    def copy(self) -> QImage:
        image = render_png(self.target)
        QGuiApplication.clipboard().setImage(image)
        return image

    def ask_save_path(self) -> tuple[str, str]:
        """(path, filter chosen); an empty path when the analyst cancelled."""
        name = self.name() if callable(self.name) else self.name
        start = str(Path(self.last_directory or Path.home()) / f"{name}.png")
        return QFileDialog.getSaveFileName(self.host, translate("ImageExport", "Save image as"), start, f"{PNG_FILTER};;{SVG_FILTER}")

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self.host, translate("ImageExport", "Save image as"), text)

    def save_as(self) -> str:
        """Ask where, then write; returns the path being written, or "" when cancelled or refused."""
        path, chosen = self.ask_save_path()
        if not path:
            return ""
        if Path(path).suffix.lower() in OTHER_FORMATS:
            self.show_error(translate("ImageExport", "Images are saved as PNG or SVG: name the file with .png or .svg."))
            return ""
        path = self._with_suffix(path, chosen)
        return path if self.save_to(path) else ""

    def save_to(self, path: str) -> bool:
        """Draw now (on the GUI thread, as Qt requires), then encode and write in the background.

        Returns False when the picture could not even be drawn; `saved` or `show_error` follow.
        """
        try:
            if path.lower().endswith(".svg"):
                svg = render_svg(self.target, Path(path).stem)
                work = lambda: write_atomically(path, svg)  # noqa: E731
            else:
                image = render_png(self.target)
                work = lambda: write_atomically(path, png_bytes(image))  # noqa: E731
        except OSError as error:
            self.show_error(save_error_text(path, error))
            return False
        self._writing = BackgroundCall(work, lambda future: self._written(path, future), self)
        return True

    def is_writing(self) -> bool:
        return self._writing is not None

    def _written(self, path: str, future) -> None:
        self._writing = None
        error = future.exception()
        if error is None:
            self.last_directory = str(Path(path).parent)
            self.saved.emit(path)
        elif isinstance(error, OSError):
            self.show_error(save_error_text(path, error))
        else:
            self.show_error(translate("ImageExport", "The image could not be saved to {0}: {1}").format(path, error))

    @staticmethod
    def _with_suffix(path: str, chosen_filter: str) -> str:
        """A name without .png or .svg gets the suffix of the chosen filter (PNG when none was chosen)."""
        if path.lower().endswith((".png", ".svg")):
            return path
        return path + (".svg" if chosen_filter == SVG_FILTER else ".png")


def install_image_actions(host: QWidget, target: Target | None = None, name: str = "image",
                          context_widgets: Iterable[QWidget] = ()) -> ImageActions:
    """Put Copy image and Save image as… in the context menu of host (and of context_widgets).

    A widget that builds its own context menu keeps it: call `add_to_menu` from there instead.
    """
    actions = ImageActions(host, host if target is None else target, name)
    for widget in (host, *context_widgets):
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in actions.actions():
            widget.addAction(action)
    return actions


def add_to_menu(menu: QMenu, actions: ImageActions) -> None:
    if not menu.isEmpty():
        menu.addSeparator()
    menu.addActions(actions.actions())


def toolbar_button(actions: ImageActions, parent: QWidget | None = None) -> QToolButton:
    """One button for a panel's toolbar row: click copies, its menu offers Save image as… too."""
    button = QToolButton(parent)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    button.setDefaultAction(actions.copy_action)
    menu = QMenu(button)
    menu.addActions(actions.actions())
    button.setMenu(menu)
    return button
