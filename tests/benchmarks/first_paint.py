"""Child process of the start-up benchmark: open a window, report its first frame.

    python -m tests.benchmarks.first_paint bare   # an empty QMainWindow
    python -m tests.benchmarks.first_paint app    # Workbench on the bundled dataset

Prints `painted` once the first frame has been painted, then exits at once; the
parent times the whole process up to that line, interpreter start included, the
same for both kinds of window.
"""

from __future__ import annotations

import os
import sys

WINDOW_SIZE = (1280, 800)


def bare_window():
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare window"))
    return app, window, lambda: None


def workbench_window():
    """What workbench.ui.app.run_gui does: show the window, then open the bundled dataset once it has painted."""
    from workbench.ui.app import create_app
    from workbench.ui.main_window import MainWindow
    from workbench.ui.session import Session
    from workbench.ui.settings import Settings

    app = create_app(sys.argv[:1])
    window = MainWindow(Session(), Settings())

    def open_bundled_dataset():
        from workbench.storage.opening import BUNDLED_DATASET

        window.open_path(str(BUNDLED_DATASET), wait=False)

    return app, window, lambda: window.firstPainted.connect(open_bundled_dataset)


def report_first_frame(app, window) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.window() is window:
                app.removeEventFilter(self)
                # The rest of the frame paints in this same pass; report after it.
                QTimer.singleShot(0, painted)
            return False

    def painted():
        print("painted", flush=True)
        os._exit(0)  # teardown is not start-up

    app.installEventFilter(FirstPaint(app))


def main() -> None:
    kind = sys.argv[1] if len(sys.argv) > 1 else ""
    builders = {"bare": bare_window, "app": workbench_window}
    if kind not in builders:
        sys.exit(f"usage: python -m tests.benchmarks.first_paint {{{','.join(builders)}}}")
    app, window, open_data = builders[kind]()
    report_first_frame(app, window)
    window.resize(*WINDOW_SIZE)
    window.show()
    open_data()
    app.exec()


if __name__ == "__main__":
    main()
