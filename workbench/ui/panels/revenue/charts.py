"""The panel's charts: revenue mix ranges by category, one market's shares, the market-size series."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPen

from workbench.domain.percent import format_share
from workbench.domain.revenue_figures import MarketFigures, RevenueFigures

from workbench.domain.units import money_unit_label, shown_amount

from ...image_export import install_image_actions

MAX_BARS = 40
BAR_COLOR = "#1f77b4"
BOUND_COLOR = "#9ecae1"  # an upper bound, not an estimate
OTHERS_COLOR = "#bdbdbd"
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
    plot.setMenuEnabled(False)  # pyqtgraph's own menu; ours offers the picture
    plot.getPlotItem().hideButtons()
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setTitle(title, color="#333333")
    plot.setMinimumSize(220, 180)
    return plot


class MixRanges:
    """Each vendor's revenue mix as a bar from low to high and a mark at the base, grouped by category."""

    def __init__(self):
        self.widget = _plot()
        self.image_actions = install_image_actions(self.widget, name="revenue_mix")
        self.widget.getAxis("left").setStyle(hideOverlappingLabels=False)  # every bar keeps its name
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.55, width=[], brush=BAR_COLOR, pen=None)
        self.bounds = pg.BarGraphItem(x0=[], y=[], height=0.55, width=[], brush=BOUND_COLOR, pen=None)
        self.marks = pg.ScatterPlotItem(size=9, symbol="d", brush=pg.mkBrush("#222222"), pen=None)
        for item in (self.bounds, self.bars, self.marks):
            self.widget.addItem(item)
        self.widget.setXRange(0, 100, padding=0.02)
        self.rows: list[tuple[str, float, float, float | None]] = []  # (label, low %, high %, base %), top first
        self._ticks: list = []

    def retranslate(self) -> None:
        self.widget.setLabel("bottom", translate("RevenuePanel", "% of the vendor's own revenue"))

    def show(self, figures: RevenueFigures) -> None:
        from .models import CATEGORY_LABELS

        ticks, positions, marks, bound_rows = [], [], [], []
        order = list(CATEGORY_LABELS)
        everyone = sorted(figures.mix, key=lambda r: order.index(r.record.category) if r.record.category in order else 99)
        rows = everyone[:MAX_BARS]  # more would be unreadable; the table lists every vendor
        y, previous = 0.0, None
        self.rows = []
        for row in rows:
            category = row.record.category
            if category != previous:
                ticks.append((-y, "▸ " + translate("RevenuePanel", CATEGORY_LABELS.get(category, category))))
                y += 1
                previous = category
            low, base, high = row.shares
            present = [v for v in (low, base, high) if v is not None]
            if not present:
                continue
            start, stop = min(present) * 100, max(present) * 100
            width = max(stop - start, 0.6)  # a single value still shows as a thin bar
            (bound_rows if row.upper_bound else positions).append((-y, start, width))
            if base is not None:
                marks.append((base * 100, -y))
            label = row.name_zh + (" ≤" if row.upper_bound else "")
            ticks.append((-y, label))
            self.rows.append((label, start, stop, base * 100 if base is not None else None))
            y += 1
        for item, data in ((self.bars, positions), (self.bounds, bound_rows)):
            item.setOpts(x0=[d[1] for d in data], y=[d[0] for d in data], width=[d[2] for d in data], height=0.55)
        self.marks.setData([m[0] for m in marks], [m[1] for m in marks])
        if ticks != self._ticks:
            self._ticks = ticks
            axis = self.widget.getAxis("left")
            axis.setTicks([ticks])
            metrics = QFontMetrics(self.widget.font())
            axis.setWidth(max([metrics.horizontalAdvance(t[1]) for t in ticks] + [30]) + 12)
        title = translate("RevenuePanel", "Revenue mix by category (≤ upper bound)")
        if len(everyone) > MAX_BARS:
            title += " · " + translate("RevenuePanel", "first {0} of {1}").format(MAX_BARS, len(everyone))
        _set_title(self.widget, title)
        self.widget.setXRange(0, 103, padding=0)  # shares of the vendor's own revenue: the axis ends at 100%
        self.widget.setYRange(-y + 0.4, 0.6, padding=0)


class MarketShareBars:
    """One named market: each vendor's share, then Others / not attributed; the axis ends at 100%."""

    def __init__(self):
        self.widget = _plot()
        self.image_actions = install_image_actions(self.widget, name="market_shares")
        self.widget.getAxis("left").setStyle(hideOverlappingLabels=False)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=BAR_COLOR, pen=None)
        self.others = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=OTHERS_COLOR, pen=None)
        self.widget.addItem(self.bars)
        self.widget.addItem(self.others)
        self.widget.setXRange(0, 100, padding=0.02)
        self.rows: list[tuple[str, float]] = []  # (name, share %), top first; Others last

    def retranslate(self) -> None:
        self.widget.setLabel("bottom", translate("RevenuePanel", "% of the named market"))

    def show(self, view) -> None:
        self.rows = []
        if view is not None:
            self.rows = [(s.name, s.share * 100) for s in view.ranked() if s.share is not None]
            if view.shares:
                self.rows.append((translate("RevenuePanel", "Others / not attributed"), view.remainder * 100))
        named = [(i, r) for i, r in enumerate(self.rows[:-1] if view is not None and view.shares else self.rows)]
        self.bars.setOpts(x0=[0] * len(named), y=[-i for i, _r in named], width=[r[1] for _i, r in named],
                          height=0.6)
        last = len(self.rows) - 1
        has_others = view is not None and bool(view.shares)
        self.others.setOpts(x0=[0] if has_others else [], y=[-last] if has_others else [],
                            width=[self.rows[-1][1]] if has_others else [], height=0.6)
        ticks = [(-i, f"{name}  {format_share(share / 100)}") for i, (name, share) in enumerate(self.rows)]
        axis = self.widget.getAxis("left")
        axis.setTicks([ticks])
        metrics = QFontMetrics(self.widget.font())
        axis.setWidth(max([metrics.horizontalAdvance(t[1]) for t in ticks] + [30]) + 12)
        title = translate("RevenuePanel", "No vendor shares given for this market")
        if view is not None and view.shares:
            title = translate("RevenuePanel", "Shares of this market ({0})").format(view.definition.period)
        _set_title(self.widget, title)
        self.widget.setXRange(0, 101, padding=0)
        self.widget.setYRange(-max(len(self.rows), 1) + 0.4, 0.6, padding=0)


class MarketChart:
    """The LLM and multimodal market series by year; forecasts dashed."""

    def __init__(self):
        self.widget = _plot()
        self.image_actions = install_image_actions(self.widget, name="market_size")
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

    language = "en"

    def show(self, market: MarketFigures, language: str = "en") -> None:
        if market == self._shown and language == self.language:
            return  # edits of vendors leave the market as it was
        self._shown, self.language = market, language
        self._set(self.llm, [p for p in market.llm_points if not p.is_forecast])
        reported = [p for p in market.multimodal_points if not p.is_forecast]
        self._set(self.multimodal, reported)
        forecast = [p for p in market.multimodal_points if p.is_forecast]
        self._set(self.forecast, (reported[-1:] if forecast else []) + forecast)
        title = translate("RevenuePanel", "Market size")
        if market.cagr is not None:
            # On a line of its own: beside the title it is cut off in a chart of a third of the panel.
            title += "<br>" + translate("RevenuePanel", "CAGR {0}-{1}: {2}").format(market.year, market.forecast_year,
                                                                    format_share(market.cagr))
        _set_title(self.widget, title)

    def retranslate(self) -> None:
        legend = self.widget.getPlotItem().legend
        legend.getLabel(self.llm).setText(translate("RevenuePanel", "LLM market"))
        legend.getLabel(self.multimodal).setText(translate("RevenuePanel", "Multimodal market"))
        self.widget.setLabel("left", money_unit_label(self.language))
        self._shown = None  # the title is translated too

    def _set(self, item, points) -> None:
        item.setData([float(p.year) for p in points], [shown_amount(p.value, self.language) for p in points])
        self.widget.setLabel("left", money_unit_label(self.language))
