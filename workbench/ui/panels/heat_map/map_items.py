"""The map as QGraphics items: provinces, the South China Sea inset, labels, cluster markers.

Independent of any view, so the panel (a pyqtgraph ViewBox) and the PNG export
(a plain QGraphicsScene) draw the same thing. Coordinates are projected once:
x = longitude * cos(35°), y = latitude, so a locked 1:1 aspect looks right and
y points up as in pyqtgraph.

Each province's QPainterPath is built once per geometry and cached; recolouring
only swaps brushes.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem

from workbench.domain.provinces import PROVINCES_BY_CODE
from workbench.storage.geometry import ProvinceGeometry

X_SCALE = math.cos(math.radians(35))  # equal-area-ish look at China's middle latitude
INSET_SCALE = 0.45  # the South China Sea inset, relative to the main map
OUTLINE = QColor("#5f6b73")
SELECTED_OUTLINE = QColor("#d7301f")
NO_DATA_FILL = QColor("#d9d9d9")
HATCH = QBrush(QColor("#8c8c8c"), Qt.BrushStyle.BDiagPattern)  # device-space pattern: same at every zoom
# Units too small (or too crowded) for a name inside: the name moves by this many pixels
# (x right, y down), joined to the unit by a leader line when it leaves the unit's point.
LABEL_OFFSETS = {
    "810000": (30.0, 16.0),  # Hong Kong: south-east, over the sea
    "820000": (-30.0, 9.0),  # Macau: west, clear of Hong Kong and Hainan
    "310000": (32.0, 4.0),  # Shanghai: east, over the sea
    "120000": (28.0, 2.0),  # Tianjin: east, clear of Beijing
    "320000": (8.0, -6.0),  # Jiangsu: a nudge north-east, clear of Anhui on a small map (no line)
}
SOUTH_CHINA_SEA_LABEL = "南海诸岛"  # the inset's customary caption on maps of China


def project(lon: float, lat: float) -> tuple[float, float]:
    return lon * X_SCALE, lat


def _ring_polygon(ring):
    from pyqtgraph.functions import create_qpolygonf, ndarray_from_qpolygonf  # fast numpy-backed polygons

    points = np.fromiter(itertools.chain.from_iterable(ring), dtype=float, count=2 * len(ring)).reshape(-1, 2)
    polygon = create_qpolygonf(len(points))
    memory = ndarray_from_qpolygonf(polygon)
    memory[:, 0] = points[:, 0] * X_SCALE
    memory[:, 1] = points[:, 1]
    return polygon


def polygons_path(polygons) -> QPainterPath:
    """One path for all pieces and holes; the odd-even fill punches the holes."""
    path = QPainterPath()
    for polygon in polygons:
        for ring in polygon:
            path.addPolygon(_ring_polygon(ring))
            path.closeSubpath()
    return path


# id(geometry) -> (geometry, province paths, sea paths); the geometry is kept so its id stays unique.
_PATH_CACHE: dict[int, tuple[ProvinceGeometry, dict[str, QPainterPath], tuple[QPainterPath, QPainterPath]]] = {}


def _cached_paths(geometry: ProvinceGeometry):
    entry = _PATH_CACHE.get(id(geometry))
    if entry is None:
        sea = geometry.south_china_sea
        lines = QPainterPath()
        for line in sea.lines:
            lines.addPolygon(_ring_polygon(line))
        provinces = {code: polygons_path(shape.polygons) for code, shape in geometry.provinces.items()}
        entry = _PATH_CACHE[id(geometry)] = (geometry, provinces, (polygons_path(sea.islands), lines))
    return entry


def province_paths(geometry: ProvinceGeometry) -> dict[str, QPainterPath]:
    """Built once per geometry: the map never rebuilds a path after this."""
    return _cached_paths(geometry)[1]


def sea_paths(geometry: ProvinceGeometry) -> tuple[QPainterPath, QPainterPath]:
    """(the islands, the maritime boundary line) of the South China Sea."""
    return _cached_paths(geometry)[2]


class ProvinceItem(QGraphicsItem):
    """A filled province outline; 'no data' is light grey with a hatch, so it never reads as zero."""

    def __init__(self, code: str, path: QPainterPath, parent=None):
        super().__init__(parent)
        self.code = code
        self._path = path
        self._bounds = path.boundingRect()
        self._fill = QBrush(NO_DATA_FILL)
        self._hatched = True
        self._selected = False
        self._pen = QPen(OUTLINE, 0.7)
        self._pen.setCosmetic(True)
        self._selected_pen = QPen(SELECTED_OUTLINE, 2.4)
        self._selected_pen.setCosmetic(True)
        # Each province keeps its pixels: after an edit only the recoloured one is painted again.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._path

    def hit(self, point: QPointF) -> bool:
        local = self.mapFromScene(point)
        return self._bounds.contains(local) and self._path.contains(local)

    def fill_color(self) -> QColor | None:
        return None if self._hatched else self._fill.color()

    def set_fill(self, color: str | None) -> None:
        hatched = color is None
        brush = QBrush(NO_DATA_FILL if hatched else QColor(color))
        if hatched != self._hatched or brush != self._fill:
            self._fill, self._hatched = brush, hatched
            self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.setZValue(1 if selected else 0)  # the red outline is not hidden by neighbours
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._selected_pen if self._selected else self._pen)
        if self._hatched:
            # One pass: the pattern's gaps take the opaque background colour.
            painter.setBackgroundMode(Qt.BGMode.OpaqueMode)
            painter.setBackground(NO_DATA_FILL)
            painter.setBrush(HATCH)
        else:
            painter.setBrush(self._fill)
        painter.drawPath(self._path)
        painter.setBackgroundMode(Qt.BGMode.TransparentMode)


class ChinaMap(QGraphicsItem):
    """Every item of the map under one parent; add it to any scene or ViewBox."""

    def __init__(self, geometry: ProvinceGeometry, font: QFont | None = None, parent=None):
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.geometry = geometry
        self._font = font or QFont()
        paths = province_paths(geometry)
        self.provinces: dict[str, ProvinceItem] = {}
        for code, path in paths.items():
            item = ProvinceItem(code, path)
            item.setParentItem(self)
            self.provinces[code] = item
        self.labels: dict[str, LabelItem] = {}
        for code, shape in geometry.provinces.items():
            self.labels[code] = self._label(PROVINCES_BY_CODE[code].short_zh, *project(*shape.label),
                                            offset=LABEL_OFFSETS.get(code))
        self.inset_frame, self.inset_items = self._build_inset(paths)
        inset = self.inset_frame.rect()  # y is latitude: top() is the inset's southern edge
        self.inset_label = self._label(SOUTH_CHINA_SEA_LABEL, inset.center().x(), inset.top() + 0.09 * inset.height(),
                                       size=8.0)
        self.cluster_items: list[QGraphicsItem] = []

    def boundingRect(self) -> QRectF:
        return self.map_rect()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        pass  # the children draw everything

    # ------------------------------------------------------------ building
    def _label(self, text: str, x: float, y: float, offset=None, size: float = 8.5) -> LabelItem:
        label = LabelItem(text, self._font, size, offset)
        label.setPos(x, y)
        label.setParentItem(self)
        return label

    def _build_inset(self, paths: dict[str, QPainterPath]):
        """The South China Sea at a smaller scale, framed in the map's lower right."""
        west, south, east, north = self.geometry.bbox_inset
        x0, y0 = project(west, south)
        x1, y1 = project(east, north)
        width, height = (x1 - x0) * INSET_SCALE, (y1 - y0) * INSET_SCALE
        map_east, map_south = project(self.geometry.bbox[2], self.geometry.bbox[1])
        rect = QRectF(map_east - width, map_south, width, height)
        # The clip has no pen: Qt would widen its shape by a cosmetic pen's width in map units.
        frame = QGraphicsRectItem(rect)
        frame.setPen(QPen(Qt.PenStyle.NoPen))
        frame.setBrush(QBrush(QColor("#ffffff")))
        frame.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        frame.setZValue(2)
        frame.setParentItem(self)
        border = QGraphicsRectItem(rect, self)
        border.setPen(_cosmetic_pen(OUTLINE, 1.0))
        border.setZValue(2.5)
        content = QGraphicsRectItem(frame)
        content.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        # Inset coordinates -> frame: scale about the inset's south-west corner.
        content.setPos(map_east - width - x0 * INSET_SCALE, map_south - y0 * INSET_SCALE)
        content.setScale(INSET_SCALE)
        items: dict[str, list[ProvinceItem]] = {}
        for code, shape in self.geometry.provinces.items():
            if _overlaps(shape.bbox, self.geometry.bbox_inset):
                items.setdefault(code, []).append(ProvinceItem(code, paths[code], content))
        islands, lines = sea_paths(self.geometry)
        items.setdefault(self.geometry.south_china_sea.division, []).append(
            ProvinceItem(self.geometry.south_china_sea.division, islands, content))
        line_item = QGraphicsPathItem(lines, content)
        line_item.setPen(_cosmetic_pen(QColor("#3b6e8f"), 1.2))
        return frame, items

    def show_clusters(self, clusters, visible: bool = True) -> None:
        """Proportional circles for industry-chain cluster cities (area ~ named firms)."""
        for item in self.cluster_items:
            item.setParentItem(None)
            if item.scene():
                item.scene().removeItem(item)
        self.cluster_items = []
        for cluster in clusters:
            firms = len([f for f in cluster.firms.replace(",", "、").split("、") if f.strip()])
            radius_px = 5 + 3.2 * math.sqrt(firms)
            marker = ClusterMarker(cluster, firms, radius_px)
            marker.setPos(*project(cluster.lon, cluster.lat))
            marker.setParentItem(self)
            self.cluster_items.append(marker)
        self.set_clusters_visible(visible)

    def set_clusters_visible(self, visible: bool) -> None:
        for item in self.cluster_items:
            item.setVisible(visible)

    # ------------------------------------------------------------ colouring and finding
    def set_colors(self, color_of) -> None:
        """color_of(code) -> "#rrggbb" or None for no data."""
        for code, item in self.provinces.items():
            color = color_of(code)
            item.set_fill(color)
            for inset_item in self.inset_items.get(code, ()):
                inset_item.set_fill(color)

    def set_selected(self, selected_code: str | None) -> None:
        for code, item in self.provinces.items():
            item.set_selected(code == selected_code)
            for inset_item in self.inset_items.get(code, ()):
                inset_item.set_selected(code == selected_code)

    def code_at(self, scene_point: QPointF) -> str | None:
        """The division under a scene point; the inset answers for its own area."""
        if self.inset_frame.contains(self.inset_frame.mapFromScene(scene_point)):
            hits = [item for items in self.inset_items.values() for item in items if item.hit(scene_point)]
            return hits[-1].code if hits else None  # the last drawn is the one on top (the islands)
        return next((code for code, item in self.provinces.items() if item.hit(scene_point)), None)

    def cluster_at(self, view_point: QPointF, to_view):
        """The marker under a view point; to_view maps a scene point to the view (markers have a pixel size)."""
        for marker in self.cluster_items:
            centre = to_view(marker.scenePos())
            if marker.isVisible() and math.hypot(centre.x() - view_point.x(), centre.y() - view_point.y()) <= marker.radius:
                return marker
        return None

    def map_rect(self) -> QRectF:
        """The extent worth showing: the mainland map and its inset."""
        west, south = project(self.geometry.bbox[0], self.geometry.bbox[1])
        east, north = project(self.geometry.bbox[2], self.geometry.bbox[3])
        return QRectF(west, south, east - west, north - south).normalized()


class LabelItem(QGraphicsItem):
    """A province name of constant pixel size, with a white halo for dark fills.

    Centred on its point, or moved by `offset` pixels with a leader line back to
    the point, for units too small to hold their name.
    """

    HALO_OFFSETS = ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1))

    def __init__(self, text: str, font: QFont, size: float = 8.5, offset: tuple[float, float] | None = None):
        super().__init__()
        self.text = text
        self.offset = QPointF(*offset) if offset else None
        self._font = QFont(font)
        self._font.setPointSizeF(size)
        metrics = QFontMetricsF(self._font)
        width, ascent, descent = metrics.horizontalAdvance(text), metrics.ascent(), metrics.descent()
        centre = self.offset or QPointF(0, 0)
        self._origin = centre + QPointF(-width / 2, (ascent - descent) / 2)  # baseline start that centres the text
        self.text_rect = QRectF(centre.x() - width / 2 - 2, centre.y() - (ascent + descent) / 2 - 2, width + 4,
                                ascent + descent + 4)
        self._leader_end = None
        if self.offset is not None and not self.text_rect.contains(QPointF(0, 0)):
            # The line stops at the text's box, on the side facing the unit (a nudge needs none).
            box = self.text_rect
            x = box.left() if self.offset.x() > 0 else box.right() if self.offset.x() < 0 else centre.x()
            y = min(max(0.0, box.top()), box.bottom())
            self._leader_end = QPointF(x, y)
        self._bounds = self.text_rect.united(QRectF(-3, -3, 6, 6))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._leader_end is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(255, 255, 255, 220), 3.0))  # a halo, so the line reads on dark fills
            painter.drawLine(QPointF(0, 0), self._leader_end)
            painter.setPen(QPen(QColor("#1f2d3a"), 1.0))
            painter.drawLine(QPointF(0, 0), self._leader_end)
            painter.setBrush(QColor("#1f2d3a"))
            painter.drawEllipse(QPointF(0, 0), 1.6, 1.6)
        painter.setFont(self._font)
        painter.setPen(QColor(255, 255, 255, 200))
        for dx, dy in self.HALO_OFFSETS:  # glyphs are cached: eight cheap draws beat stroking a path
            painter.drawText(self._origin + QPointF(dx, dy), self.text)
        painter.setPen(QColor("#1f2d3a"))
        painter.drawText(self._origin, self.text)


class ClusterMarker(QGraphicsItem):
    """A ring of constant pixel size at a cluster city.

    Hollow: a city's circle can be larger than its province (Beijing, Shanghai),
    and any fill would change the province's class colour under it.
    """

    def __init__(self, cluster, firms: int, radius_px: float):
        super().__init__()
        self.cluster = cluster
        self.firms = firms
        self.radius = radius_px
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(2.8)  # under the names

    def boundingRect(self) -> QRectF:
        r = self.radius + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3.4))  # a halo, so the ring reads on dark fills
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        painter.setPen(QPen(QColor("#a63603"), 1.6))
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)


def _cosmetic_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCosmetic(True)
    return pen


def _overlaps(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]
