"""Start-up and smoothness rules that only the benchmarks notice, in one place.

Each rule here keeps the window quick to appear or quick to answer; none changes
what the user sees, so no ordinary test fails when one is dropped. The
`time_to_content`, `startup` and open/repaint benchmarks do, and
`tests/ui/test_lazy_window.py` fixes which modules may be loaded before the
first paint and which panels wait for the first document.

1. Lazy imports. The window paints before the domain, the storage layer, the
   panels and their charting libraries (pyqtgraph, numpy) are imported: the
   registry names panels by "module:Class" and builds them after the first
   paint; storage is imported inside the handlers that touch files. An import
   at module top level in the start-up path undoes this silently:
   `MODULES_BEFORE_THE_FIRST_PAINT` is the allow-list the test holds it to.
   The tier list's bubble chart, on a tab hidden at start, is built (and
   pyqtgraph imported) when that tab is first shown or `panel.chart` is asked for.
2. The GIL switch interval (`tune_interpreter`), set before the QApplication.
3. `gc.freeze` after an open (`keep_out_of_collections`).
4. Staged freeing of a replaced workspace (`StagedRelease`): later, one part per
   event-loop turn.
5. The document first, then the hidden panels (`MainWindow._build_next_panel`):
   panels in view are built while the first document is read; panels behind a
   tab wait until it is read and the panels in view have painted it
   (`Documents.settled`), since each holds the GUI thread, and the interpreter
   that the reading thread needs, for up to 100 ms.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

# While a worker thread runs Python, the GUI thread waits up to this long each time it
# takes the GIL back, and PySide gives the GIL up around nearly every Qt call, so a
# repaint pays it hundreds of times. Python's default (5 ms) stalls the window for
# hundreds of milliseconds; at 1 ms the workers lose little.
GIL_SWITCH_INTERVAL_S = 0.001

# After the window has repainted the new workspace: freeing the old one on that same turn would lengthen it.
RETIRE_DELAY_MS = 400

# The workbench modules that building and painting the empty window may load; anything
# else (the domain, storage, the panels) comes with the first document, after the paint.
MODULES_BEFORE_THE_FIRST_PAINT = frozenset({
    "workbench", "workbench.locations",
    "workbench.ui", "workbench.ui.app", "workbench.ui.autosave", "workbench.ui.documents", "workbench.ui.finder",
    "workbench.ui.help_menu", "workbench.ui.i18n", "workbench.ui.later_paint", "workbench.ui.main_window",
    "workbench.ui.panels", "workbench.ui.panels.base", "workbench.ui.panels.registry", "workbench.ui.session",
    "workbench.ui.settings", "workbench.ui.startup", "workbench.ui.undo", "workbench.ui.window_prompts",
})
# Third-party libraries that must wait for the panels or the files that need them.
LIBRARIES_AFTER_THE_FIRST_PAINT = ("pandas", "openpyxl", "pyqtgraph", "numpy")


def tune_interpreter() -> None:
    """Call before the QApplication exists: the GIL interval applies to every thread started later."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def keep_out_of_collections() -> None:
    """Leave everything alive now (window, workspace) out of later garbage collections.

    A full collection walks every object and holds the GIL while it does: with a large
    workspace that is 50-90 ms in which the window cannot paint, and reading the next
    file sets one off. Objects dropped later are still freed by reference counting;
    only cycles among them wait, and a workspace's records form none.
    """
    gc.freeze()


class StagedRelease(QObject):
    """Lets replaced workspaces go RETIRE_DELAY_MS later, one part per event-loop turn.

    Freeing tens of thousands of records takes time that the turns which replace and
    repaint a workspace are short of; all at once took up to ~50 ms.
    """

    def __init__(self, parent: QObject, in_use: Callable[[], object]):
        super().__init__(parent)
        self._in_use = in_use
        self._retired: list[Any] = []
        self._retire_timer = QTimer(self, singleShot=True, interval=RETIRE_DELAY_MS)
        self._retire_timer.timeout.connect(self._free_retired)
        self._parts_to_free: list[Any] = []
        self._free_timer = QTimer(self, singleShot=True, interval=0)
        self._free_timer.timeout.connect(self._free_one_part)

    def retire(self, workspace: Any) -> None:
        self._retired.append(workspace)
        self._retire_timer.start()

    def _free_retired(self) -> None:
        in_use = self._in_use()
        for workspace in self._retired:
            if workspace is not in_use:  # never the one in use, were it attached again
                self._parts_to_free.extend(workspace.take_apart())
        self._retired.clear()
        self._free_one_part()

    def _free_one_part(self) -> None:
        if self._parts_to_free:
            del self._parts_to_free[-1]
        if self._parts_to_free:
            self._free_timer.start()
