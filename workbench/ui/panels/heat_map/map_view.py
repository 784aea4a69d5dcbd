"""The choropleth in a pyqtgraph view: pan by dragging, zoom with the wheel, fit on demand."""

from __future__ import annotations

from typing import Callable

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QToolTip

from workbench.storage.geometry import ProvinceGeometry

from .map_items import ChinaMap, project


class ProvinceMapView(pg.GraphicsView):
    """Hover names a province through `describe`; a click selects it (None: clicked outside)."""

    provinceHovered = Signal(object)
    provinceClicked = Signal(object)

    def __init__(self, geometry: ProvinceGeometry, parent=None):
        super().__init__(parent, background="w")
        self.view_box = pg.ViewBox(lockAspect=True, enableMenu=False)
        self.view_box.setAspectLocked(True, ratio=1)  # the projection already corrects for latitude
        self.setCentralItem(self.view_box)
        self.china = ChinaMap(geometry)
        self.view_box.addItem(self.china)
        self.view_box.disableAutoRange()
        self.describe: Callable[[str], str] = lambda code: code
        self.describe_cluster: Callable[[object], str] = lambda marker: marker.cluster.city_zh
        self.hover_code: str | None = None
        self.hover_text = ""
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.fit()

    def fit(self) -> None:
        self.view_box.setRange(rect=self.china.map_rect(), padding=0.02)

    def view_point_of(self, lon: float, lat: float) -> QPointF:
        """Where a place is drawn in the viewport (for tests and for placing tooltips)."""
        scene_point = self.view_box.mapViewToScene(QPointF(*project(lon, lat)))
        return self.mapFromScene(scene_point).toPointF()

    def _on_mouse_moved(self, scene_point: QPointF) -> None:
        view_point = self.mapFromScene(scene_point).toPointF()
        marker = self.china.cluster_at(view_point, lambda p: self.mapFromScene(p).toPointF())
        code = self.china.code_at(scene_point)
        text = self.describe_cluster(marker) if marker is not None else (self.describe(code) if code else "")
        if code != self.hover_code:
            self.hover_code = code
            self.provinceHovered.emit(code)
        self.hover_text = text
        if text:
            QToolTip.showText(self.mapToGlobal(view_point.toPoint()), text, self)
        else:
            QToolTip.hideText()

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.provinceClicked.emit(self.china.code_at(event.scenePos()))
