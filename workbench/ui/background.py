"""Run slow work (reading files) off the GUI thread and take its result back on it."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer

POLL_MS = 15  # how often the GUI thread looks for the result; well under a frame


class BackgroundCall(QObject):
    """Calls function() in a worker thread; on_done(future) then runs on the GUI thread.

    Polled by a timer rather than signalled from the worker, so no Qt object is
    ever touched outside the GUI thread. cancel() drops a result still to come.
    """

    def __init__(self, function: Callable[[], Any], on_done: Callable[[Future], None], parent: QObject | None = None):
        super().__init__(parent)
        self._on_done = on_done
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbench-background")
        self._future: Future | None = self._executor.submit(function)
        self._executor.shutdown(wait=False)  # the thread ends with its one call
        self._timer = QTimer(self, interval=POLL_MS, timeout=self._poll)
        self._timer.start()

    # The future is let go once handed on or cancelled: this object lives on with its
    # parent, and a workspace held in it would outlive the next open.
    def cancel(self) -> None:
        self._timer.stop()
        if self._future is not None:
            self._future.cancel()
            self._future = None

    def _poll(self) -> None:
        if self._future is not None and self._future.done():
            self._timer.stop()
            future, self._future = self._future, None
            self._on_done(future)
