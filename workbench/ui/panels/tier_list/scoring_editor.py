"""The scoring model: dimensions and weights, the tier rule and tiers, scores with their sources."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from workbench.domain import DomainError
from workbench.domain.scoring import RULE_RANK, RULE_THRESHOLD
from workbench.domain.tiering_commands import (add_dimension, add_tier, overrides_to_tier, remove_dimension,
                                               remove_tier, set_tier_rule)

from ...models import Column, RecordTableModel
from ...source_picker import install_source_pickers
from ...undo import EditRejected
from .state import TierState

DIMENSION_COLUMNS = [
    Column("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name")),
    Column("name_en", QT_TRANSLATE_NOOP("Columns", "English name")),
    Column("weight", QT_TRANSLATE_NOOP("Columns", "Weight %")),
]
TIER_COLUMNS = [
    Column("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name")),
    Column("name_en", QT_TRANSLATE_NOOP("Columns", "English name")),
    Column("color", QT_TRANSLATE_NOOP("Columns", "Colour")),
    Column("min_score", QT_TRANSLATE_NOOP("Columns", "Lowest composite")),
    Column("last_rank", QT_TRANSLATE_NOOP("Columns", "Last rank")),
]


def score_columns(state: TierState) -> list[Column]:
    """Vendor and dimension shown by name; the rest edits the score record itself."""
    def dimension_name(dimension_id: str) -> str:
        dimension = state.workspace.dimensions.get((dimension_id,))
        return dimension.name_zh if dimension else dimension_id

    return [
        Column("vendor_id", QT_TRANSLATE_NOOP("Columns", "Vendor"), editable=False, display=state.name_of),
        Column("dimension_id", QT_TRANSLATE_NOOP("Columns", "Dimension"), editable=False, display=dimension_name),
        Column("value", QT_TRANSLATE_NOOP("Columns", "Score")),
        Column("source_id", QT_TRANSLATE_NOOP("Columns", "Source")),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note")),
    ]


# Wide enough, in digit widths, that every column of the dimensions table is in view beside the board.
EDITOR_MIN_DIGITS = 54


def small_table(model, fit_columns: bool = True) -> QTableView:
    """A compact table; with fit_columns, columns take their contents' width (few rows only)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    if fit_columns:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setDefaultSectionSize(22)
    return view


def size_score_columns(view: QTableView) -> None:
    """Columns sized from the font once: thousands of score rows are not measured."""
    metrics = view.fontMetrics()
    widths = (metrics.horizontalAdvance("中科院自动化所") + 16, metrics.horizontalAdvance("研发与专利") + 16,
              metrics.horizontalAdvance("Score 100") + 12, metrics.horizontalAdvance("seed000_market") + 12)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)


class ScoringEditor(QWidget):
    def __init__(self, state: TierState, show_error: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.state = state
        self.session = state.session
        self.show_error = show_error
        self.dimension_model = RecordTableModel(self.session, "dimensions", DIMENSION_COLUMNS, self)
        self.tier_model = RecordTableModel(self.session, "tiers", TIER_COLUMNS, self)
        self.score_model = RecordTableModel(self.session, "scores", score_columns(state), self)
        for model in (self.dimension_model, self.tier_model, self.score_model):
            model.editRejected.connect(show_error)
        self.dimension_view = small_table(self.dimension_model)
        self.tier_view = small_table(self.tier_model)
        self.score_view = small_table(self.score_model, fit_columns=False)
        size_score_columns(self.score_view)
        install_source_pickers(self.score_view, self.score_model, self.session)
        self.score_view.selectionModel().currentRowChanged.connect(self._on_score_chosen)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * EDITOR_MIN_DIGITS)
        self.weight_total = QLabel()
        self.weight_total.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.add_dimension_button, self.remove_dimension_button = QPushButton(), QPushButton()
        self.add_tier_button, self.remove_tier_button = QPushButton(), QPushButton()
        self.add_dimension_button.clicked.connect(self.add_dimension)
        self.remove_dimension_button.clicked.connect(self.remove_selected_dimension)
        self.add_tier_button.clicked.connect(self.add_tier)
        self.remove_tier_button.clicked.connect(self.remove_selected_tier)
        self.rule_label = QLabel()
        self.rule_combo = QComboBox()
        self.rule_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule_combo.setMinimumContentsLength(10)
        self.rule_combo.addItem("", RULE_RANK)
        self.rule_combo.addItem("", RULE_THRESHOLD)
        self.rule_combo.activated.connect(self._on_rule_chosen)

        self.dimension_box, self.tier_box, self.score_box = QGroupBox(), QGroupBox(), QGroupBox()
        dimension_layout = QVBoxLayout(self.dimension_box)
        dimension_layout.addWidget(self.dimension_view)
        dimension_layout.addWidget(self.weight_total)
        dimension_layout.addLayout(self._buttons(self.add_dimension_button, self.remove_dimension_button))
        tier_layout = QVBoxLayout(self.tier_box)
        rule_row = QHBoxLayout()
        rule_row.addWidget(self.rule_label)
        rule_row.addWidget(self.rule_combo, 1)
        tier_layout.addLayout(rule_row)
        tier_layout.addWidget(self.tier_view)
        tier_layout.addLayout(self._buttons(self.add_tier_button, self.remove_tier_button))
        QVBoxLayout(self.score_box).addWidget(self.score_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box, stretch in ((self.dimension_box, 2), (self.tier_box, 2), (self.score_box, 3)):
            layout.addWidget(box, stretch)
        layout.addWidget(self.info)
        state.updated.connect(self._on_updated)
        self.retranslate()
        self._on_updated()

    def _on_score_chosen(self, current, _previous) -> None:
        if current.isValid():  # the Sources panel shows where the score comes from
            self.session.set_selection("scores", self.score_model.key_at(current.row()))

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def retranslate(self) -> None:
        self.dimension_box.setTitle(self.tr("Dimensions and weights"))
        self.tier_box.setTitle(self.tr("Tiers"))
        self.score_box.setTitle(self.tr("Scores, sources and notes"))
        self.add_dimension_button.setText(self.tr("Add dimension"))
        self.remove_dimension_button.setText(self.tr("Remove dimension"))
        self.add_tier_button.setText(self.tr("Add tier"))
        self.remove_tier_button.setText(self.tr("Remove tier"))
        self.rule_label.setText(self.tr("Tiers follow"))
        self.rule_combo.setItemText(0, self.tr("rank bands (last rank of each tier)"))
        self.rule_combo.setItemText(1, self.tr("score thresholds (lowest composite of each tier)"))
        for model in (self.dimension_model, self.tier_model, self.score_model):
            model.retranslate()
        self._on_updated()

    def _on_updated(self) -> None:
        weights = self.state.result.weights
        total = float(weights.raw.sum()) if len(weights.raw) else 0.0
        text = self.tr("Weights total {0:g}%.").format(total)
        if weights.notes:
            text += " " + " ".join(weights.notes)
        self.weight_total.setText(text)
        self.weight_total.setStyleSheet("color: #8a4b00;" if weights.notes else "")
        rule = self.state.workspace.setting("tier_rule", RULE_RANK)
        self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(rule)))

    # ------------------------------------------------------------ edits
    def _push(self, build: Callable) -> bool:
        try:
            self.session.push(build())
        except (EditRejected, DomainError) as error:
            self.show_error(str(error))
            return False
        return True

    def _on_rule_chosen(self, index: int) -> None:
        rule = self.rule_combo.itemData(index)
        if rule != self.state.workspace.setting("tier_rule", RULE_RANK):
            self._push(lambda: set_tier_rule(self.state.workspace, rule))

    def add_dimension(self) -> None:
        self._push(lambda: add_dimension(self.state.workspace, self.tr("New dimension"), "New dimension", 0.0))

    def _selected_key(self, view: QTableView, model: RecordTableModel):
        index = view.currentIndex()
        return model.key_at(index.row()) if index.isValid() else None

    def remove_selected_dimension(self) -> None:
        key = self._selected_key(self.dimension_view, self.dimension_model)
        if key is None:
            self.show_error(self.tr("Select the dimension to remove first."))
            return
        name = self.state.workspace.dimensions.get(key).name_zh
        overrides = sum(1 for p in self.state.workspace.tier_placements if p.override_tier is not None)
        if self._push(lambda: remove_dimension(self.state.workspace, key[0])):
            text = self.tr("Removed the dimension {0} and its scores.").format(name)
            if overrides:
                text += " " + self.tr("{0} override(s) stay in place; check that their reasons still hold.").format(
                    overrides)
            self.info.setText(text)

    def add_tier(self) -> None:
        self._push(lambda: add_tier(self.state.workspace))

    def remove_selected_tier(self) -> None:
        key = self._selected_key(self.tier_view, self.tier_model)
        if key is None:
            self.show_error(self.tr("Select the tier to remove first."))
            return
        cleared = overrides_to_tier(self.state.workspace, key[0])
        if self._push(lambda: remove_tier(self.state.workspace, key[0])) and cleared:
            names = ", ".join(self.state.name_of(v) for v in cleared)
            self.info.setText(self.tr("The overrides of {0} pointed at the removed tier and were cleared.").format(names))
