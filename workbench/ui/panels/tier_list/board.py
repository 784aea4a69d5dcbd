"""The tier board: one row per tier, vendor cards painted in one widget.

Cards are painted, not made of widgets, so a 2,000-vendor workspace costs a
layout of its tier rows and the paint of the visible cards only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDrag, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from workbench.domain.scoring import UNSCORED_TIER, Margin

from ...image_export import ImageActions, add_to_menu
from .board_layout import CARD_WIDTH, GAP, HEADER_WIDTH, ROW_SPACING, CardPlaces, TierRow, columns_for, row_height
from .state import TierState

VENDOR_MIME = "application/x-workbench-vendor"
MOVED_COLOR, SELECTED_COLOR, OVERRIDE_COLOR = QColor("#d62728"), QColor("#1f4e79"), QColor("#6a3d9a")
CLIMBED_COLOR, WARNING_COLOR = QColor("#1a7f37"), QColor("#b42318")
UNSCORED_COLOR, MUTED_COLOR = QColor("#7f7f7f"), QColor("#6b6b6b")
# Combined once: or-ing Qt flags is a Python call, and a card draws four texts per paint.
_Align = Qt.AlignmentFlag
TOP_LEFT, MIDDLE_LEFT = _Align.AlignLeft | _Align.AlignTop, _Align.AlignLeft | _Align.AlignVCenter
MIDDLE_RIGHT, BOTTOM_LEFT = _Align.AlignRight | _Align.AlignVCenter, _Align.AlignLeft | _Align.AlignBottom
BOTTOM_RIGHT = _Align.AlignRight | _Align.AlignBottom
HEADER_TEXT = _Align.AlignVCenter | Qt.TextFlag.TextWordWrap


@dataclass(frozen=True)
class PaintKit:
    normal: QFont
    bold: QFont
    bold_metrics: QFontMetrics
    metrics: QFontMetrics
    text: QColor
    card: QBrush
    frame: QPen
    robust: str  # "Robust {0}", translated
    margin: str  # "Margin {0}", translated
    no_scores: str


def rank_change_text(change: int | None) -> str:
    if change is None or change == 0:
        return "–"
    return f"▲{change}" if change > 0 else f"▼{-change}"


def robustness_text(share: float) -> str:
    return "…" if math.isnan(share) else f"{share:.0%}"


def margin_text(margin: Margin | None) -> str:
    """↓3.2: a loss of 3.2 points reaches the tier below; ↑0.5: a gain of 0.5 reaches the tier above."""
    if margin is None:
        return ""
    return f"{'↑' if margin.upward else '↓'}{margin.points:.1f}"


def kind_text(kind: str) -> str:
    labels = {"reported": QCoreApplication.translate("TierBoard", "reported"),
              "estimate": QCoreApplication.translate("TierBoard", "estimate"),
              "assessment": QCoreApplication.translate("TierBoard", "analyst assessment")}
    return labels.get(kind, kind or "—")


class TierBoard(QWidget):
    moveRequested = Signal(str, int)
    """A card was dropped on, or moved by keyboard to, another tier: (vendor_id, tier_id)."""

    clearRequested = Signal(str)
    """The analyst asked to clear a vendor's override."""

    vendorSelected = Signal(str)

    def __init__(self, state: TierState, parent=None):
        super().__init__(parent)
        self.state = state
        self.selected: str | None = None
        self.rows: list[TierRow] = []
        self.card_rects = CardPlaces([], [])
        self._drop_tier: int | None = None
        self._press: tuple[QPoint, str] | None = None
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.image_actions = ImageActions(self, self, "tier_board")
        for signal in (state.updated, state.robustnessUpdated, state.filterChanged):
            signal.connect(self.relayout)
        self.relayout()

    # ------------------------------------------------------------ layout
    def relayout(self) -> None:
        columns = columns_for(self.width())
        self.rows = []
        y = 0
        tier_ids = [tier.tier_id for tier in self.state.tiers]
        if self.state.has_unscored_row:
            tier_ids.append(UNSCORED_TIER)
        for tier_id in tier_ids:
            members = self.state.members(tier_id)
            height = row_height(len(members), columns)
            self.rows.append(TierRow(tier_id, QRect(0, y, max(self.width(), 1), height), members, columns))
            y += height + ROW_SPACING
        self.card_rects = CardPlaces(self.rows, self.state.vendor_ids)
        self.setMinimumHeight(y)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(HEADER_WIDTH + 5 * (CARD_WIDTH + GAP) + GAP, max(self.minimumHeight(), 300))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.relayout()

    def card_at(self, pos: QPoint) -> str | None:
        row = self.row_at(pos)
        n = row.card_at(pos) if row is not None else None
        return self.state.vendor_ids[row.members[n]] if n is not None else None

    def row_at(self, pos: QPoint) -> TierRow | None:
        return next((row for row in self.rows if row.rect.contains(pos)), None)

    def tier_of_card(self, vendor_id: str) -> int | None:
        i = self.state.index_of(vendor_id)
        return int(self.state.result.tiers[i]) if i >= 0 else None

    # ------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().base())
        exposed = event.rect()
        # Fonts, metrics and colours once per paint, not once per card.
        bold = QFont(self.font())
        bold.setBold(True)
        palette = self.palette()
        self._kit = PaintKit(self.font(), bold, QFontMetrics(bold), QFontMetrics(self.font()), palette.text().color(),
                             palette.window(), QPen(palette.mid().color(), 1), self.tr("Robust {0}"),
                             self.tr("Margin {0}"), self.tr("No scores"))
        for row in self.rows:
            if row.rect.intersects(exposed):
                self._paint_row(painter, row, exposed)

    def _paint_row(self, painter: QPainter, row: TierRow, exposed: QRect) -> None:
        tier = self.state.tier(row.tier_id)
        color = QColor(tier.color) if tier else UNSCORED_COLOR
        band = QColor(color)
        band.setAlpha(40 if row.tier_id != self._drop_tier else 110)
        painter.fillRect(row.rect, band)
        header = QRect(row.rect.left(), row.rect.top(), HEADER_WIDTH, row.rect.height())
        painter.fillRect(header, color)
        painter.setPen(Qt.GlobalColor.white)
        painter.setFont(self._kit.bold)
        count = self.tr("{0} vendors").format(len(row.members))
        unscored = self.tr("Unscored")
        text = f"{tier.name_zh}\n{tier.name_en}\n{count}" if tier else f"{unscored}\n{count}"
        painter.drawText(header.adjusted(6, 4, -6, -4), HEADER_TEXT, text)
        for n in row.cards_in(exposed):
            rect = row.card_rect(n)
            if rect.intersects(exposed):
                i = row.members[n]
                self._paint_card(painter, i, self.state.vendor_ids[i], rect, color)

    def _paint_card(self, painter: QPainter, i: int, vendor_id: str, rect: QRect, tier_color: QColor) -> None:
        state, kit = self.state, self._kit
        painter.fillRect(rect, kit.card)
        painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()), tier_color)
        if vendor_id == self.selected:
            pen = QPen(SELECTED_COLOR, 3)
        elif vendor_id in state.moved:
            pen = QPen(MOVED_COLOR, 3, Qt.PenStyle.DashLine)
        else:
            pen = kit.frame
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        inner = rect.adjusted(10, 4, -6, -4)
        painter.setFont(kit.bold)
        painter.setPen(kit.text)
        name = kit.bold_metrics.elidedText(state.name_of(vendor_id), Qt.TextElideMode.ElideRight, inner.width() - 40)
        painter.drawText(inner, TOP_LEFT, name)
        if state.result.overridden[i]:
            self._paint_badge(painter, inner)
        painter.setFont(kit.normal)
        if not state.is_scored(i):
            painter.setPen(MUTED_COLOR)
            painter.drawText(inner, MIDDLE_LEFT, kit.no_scores)
            return
        painter.setPen(kit.text)
        composite = f"{state.result.composites[i]:.1f}   #{int(state.result.ranks[i])}"
        painter.drawText(inner, MIDDLE_LEFT, composite)
        change = state.rank_change(i)
        painter.setPen(CLIMBED_COLOR if change and change > 0 else WARNING_COLOR if change else kit.text)
        painter.drawText(inner, MIDDLE_RIGHT, rank_change_text(change))
        margin = state.margin_of(i)
        share = state.robustness_shown(vendor_id)  # None: the tier held in every draw, no figure needed
        left = kit.margin.format(margin_text(margin)) if margin is not None else ""
        right = kit.robust.format(robustness_text(share)) if share is not None else ""
        if left and right:  # both on one line: drop the words before the figures rather than overlap
            if kit.metrics.horizontalAdvance(f"{left}  {right}") > inner.width():
                left = margin_text(margin)
            if kit.metrics.horizontalAdvance(f"{left}  {right}") > inner.width():
                right = robustness_text(share)
        if left:
            painter.setPen(MUTED_COLOR)
            painter.drawText(inner, BOTTOM_LEFT, left)
        if right:
            painter.setPen(WARNING_COLOR if share < 0.8 else kit.text)
            painter.drawText(inner, BOTTOM_RIGHT, right)

    def _paint_badge(self, painter: QPainter, inner: QRect) -> None:
        label = self.tr("OVR")
        width = painter.fontMetrics().horizontalAdvance(label) + 6
        badge = QRect(inner.right() - width, inner.top(), width, 16)
        painter.fillRect(badge, OVERRIDE_COLOR)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

    # ------------------------------------------------------------ selecting and tooltips
    def select(self, vendor_id: str | None, announce: bool = True) -> None:
        if vendor_id == self.selected:
            return
        for old_or_new in (self.selected, vendor_id):
            if old_or_new in self.card_rects:
                self.update(self.card_rects[old_or_new])
        self.selected = vendor_id
        if announce and vendor_id:
            self.vendorSelected.emit(vendor_id)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            vendor_id = self.card_at(event.pos())
            if vendor_id:
                QToolTip.showText(event.globalPos(), self.card_tooltip(vendor_id), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def card_tooltip(self, vendor_id: str) -> str:
        state = self.state
        i = state.index_of(vendor_id)
        tier = state.tier(int(state.result.tiers[i]))
        lines = [state.name_of(vendor_id)]
        if not state.is_scored(i):
            lines.append(self.tr("Unscored: no score on a weighted dimension, so no composite, rank or computed tier"))
        else:
            lines.append(self.tr("Composite {0:.1f}, rank {1}, {2}").format(
                state.result.composites[i], int(state.result.ranks[i]), tier.name_zh if tier else ""))
        margin = state.margin_of(i)
        if margin is not None:
            other = state.tier(margin.tier_id)
            text = (self.tr("{0:.1f} points below the boundary with {1}") if margin.upward
                    else self.tr("{0:.1f} points above the boundary with {1}"))
            lines.append(text.format(margin.points, other.name_zh if other else margin.tier_id))
        share = state.robustness_shown(vendor_id)
        if share is not None:
            lines.append(self.tr("Tier robustness: {0}").format(robustness_text(share)))
        reason = state.override_reason(vendor_id)
        if reason:
            lines.append(self.tr("Override: {0}").format(reason))
        lines.append(self.placement_text(vendor_id))
        return "\n".join(lines)

    def placement_text(self, vendor_id: str) -> str:
        """The placement's own kind and source, not the vendor row's."""
        placement = self.state.placement(vendor_id)
        if placement is None:
            return self.tr("Placement: computed from the scores (no placement record)")
        source = self.state.workspace.sources.get((placement.source_id,)) if placement.source_id else None
        where = f"{source.publisher} ({placement.source_id})" if source else (placement.source_id or self.tr("no source"))
        return self.tr("Placement: {0}, source {1}").format(kind_text(placement.kind), where)

    # ------------------------------------------------------------ mouse, drag and drop
    def mousePressEvent(self, event) -> None:
        vendor_id = self.card_at(event.position().toPoint())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if vendor_id:
            self.select(vendor_id)
            if event.button() == Qt.MouseButton.LeftButton:
                self._press = (event.position().toPoint(), vendor_id)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press and (event.position().toPoint() - self._press[0]).manhattanLength() >= \
                QApplication.startDragDistance():
            vendor_id = self._press[1]
            self._press = None
            self.start_drag(vendor_id)
        super().mouseMoveEvent(event)

    def start_drag(self, vendor_id: str) -> None:
        drag = QDrag(self)
        drag.setMimeData(self.mime_for(vendor_id))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    @staticmethod
    def mime_for(vendor_id: str) -> QMimeData:
        mime = QMimeData()
        mime.setData(VENDOR_MIME, QByteArray(vendor_id.encode("utf-8")))
        return mime

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(VENDOR_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        row = self.row_at(event.position().toPoint())
        if row is not None and self.state.tier(row.tier_id) is None:
            row = None  # the unscored row is no tier: scores, not a drop, put a vendor there
        tier_id = row.tier_id if row else None
        if tier_id != self._drop_tier:
            self._drop_tier = tier_id
            self.update()
        if row:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._drop_tier = None
        self.update()

    def dropEvent(self, event) -> None:
        self._drop_tier = None
        self.update()
        row = self.row_at(event.position().toPoint())
        vendor_id = bytes(event.mimeData().data(VENDOR_MIME)).decode("utf-8")
        if row is None or self.state.tier(row.tier_id) is None or self.state.index_of(vendor_id) < 0:
            event.ignore()
            return
        event.acceptProposedAction()
        if row.tier_id != self.tier_of_card(vendor_id):
            self.moveRequested.emit(vendor_id, row.tier_id)

    def context_menu(self, pos: QPoint) -> QMenu:
        """Clear override for the card under the pointer, if any; always the image actions."""
        menu = QMenu(self)
        vendor_id = self.card_at(pos)
        if vendor_id:
            self.select(vendor_id)
            clear = menu.addAction(self.tr("Clear override"))
            clear.setEnabled(bool(self.state.override_reason(vendor_id)))
            clear.triggered.connect(lambda: self.clearRequested.emit(vendor_id))
        add_to_menu(menu, self.image_actions)
        return menu

    def contextMenuEvent(self, event) -> None:
        self.context_menu(event.pos()).exec(event.globalPos())

    # ------------------------------------------------------------ keyboard
    def keyPressEvent(self, event) -> None:
        key, control = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if self.selected and control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_selected_by(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_selection(key)
        elif self.selected and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clearRequested.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def _move_selected_by(self, step: int) -> None:
        tier_ids = [t.tier_id for t in self.state.tiers]
        current = self.tier_of_card(self.selected)
        target = tier_ids.index(current) + step if current in tier_ids else -1
        if 0 <= target < len(tier_ids):
            self.moveRequested.emit(self.selected, tier_ids[target])

    def _step_selection(self, key: Qt.Key) -> None:
        """Arrows walk the cards in reading order (left/right) or tier by tier (up/down)."""
        order = [self.state.vendor_ids[i] for row in self.rows for i in row.members]
        if not order:
            return
        if self.selected not in order:
            self.select(order[0])
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.select(order[max(0, min(len(order) - 1, order.index(self.selected) + step))])
            return
        row_index = next(n for n, row in enumerate(self.rows) if self.card_rects.get(self.selected)
                         and row.rect.contains(self.card_rects[self.selected].center()))
        step = -1 if key == Qt.Key.Key_Up else 1
        n = row_index + step
        while 0 <= n < len(self.rows) and not self.rows[n].members:
            n += step
        if 0 <= n < len(self.rows):
            self.select(self.state.vendor_ids[self.rows[n].members[0]])
