"""The panel's side: market figures, concentration, checks and conflicting sources."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QGroupBox, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from workbench.domain.market_shares import MarketView
from workbench.domain.percent import format_share
from workbench.domain.revenue_checks import SHARE_FIELDS, Check, Conflict
from workbench.domain.revenue_figures import RevenueFigures
from workbench.domain.units import format_cny

from ...i18n import current_language

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
    labels = {"base_revenue": translate("RevenuePanel", "cloud segment revenue"),
              "group_revenue": translate("RevenuePanel", "group revenue"),
              "share_low": translate("RevenuePanel", "revenue mix (low)"),
              "share_base": translate("RevenuePanel", "revenue mix (base)"),
              "share_high": translate("RevenuePanel", "revenue mix (high)")}
    return labels.get(name, name)


def observation_value(field: str, value: float | None, language: str) -> str:
    """A share as a percentage, an amount (held in bn CNY) in the language's unit."""
    return format_share(value) if field in SHARE_FIELDS else format_cny(value, language)


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
        self.values = {name: QLabel() for name in ("llm", "multimodal", "forecast", "cagr")}
        for label in self.values.values():
            label.setWordWrap(True)
        self._form = QFormLayout(self)
        self._captions = {name: QLabel() for name in ("llm", "share", "multimodal", "forecast", "cagr")}
        for name, caption in self._captions.items():
            self._form.addRow(caption, self.share_spin if name == "share" else self.values[name])

    def show_figures(self, figures: RevenueFigures, language: str) -> None:
        market = figures.market
        self.setTitle(translate("RevenuePanel", "Market size"))
        self._captions["llm"].setText(translate("RevenuePanel", "LLM market"))
        self._captions["share"].setText(translate("RevenuePanel", "Multimodal share"))
        self._captions["multimodal"].setText(
            translate("RevenuePanel", "Multimodal market {0}").format(market.year or ""))
        self._captions["forecast"].setText(translate("RevenuePanel", "Forecast {0}").format(market.forecast_year or ""))
        self._captions["cagr"].setText(translate("RevenuePanel", "CAGR"))
        self.values["llm"].setText("  ·  ".join(f"{p.year}: {format_cny(p.value, language)}"
                                                for p in market.llm_points))
        with QSignalBlocker(self.share_spin):
            self.share_spin.setValue((market.multimodal_share or 0) * 100)
        size = market.size
        text = format_cny(size, language) if size is not None else "—"
        if market.derived_size is not None:
            text += f"  (= {format_cny(market.llm_size, language)} × {format_share(market.multimodal_share)})"
        self.values["multimodal"].setText(text)
        self.values["forecast"].setText(format_cny(market.forecast_size, language)
                                        if market.forecast_size is not None else "—")
        self.values["cagr"].setText(translate("RevenuePanel", "{0} a year, {1}-{2}").format(
                                    format_share(market.cagr), market.year, market.forecast_year)
                                    if market.cagr is not None else "—")


class ConcentrationBox(QGroupBox):
    """One named market's concentration: CR-n of the named vendors, HHI as a range over the whole market."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._form = QFormLayout(self)
        self.captions = {name: QLabel() for name in ("named", "others", "cr3", "cr5", "hhi", "reading")}
        self.values = {name: QLabel() for name in self.captions}
        for name in self.captions:
            self.values[name].setWordWrap(True)
            self._form.addRow(self.captions[name], self.values[name])

    def show_view(self, view: MarketView | None) -> None:
        self.setTitle(translate("RevenuePanel", "Concentration of this market"))
        captions = {
            "named": translate("RevenuePanel", "Named vendors' total"),
            "others": translate("RevenuePanel", "Others / not attributed"),
            "cr3": translate("RevenuePanel", "CR3 (named vendors only)"),
            "cr5": translate("RevenuePanel", "CR5 (named vendors only)"),
            "hhi": translate("RevenuePanel", "HHI (range)"),
            "reading": translate("RevenuePanel", "Reading"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        c = view.concentration if view is not None else None
        if c is None:
            for label in self.values.values():
                label.setText("—")
            self.values["reading"].setText(translate("RevenuePanel", "No vendor shares given: nothing to compute"))
            return
        self.values["named"].setText(translate("RevenuePanel", "{0} ({1} vendors)").format(
            format_share(view.total), c.named_count))
        self.values["others"].setText(format_share(view.remainder))
        self.values["cr3"].setText(format_share(c.cr3))
        self.values["cr5"].setText(format_share(c.cr5))
        self.values["hhi"].setText(translate("RevenuePanel", "{0} – {1} (others as many small firms – as one firm)")
                                   .format(f"{c.hhi_low:,.0f}", f"{c.hhi_high:,.0f}"))
        low, high = c.reading.split(" to ") if " to " in c.reading else (c.reading, c.reading)
        text = translate("RevenuePanel", _READINGS[low])
        if high != low:
            text += " – " + translate("RevenuePanel", _READINGS[high])
        self.values["reading"].setText(text)

    def hhi_text(self) -> str:
        return self.values["hhi"].text()


class ChecksList(QListWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self._shown = None

    def show_checks(self, figures: RevenueFigures, names: dict[str, str], language: str = "en") -> None:
        shown = (figures.checks, names, language, current_language())  # the words change with the language
        if shown == self._shown:
            return  # rebuilding the list re-wraps every line: only when something changed
        self._shown = shown
        self.clear()
        for check in figures.checks:
            item = QListWidgetItem(f"{_LEVEL_MARKS[check.level]}  {check_message(check, names, language)}")
            item.setForeground(QBrush(QColor(_LEVEL_COLORS[check.level])))
            item.setData(Qt.ItemDataRole.UserRole, check.level)
            self.addItem(item)

    def texts(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]


def _vendor_list(check: Check, names: dict[str, str], limit: int = 8) -> str:
    shown = [names.get(v, v) for v in check.vendors[:limit]]
    more = len(check.vendors) - limit
    return "、".join(shown) + (translate("RevenuePanel", " and {0} more").format(more) if more > 0 else "")


def check_message(check: Check, names: dict[str, str], language: str = "en") -> str:
    values = check.values
    if check.code == "order":
        return (translate("RevenuePanel", "Shares out of order (low ≤ base ≤ high): {0}").format(
                    _vendor_list(check, names))
                if check.vendors else translate("RevenuePanel", "Every estimate runs low ≤ base ≤ high"))
    if check.code == "range":
        return (translate("RevenuePanel", "Shares outside 0-100%: {0}").format(_vendor_list(check, names))
                if check.vendors else translate("RevenuePanel", "Every share is within 0-100%"))
    if check.code == "within_markets":
        return translate("RevenuePanel", "Every named market's shares add up to at most 100%")
    if check.code == "exceeds_market":
        return translate("RevenuePanel", "Shares above 100% of: {0}").format(check.text)
    if check.code == "conflict":
        parts = [f"{observation_value(check.text, v, language)} ({s or '—'})" for v, s in zip(values, check.sources)]
        return translate("RevenuePanel", "{0}: sources disagree on {1}: {2} in use; also {3}").format(
            _vendor_list(check, names), field_label(check.text), parts[0], "; ".join(parts[1:]))
    if check.code == "not_in_use":
        return translate("RevenuePanel", "{0}: {1} is {2}, but the observation in use says {3}").format(
            _vendor_list(check, names), field_label(check.text), observation_value(check.text, values[0], language),
            observation_value(check.text, values[1], language))
    return check.code


class ConflictsBox(QGroupBox):
    """Each disagreement with all its values and sources; the analyst picks the one to use."""

    picked = Signal(str)  # observation_id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(True)
        # The box is narrow: the value and "in use" keep their whole width, the source takes the rest, and
        # each figure's title spans the row. The note column is hidden: the note is the line's tooltip.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnHidden(3, True)
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

    def show_conflicts(self, conflicts: list[Conflict], names: dict[str, str], sources: dict[str, str],
                       language: str = "en") -> None:
        shown = (conflicts, names, sources, language, current_language())
        if shown == self._shown:
            return
        self._shown = shown
        self.setTitle(translate("RevenuePanel", "Observations side by side"))
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
                                         observation_value(observation.field, observation.value, language),
                                         "✓" if observation.in_use else "", observation.note])
                child.setData(0, OBSERVATION_ROLE, observation.observation_id)
                source = sources.get(observation.source_id, observation.source_id)
                child.setToolTip(0, f"{source}\n{observation.note}" if observation.note else source)
                child.setToolTip(3, observation.note)
                if observation.in_use:
                    font = child.font(0)
                    font.setBold(True)
                    for column in range(4):
                        child.setFont(column, font)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # "vendor · figure" is wider than the source column
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
