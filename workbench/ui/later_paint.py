"""Hold back the repaint of some widgets, then repaint them one per event-loop turn.

Refreshing every panel for a new large workspace and painting them again each
take tens of milliseconds; on one turn together they would hold input off for
longer than a frame should. Held back, the panels keep their old picture while
they refresh, then show the new one a panel at a time on the turns that follow,
with input served between.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class LaterPaint(QObject):
    allPainted = Signal()
    """The last held widget has been repainted."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._held: list[QWidget] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._release_next)

    @property
    def holding_any(self) -> bool:
        return bool(self._held)

    @contextmanager
    def holding(self, widgets: Iterable[QWidget]) -> Iterator[None]:
        """Widgets changed inside the block are repainted on later turns, not at the end of this one.

        Never a window: Qt stops painting a window for good when it is asked to
        paint while its updates are off. Child widgets are safe.
        """
        for widget in widgets:
            if widget.isWindow():
                raise ValueError("LaterPaint holds child widgets only, never a window")
            if widget.updatesEnabled():
                widget.setUpdatesEnabled(False)
                self._held.append(widget)
        try:
            yield
        finally:
            self._timer.start()

    def release(self) -> None:
        """Repaint every held widget now."""
        self._timer.stop()
        while self._held:
            self._release_next()

    def _release_next(self) -> None:
        if self._held:
            widget = self._held.pop(0)
            widget.setUpdatesEnabled(True)
            # Painted now, on this turn: a repaint merely posted would join the next widget's.
            widget.repaint()
        if self._held:
            self._timer.start()
        else:
            self.allPainted.emit()
