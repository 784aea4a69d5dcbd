"""The legend: one row per class (colour, range, count), then "no data"; or an empty-state message."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from workbench.domain.classify import MAX_CLASSES
from workbench.domain.regions import class_label, format_value

from .map_items import HATCH, NO_DATA_FILL, OUTLINE


format_number = format_value  # one formatting for the map, its table and the Regions sheet


@functools.lru_cache(maxsize=64)
def swatch(color: str | None, size: int = 16) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color) if color else NO_DATA_FILL)
    painter = QPainter(pixmap)
    if color is None:
        painter.fillRect(pixmap.rect(), HATCH)
    painter.setPen(OUTLINE)
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return pixmap


class LegendWidget(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.empty_message = QLabel()
        self.empty_message.setWordWrap(True)
        self.empty_message.setObjectName("empty_state")
        self.note = QLabel()  # why fewer classes are shown than were asked for
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #595959;")
        self._rows = QWidget()
        self._grid = QGridLayout(self._rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(1, 1)  # the range text takes the width; swatch and count stay narrow
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_message)
        layout.addWidget(self._rows)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._entries: list[tuple[str | None, str, int]] = []
        self._pool: list[tuple[QLabel, QLabel, QLabel]] = []
        for row in range(MAX_CLASSES + 1):  # every class, then "no data"
            count_label = QLabel()
            count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widgets = (QLabel(), QLabel(), count_label)
            for column, widget in enumerate(widgets):
                self._grid.addWidget(widget, row, column)
            self._pool.append(widgets)

    def entries(self) -> list[tuple[str | None, str, int]]:
        """(colour or None for no data, range text, count) as shown."""
        return list(self._entries)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_empty(self, title: str, message: str) -> None:
        self.title.setText(title)
        self.empty_message.setText(message)
        self.empty_message.show()
        self._set_rows([])

    def show_classes(self, title: str, classes: list[tuple[str, float, float, int]], no_data_count: int,
                     no_data_text: str) -> None:
        self.title.setText(title)
        self.empty_message.hide()
        rows = [(color, class_label(low, high), count) for color, low, high, count in classes]
        if no_data_count:
            rows.append((None, no_data_text, no_data_count))
        self._set_rows(rows)

    def _set_rows(self, rows: list[tuple[str | None, str, int]]) -> None:
        """Fill the fixed pool of row widgets: recolouring after an edit creates no widgets."""
        if rows == self._entries and self._pool:
            return
        for index, (box, text_label, count_label) in enumerate(self._pool):
            shown = index < len(rows)
            for widget in (box, text_label, count_label):
                widget.setVisible(shown)
            if shown:
                color, text, count = rows[index]
                box.setPixmap(swatch(color))
                text_label.setText(text)
                count_label.setText(str(count))
        self._rows.setVisible(bool(rows))
        self._entries = rows
