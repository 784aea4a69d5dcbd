"""Two dimensions against each other, one bubble per vendor coloured by its tier.

Every bubble has the same size: no source gives the vendors' large-model
revenue, and a size that meant nothing would read as a ranking.
"""

from __future__ import annotations

import html
import math

import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...image_export import install_image_actions
from .label_layout import Box, place_labels
from .state import TierState

BUBBLE_SIZE = 18.0  # pixels, the same for every vendor
LABEL_LIMIT = 60  # beyond this many vendors, names would only be noise


class BubbleChart(QWidget):
    vendorClicked = Signal(str)

    def __init__(self, state: TierState, parent=None):
        super().__init__(parent)
        self.state = state
        self.selected: str | None = None
        self._active, self._stale = True, False
        self.x_combo, self.y_combo = QComboBox(), QComboBox()
        self.x_label, self.y_label = QLabel(), QLabel()
        self.size_note = QLabel()
        self.size_note.setWordWrap(True)  # a long note must not widen the whole dock
        self.unplotted_note = QLabel()  # vendors left out because a score is missing, named
        self.unplotted_note.setWordWrap(True)
        self.unplotted: list[str] = []
        for combo in (self.x_combo, self.y_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)  # pyqtgraph's own menu; ours offers the picture
        self.image_actions = install_image_actions(self, self, "bubble_chart", context_widgets=(self.plot,))
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.getViewBox().setDefaultPadding(0.08)  # room for the largest bubbles at the edges
        self.scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, hoverPen=pg.mkPen("#000000", width=2))
        self.scatter.sigClicked.connect(self._on_clicked)
        self.plot.addItem(self.scatter)
        self.labels: list[pg.TextItem] = []
        self._label_rows: list[dict] = []
        # Below the plot rather than on it, where it would hide bubbles.
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        # Names are placed in pixels, so they move apart again whenever the view is zoomed or resized.
        self.plot.getViewBox().sigResized.connect(self._place_labels)
        self.plot.getViewBox().sigRangeChanged.connect(self._place_labels)
        controls = QHBoxLayout()
        for label, combo in ((self.x_label, self.x_combo), (self.y_label, self.y_combo)):
            controls.addWidget(label)
            controls.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.refresh)
        controls.addWidget(self.size_note, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.unplotted_note)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        for signal in (state.updated, state.filterChanged):
            signal.connect(self._on_state_changed)
        self.retranslate()
        self._fill_combos()

    def retranslate(self) -> None:
        self.x_label.setText(self.tr("x:"))
        self.y_label.setText(self.tr("y:"))
        self.size_note.setText(self.tr("Colour: tier. Every bubble has the same size. Hover over a bubble for its scores."))

    def set_active(self, active: bool) -> None:
        self._active = active
        if active and self._stale:
            self._on_state_changed()

    def _on_state_changed(self) -> None:
        if not self._active:
            self._stale = True
            return
        self._stale = False
        self._fill_combos()

    def _fill_combos(self) -> None:
        dimensions = list(self.state.workspace.dimensions)
        wanted = [combo.currentData() for combo in (self.x_combo, self.y_combo)]
        for n, combo in enumerate((self.x_combo, self.y_combo)):
            with QSignalBlocker(combo):
                combo.clear()
                for d in dimensions:
                    combo.addItem(f"{d.name_zh}  {d.name_en}", d.dimension_id)
                index = combo.findData(wanted[n])
                combo.setCurrentIndex(index if index >= 0 else min(n, len(dimensions) - 1))
        self.refresh()

    def set_axes(self, x_dimension: str, y_dimension: str) -> None:
        self.x_combo.setCurrentIndex(self.x_combo.findData(x_dimension))
        self.y_combo.setCurrentIndex(self.y_combo.findData(y_dimension))

    def points(self) -> list[dict]:
        """The bubbles to draw: vendor, x, y, size, colour (visible vendors with both scores only).

        A missing score is not plotted as 0: the vendor is left out and named in
        the note above the chart (``unplotted``), as unscored where it has no scores at all.
        """
        state, ws = self.state, self.state.workspace
        x_id, y_id = self.x_combo.currentData(), self.y_combo.currentData()
        self.unplotted = []
        if x_id is None or y_id is None:
            return []
        vendors = [v for v in state.vendor_ids if state.is_visible(v)]
        rows = []
        for vendor_id in vendors:
            x, y = ws.scores.get((vendor_id, x_id)), ws.scores.get((vendor_id, y_id))
            if x is None or x.value is None or y is None or y.value is None:
                self.unplotted.append(vendor_id)
                continue
            tier = state.tier(int(state.result.tiers[state.index_of(vendor_id)]))
            rows.append({"vendor_id": vendor_id, "x": x.value, "y": y.value, "size": BUBBLE_SIZE,
                         "color": tier.color if tier else "#999999"})
        return rows

    def _show_unplotted(self) -> None:
        state = self.state
        unscored = [state.name_of(v) for v in self.unplotted if not state.is_scored(state.index_of(v))]
        partial = [state.name_of(v) for v in self.unplotted if state.is_scored(state.index_of(v))]
        parts = []
        if unscored:
            parts.append(self.tr("Unscored, not plotted: {0}").format("、".join(unscored)))
        if partial:
            parts.append(self.tr("No score on these axes, not plotted: {0}").format("、".join(partial)))
        self.unplotted_note.setText("\n".join(parts))
        self.unplotted_note.setVisible(bool(parts))

    def refresh(self) -> None:
        rows = self.points()
        self._show_unplotted()
        spots = []
        for row in rows:
            color = QColor(row["color"])
            color.setAlpha(170)
            selected = row["vendor_id"] == self.selected
            spots.append({"pos": (row["x"], row["y"]), "size": row["size"], "data": row["vendor_id"],
                          "brush": pg.mkBrush(color),
                          "pen": pg.mkPen("#1f4e79", width=3) if selected else pg.mkPen("#ffffff", width=1)})
        self.scatter.setData(spots)
        for label in self.labels:
            self.plot.removeItem(label)
        self.labels = []
        # Leaders first: their names take the best places.
        ranks = self.state.result.ranks
        self._label_rows = (sorted(rows, key=lambda row: int(ranks[self.state.index_of(row["vendor_id"])]))
                            if len(rows) <= LABEL_LIMIT else [])
        for row in self._label_rows:
            label = pg.TextItem(self.state.name_of(row["vendor_id"]), color="#333333", anchor=(0, 0))
            self.plot.addItem(label)
            self.labels.append(label)
        self._place_labels()
        self._fill_legend()
        self.plot.setLabel("bottom", self.x_combo.currentText())
        self.plot.setLabel("left", self.y_combo.currentText())

    def _place_labels(self, *_args) -> None:
        """Put each name where it overlaps no other name and, where it can, no other bubble."""
        if not self.labels:
            return
        view = self.plot.getViewBox()
        centres = [view.mapViewToScene(pg.Point(row["x"], row["y"])) for row in self._label_rows]
        sizes = [(label.boundingRect().width(), label.boundingRect().height()) for label in self.labels]
        area = view.mapRectToScene(view.boundingRect())
        bounds = Box(area.left(), area.top(), area.width(), area.height())
        boxes = place_labels([(c.x(), c.y()) for c in centres], [row["size"] / 2 for row in self._label_rows], sizes,
                             bounds)
        for label, box in zip(self.labels, boxes):
            label.setPos(view.mapSceneToView(pg.Point(box.left, box.top)))

    def legend_entries(self) -> list[tuple[str, str]]:
        """(colour, name) of each tier, as the legend shows them."""
        return [(tier.color, f"{tier.name_zh} {tier.name_en}") for tier in self.state.workspace.tiers]

    def _fill_legend(self) -> None:
        swatches = "&nbsp;&nbsp;&nbsp;".join(f'<span style="color:{html.escape(color)}">●</span>&nbsp;{html.escape(name)}'
                                             for color, name in self.legend_entries())
        self.legend.setText(swatches)

    def select(self, vendor_id: str | None) -> None:
        if vendor_id != self.selected:
            self.selected = vendor_id
            if self._active:
                self.refresh()

    def _tip(self, x: float, y: float, data: str) -> str:
        i = self.state.index_of(data)
        composite = self.state.result.composites[i] if i >= 0 else math.nan
        text = f"{self.state.name_of(data)}\n{self.x_combo.currentText()}: {x:g}\n{self.y_combo.currentText()}: {y:g}"
        text += "\n" + self.tr("Composite {0:.1f}").format(composite)
        return text

    def _on_clicked(self, _item, points, _event=None) -> None:
        if len(points):
            self.vendorClicked.emit(points[0].data())
