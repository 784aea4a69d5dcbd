"""What the in-process GUI benchmarks share: an offscreen application and a stall meter."""

from __future__ import annotations

import os
import time
from typing import Callable

TICK_MS = 5
DEADLINE_S = 120


def application():
    """The QApplication of this process, offscreen unless the caller chose a platform."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workbench.ui.app import create_app

    return create_app(["workbench-benchmarks"])


def longest_stall_ms(app, done: Callable[[], bool]) -> float:
    """Run the event loop until done(); the longest time it went without serving a timer tick.

    A tick is due every TICK_MS ms, so a gap much above that is time in which
    the window could not have repainted either.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    # A local loop, not app.exec(): QApplication.quit() would close the window too, and
    # a closed window hides every panel, which then does its work at once, unlike the app.
    loop = QEventLoop()
    gaps = [0.0]
    last = time.perf_counter()
    started = last

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append((now - last) * 1000)
        last = now
        if done() or now - started > DEADLINE_S:
            loop.quit()

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    return max(gaps)


def timed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000
