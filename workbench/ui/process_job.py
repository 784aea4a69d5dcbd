"""Heavy reading in a child process; its progress and result come back on the GUI thread.

A process, not a thread: PySide lets go of the GIL around nearly every Qt call and
takes it back afterwards. While a worker thread runs Python, every such take can
wait for the interpreter's switch interval, so a repaint made of a few hundred Qt
calls stalls the window for hundreds of milliseconds. A child process has an
interpreter and a GIL of its own.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.storage.child_process import child_command, read_frame, write_frame

POLL_MS = 20
# The child starts a moment later: it takes a core for its imports at once, and the window
# that asked (just opened a dataset, say) is about to repaint.
START_DELAY_MS = 100


class ProcessJob(QObject):
    """Calls target ("module:function", given progress=) with args in a child process."""

    progressed = Signal(float)
    """The fraction of the work done (0-1)."""
    succeeded = Signal(object)
    """The function's result."""
    failed = Signal(object)
    """The exception the function raised, or an OSError when the child died."""

    def __init__(self, target: str, args: tuple = (), parent: QObject | None = None):
        super().__init__(parent)
        self.child_peak_kib: int | None = None
        """The child's peak resident memory, once it has finished."""
        self._request = (target, args, list(sys.path))
        self._finished = False
        self._child: subprocess.Popen | None = None
        self._messages: queue.SimpleQueue = queue.SimpleQueue()
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._deliver)
        self._start_timer = QTimer(self, singleShot=True, interval=START_DELAY_MS)  # dies with this object
        self._start_timer.timeout.connect(self._start)
        self._start_timer.start()

    def _start(self) -> None:
        if self._finished:  # cancelled before it started
            return
        try:
            self._child = subprocess.Popen(child_command(),
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        except OSError as error:  # no process can be started (limits, memory)
            self._finish()
            self.failed.emit(error)
            return
        # Read on a thread: reads wait without holding the GIL, and unpickling a large
        # result (arrays of tens of MB) is one short call the GUI thread does not make.
        # The thread is given no reference to this QObject: a Qt object must not be
        # deleted on a thread other than its own, as a last reference dropped there would.
        threading.Thread(target=_exchange, args=(self._child, self._request, self._messages), daemon=True,
                         name="workbench-reader-pipe").start()
        self._timer.start()

    @property
    def is_running(self) -> bool:
        """True until a result, a failure or a cancel was delivered."""
        return not self._finished

    @property
    def child_alive(self) -> bool:
        return self._child is not None and self._child.poll() is None

    def cancel(self) -> None:
        """Stop at once: the child is killed and nothing more is reported."""
        if not self._finished:
            self._finish()
            if self._child is not None:
                self._child.kill()

    def _deliver(self) -> None:
        while not self._finished:
            try:
                kind, value = self._messages.get_nowait()
            except queue.Empty:
                return
            if kind == "progress":
                self.progressed.emit(value)
            elif kind == "peak_kib":
                self.child_peak_kib = value
            else:
                self._finish()
                if kind == "done":
                    self.succeeded.emit(value)
                elif kind == "error":
                    self.failed.emit(value)
                else:
                    self._child.wait()  # its pipe is closed: it has ended or is ending
                    self.failed.emit(OSError(f"the reading process stopped unexpectedly "
                                             f"(exit code {self._child.returncode})"))

    def _finish(self) -> None:
        self._finished = True
        self._timer.stop()


def _exchange(child: subprocess.Popen, request: tuple, messages: queue.SimpleQueue) -> None:
    """Send the request, then pass on what the child says until it is done or gone."""
    try:
        write_frame(child.stdin, request)
        child.stdin.close()
        while True:
            kind, value = read_frame(child.stdout)
            messages.put((kind, value))
            if kind in ("done", "error"):
                return
    except (EOFError, OSError):
        messages.put(("died", None))
    except Exception as error:  # a result that cannot be unpickled here
        messages.put(("error", error))
    finally:
        child.stdout.close()
        child.wait()  # reaps it here, off the GUI thread: it has ended or is about to
