"""Key figures: token prices as a small chart, and every key figure by topic with the filing totals side by side.

Selecting a line selects its record, so the Sources panel shows where the figure comes from.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSignalBlocker, QSize, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from workbench.domain.key_figures import FigureRow, format_value, key_figure_rows, price_points

from ..i18n import amount_units, current_language
from ..image_export import install_image_actions, toolbar_button
from .base import Panel

_TOPIC_TITLES = {
    "filings": QT_TRANSLATE_NOOP("KeyFigures", "Filings and registrations (the sources disagree: compare by date)"),
    "models": QT_TRANSLATE_NOOP("KeyFigures", "Large models launched and filed"),
    "token_price": QT_TRANSLATE_NOOP("KeyFigures", "Price per million tokens"),
    "ai_industry": QT_TRANSLATE_NOOP("KeyFigures", "China AI industry (iResearch outlook)"),
    "training_cost": QT_TRANSLATE_NOOP("KeyFigures", "Training cost per model"),
}
_UNITS = {
    "CNY per million tokens": QT_TRANSLATE_NOOP("KeyFigures", "CNY per million tokens"),
    "models": QT_TRANSLATE_NOOP("KeyFigures", "models"),
    "services": QT_TRANSLATE_NOOP("KeyFigures", "services"),
    "apps": QT_TRANSLATE_NOOP("KeyFigures", "apps"),
    "bn CNY": QT_TRANSLATE_NOOP("KeyFigures", "bn CNY"),
    "USD m": QT_TRANSLATE_NOOP("KeyFigures", "USD m"),
}
_KINDS = {
    "reported": QT_TRANSLATE_NOOP("KeyFigures", "Reported"),
    "estimate": QT_TRANSLATE_NOOP("KeyFigures", "Estimate"),
    "assessment": QT_TRANSLATE_NOOP("KeyFigures", "Analyst assessment"),
}
COLUMNS = (QT_TRANSLATE_NOOP("KeyFigures", "Figure"), QT_TRANSLATE_NOOP("KeyFigures", "Period"),
           QT_TRANSLATE_NOOP("KeyFigures", "Value"), QT_TRANSLATE_NOOP("KeyFigures", "Unit"),
           QT_TRANSLATE_NOOP("KeyFigures", "Kind"), QT_TRANSLATE_NOOP("KeyFigures", "Source"))
_ROW_ROLE = Qt.ItemDataRole.UserRole


def _text(text: str) -> str:
    return QCoreApplication.translate("KeyFigures", text)


def is_chinese() -> bool:
    return current_language().startswith("zh")


class PriceChart(QWidget):
    """Bars of the token price by half-year, each labelled with its price."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[tuple[str, float]] = []
        self.title = ""
        self.setMinimumHeight(150)

    def set_points(self, points: list[tuple[str, float]], title: str) -> None:
        self.points, self.title = points, title
        self.setVisible(bool(points))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 170)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.points:
            return
        top, bottom = 2 * line + 4, self.height() - line - 6
        highest = max(value for _, value in self.points) or 1.0
        slot = self.width() / len(self.points)
        bar_width = min(56.0, slot * 0.6)
        for index, (period, value) in enumerate(self.points):
            centre = slot * (index + 0.5)
            height = max(1.0, (bottom - top) * value / highest)
            bar = QRectF(centre - bar_width / 2, bottom - height, bar_width, height)
            painter.fillRect(bar, QColor("#d62728"))
            label = format_value(value)
            painter.drawText(QRectF(centre - slot / 2, bar.top() - line - 2, slot, line),
                             Qt.AlignmentFlag.AlignCenter, label)
            painter.drawText(QRectF(centre - slot / 2, bottom + 3, slot, line), Qt.AlignmentFlag.AlignCenter, period)
        painter.setPen(QColor("#7f7f7f"))
        painter.drawLine(0, int(bottom), self.width(), int(bottom))


class KeyFiguresPanel(Panel):
    NAME = "key_figures"
    TITLE = QT_TRANSLATE_NOOP("Panels", "Key figures")
    AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.chart = PriceChart()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(self._select)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        self.image_actions = install_image_actions(self.chart, name="token_prices")
        self.image_button = toolbar_button(self.image_actions)
        toolbar = QHBoxLayout()
        toolbar.addStretch(1)
        toolbar.addWidget(self.image_button)
        layout.addLayout(toolbar)
        layout.addWidget(self.chart)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        session.edited.connect(self._on_edited)
        session.workspaceReplaced.connect(lambda *_: self.refresh_when_seen(self.refresh))
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([_text(text) for text in COLUMNS])
        self.empty.setText(QCoreApplication.translate("KeyFigures", "This dataset has no key figures."))
        self.refresh()

    def _on_edited(self, edit) -> None:
        self.refresh_if_read(edit, self.refresh)

    def refresh(self) -> None:
        workspace = self.session.workspace
        self.chart.set_points(price_points(workspace),
                              QCoreApplication.translate("KeyFigures", "Price per million tokens (CNY)"))
        self.image_button.setVisible(bool(self.chart.points))
        selected = self.session.selection
        blocker = QSignalBlocker(self.tree)
        self.tree.clear()
        chinese = is_chinese()
        current = None
        for topic, rows in key_figure_rows(workspace):
            group = QTreeWidgetItem([_text(_TOPIC_TITLES[topic]) if topic in _TOPIC_TITLES else topic])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # a topic title may be wider than the figure column
            for row in rows:
                item = QTreeWidgetItem(self._texts(row, chinese, workspace))
                item.setData(0, _ROW_ROLE, (row.table, row.key))
                item.setToolTip(0, row.note)
                source = workspace.sources.get((row.source_id,)) if row.source_id else None
                if source is not None:
                    item.setToolTip(5, f"{source.publisher}\n{source.citation}\n{source.published}")
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                group.addChild(item)
                if selected == (row.table, row.key):
                    current = item
            group.setExpanded(True)
        if current is not None:
            self.tree.setCurrentItem(current)
        blocker.unblock()
        has_rows = self.tree.topLevelItemCount() > 0
        self.empty.setVisible(not has_rows)
        self.tree.setVisible(has_rows)

    @staticmethod
    def _texts(row: FigureRow, chinese: bool, workspace) -> list[str]:
        label = (row.label_zh if chinese else row.label_en) or row.label_zh
        unit = _text(_UNITS[row.unit]) if row.unit in _UNITS else row.unit
        if row.table == "filing_batches":
            value = batch_value_text(row.batch_count, row.batch_cumulative)
        elif row.unit == "bn CNY" and amount_units() == "zh":
            # Chinese analysts write amounts in 亿元 (2697亿元, not 269.7 bn).
            value, unit = format_value(*_in_yi(row.value, row.value_high), row.bound), "亿元"
        elif row.unit == "bn CNY":
            # Written as the Units preference names it, whatever the language, like the revenue panel.
            value, unit = format_value(row.value, row.value_high, row.bound), "bn CNY"
        else:
            value = format_value(row.value, row.value_high, row.bound)
        kind = _text(_KINDS[row.kind]) if row.kind in _KINDS else row.kind
        return [label, row.period, value, unit, kind, _publisher(workspace, row)]

    def _select(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        target = item.data(0, _ROW_ROLE) if item is not None else None
        if target:
            self.session.set_selection(*target)


def _publisher(workspace, row: FigureRow) -> str:
    source = workspace.sources.get((row.source_id,)) if row.source_id else None
    return source.publisher if source else row.source_id


def _in_yi(value: float | None, value_high: float | None) -> tuple[float | None, float | None]:
    """bn CNY as 亿元 (1 bn = 10 亿)."""
    return (None if value is None else round(value * 10, 6)), (None if value_high is None else round(value_high * 10, 6))


def batch_value_text(count: int | None, cumulative: int | None) -> str:
    """'117 new', '302 in total' or '95 new, 309 in total'."""
    if count is not None and cumulative is not None:
        return QCoreApplication.translate("KeyFigures", "{0} new, {1} in total").format(f"{count:,}", f"{cumulative:,}")
    if count is not None:
        return QCoreApplication.translate("KeyFigures", "{0} new").format(f"{count:,}")
    if cumulative is not None:
        return QCoreApplication.translate("KeyFigures", "{0} in total").format(f"{cumulative:,}")
    return ""
