"""Entry cards drawn by a delegate, the list view each quadrant uses, and its keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QListView, QPlainTextEdit, QStyle, QStyledItemDelegate

from .models import ID_ROLE, IMPACT_ROLE, LIKELIHOOD_ROLE, LINKS_ROLE

TEXT_LINES = 3  # a card shows this many lines; the tooltip and the editor show everything
PADDING = 6
STRIPE = 4
ELISION_SOURCE = 2_000  # laying out more than this many characters to show three lines is wasted work


class CardDelegate(QStyledItemDelegate):
    """Paints an entry or strategy as a card: a coloured stripe, three lines of text, and its figures.

    Every card has the same height, so a view with uniform item sizes scrolls 500 of them smoothly.
    """

    def __init__(self, color: str, show_figures: bool = True, parent=None):
        super().__init__(parent)
        self.color = QColor(color)
        self.show_figures = show_figures
        self.pending_text: dict[str, str] = {}  # refused edits, put back into the next editor

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(160, TEXT_LINES * line + 2 * PADDING + 2)

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect.adjusted(2, 1, -2, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight) if selected
                         else palette.color(QPalette.ColorRole.Base))
        painter.fillRect(QRect(rect.left(), rect.top(), STRIPE, rect.height()), self.color)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(self.color, 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(text_color)
        metrics = QFontMetrics(option.font)
        badge = self._badge(index)
        badge_width = metrics.horizontalAdvance(badge) + PADDING if badge else 0
        text_rect = rect.adjusted(STRIPE + PADDING, PADDING, -PADDING - badge_width, -PADDING)
        self._draw_text(painter, option.font, str(index.data() or ""), text_rect)
        if badge:
            painter.setPen(text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect.adjusted(0, PADDING, -PADDING, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             badge)
        painter.restore()

    def _badge(self, index: QModelIndex) -> str:
        links = index.data(LINKS_ROLE) or 0
        link_text = f"⇄{links}" if links else ""
        if not self.show_figures:
            return link_text
        impact, likelihood = index.data(IMPACT_ROLE), index.data(LIKELIHOOD_ROLE)
        figures = f"{impact}×{likelihood}={impact * likelihood}" if impact and likelihood else ""
        return "  ".join(part for part in (figures, link_text) if part)

    @staticmethod
    def _draw_text(painter: QPainter, font, text: str, rect: QRect) -> None:
        """Wrap into at most TEXT_LINES lines; the last one ends in an ellipsis when cut."""
        metrics = QFontMetrics(font)
        layout = QTextLayout(text[:ELISION_SOURCE].replace("\n", "\u2028"), font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        lines = []
        while len(lines) < TEXT_LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            lines.append((line.textStart(), line.textLength()))
        layout.endLayout()
        shown = layout.text()
        for number, (start, length) in enumerate(lines):
            piece = shown[start:start + length].replace("\u2028", " ")
            is_last = number == len(lines) - 1 and start + length < len(text)
            if is_last:
                piece = metrics.elidedText(piece + "…", Qt.TextElideMode.ElideRight, rect.width())
            top = rect.top() + number * metrics.lineSpacing()
            painter.drawText(QRect(rect.left(), top, rect.width(), metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, piece)

    # ------------------------------------------------------------ editing
    def createEditor(self, parent, option, index: QModelIndex) -> QPlainTextEdit:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setToolTip(self.tr("Enter saves, Shift+Enter starts a new line, Esc cancels"))
        return editor

    def updateEditorGeometry(self, editor, option, index: QModelIndex) -> None:
        # Taller than the card so that several lines can be edited comfortably.
        rect = option.rect
        editor.setGeometry(rect.left(), rect.top(), rect.width(), max(rect.height() * 2, 90))

    def setEditorData(self, editor: QPlainTextEdit, index: QModelIndex) -> None:
        text = self.pending_text.pop(index.data(ID_ROLE), None)
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) if text is None else text)
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QPlainTextEdit, model, index: QModelIndex) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QPlainTextEdit):
            key_event: QKeyEvent = event
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    not key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)


class CardListView(QListView):
    """A list of cards: Enter edits, Delete deletes, Ctrl+Up/Down reorders, drag moves (Ctrl+drag copies)."""

    deleteRequested = Signal(str)
    reorderRequested = Signal(str, int)
    currentIdChanged = Signal(str)

    def __init__(self, delegate: CardDelegate, draggable: bool = True, parent=None):
        super().__init__(parent)
        self.setItemDelegate(delegate)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if draggable:
            self.setDragEnabled(True)
            self.setAcceptDrops(True)
            self.setDropIndicatorShown(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.currentIdChanged.emit(current.data(ID_ROLE))

    def current_id(self) -> str:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else ""

    def select_id(self, record_id: str) -> bool:
        row = self.model().row_of(record_id)
        if row < 0:
            return False
        index = self.model().index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and self.current_id():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(self.currentIndex())
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.deleteRequested.emit(self.current_id())
                return
            if modifiers & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.reorderRequested.emit(self.current_id(), -1 if key == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)
