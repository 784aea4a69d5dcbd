"""The map drawn into a PNG without a window, for the Excel export's Regions sheet."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsScene

from workbench.domain.regions import Classing, choropleth, region_table
from workbench.storage.geometry import load_province_geometry

from .map_items import ChinaMap

PIXELS_PER_DEGREE = 18


def render_map_png(workspace, metric_id: str, classing: Classing | None = None, font: QFont | None = None) -> bytes:
    """The choropleth of one metric as PNG bytes; needs a Qt GUI application (offscreen is fine)."""
    table = region_table(workspace, metric_id)
    colors = choropleth(table.values(), classing or Classing())
    china = ChinaMap(load_province_geometry(), font)
    china.set_colors(colors.color_of)
    china.show_clusters(list(workspace.clusters))
    # Scene y points down: flip the map so that north is up; the names stay upright.
    china.setTransform(QTransform.fromScale(PIXELS_PER_DEGREE, -PIXELS_PER_DEGREE))
    scene = QGraphicsScene()
    scene.addItem(china)
    source = china.mapRectToScene(china.map_rect()).adjusted(-10, -10, 10, 10)
    image = QImage(int(source.width()), int(source.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())
