"""The tier list panel: board, table and bubble chart over one scoring model, all edits undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QInputDialog, QLabel, QPushButton, QScrollArea,
                               QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from workbench.domain import DomainError
from workbench.domain.tiering_commands import clear_override, record_override

from ...image_export import ImageActions, toolbar_button
from ...undo import EditRejected
from ..base import Panel
from .board import TierBoard, kind_text
from .models import TierSortProxy, TierTableModel
from .scoring_editor import ScoringEditor
from .state import TierState

if TYPE_CHECKING:
    from .bubble_chart import BubbleChart

CHART_TAB = 2


class TierListPanel(Panel):
    NAME = "tier_list"
    TITLE = QT_TRANSLATE_NOOP("Panels", "Tier list")
    AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.state = TierState(session, self)
        self.board = TierBoard(self.state)
        self.board_scroll = QScrollArea()
        self.board_scroll.setWidgetResizable(True)
        self.board_scroll.setWidget(self.board)
        self.table_model = TierTableModel(self.state, self)
        self.proxy = TierSortProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.table_model.column_of("rank"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(22)
        # The bubble chart (and pyqtgraph with it) is built when its tab is first shown or
        # `chart` is first asked for: the board, shown at start, does not wait for it.
        self._chart: BubbleChart | None = None
        self.editor = ScoringEditor(self.state, self.message_bar.show_error)
        self.tabs = QTabWidget()
        for widget in (self.board_scroll, self.table, QWidget()):
            self.tabs.addTab(widget, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a4b00;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.baseline_label = QLabel()  # whose judgement the baseline is, and when
        self.baseline_label.setWordWrap(True)
        self.baseline_label.setObjectName("baseline_caption")
        self.baseline_label.setStyleSheet("font-weight: bold;")
        self.placement_label = QLabel()  # the selected card's placement: its kind and source
        self.placement_label.setWordWrap(True)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_selected_override)
        # The toolbar's picture is of the tab on show: the board or the bubble chart (none of the table).
        self.image_actions = ImageActions(self.tabs, self._picture, self._picture_name)
        # (owned by the tabs: owned by the panel, its teardown reported the panel's slots missing)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.clear_button)
        top.addWidget(toolbar_button(self.image_actions))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.notes)
        layout.addWidget(self.baseline_label)
        layout.addLayout(top)
        layout.addWidget(self.placement_label)
        layout.addWidget(splitter, 1)

        self.board.moveRequested.connect(self.request_move)
        self.board.clearRequested.connect(self.request_clear)
        self.board.vendorSelected.connect(self._select_vendor)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.table_model.editRejected.connect(self.message_bar.show_error)
        self.state.updated.connect(self._on_updated)
        session.selectionChanged.connect(self._on_selection_changed)
        self._on_tab_changed(self.tabs.currentIndex())
        self.retranslate()
        self._on_updated()

    @property
    def chart(self) -> BubbleChart:
        """The bubble chart, built into its tab now if it was not yet."""
        return self._build_chart()

    def _build_chart(self) -> BubbleChart:
        if self._chart is None:
            from .bubble_chart import BubbleChart

            chart = BubbleChart(self.state)
            chart.vendorClicked.connect(self._select_vendor)
            chart.select(self.board.selected)
            placeholder = self.tabs.widget(CHART_TAB)
            with QSignalBlocker(self.tabs):  # the swap is no change of tab
                shown = self.tabs.currentIndex()
                self.tabs.insertTab(CHART_TAB, chart, self.tabs.tabText(CHART_TAB))
                self.tabs.removeTab(CHART_TAB + 1)
                self.tabs.setCurrentIndex(shown)
            placeholder.deleteLater()
            self._chart = chart
            chart.set_active(shown == CHART_TAB)
        return self._chart

    def _chart_shown(self) -> bool:
        return self._chart is not None and self.tabs.currentWidget() is self._chart

    def _picture(self) -> list:
        shown = self.tabs.currentWidget()
        return [self.board] if shown is self.board_scroll else [self._chart] if self._chart_shown() else []

    def _picture_name(self) -> str:
        return "bubble_chart" if self._chart_shown() else "tier_board"

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Board"))
        self.tabs.setTabText(1, self.tr("Table"))
        self.tabs.setTabText(2, self.tr("Bubble chart"))
        self.hint.setText(self.tr("Drag a card to another tier, or select it and press Ctrl+↑ / Ctrl+↓; "
                                  "Delete clears an override. Red dashed cards changed tier with the last edit."))
        self.clear_button.setText(self.tr("Clear override"))
        self.editor.retranslate()
        if self._chart is not None:
            self._chart.retranslate()
        self.table_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.table_model.columnCount() - 1))
        self.board.update()
        self._show_baseline()
        self._show_placement()

    def _show_baseline(self) -> None:
        baseline = self.state.baseline
        if baseline.is_assessment:
            kind = self.tr("analyst assessment")
        else:
            kind = ", ".join(kind_text(k) for k in baseline.kinds) or self.tr("no placement records")
        date = baseline.date or self.tr("undated")
        label = baseline.label or self.tr("Baseline ranking")
        self.baseline_label.setText(self.tr("Baseline: {0} — {1}, {2}").format(label, kind, date))

    def _show_placement(self) -> None:
        vendor_id = self.board.selected
        i = self.state.index_of(vendor_id) if vendor_id else -1
        if i < 0:
            self.placement_label.setText(self.tr("Select a card to see whose judgement its placement is."))
            return
        tier = self.state.tier(int(self.state.result.tiers[i]))
        where = tier.name_zh if tier else self.tr("Unscored")
        self.placement_label.setText(f"{self.state.name_of(vendor_id)} · {where} · "
                                     f"{self.board.placement_text(vendor_id)}")

    # ------------------------------------------------------------ overrides
    def ask_override_reason(self, vendor_name: str, tier_name: str) -> str | None:
        """The analyst's reason for an override; None when cancelled. Tests replace this method."""
        text, accepted = QInputDialog.getText(
            self, self.tr("Reason for the override"),
            self.tr("Why does {0} belong in {1}?").format(vendor_name, tier_name))
        return text if accepted else None

    def request_move(self, vendor_id: str, tier_id: int) -> None:
        """Place a vendor in a tier by hand; back to its computed tier simply clears the override."""
        state = self.state
        i = state.index_of(vendor_id)
        if i < 0:
            return
        if tier_id == int(state.result.computed_tiers[i]) and state.result.overridden[i]:
            self.request_clear(vendor_id)
            return
        tier = state.tier(tier_id)
        reason = self.ask_override_reason(state.name_of(vendor_id), tier.name_zh if tier else str(tier_id))
        if reason is None:
            return
        if not reason.strip():
            self.message_bar.show_error(self.tr("An override needs a reason; the vendor stays where it was."))
            return
        self._push(lambda: record_override(self.session.workspace, vendor_id, tier_id, reason))

    def request_clear(self, vendor_id: str) -> None:
        self._push(lambda: clear_override(self.session.workspace, vendor_id))

    def clear_selected_override(self) -> None:
        if self.board.selected:
            self.request_clear(self.board.selected)
        else:
            self.message_bar.show_error(self.tr("Select a vendor first."))

    def _push(self, build) -> None:
        try:
            self.session.push(build())
        except (EditRejected, DomainError) as error:
            self.message_bar.show_error(str(error))

    # ------------------------------------------------------------ following the state and selection
    def _on_updated(self) -> None:
        self.notes.setText("\n".join(self.state.result.problems))
        self.notes.setVisible(bool(self.state.result.problems))
        self._show_baseline()
        self._show_placement()

    def _on_tab_changed(self, index: int) -> None:
        if index == CHART_TAB:
            self._build_chart()  # on first showing
        for action in self.image_actions.actions():
            action.setEnabled(self.tabs.widget(index) is not self.table)
        self.table_model.set_active(self.tabs.widget(index) is self.table)
        if self._chart is not None:
            self._chart.set_active(index == CHART_TAB)

    def _select_vendor(self, vendor_id: str) -> None:
        """Select the vendor's placement record, so the Sources panel shows the placement's own source."""
        key = (vendor_id,)
        table = "tier_placements" if key in self.session.workspace.tier_placements else "vendors"
        self.session.set_selection(table, key)

    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.proxy.mapToSource(current).row()
            self._select_vendor(self.table_model.vendor_at(row))

    def _on_selection_changed(self, selection) -> None:
        if not selection or selection[0] not in ("vendors", "tier_placements"):
            return
        vendor_id = selection[1][0]
        self.board.select(vendor_id, announce=False)
        self._show_placement()
        if vendor_id in self.board.card_rects:
            rect = self.board.card_rects[vendor_id]
            self.board_scroll.ensureVisible(rect.center().x(), rect.center().y(), rect.width(), rect.height())
        if self._chart is not None:
            self._chart.select(vendor_id)
        row = self.table_model.row_of(vendor_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.table_model.index(row, 0))
            if index.row() != self.table.currentIndex().row():
                self.table.setCurrentIndex(index)


if __name__ == "__main__":
    from workbench.ui.preview import preview_panel

    raise SystemExit(preview_panel(TierListPanel))
