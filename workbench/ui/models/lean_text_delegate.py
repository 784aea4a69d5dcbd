"""Paints the cells of a lazy table as plain text, without the style's item machinery.

The standard delegate asks the model for seven roles per cell, through Python,
and lays each text out through the style: a page of the million-row firms table
took about 9 ms, too close to a frame. Here an ordinary cell costs one lookup
and one text draw, and the texts of columns that repeat a few values (province,
city, segment) are laid out once and kept. Selected and focused cells, rare on
a page, are left to the standard delegate so they look the same as anywhere else.
"""

from __future__ import annotations

from typing import Callable, Collection

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPainter, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

PADDING = 4  # pixels left and right of the text, as the standard style leaves about
ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_SPECIAL = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
MAX_KEPT_TEXTS = 10_000  # a repeating column with more distinct values is not what the cache is for


class LeanTextDelegate(QStyledItemDelegate):
    def __init__(self, text_of: Callable[[int, int], str], repeating_columns: Collection[int] = (), parent=None):
        """text_of(row, column) gives a cell's text; repeating_columns hold few distinct values."""
        super().__init__(parent)
        self._text_of = text_of
        self._repeating = frozenset(repeating_columns)
        self._kept: dict[str, QStaticText] = {}
        self._kept_for_font = None

    @property
    def kept_texts(self) -> list[str]:
        """The texts laid out once and kept, for the repeating columns."""
        return list(self._kept)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if option.state & _SPECIAL:
            super().paint(painter, option, index)
            return
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        text = self._text_of(index.row(), index.column())
        painter.setPen(option.palette.text().color())
        if index.column() in self._repeating:
            static = self._static_text(text, painter)
            size = static.size()
            if size.width() <= rect.width():
                painter.drawStaticText(rect.left(), rect.top() + (rect.height() - size.height()) / 2, static)
                return
        metrics = option.fontMetrics
        # A character is at most about as wide as the font is high: shorter texts cannot need eliding.
        if len(text) * metrics.height() > rect.width():
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, ALIGN, text)

    def _static_text(self, text: str, painter: QPainter) -> QStaticText:
        font = painter.font()
        if font != self._kept_for_font or len(self._kept) > MAX_KEPT_TEXTS:
            self._kept, self._kept_for_font = {}, font
        static = self._kept.get(text)
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(painter.transform(), font)
            self._kept[text] = static
        return static
