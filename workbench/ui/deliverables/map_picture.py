"""The choropleth map drawn with QPainter paths only (QtGui, no widgets, no scene).

Used by the PDF briefing (as vectors), and as PNG by the slide deck and the
workbook's Regions sheet, from the window or the command line alike. The
panel's interactive map (a QGraphicsScene) stays in panels/heat_map.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF

from workbench.domain.provinces import PROVINCES_BY_CODE
from workbench.domain.regions import Classing, choropleth, default_metric, region_table
from workbench.storage.geometry import ProvinceGeometry, load_province_geometry

X_SCALE = math.cos(math.radians(35))  # the panel's projection: equal-area-ish at China's middle latitude
INSET_SCALE = 0.45
OUTLINE = QColor("#5f6b73")
NO_DATA_FILL = QColor("#d9d9d9")
PNG_PIXELS_PER_DEGREE = 18


def _ring(ring) -> QPolygonF:
    return QPolygonF([QPointF(lon * X_SCALE, -lat) for lon, lat in ring])  # y down: north up


def _path(polygons) -> QPainterPath:
    path = QPainterPath()
    for polygon in polygons:
        for ring in polygon:
            path.addPolygon(_ring(ring))
            path.closeSubpath()
    return path


_PATHS: dict[int, tuple[ProvinceGeometry, dict[str, QPainterPath]]] = {}  # id -> (geometry kept alive, paths)


def _paths(geometry: ProvinceGeometry) -> dict[str, QPainterPath]:
    entry = _PATHS.get(id(geometry))
    if entry is None:
        entry = _PATHS[id(geometry)] = (geometry, {code: _path(shape.polygons)
                                                   for code, shape in geometry.provinces.items()})
    return entry[1]


def _extent(bbox) -> QRectF:
    west, south, east, north = bbox
    return QRectF(QPointF(west * X_SCALE, -north), QPointF(east * X_SCALE, -south))


def paint_map(painter: QPainter, target: QRectF, workspace, metric_id: str = "",
              classing: Classing | None = None) -> None:
    """The map of one metric fitted into target (aspect kept), with the South China Sea inset."""
    geometry = load_province_geometry()
    table = region_table(workspace, metric_id or default_metric(workspace))
    colors = choropleth(table.values(), classing or Classing())
    mainland = _extent(geometry.bbox)
    scale = min(target.width() / mainland.width(), target.height() / mainland.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(target.center().x() - mainland.center().x() * scale,
                      target.center().y() - mainland.center().y() * scale)
    painter.scale(scale, scale)
    paths = _paths(geometry)
    outline = QPen(OUTLINE, 0.6 / scale)
    _paint_provinces(painter, paths, colors, outline)
    # The inset: the South China Sea at a smaller scale in the lower right, framed.
    inset = _extent(geometry.bbox_inset)
    frame = QRectF(mainland.right() - inset.width() * INSET_SCALE, mainland.bottom() - inset.height() * INSET_SCALE,
                   inset.width() * INSET_SCALE, inset.height() * INSET_SCALE)
    painter.setPen(outline)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(frame)
    painter.save()
    painter.setClipRect(frame)
    painter.translate(frame.left() - inset.left() * INSET_SCALE, frame.top() - inset.top() * INSET_SCALE)
    painter.scale(INSET_SCALE, INSET_SCALE)
    _paint_provinces(painter, paths, colors, QPen(OUTLINE, 0.6 / scale / INSET_SCALE))
    sea = geometry.south_china_sea
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(OUTLINE, 0.8 / scale / INSET_SCALE, Qt.PenStyle.DashLine))
    for line in sea.lines:
        painter.drawPolyline(_ring(line))
    painter.restore()
    _paint_names(painter, geometry, scale, colors)
    painter.restore()


def _paint_provinces(painter: QPainter, paths, colors, pen: QPen) -> None:
    painter.setPen(pen)
    for code, path in paths.items():
        color = colors.color_of(code)
        painter.setBrush(QColor(color) if color else NO_DATA_FILL)
        painter.drawPath(path)
        if color is None:  # hatched, so "no data" never reads as the lightest class
            painter.setBrush(QBrush(QColor("#8c8c8c"), Qt.BrushStyle.BDiagPattern))
            painter.drawPath(path)


def _paint_names(painter: QPainter, geometry, scale: float, colors) -> None:
    font = QFont()
    font.setFamilies(["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", *font.families()])  # Chinese forms
    for code, shape in geometry.provinces.items():
        province = PROVINCES_BY_CODE.get(code)
        if province is None:
            continue
        x, y = shape.label[0] * X_SCALE, -shape.label[1]
        color = colors.color_of(code)
        dark = color is not None and _luminance(color) < 0.35
        painter.save()
        painter.translate(x, y)
        painter.scale(1 / scale, 1 / scale)  # names in device units: the same size at any map size
        size = max(6.0, min(9.0, scale * 0.9))
        font.setPointSizeF(size)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff") if dark else QColor("#1f2d3a"))
        painter.drawText(QRectF(-40, -size, 80, 2 * size), Qt.AlignmentFlag.AlignCenter, province.short_zh)
        painter.restore()


def _luminance(color: str) -> float:
    red, green, blue = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue


def map_aspect() -> float:
    """Width over height of the mainland map."""
    extent = _extent(load_province_geometry().bbox)
    return extent.width() / extent.height()


def render_map_png(workspace, metric_id: str = "", classing: Classing | None = None) -> bytes:
    """PNG bytes of the map; needs a QGuiApplication (offscreen is fine), no widgets."""
    extent = _extent(load_province_geometry().bbox)
    width, height = int(extent.width() * PNG_PIXELS_PER_DEGREE), int(extent.height() * PNG_PIXELS_PER_DEGREE)
    image = QImage(width + 20, height + 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_map(painter, QRectF(10, 10, width, height), workspace, metric_id, classing)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def register_pictures() -> None:
    """Offer the map to storage's exports (workbook, slides)."""
    from workbench.storage.pictures import register_picture

    register_picture("map", lambda workspace, metric_id="", classing=None: render_map_png(workspace, metric_id,
                                                                                          classing))


def ensure_gui_application():
    """A QGuiApplication for drawing (fonts need one); an existing QApplication serves too."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["workbench"])
