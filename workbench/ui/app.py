"""Start-up: the QApplication, the GUI entry point and offscreen screenshots."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from .i18n import apply_language, apply_units
from .settings import APPLICATION, ORGANIZATION, Settings
from .startup import tune_interpreter

# Asked for by name: with LANG=C fontconfig would otherwise pick Japanese glyph forms.
# Qt takes the first of a font's families that is installed, so the list needs no
# look-up in the font database (which costs start-up time).
CJK_FAMILIES = ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Source Han Sans SC")


def create_app(argv: list[str] | None = None) -> QApplication:
    tune_interpreter()
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    font = app.font()
    font.setFamilies(list(dict.fromkeys([*CJK_FAMILIES, *font.families()])))  # the system's font comes last
    app.setFont(font)
    settings = Settings()
    apply_language(settings.language())
    apply_units(settings.units())
    return app


# Set by the start-up benchmarks, so that the same measure applies to the source checkout
# and to the offline bundle. Any value: print "content" once the first document is open and
# the window has had a turn to paint it. "tier_board": print "content <n>" once the tier
# board has painted the n (> 0) vendors of the opened document. Either way, then quit.
STARTUP_PROBE_VARIABLE = "WORKBENCH_STARTUP_PROBE"
TIER_BOARD_PROBE = "tier_board"


def _report_and_quit(text: str) -> None:
    def report() -> None:
        print(text, flush=True)
        os._exit(0)  # teardown is not start-up

    QTimer.singleShot(0, report)  # after the paint in progress has finished


def _report_content_and_quit(_opened: bool) -> None:
    _report_and_quit("content")


def _report_when_the_tier_board_paints_vendors(app: QApplication) -> None:
    from PySide6.QtCore import QEvent, QObject

    class TierBoardPainted(QObject):
        def eventFilter(self, watched, event):
            # By class name: importing the panel here would load it before the first paint.
            if event.type() == QEvent.Type.Paint and type(watched).__name__ == "TierBoard":
                count = len(watched.state.vendor_ids)
                if count and watched.isVisible():
                    app.removeEventFilter(self)
                    _report_and_quit(f"content {count}")
            return False

    app.installEventFilter(TierBoardPainted(app))


def _set_window_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from workbench.locations import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "workbench.png")))
    app.setDesktopFileName("workbench")  # matches resources/linux/workbench.desktop


def run_gui(path: str | None = None) -> int:
    """Open path (dataset folder or .wbproj), else the last project, else the bundled dataset."""
    from .main_window import MainWindow
    from .session import Session

    app = create_app(sys.argv)
    _set_window_icon(app)
    settings = Settings()
    window = MainWindow(Session(), settings)
    window.show()

    def offer_untitled_recovery(_opened: bool) -> None:
        window.documents.opened.disconnect(offer_untitled_recovery)
        window.autosave.offer_untitled_recovery()  # a project's own recovery was offered as it opened

    def open_first_document() -> None:
        from workbench.storage.opening import BUNDLED_DATASET  # the storage layer is not needed to paint

        first = path or settings.last_project() or settings.default_dataset() or str(BUNDLED_DATASET)
        window.open_path(first, wait=False)

    # Read in the background once the window has painted; it answers while the files load.
    window.documents.opened.connect(offer_untitled_recovery)
    probe = os.environ.get(STARTUP_PROBE_VARIABLE)
    if probe == TIER_BOARD_PROBE:
        _report_when_the_tier_board_paints_vendors(app)
    elif probe:
        window.documents.opened.connect(_report_content_and_quit)
    window.firstPainted.connect(open_first_document)
    return app.exec()


SCREENSHOT_SETTLE_MS = 600  # panels finish deferred work (robustness draws, chart layout) meanwhile


def _settle(app: QApplication, milliseconds: int) -> None:
    """Run the event loop for a while, so timers and worker results land before the picture is taken."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    app.processEvents()


def render_screenshot(path: str | None, out_png: str | os.PathLike, size: tuple[int, int] = (1400, 900),
                      panel: str | None = None) -> None:
    """Draw the main window on path (default: the bundled dataset) into a PNG, without a display.

    With ``panel`` (a panel name such as "revenue"), that panel is brought to the front first.

    Raises InputError when path cannot be opened and OSError when the PNG cannot be written.
    """
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workbench.storage.opening import is_project, open_workspace
    from workbench.storage.problems import InputError

    from .main_window import MainWindow
    from .session import Session

    app = create_app([sys.argv[0] if sys.argv else "workbench"])
    result = open_workspace(path)
    if result.workspace is None:
        raise InputError(result.problems)
    session = Session(result.workspace, path if path and is_project(path) else None)
    if path and is_project(path):  # its history and snapshots too, as the window opens a project
        from .documents import project_store

        store, synced, _problem = project_store(path, result.workspace)
        if store is not None:
            session.replace_workspace(result.workspace, path, store=store, synced=synced)
    window = MainWindow(session, Settings(), remember_layout=False)
    window.resize(*size)
    window.show()
    window.build_panels()
    if panel:
        window.docks[panel].raise_()
    _settle(app, SCREENSHOT_SETTLE_MS)
    out_png = Path(out_png)
    if not window.grab().save(str(out_png), "PNG"):
        raise OSError(f"Cannot write the screenshot to {out_png}")
    window.close()
    window.deleteLater()
