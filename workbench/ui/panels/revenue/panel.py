"""Revenue share: who earns what from multimodal large models, and the market around them.

Every figure is recomputed from the workspace after each change (a few
milliseconds even for thousands of vendors), so the table, the charts and the
side boxes can never disagree with each other.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QGroupBox, QHBoxLayout, QLabel,
                               QRadioButton, QScrollArea, QSplitter, QStyledItemDelegate, QTableView, QVBoxLayout)

from workbench.domain import PutRecord, update
from workbench.domain.entities import Kind, Setting
from workbench.domain.market import SCENARIOS
from workbench.domain.revenue_checks import CURRENCIES, conflicts, pick_observation
from workbench.domain.revenue_figures import SHARE_SETTING, RevenueFigures, revenue_figures

from ...undo import EditRejected
from ..base import Panel
from .charts import AmountBars, MarketChart, ParetoLine
from .models import EstimatesModel, VendorFilterProxy, kind_label, scenario_label
from .summary import ChecksList, ConcentrationBox, ConflictsBox, MarketBox, side_panel

WATCHED_TABLES = {"revenue_estimates", "revenue_observations", "market_points", "market_series", "settings",
                  "vendors", "sources"}


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell by choosing from fixed values (shown with their labels)."""

    def __init__(self, values, label=str, parent=None):
        super().__init__(parent)
        self._values, self._label = tuple(values), label

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value in self._values:
            combo.addItem(self._label(value), value)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RevenuePanel(Panel):
    NAME = "revenue"
    TITLE = QT_TRANSLATE_NOOP("Panels", "Revenue share")
    AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.scenario = "base"
        self.figures: RevenueFigures | None = None

        self.model = EstimatesModel(session, self)
        self.model.editRejected.connect(self.message_bar.show_error)
        self.proxy = VendorFilterProxy(session, self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the dataset's order until asked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setItemDelegateForColumn(self.model.column_of("kind"),
                                           ChoiceDelegate([k.value for k in Kind], kind_label, self.view))
        self.view.setItemDelegateForColumn(self.model.column_of("currency"),
                                           ChoiceDelegate(CURRENCIES, parent=self.view))
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

        self.scenario_caption = QLabel()
        self.scenario_buttons = QButtonGroup(self)
        scenario_bar = QHBoxLayout()
        scenario_bar.addWidget(self.scenario_caption)
        for scenario in SCENARIOS:
            button = QRadioButton()
            button.setObjectName(f"scenario_{scenario}")
            button.setChecked(scenario == self.scenario)
            button.toggled.connect(lambda on, s=scenario: on and self.set_scenario(s))
            self.scenario_buttons.addButton(button)
            scenario_bar.addWidget(button)
        self.filter_label = QLabel()
        scenario_bar.addStretch(1)
        scenario_bar.addWidget(self.filter_label)

        self.bars, self.pareto, self.market_chart = AmountBars(), ParetoLine(), MarketChart()
        charts = QSplitter(Qt.Orientation.Horizontal)
        for chart in (self.bars, self.pareto, self.market_chart):
            chart.widget.setMinimumWidth(120)  # three plots side by side must not widen the dock
            charts.addWidget(chart.widget)
        charts.setSizes([500, 300, 300])  # the bars carry the names: they get the most room

        self.market_box = MarketBox()
        self.market_box.shareEdited.connect(self._edit_multimodal_share)
        self.concentration_box = ConcentrationBox()
        self.checks = ChecksList()
        self.checks_box = QGroupBox()
        QVBoxLayout(self.checks_box).addWidget(self.checks)
        self.conflicts_box = ConflictsBox()
        self.conflicts_box.picked.connect(self.use_observation)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.view)
        left.addWidget(charts)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        right = QSplitter(Qt.Orientation.Vertical)
        figures = QScrollArea()  # the figures scroll rather than force a wide dock
        figures.setWidget(side_panel(self.market_box, self.concentration_box))
        figures.setWidgetResizable(True)
        figures.setMinimumWidth(220)
        right.addWidget(figures)
        right.addWidget(self.checks_box)
        right.addWidget(self.conflicts_box)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setSizes([1100, 420])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        layout.addLayout(scenario_bar)
        layout.addWidget(main, 1)

        session.changed.connect(self._on_workspace_changed)
        session.workspaceReplaced.connect(lambda: self.refresh_when_seen(self.refresh))
        session.vendorFilterChanged.connect(self._on_vendor_filter_changed)
        self.retranslate()
        self.view.resizeColumnsToContents()

    # ------------------------------------------------------------ showing
    def retranslate(self) -> None:
        self.scenario_caption.setText(self.tr("Scenario:"))
        for button, scenario in zip(self.scenario_buttons.buttons(), SCENARIOS):
            button.setText(scenario_label(scenario))
        self.checks_box.setTitle(self.tr("Checks"))
        for chart in (self.bars, self.pareto, self.market_chart):
            chart.retranslate()
        self.model.retranslate()
        self.refresh()

    def set_scenario(self, scenario: str) -> None:
        """Switch low/base/high: every figure and chart follows."""
        if scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {scenario!r}")
        if scenario == self.scenario:
            return
        self.scenario = scenario
        for button, name in zip(self.scenario_buttons.buttons(), SCENARIOS):
            if name == scenario and not button.isChecked():
                button.setChecked(True)  # calls back here, and returns above
        self._show()  # the figures hold every scenario: nothing to recompute
        column = self.model.column_of("market_share")
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def refresh(self) -> None:
        """Recompute every figure from the workspace, then show them."""
        ws = self.session.workspace
        province = self.session.vendor_filter
        vendor_ids = {v.vendor_id for v in ws.vendors if v.hq_province == province} if province else None
        self.figures = revenue_figures(ws, vendor_ids, previous=self.figures)
        self._names = {v.vendor_id: v.name_zh for v in ws.vendors}
        self._sources = {s.source_id: f"{s.publisher} · {s.title}" if s.publisher else s.title for s in ws.sources}
        self._conflicts = [c for c in conflicts(ws) if vendor_ids is None or c.vendor_id in vendor_ids]
        self.filter_label.setText(self.tr("Vendors in province {0} only").format(province) if province else "")
        self._show()

    def _show(self) -> None:
        figures = self.figures
        self.model.set_figures(figures, self.scenario)
        self.bars.show(figures, self.scenario)
        self.pareto.show(figures, self.scenario)
        self.market_chart.show(figures.market)
        self.market_box.show_figures(figures, self.scenario)
        self.concentration_box.show_figures(figures, self.scenario)
        self.checks.show_checks(figures, self._names)
        self.conflicts_box.show_conflicts(self._conflicts, self._names, self._sources)

    def _on_workspace_changed(self, change) -> None:
        if change.table in WATCHED_TABLES:
            self.refresh_when_seen(self.refresh)  # a rename elsewhere need not wait on this panel

    def _on_vendor_filter_changed(self, *_args) -> None:
        self.proxy.refilter()
        self.refresh_when_seen(self.refresh)

    def _on_current_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.session.set_selection("revenue_estimates", self.model.key_at(self.proxy.mapToSource(current).row()))

    # ------------------------------------------------------------ editing
    def use_observation(self, observation_id: str) -> None:
        """Use this source's value: flips in_use and sets the estimate, as one undo step."""
        self._push(lambda ws: pick_observation(ws, observation_id, self.tr("Use another source's value")))

    def _edit_multimodal_share(self, share: float) -> None:
        ws = self.session.workspace
        label = self.tr("Edit multimodal share")
        if ws.settings.get((SHARE_SETTING,)) is None:
            self._push(lambda _ws: PutRecord("settings", Setting(SHARE_SETTING, f"{share:g}"), label=label))
        else:
            self._push(lambda _ws: update(ws, "settings", (SHARE_SETTING,), label, value=f"{share:g}"))

    def _push(self, make_command) -> None:
        try:
            self.session.push(make_command(self.session.workspace))
        except EditRejected as error:
            self.message_bar.show_error(str(error))
            self.refresh()  # put back whatever the editor showed


if __name__ == "__main__":
    from workbench.ui.preview import preview_panel

    raise SystemExit(preview_panel(RevenuePanel))
