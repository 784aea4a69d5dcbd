"""The tile-grid map: every division one same-size square, placed roughly where it lies."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QToolTip

from workbench.domain.provinces import PROVINCES_BY_CODE

from .map_items import HATCH, NO_DATA_FILL, OUTLINE, SELECTED_OUTLINE

TILE = 60.0
GAP = 4.0


def text_color_on(fill: QColor) -> QColor:
    """Dark text on light fills, white on dark ones (perceived lightness)."""
    lightness = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
    return QColor("#1f2d3a") if lightness > 140 else QColor("#ffffff")


class Tile(QGraphicsItem):
    def __init__(self, code: str, row: int, col: int):
        super().__init__()
        self.code = code
        self.name = PROVINCES_BY_CODE[code].short_zh
        self.value_text = ""
        self._fill: QColor | None = None
        self._selected = False
        self.setPos(col * (TILE + GAP), row * (TILE + GAP))

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, TILE + 2, TILE + 2)

    def fill_color(self) -> QColor | None:
        return self._fill

    def set_state(self, color: str | None, value_text: str) -> None:
        fill = QColor(color) if color else None
        if fill != self._fill or value_text != self.value_text:
            self._fill, self.value_text = fill, value_text
            self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = QRectF(0, 0, TILE, TILE)
        fill = self._fill or NO_DATA_FILL
        painter.setPen(QPen(SELECTED_OUTLINE, 3) if self._selected else QPen(OUTLINE, 0.8))
        painter.setBrush(fill)
        painter.drawRect(rect)
        if self._fill is None:
            painter.fillRect(rect, HATCH)
        painter.setPen(text_color_on(fill))
        font = QFont(painter.font())
        font.setPointSizeF(10)
        painter.setFont(font)
        painter.drawText(rect.adjusted(0, 6, 0, -TILE / 2), Qt.AlignmentFlag.AlignCenter, self.name)
        font.setPointSizeF(8.5)
        painter.setFont(font)
        painter.drawText(rect.adjusted(0, TILE / 2, 0, -6), Qt.AlignmentFlag.AlignCenter, self.value_text)


class TileGridView(QGraphicsView):
    provinceHovered = Signal(object)
    provinceClicked = Signal(object)

    def __init__(self, tile_grid, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.setMouseTracking(True)
        self.tiles: dict[str, Tile] = {}
        for code, (row, col) in tile_grid.items():
            tile = Tile(code, row, col)
            self.scene().addItem(tile)
            self.tiles[code] = tile
        self.describe: Callable[[str], str] = lambda code: code
        self.hover_text = ""

    def set_states(self, color_of, value_text_of) -> None:
        for code, tile in self.tiles.items():
            tile.set_state(color_of(code), value_text_of(code))

    def set_selected(self, selected_code: str | None) -> None:
        for code, tile in self.tiles.items():
            tile.set_selected(code == selected_code)

    def view_point_of(self, code: str) -> QPointF:
        tile = self.tiles[code]
        return self.mapFromScene(tile.pos() + QPointF(TILE / 2, TILE / 2)).toPointF()

    def code_at(self, view_point) -> str | None:
        scene_point = self.mapToScene(view_point.toPoint() if isinstance(view_point, QPointF) else view_point)
        for code, tile in self.tiles.items():
            if QRectF(tile.pos(), tile.pos() + QPointF(TILE, TILE)).contains(scene_point):
                return code
        return None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.scene().itemsBoundingRect().adjusted(-8, -8, 8, 8), Qt.AspectRatioMode.KeepAspectRatio)

    def mouseMoveEvent(self, event) -> None:
        code = self.code_at(event.position())
        self.hover_text = self.describe(code) if code else ""
        self.provinceHovered.emit(code)
        if self.hover_text:
            QToolTip.showText(event.globalPosition().toPoint(), self.hover_text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.provinceClicked.emit(self.code_at(event.position()))
        super().mousePressEvent(event)
