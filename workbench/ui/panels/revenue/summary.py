"""The panel's side: market figures, concentration, checks and conflicting sources."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from workbench.domain.market import SCENARIOS
from workbench.domain.percent import format_share
from workbench.domain.revenue_checks import Check, Conflict
from workbench.domain.revenue_figures import RevenueFigures

from .models import format_amount, scenario_label

OBSERVATION_ROLE = Qt.ItemDataRole.UserRole + 1
_LEVEL_MARKS = {"ok": "✓", "info": "ℹ", "warning": "⚠"}
_LEVEL_COLORS = {"ok": "#2e7d32", "info": "#455a64", "warning": "#b26a00"}
_READINGS = {
    "unconcentrated": QT_TRANSLATE_NOOP("RevenuePanel", "unconcentrated (HHI < 1,500)"),
    "moderately concentrated": QT_TRANSLATE_NOOP("RevenuePanel", "moderately concentrated (1,500-2,500)"),
    "highly concentrated": QT_TRANSLATE_NOOP("RevenuePanel", "highly concentrated (> 2,500)"),
}


translate = QCoreApplication.translate


def field_label(name: str) -> str:
    labels = {"base_revenue": translate("RevenuePanel", "base revenue"),
              "group_revenue": translate("RevenuePanel", "group revenue")}
    return labels.get(name, name)


class MarketBox(QGroupBox):
    """The LLM market, the multimodal share (editable), the multimodal market, forecast and CAGR."""

    shareEdited = Signal(float)  # a fraction 0-1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.share_spin = QDoubleSpinBox()
        self.share_spin.setRange(0, 100)
        self.share_spin.setDecimals(1)
        self.share_spin.setSuffix(" %")
        self.share_spin.setKeyboardTracking(False)  # one edit when typing is done, not one per digit
        self.share_spin.valueChanged.connect(lambda value: self.shareEdited.emit(round(value / 100, 6)))
        self.values = {name: QLabel() for name in ("llm", "multimodal", "forecast", "cagr", "total")}
        self._form = QFormLayout(self)
        self._captions = {name: QLabel() for name in ("llm", "share", "multimodal", "forecast", "cagr", "total")}
        for name, caption in self._captions.items():
            self._form.addRow(caption, self.share_spin if name == "share" else self.values[name])

    def show_figures(self, figures: RevenueFigures, scenario: str) -> None:
        market = figures.market
        self.setTitle(translate("RevenuePanel", "Market"))
        self._captions["llm"].setText(translate("RevenuePanel", "LLM market"))
        self._captions["share"].setText(translate("RevenuePanel", "Multimodal share"))
        self._captions["multimodal"].setText(
            translate("RevenuePanel", "Multimodal market {0}").format(market.year or ""))
        self._captions["forecast"].setText(translate("RevenuePanel", "Forecast {0}").format(market.forecast_year or ""))
        self._captions["cagr"].setText(translate("RevenuePanel", "CAGR"))
        self._captions["total"].setText(
            translate("RevenuePanel", "Vendors' total ({0})").format(scenario_label(scenario)))
        self.values["llm"].setText("  ·  ".join(f"{p.year}: {format_amount(p.value)}" for p in market.llm_points)
                                   + " " + translate("RevenuePanel", "bn"))
        self.share_spin.blockSignals(True)
        self.share_spin.setValue((market.multimodal_share or 0) * 100)
        self.share_spin.blockSignals(False)
        size = market.size
        bn, of_market = translate("RevenuePanel", "bn"), translate("RevenuePanel", "of the market")
        text = f"{format_amount(size)} {bn}" if size is not None else "—"
        if market.derived_size is not None:
            text += f"  (= {format_amount(market.llm_size)} × {format_share(market.multimodal_share)})"
        self.values["multimodal"].setText(text)
        self.values["forecast"].setText(f"{format_amount(market.forecast_size)} {bn}"
                                        if market.forecast_size is not None else "—")
        self.values["cagr"].setText(translate("RevenuePanel", "{0} a year, {1}-{2}").format(
                                    format_share(market.cagr), market.year,
                                                                     market.forecast_year)
                                    if market.cagr is not None else "—")
        total = figures.totals[scenario]
        share = f"  ({format_share(total / size, 0)} {of_market})" if size else ""
        self.values["total"].setText(f"{format_amount(total)} {bn}{share}")


class ConcentrationBox(QGroupBox):
    """CR3, CR5 and HHI under each scenario; the chosen scenario's row in bold."""

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        self.headers = [QLabel() for _ in range(5)]
        for column, label in enumerate(self.headers):
            grid.addWidget(label, 0, column)
        self.cells = {s: [QLabel() for _ in range(5)] for s in SCENARIOS}
        for row, scenario in enumerate(SCENARIOS, start=1):
            for column, label in enumerate(self.cells[scenario]):
                grid.addWidget(label, row, column)

    def show_figures(self, figures: RevenueFigures, scenario: str) -> None:
        self.setTitle(translate("RevenuePanel", "Concentration (vendors' amounts)"))
        headers = (translate("RevenuePanel", "Scenario"), "CR3", "CR5", "HHI", translate("RevenuePanel", "Reading"))
        for label, text in zip(self.headers, headers):
            label.setText(f"<b>{text}</b>")
        for name in SCENARIOS:
            result = figures.concentration[name]
            texts = (scenario_label(name), format_share(result.cr3), format_share(result.cr5),
                     f"{result.hhi:,.0f}", translate("RevenuePanel", _READINGS[result.reading]))
            for label, text in zip(self.cells[name], texts):
                label.setText(text)
                if label.font().bold() != (name == scenario):
                    font = QFont(label.font())
                    font.setBold(name == scenario)
                    label.setFont(font)

    def hhi_text(self, scenario: str) -> str:
        return self.cells[scenario][3].text()


class ChecksList(QListWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self._shown = None

    def show_checks(self, figures: RevenueFigures, names: dict[str, str]) -> None:
        shown = (figures.checks, names)
        if shown == self._shown:
            return  # rebuilding the list re-wraps every line: only when something changed
        self._shown = shown
        self.clear()
        for check in figures.checks:
            item = QListWidgetItem(f"{_LEVEL_MARKS[check.level]}  {check_message(check, names)}")
            item.setForeground(QBrush(QColor(_LEVEL_COLORS[check.level])))
            item.setData(Qt.ItemDataRole.UserRole, check.level)
            self.addItem(item)

    def texts(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]


def _vendor_list(check: Check, names: dict[str, str], limit: int = 8) -> str:
    shown = [names.get(v, v) for v in check.vendors[:limit]]
    more = len(check.vendors) - limit
    return "、".join(shown) + (translate("RevenuePanel", " and {0} more").format(more) if more > 0 else "")


def check_message(check: Check, names: dict[str, str]) -> str:
    scenario = scenario_label(check.scenario) if check.scenario else ""
    values = check.values
    if check.code == "order":
        return (translate("RevenuePanel", "Shares out of order (low ≤ base ≤ high): {0}").format(
                    _vendor_list(check, names))
                if check.vendors else translate("RevenuePanel", "Every estimate runs low ≤ base ≤ high"))
    if check.code == "range":
        return (translate("RevenuePanel", "Shares outside 0-100%: {0}").format(_vendor_list(check, names))
                if check.vendors else translate("RevenuePanel", "Every share is within 0-100%"))
    if check.code == "exceeds_market":
        return translate("RevenuePanel",
                         "{0}: the vendors' total {1} bn exceeds the multimodal market of {2} bn").format(
            scenario, format_amount(values[0]), format_amount(values[1]))
    if check.code == "within_market":
        return translate("RevenuePanel",
                         "{0}: the vendors' total {1} bn is within the multimodal market of {2} bn").format(
            scenario, format_amount(values[0]), format_amount(values[1]))
    if check.code == "market_mismatch":
        return translate("RevenuePanel",
                         "LLM market × multimodal share gives {0} bn; the multimodal series records {1} bn").format(
            format_amount(values[0]), format_amount(values[1]))
    if check.code == "no_market":
        return translate("RevenuePanel", "No multimodal market size: market shares cannot be computed")
    if check.code == "no_base_revenue":
        return translate("RevenuePanel", "No base revenue, so no amount: {0}").format(_vendor_list(check, names))
    if check.code == "other_currency":
        return translate("RevenuePanel", "Not in {0}, left out of totals and shares: {1}").format(
            check.text, _vendor_list(check, names))
    if check.code == "conflict":
        parts = [f"{format_amount(v)} ({s or '—'})" for v, s in zip(values, check.sources)]
        return translate("RevenuePanel", "{0}: sources disagree on {1}: {2} in use; also {3}").format(
            _vendor_list(check, names), field_label(check.text), parts[0], "; ".join(parts[1:]))
    if check.code == "not_in_use":
        return translate("RevenuePanel", "{0}: {1} is {2}, but the observation in use says {3}").format(
            _vendor_list(check, names), field_label(check.text), format_amount(values[0]), format_amount(values[1]))
    return check.code


class ConflictsBox(QGroupBox):
    """Each disagreement with all its values and sources; the analyst picks the one to use."""

    picked = Signal(str)  # observation_id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(True)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self._pick(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.use_button = QPushButton()
        self.use_button.clicked.connect(lambda: self._pick(self.tree.currentItem()))
        self.empty_label = QLabel()
        self._shown = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_conflicts(self, conflicts: list[Conflict], names: dict[str, str], sources: dict[str, str]) -> None:
        shown = (conflicts, names, sources)
        if shown == self._shown:
            return
        self._shown = shown
        self.setTitle(translate("RevenuePanel", "Conflicting sources"))
        self.tree.setHeaderLabels([translate("RevenuePanel", "Figure / source"), translate("RevenuePanel", "Value"),
                                   translate("RevenuePanel", "In use"), translate("RevenuePanel", "Note")])
        self.use_button.setText(translate("RevenuePanel", "Use the selected value"))
        self.empty_label.setText(translate("RevenuePanel", "All sources agree."))
        self.empty_label.setVisible(not conflicts)
        self.tree.clear()
        for conflict in conflicts:
            top = QTreeWidgetItem([f"{names.get(conflict.vendor_id, conflict.vendor_id)} · "
                                   f"{field_label(conflict.field)}"])
            for observation in conflict.observations:
                child = QTreeWidgetItem([sources.get(observation.source_id, observation.source_id),
                                         format_amount(observation.value),
                                         "✓" if observation.in_use else "", observation.note])
                child.setData(0, OBSERVATION_ROLE, observation.observation_id)
                child.setToolTip(3, observation.note)
                if observation.in_use:
                    font = child.font(0)
                    font.setBold(True)
                    for column in range(4):
                        child.setFont(column, font)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 220))  # long publisher names are elided
        self._update_button()

    def _update_button(self) -> None:
        item = self.tree.currentItem()
        self.use_button.setEnabled(item is not None and item.data(0, OBSERVATION_ROLE) is not None
                                   and item.text(2) == "")

    def _pick(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, OBSERVATION_ROLE) is not None:
            self.picked.emit(item.data(0, OBSERVATION_ROLE))


def side_panel(*boxes: QWidget) -> QWidget:
    side = QWidget()
    layout = QVBoxLayout(side)
    layout.setContentsMargins(0, 0, 0, 0)
    for box in boxes:
        layout.addWidget(box)
    return side
