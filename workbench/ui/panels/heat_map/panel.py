"""The regional heat map: a province-level metric as a choropleth, a tile grid, a legend and an editable table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from workbench.domain.classify import MAX_CLASSES, MIN_CLASSES, ClassificationError
from workbench.domain.provinces import PROVINCES_BY_CODE
from workbench.domain.regions import RAMPS, Choropleth, Classing, RegionTable, choropleth, default_metric, \
    region_metrics, region_table
from workbench.storage.geometry import load_province_geometry

from ...image_export import install_image_actions, toolbar_button
from ..base import Panel
from .describe import describe_cluster, describe_province
from .legend import LegendWidget, format_number
from .map_view import ProvinceMapView
from .models import RegionTableModel
from .tile_view import TileGridView

METHODS = (("quantile", QT_TRANSLATE_NOOP("HeatMapPanel", "Quantiles")),
           ("equal_interval", QT_TRANSLATE_NOOP("HeatMapPanel", "Equal interval")),
           ("natural_breaks", QT_TRANSLATE_NOOP("HeatMapPanel", "Natural breaks (Jenks)")),
           ("manual", QT_TRANSLATE_NOOP("HeatMapPanel", "Manual breaks")))


class HeatMapPanel(Panel):
    NAME = "heat_map"
    TITLE = QT_TRANSLATE_NOOP("Panels", "Regional heat map")
    AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        geometry = load_province_geometry()
        self.classing = Classing()
        self.metric_id = ""
        self.table: RegionTable | None = None
        self.choropleth: Choropleth | None = None

        self.metric_combo = QComboBox()
        self.method_combo = QComboBox()
        for method, _ in METHODS:
            self.method_combo.addItem("", method)
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(MIN_CLASSES, MAX_CLASSES)
        self.classes_spin.setValue(self.classing.classes)
        self.breaks_edit = QLineEdit()
        self.breaks_edit.setVisible(False)
        self.ramp_combo = QComboBox()
        for ramp in RAMPS:
            self.ramp_combo.addItem(ramp, ramp)
        self.view_combo = QComboBox()
        self.view_combo.addItems(["", ""])
        self.clusters_check = QCheckBox()
        self.clusters_check.setChecked(True)
        self.fit_button = QPushButton()
        self.clear_filter_button = QPushButton()
        self.filter_label = QLabel()

        self.map_view = ProvinceMapView(geometry)
        self.tile_view = TileGridView(geometry.tile_grid)
        for view in (self.map_view, self.tile_view):
            view.describe = self._describe
            view.provinceClicked.connect(self._on_province_clicked)
        self.map_view.describe_cluster = lambda marker: describe_cluster(marker.cluster, marker.firms)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.map_view)
        self.stack.addWidget(self.tile_view)

        self.legend = LegendWidget()
        self.model = RegionTableModel(session, self)
        self.model.editRejected.connect(self.message_bar.show_error)
        self.side_table = QTableView()
        self.side_table.setModel(self.model)
        self.side_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.side_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.side_table.verticalHeader().setDefaultSectionSize(22)
        self.side_table.horizontalHeader().setStretchLastSection(True)
        self.model.modelReset.connect(self.side_table.resizeColumnsToContents)
        # The map on show with its legend: a map without its classes would be misread.
        stack, legend = self.stack, self.legend  # not self: no reference cycle through the panel
        self.image_actions = install_image_actions(stack, lambda: [stack.currentWidget(), legend],
                                                   "map", context_widgets=(self.map_view, self.tile_view))
        self._build_layout()

        self.metric_combo.currentIndexChanged.connect(self._on_metric_chosen)
        self.method_combo.currentIndexChanged.connect(self._on_classing_edited)
        self.classes_spin.valueChanged.connect(self._on_classing_edited)
        self.ramp_combo.currentIndexChanged.connect(self._on_classing_edited)
        self.breaks_edit.editingFinished.connect(self._on_classing_edited)
        self.view_combo.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self.clusters_check.toggled.connect(self.map_view.china.set_clusters_visible)
        self.fit_button.clicked.connect(self.map_view.fit)
        self.clear_filter_button.clicked.connect(lambda: session.set_vendor_filter(None))
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, lambda: session.set_vendor_filter(None),
                                context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        session.edited.connect(self._on_edited)
        session.workspaceReplaced.connect(self._reload)
        session.vendorFilterChanged.connect(self._on_vendor_filter_changed)

        self.retranslate()
        self._reload()

    def _build_layout(self) -> None:
        # Two rows and elided combos keep the panel narrow enough to dock beside others.
        for combo, characters in ((self.metric_combo, 16), (self.method_combo, 8)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(characters)
        metric_row = QHBoxLayout()
        metric_row.addWidget(self.metric_combo, 1)
        metric_row.addWidget(self.view_combo)
        controls = QHBoxLayout()
        for widget in (self.method_combo, self.classes_spin, self.breaks_edit, self.ramp_combo,
                       self.clusters_check, self.fit_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(toolbar_button(self.image_actions))
        self.filter_label.setWordWrap(True)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label, 1)
        filter_row.addWidget(self.clear_filter_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.legend)
        side_layout.addWidget(self.side_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        layout.addLayout(metric_row)
        layout.addLayout(controls)
        layout.addLayout(filter_row)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        for index, (_, text) in enumerate(METHODS):
            self.method_combo.setItemText(index, self.tr(text))
        self.view_combo.setItemText(0, self.tr("Map"))
        self.view_combo.setItemText(1, self.tr("Tile grid"))
        self.classes_spin.setSuffix(self.tr(" classes"))
        self.breaks_edit.setPlaceholderText(self.tr("Breaks, e.g. 10, 50, 100"))
        self.clusters_check.setText(self.tr("Cluster cities"))
        self.fit_button.setText(self.tr("Fit"))
        self.clear_filter_button.setText(self.tr("Clear filter (Esc)"))
        self.metric_combo.setToolTip(self.tr("Province-level metric"))
        self.ramp_combo.setToolTip(self.tr("Colour ramp (ColorBrewer, colour-blind safe)"))
        self._show_filter(self.session.vendor_filter)
        if self.table is not None:
            self.refresh()

    # ------------------------------------------------------------ reading the workspace
    def _reload(self) -> None:
        """Another workspace, or its metrics changed: list the metrics again and redraw."""
        metrics = region_metrics(self.session.workspace)
        with QSignalBlocker(self.metric_combo):
            self.metric_combo.clear()
            for metric in metrics:
                self.metric_combo.addItem(f"{metric.name_zh}  {metric.name_en}", metric.metric_id)
            index = self.metric_combo.findData(self.metric_id)
            if index < 0:  # first shown, or the metric was removed: the one covering the most provinces
                index = max(0, self.metric_combo.findData(default_metric(self.session.workspace)))
            self.metric_combo.setCurrentIndex(index)
        self.metric_id = self.metric_combo.itemData(index)
        self.map_view.china.show_clusters(list(self.session.workspace.clusters), self.clusters_check.isChecked())
        self.refresh()

    def _on_edited(self, edit) -> None:
        if self.tables_read is None:  # not known yet: redraw everything once, noting what it reads
            self.refresh_recorded(self._redraw)
        elif edit.touches(self.tables_read):
            self.also_recorded(lambda: self._follow(edit))

    def _on_vendor_filter_changed(self, code: str | None) -> None:
        self.also_recorded(lambda: self._show_filter(code))

    def _redraw(self) -> None:
        """All the map shows from the workspace: the tables read here are the ones the panel follows."""
        self._reload()
        self._show_filter(self.session.vendor_filter)

    def _follow(self, edit) -> None:
        if "metrics" in edit.tables:
            self._reload()  # the list of metrics may have changed
        else:
            if "clusters" in edit.tables:
                self.map_view.china.show_clusters(list(self.session.workspace.clusters),
                                                  self.clusters_check.isChecked())
            self.refresh()
        self._show_filter(self.session.vendor_filter)  # the count of vendors there may have changed

    def _on_metric_chosen(self, index: int) -> None:
        if index >= 0:
            self.metric_id = self.metric_combo.itemData(index)
            self.refresh()

    def _on_classing_edited(self) -> None:
        method = self.method_combo.currentData()
        self.breaks_edit.setVisible(method == "manual")
        self.classes_spin.setEnabled(method != "manual")
        try:
            breaks = tuple(float(part) for part in self.breaks_edit.text().replace("，", ",").split(",") if part.strip())
        except ValueError:
            self.message_bar.show_error(self.tr("Breaks must be numbers separated by commas."))
            return
        if method == "manual" and not breaks:
            return  # wait for the analyst to type the breaks
        self.classing = Classing(method, self.classes_spin.value(), breaks, self.ramp_combo.currentData())
        self.refresh()

    # ------------------------------------------------------------ drawing
    def refresh(self) -> None:
        """Recompute the metric's figures and classes, then recolour; paths are never rebuilt."""
        self.table = region_table(self.session.workspace, self.metric_id)
        values = self.table.values()
        try:
            self.choropleth = choropleth(values, self.classing)
        except ClassificationError as error:
            self.message_bar.show_error(str(error))
            self.choropleth = choropleth(values, Classing(ramp=self.classing.ramp))
        color_of = self.choropleth.color_of
        self.map_view.china.set_colors(color_of)
        self.tile_view.set_states(color_of, lambda code: self._value_text(code))
        self.model.set_table(self.table)
        metric = self.table.metric
        title = f"{metric.name_zh}\n{metric.name_en}" + (f" ({metric.unit})" if metric.unit else "")
        shown = len(self.choropleth.classes.upper_bounds) if self.choropleth.classes is not None else 0
        manual = self.classing.method == "manual"
        asked = len(self.classing.manual_breaks) + 1 if manual else self.classing.classes
        if shown and shown < asked:
            self.legend.set_note(self.tr("{0} classes shown, not {1}: more would leave a class empty or split "
                                         "equal values.").format(shown, asked))
        else:
            self.legend.set_note("")
        if self.choropleth.classes is None:
            self.legend.show_empty(title, self.tr("No province has a value for this metric yet. "
                                                  "Type values in the table, or choose another metric."))
        else:
            self.legend.show_classes(title, self.choropleth.legend(values), self.choropleth.no_data_count(),
                                     self.tr("No data (unknown, not zero)"))

    def _value_text(self, code: str) -> str:
        value = self.table.by_code[code].value
        return "—" if value is None else format_number(value)

    def _describe(self, code: str) -> str:
        return describe_province(self.session.workspace, self.table, code)

    def export_fields(self) -> dict:
        """ExportOptions fields for the Regions sheet, briefing and slides: the metric and classes shown.

        The picture itself is drawn by the map renderer registered with storage, not by this panel.
        """
        return {"regions_metric": self.metric_id, "regions_classing": self.classing}

    # ------------------------------------------------------------ selecting and filtering
    def _on_province_clicked(self, code: str | None) -> None:
        if code is None:
            return  # a click at sea keeps the filter: it is easy to miss a small province
        self.session.set_vendor_filter(None if code == self.session.vendor_filter else code)
        if (self.metric_id, code) in self.session.workspace.province_values:
            self.session.set_selection("province_values", (self.metric_id, code))  # its source, in Sources

    def _show_filter(self, code: str | None) -> None:
        self.map_view.china.set_selected(code)
        self.tile_view.set_selected(code)
        self.clear_filter_button.setEnabled(code is not None)
        province = PROVINCES_BY_CODE.get(code or "")
        if province is None:
            self.filter_label.setText(self.tr("Click a province to show only the vendors headquartered there."))
            return
        vendors = sum(v.hq_province == code for v in self.session.workspace.vendors)
        self.filter_label.setText(self.tr("Vendors filtered to {0} ({1}): {2} headquartered there.")
                                  .format(province.name_zh, province.name_en, vendors))
        row = self.model.row_of(code)
        if row >= 0 and self.model.rowCount():
            self.side_table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.side_table.scrollTo(self.model.index(row, 0))


if __name__ == "__main__":
    from workbench.ui.preview import preview_panel

    raise SystemExit(preview_panel(HeatMapPanel))
