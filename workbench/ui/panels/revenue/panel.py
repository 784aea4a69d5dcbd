"""Revenue and markets: the revenue mix of each vendor, and vendors' shares of named markets, kept apart.

The revenue mix (收入占比) is the share of a vendor's own revenue from large
models; a market share is a vendor's share of one named market. Neither is
derived from the other. Every figure is recomputed from the workspace after
each change, so the tables, charts and side boxes never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QSplitter, QStyledItemDelegate, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from workbench.domain import PutRecord, update
from workbench.domain.entities import Kind, Setting
from workbench.domain.revenue_checks import conflicts, pick_observation
from workbench.domain.revenue_figures import SHARE_SETTING, RevenueFigures, revenue_figures

from ...i18n import amount_units
from ...image_export import ImageActions, toolbar_button
from ...undo import EditRejected
from ..base import Panel
from .charts import MarketChart, MarketShareBars, MixRanges
from .market_tables import MarketSharesTable, MarketSizeTable
from .mix_dialog import MixEditDialog, dialog_confirm, share_confirm
from .models import MixModel, VendorFilterProxy, kind_label
from .summary import ChecksList, ConcentrationBox, ConflictsBox, MarketBox, side_panel



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
    TITLE = QT_TRANSLATE_NOOP("Panels", "Revenue and market share")
    AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.figures: RevenueFigures | None = None
        self.language = "en"
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_mix_tab(session), "")
        self.tabs.addTab(self._build_market_tab(session), "")
        self.tabs.addTab(self._build_size_tab(), "")
        # The toolbar's picture is of the chart on the tab on show.
        charts, tabs = (self.mix_chart, self.share_bars, self.market_chart), self.tabs  # not self: no cycle
        self.image_actions = ImageActions(self, lambda: charts[tabs.currentIndex()].widget,
                                          lambda: charts[tabs.currentIndex()].image_actions.name)
        self.tabs.setCornerWidget(toolbar_button(self.image_actions))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)

        session.edited.connect(self._on_edited)
        session.workspaceReplaced.connect(lambda: self.refresh_when_seen(self.refresh))
        session.vendorFilterChanged.connect(self._on_vendor_filter_changed)
        self.retranslate()
        self.view.resizeColumnsToContents()

    # ------------------------------------------------------------ building
    def _build_mix_tab(self, session) -> QWidget:
        self.model = MixModel(session, self)
        self.model.confirm = dialog_confirm(self, session)
        self._row_error_shown = False
        self.model.editRejected.connect(self._show_row_error)
        self.model.dataChanged.connect(self._clear_stale_error)
        self.proxy = VendorFilterProxy(session, self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("mix_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the dataset's order until asked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setItemDelegateForColumn(self.model.column_of("kind"),
                                           ChoiceDelegate([k.value for k in Kind], kind_label, self.view))
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.view.doubleClicked.connect(lambda index: self.model.columns[index.column()].field == "category"
                                        and self.edit_current_mix())
        self.mix_caption = QLabel()
        self.mix_caption.setWordWrap(True)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_current_mix)
        self.no_estimate_label = QLabel()
        self.no_estimate_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.mix_caption, 1)
        bar.addWidget(self.edit_button)

        self.mix_chart = MixRanges()
        left = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(bar)
        table_layout.addWidget(self.view, 1)
        table_layout.addWidget(self.no_estimate_label)
        left.addWidget(table_box)
        left.addWidget(self.mix_chart.widget)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 3)

        self.checks = ChecksList()
        self.checks_box = QGroupBox()
        QVBoxLayout(self.checks_box).addWidget(self.checks)
        self.conflicts_box = ConflictsBox()
        self.conflicts_box.picked.connect(self.use_observation)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.conflicts_box)
        right.addWidget(self.checks_box)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setSizes([1000, 420])
        return main

    def _build_market_tab(self, session) -> QWidget:
        self.market_picker = QComboBox()
        self.market_picker.setObjectName("market_picker")
        self.market_picker.currentIndexChanged.connect(lambda *_: self._show_market())
        self.market_info = QLabel()
        self.market_info.setWordWrap(True)
        self.market_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shares_table = MarketSharesTable(session)
        self.shares_table.confirm = share_confirm(self, session)
        self.shares_table.editRejected.connect(self.message_bar.show_error)
        self.share_bars = MarketShareBars()
        self.concentration_box = ConcentrationBox()
        self.market_box = MarketBox()
        self.market_box.shareEdited.connect(self._edit_multimodal_share)
        self.market_chart = MarketChart()
        self.size_table = MarketSizeTable(session)

        picker_row = QHBoxLayout()
        self.market_caption = QLabel()
        picker_row.addWidget(self.market_caption)
        picker_row.addWidget(self.market_picker, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(picker_row)
        top_layout.addWidget(self.market_info)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.shares_table)
        left.addWidget(self.share_bars.widget)
        shares_row = QSplitter(Qt.Orientation.Horizontal)
        shares_row.addWidget(left)
        shares_row.addWidget(self.concentration_box)
        shares_row.setSizes([760, 300])
        top_layout.addWidget(shares_row, 1)
        return top

    def _build_size_tab(self) -> QWidget:
        sizes = QSplitter(Qt.Orientation.Horizontal)
        figures = QScrollArea()  # the figures scroll rather than force a wide dock
        figures.setWidget(side_panel(self.market_box))
        figures.setWidgetResizable(True)
        figures.setMinimumWidth(220)
        sizes.addWidget(self.size_table)
        sizes.addWidget(self.market_chart.widget)
        sizes.addWidget(figures)
        sizes.setSizes([560, 440, 240])  # the table first: its series names are the key column
        return sizes

    # ------------------------------------------------------------ showing
    def retranslate(self) -> None:
        self.language = amount_units()  # "zh" or "en": the unit amounts are shown in
        self.tabs.setTabText(0, self.tr("Revenue mix (share of own revenue)"))
        self.tabs.setTabText(1, self.tr("Market share (of a named market)"))
        self.tabs.setTabText(2, self.tr("Market size"))
        self.mix_caption.setText(self.tr("The share of each vendor's own revenue that comes from large models: "
                                         "not a share of any market. Cloud giants (≤) give the whole cloud "
                                         "segment's share, an upper bound."))
        self.edit_button.setText(self.tr("Edit estimate…"))
        self.market_caption.setText(self.tr("Market:"))
        self.checks_box.setTitle(self.tr("Checks"))
        for chart in (self.mix_chart, self.share_bars, self.market_chart):
            chart.retranslate()
        self.model.retranslate()
        self.shares_table.retranslate()
        self.size_table.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Recompute every figure from the workspace, then show them."""
        ws = self.session.workspace
        province = self.session.vendor_filter
        vendor_ids = {v.vendor_id for v in ws.vendors if v.hq_province == province} if province else None
        self.figures = revenue_figures(ws, vendor_ids)
        self._names = {v.vendor_id: v.name_zh for v in ws.vendors}
        self._sources = {s.source_id: f"{s.publisher} · {s.title}" if s.publisher else s.title for s in ws.sources}
        self._conflicts = [c for c in conflicts(ws) if vendor_ids is None or c.vendor_id in vendor_ids]
        self._show()

    def _show(self) -> None:
        figures = self.figures
        self.model.set_conflicted({c.vendor_id for c in self._conflicts})
        self.mix_chart.show(figures)
        missing = [self._names.get(v, v) for v in figures.no_estimate]
        self.no_estimate_label.setText(self.tr("No estimate: {0}").format("、".join(missing)) if missing else "")
        self.checks.show_checks(figures, self._names, self.language)
        self.conflicts_box.show_conflicts(self._conflicts, self._names, self._sources, self.language)
        self._fill_market_picker()
        self._show_market()
        self.market_box.show_figures(figures, self.language)
        self.market_chart.show(figures.market, self.language)
        self.size_table.show_figures(figures.market, self.language)

    def _fill_market_picker(self) -> None:
        wanted = [(v.definition.market_id, f"{v.definition.name_zh or v.definition.name_en} · {v.definition.period}")
                  for v in self.figures.markets]
        current = [(self.market_picker.itemData(i), self.market_picker.itemText(i))
                   for i in range(self.market_picker.count())]
        if wanted == current:
            return
        chosen = self.market_picker.currentData()
        with QSignalBlocker(self.market_picker):
            self.market_picker.clear()
            for market_id, text in wanted:
                self.market_picker.addItem(text, market_id)
            self.market_picker.setCurrentIndex(max(0, self.market_picker.findData(chosen)))

    def current_market(self):
        market_id = self.market_picker.currentData()
        return next((v for v in self.figures.markets if v.definition.market_id == market_id), None) \
            if self.figures else None

    def _show_market(self) -> None:
        view = self.current_market()
        self.shares_table.show_view(view, self.language)
        self.share_bars.show(view)
        self.concentration_box.show_view(view)
        self.market_info.setText(self._describe_market(view))

    def _describe_market(self, view) -> str:
        if view is None:
            return self.tr("No named market in this analysis.")
        from workbench.domain.units import format_in_unit, unit_label

        d = view.definition
        source = self._sources.get(d.source_id, d.source_id)
        size = format_in_unit(d.size, d.unit, self.language) if d.size is not None else self.tr("size not given")
        text = self.tr("{0} · {1} · unit: {2} · size: {3} · source: {4}").format(
            d.scope or d.name_en, d.period, unit_label(d.unit, self.language), size, source)
        if d.section:
            text += f" › {d.section}"
        return text

    def _show_row_error(self, text: str) -> None:
        self._row_error_shown = True
        self.message_bar.show_error(text)

    def _clear_stale_error(self, *_args) -> None:
        if self._row_error_shown and not any(self.model.row_error(row) for row in range(self.model.rowCount())):
            self._row_error_shown = False
            self.message_bar.hide()  # the row is valid now: its old message would mislead

    def _on_edited(self, edit) -> None:
        self.refresh_if_read(edit, self.refresh)  # a rename elsewhere need not wait on this panel

    def _on_vendor_filter_changed(self, *_args) -> None:
        self.proxy.refilter()
        self.refresh_when_seen(self.refresh)

    def _on_current_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.session.set_selection("revenue_mix", self.model.key_at(self.proxy.mapToSource(current).row()))

    # ------------------------------------------------------------ editing
    def edit_current_mix(self) -> None:
        """The small dialog: low/base/high, source (or a new one) and note, committed as one undo step."""
        index = self.view.currentIndex()
        if not index.isValid():
            self.message_bar.show_error(self.tr("Select a vendor's row first."))
            return
        row = self.proxy.mapToSource(index).row()
        record = self.model.record_at(row)
        dialog = MixEditDialog(record, list(self.session.workspace.sources), self.model.vendor_name(row), parent=self)
        if dialog.exec() == MixEditDialog.DialogCode.Accepted:
            changes = dialog.changes()
            answer = dialog.answer()
            self.model.confirm_once(answer)
            self.model.commit(self.model.key_at(row), changes)

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
