"""The panel's three charts: amounts with their low-high range, the Pareto line, the market."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPen

from workbench.domain.percent import format_share
from workbench.domain.revenue_figures import MarketFigures, RevenueFigures

from .models import scenario_label

MAX_BARS = 30  # more would be unreadable; the Pareto line covers every vendor
MAX_MARKERS = 60
BAR_COLOR = "#1f77b4"
LLM_COLOR = "#7f7f7f"
MULTIMODAL_COLOR = "#d62728"


translate = QCoreApplication.translate


def _set_title(widget: pg.PlotWidget, text: str) -> None:
    """Titles are rich text and costly to lay out: only set one that changed."""
    if widget.property("title_text") != text:
        widget.setProperty("title_text", text)
        widget.setTitle(text, color="#333333")


def _plot(title: str = "") -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w")
    plot.setMenuEnabled(False)
    plot.getPlotItem().hideButtons()
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setTitle(title, color="#333333")
    plot.setMinimumSize(220, 180)
    return plot


class AmountBars:
    """Horizontal bars of each vendor's amount under the scenario, whiskers from low to high."""

    def __init__(self):
        self.widget = _plot()
        self.widget.getAxis("left").setStyle(hideOverlappingLabels=False)  # every bar keeps its name
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=BAR_COLOR, pen=None)
        self.errors = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), beam=0.25, pen=pg.mkPen("#333333", width=1.2))
        self.widget.addItem(self.bars)
        self.widget.addItem(self.errors)
        self.rows: list[tuple[str, float, float, float]] = []  # (name, amount, low, high), top first
        self._ticks: list = []

    def retranslate(self) -> None:
        self.widget.setLabel("bottom", translate("RevenuePanel", "bn CNY"))

    def show(self, figures: RevenueFigures, scenario: str) -> None:
        ranked = figures.ranked(scenario)[:MAX_BARS]
        self.rows = [(v.name_zh, v.amount(scenario), _or(v.amounts[0], v.amount(scenario)),
                      _or(v.amounts[2], v.amount(scenario))) for v in ranked]
        amounts = np.array([r[1] for r in self.rows], dtype=float)
        lows = np.array([r[2] for r in self.rows], dtype=float)
        highs = np.array([r[3] for r in self.rows], dtype=float)
        positions = np.arange(len(self.rows), dtype=float)[::-1]  # the largest on top
        self.bars.setOpts(x0=np.zeros(len(self.rows)), y=positions, width=amounts, height=0.6)
        self.errors.setData(x=amounts, y=positions, left=amounts - lows, right=highs - amounts)
        ticks = [(float(p), r[0]) for p, r in zip(positions, self.rows)]
        if ticks != self._ticks:  # re-laying out the names is the costly part: only when they move
            self._ticks = ticks
            axis = self.widget.getAxis("left")
            axis.setTicks([ticks])
            metrics = QFontMetrics(self.widget.font())
            axis.setWidth(max([metrics.horizontalAdvance(r[0]) for r in self.rows] + [30]) + 12)
        total = len(figures.ranked(scenario))
        title = translate("RevenuePanel", "Large-model revenue ({0})").format(scenario_label(scenario))
        if total > MAX_BARS:
            title += " · " + translate("RevenuePanel", "top {0} of {1}").format(MAX_BARS, total)
        _set_title(self.widget, title)
        if self.rows:
            self.widget.setXRange(0, float(max(highs.max(), amounts.max())) * 1.05, padding=0)
            self.widget.setYRange(-0.7, len(self.rows) - 0.3, padding=0)


class ParetoLine:
    """Cumulative share of the vendors' total, vendors ranked largest first."""

    def __init__(self):
        self.widget = _plot()
        self.line = self.widget.plot([], [], pen=pg.mkPen(BAR_COLOR, width=2), symbol="o", symbolSize=6,
                                     symbolBrush=BAR_COLOR)
        guide = pg.InfiniteLine(80, angle=0, pen=pg.mkPen("#999999", style=Qt.PenStyle.DashLine))
        self.widget.addItem(guide)
        self.widget.setYRange(0, 102, padding=0)
        self.cumulative: list[float] = []  # percent, by rank

    def retranslate(self) -> None:
        self.widget.setLabel("bottom", translate("RevenuePanel", "Vendors, largest first"))
        self.widget.setLabel("left", "%")

    def show(self, figures: RevenueFigures, scenario: str) -> None:
        amounts = np.array([v.amount(scenario) for v in figures.ranked(scenario)], dtype=float)
        total = amounts.sum()
        cumulative = np.cumsum(amounts) / total * 100 if total > 0 else np.zeros(0)
        self.cumulative = cumulative.tolist()
        # Markers for thousands of vendors would hide the line and cost more than it
        self.line.setSymbol("o" if len(cumulative) <= MAX_MARKERS else None)
        self.line.setData(np.arange(1, len(cumulative) + 1, dtype=float), cumulative)
        _set_title(self.widget, translate("RevenuePanel", "Cumulative share (Pareto)"))
        if len(cumulative):
            self.widget.setXRange(0.5, len(cumulative) + 0.5, padding=0)
            step = max(1, len(cumulative) // 10)  # whole ranks only
            self.widget.getAxis("bottom").setTickSpacing(major=step, minor=step)


class MarketChart:
    """The LLM and multimodal market series by year; forecasts dashed."""

    def __init__(self):
        self.widget = _plot()
        self.widget.addLegend(offset=(10, 10))
        self.llm = self.widget.plot([], [], pen=pg.mkPen(LLM_COLOR, width=2), symbol="o", symbolSize=6,
                                    symbolBrush=LLM_COLOR, name="LLM")
        self.multimodal = self.widget.plot([], [], pen=pg.mkPen(MULTIMODAL_COLOR, width=2), symbol="s",
                                           symbolSize=6, symbolBrush=MULTIMODAL_COLOR, name="Multimodal")
        dashed = QPen(QColor(MULTIMODAL_COLOR))
        dashed.setStyle(Qt.PenStyle.DashLine)
        dashed.setWidthF(2)
        dashed.setCosmetic(True)
        self.forecast = self.widget.plot([], [], pen=dashed, symbol="t", symbolSize=8, symbolBrush=MULTIMODAL_COLOR)
        self._shown: MarketFigures | None = None

    def show(self, market: MarketFigures) -> None:
        if market == self._shown:
            return  # edits of vendors and scenario switches leave the market as it was
        self._shown = market
        self._set(self.llm, [p for p in market.llm_points if not p.is_forecast])
        reported = [p for p in market.multimodal_points if not p.is_forecast]
        self._set(self.multimodal, reported)
        forecast = [p for p in market.multimodal_points if p.is_forecast]
        self._set(self.forecast, (reported[-1:] if forecast else []) + forecast)
        title = translate("RevenuePanel", "Market size")
        if market.cagr is not None:
            title += " · " + translate("RevenuePanel", "CAGR {0}-{1}: {2}").format(market.year, market.forecast_year,
                                                                    format_share(market.cagr))
        _set_title(self.widget, title)

    def retranslate(self) -> None:
        legend = self.widget.getPlotItem().legend
        legend.getLabel(self.llm).setText(translate("RevenuePanel", "LLM market"))
        legend.getLabel(self.multimodal).setText(translate("RevenuePanel", "Multimodal market"))
        self.widget.setLabel("left", translate("RevenuePanel", "bn CNY"))
        self._shown = None  # the title is translated too

    @staticmethod
    def _set(item, points) -> None:
        item.setData([float(p.year) for p in points], [p.value for p in points])


def _or(value: float | None, fallback: float) -> float:
    return fallback if value is None else value
