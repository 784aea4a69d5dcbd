"""Impact against likelihood for the entries on show; clicking a point selects its entry."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workbench.domain import analysis

from ...image_export import install_image_actions, toolbar_button
from .labels import COLORS, category_name

SPREAD = 0.32  # how far entries with the same figures fan out around their grid point
POINT_SIZE = 11
SELECTED_SIZE = 17


def fanned_positions(figures: list[tuple[int, int]]) -> list[tuple[float, float]]:
    """(likelihood, impact) pairs, with equal pairs spread on a small sunflower so each stays clickable."""
    seen: dict[tuple[int, int], int] = {}
    counts: dict[tuple[int, int], int] = {}
    for pair in figures:
        counts[pair] = counts.get(pair, 0) + 1
    positions = []
    for pair in figures:
        number = seen.get(pair, 0)
        seen[pair] = number + 1
        if counts[pair] == 1:
            positions.append((float(pair[0]), float(pair[1])))
            continue
        radius = SPREAD * math.sqrt((number + 0.5) / counts[pair])
        angle = number * 2.39996  # the golden angle keeps points apart however many there are
        positions.append((pair[0] + radius * math.cos(angle), pair[1] + radius * math.sin(angle)))
    return positions


class PriorityChart(QWidget):
    entryClicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entry_ids: list[str] = []
        self.positions: list[tuple[float, float]] = []
        self.selected = ""
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)  # pyqtgraph's own menu; ours offers the picture
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setRange(xRange=(0.4, 5.6), yRange=(0.4, 5.6), padding=0)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTicks([[(v, str(v)) for v in range(1, 6)]])
        self.scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, hoverPen=pg.mkPen("#000000", width=2))
        self.scatter.sigClicked.connect(self._on_clicked)
        self.plot.addItem(self.scatter)
        self._texts: dict[str, str] = {}
        self._categories: list[str] = []
        self._plotted: list[tuple] = []
        self._brushes: dict[str, object] = {}
        self._pen = pg.mkPen("#ffffff", width=1)
        self._selected_pen = pg.mkPen("#000000", width=2.5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The picture is the plot alone: the caption is an instruction, the button no part of the chart.
        self.image_actions = install_image_actions(self, self.plot, "priority_chart", context_widgets=(self.plot,))
        header = QHBoxLayout()
        header.addWidget(self.caption, 1)
        header.addWidget(toolbar_button(self.image_actions))
        layout.addLayout(header)
        layout.addWidget(self.plot, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Priority: impact × likelihood. Click a point to select its entry."))
        self.plot.setLabel("bottom", self.tr("Likelihood / confidence"))
        self.plot.setLabel("left", self.tr("Impact"))

    def show_entries(self, workspace, framework: str, scope: str, categories: tuple[str, ...]) -> None:
        entries = [e for e in analysis.entries_in(workspace, framework, scope) if e.category in categories]
        self._texts = {e.entry_id: f"{category_name(e.category)} · {analysis.priority(e)}\n{e.text[:200]}"
                       for e in entries}
        plotted = [(e.entry_id, e.category, e.likelihood, e.impact) for e in entries]
        if plotted == self._plotted:
            return  # a reorder or a text edit moves no point
        self._plotted = plotted
        self.entry_ids = [e.entry_id for e in entries]
        self._categories = [e.category for e in entries]
        self.positions = fanned_positions([(e.likelihood, e.impact) for e in entries])
        self._draw()

    def select(self, entry_id: str) -> None:
        if entry_id != self.selected:
            self.selected = entry_id
            self._draw()

    def _draw(self) -> None:
        # Shared pens and brushes let pyqtgraph draw each style once, not once per point.
        chosen = [entry_id == self.selected for entry_id in self.entry_ids]
        self.scatter.setData(
            x=[x for x, _y in self.positions], y=[y for _x, y in self.positions], data=self.entry_ids,
            size=[SELECTED_SIZE if c else POINT_SIZE for c in chosen],
            brush=[self._brush(category) for category in self._categories],
            pen=[self._selected_pen if c else self._pen for c in chosen])

    def _brush(self, category: str):
        if category not in self._brushes:
            self._brushes[category] = pg.mkBrush(QColor(COLORS[category]))
        return self._brushes[category]

    def point_of(self, entry_id: str) -> tuple[float, float] | None:
        if entry_id not in self.entry_ids:
            return None
        return self.positions[self.entry_ids.index(entry_id)]

    def _tip(self, x, y, data) -> str:
        return self._texts.get(data, "")

    def _on_clicked(self, _item, points, _event=None) -> None:
        if len(points):
            self.entryClicked.emit(points[0].data())
