"""Runs the real app offscreen for the crash test; the test kills it and runs it again.

    python -m tests.reliability.crash_driver edit PROJECT     # edit, wait for the recovery file, then idle
    python -m tests.reliability.crash_driver restore PROJECT  # start, restore what is offered, save, quit

Set QT_QPA_PLATFORM=offscreen and WORKBENCH_HOME to a fresh folder. Every line
printed is a marker the test waits for.
"""

from __future__ import annotations

import os
import sys

from workbench.domain import PutRecord, RemoveRecord, move, update
from workbench.domain import entities as e

WRITTEN, OFFERED, SAVED = "RECOVERY-WRITTEN", "OFFERED", "SAVED"
AUTOSAVE_SECONDS = 0.2


def edits(workspace) -> list:
    """The edits of the test, built against the workspace they are about to change."""
    return [
        lambda ws: update(ws, "vendors", ("v0",), name_en="Baidu 文心"),
        lambda ws: update(ws, "scores", ("v1", "model"), value=77.5),
        lambda ws: PutRecord("vendors", e.Vendor("zhipu", "智谱", "Zhipu AI", "110000")),
        lambda ws: RemoveRecord("analysis_entries", ("a2",)),
        lambda ws: move(ws, "vendors", ("v2",), 0),
        lambda ws: update(ws, "sources", ("s2",), note="revised after the call"),
    ]


def apply_edits(workspace) -> None:
    """The same edits straight on a workspace: what the restored project must equal."""
    for make in edits(workspace):
        make(workspace).apply(workspace)


def _window():
    from PySide6.QtWidgets import QApplication

    from workbench.ui.main_window import MainWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def _edit_and_report() -> None:
    window = _window()
    session = window.session
    planned = edits(session.workspace)

    def report(path) -> None:
        from workbench.storage.recovery import read_recovery_info

        info = read_recovery_info(path)
        if info is not None and info.edit_count == len(planned):
            print(WRITTEN, path, flush=True)

    window.autosave.written.connect(report)
    for make in planned:
        session.push(make(session.workspace))  # through the command layer, as the panels do


def _save_and_quit() -> None:
    from PySide6.QtWidgets import QApplication

    window = _window()
    if window.session.is_dirty and window.documents.save():
        print(SAVED, flush=True)
    window.close()
    QApplication.quit()


def main(mode: str, project: str) -> int:
    from PySide6.QtCore import QTimer

    from workbench.ui import app as app_module
    from workbench.ui.autosave import RESTORE, Autosave
    from workbench.ui.settings import Settings

    Settings().set_autosave_seconds(AUTOSAVE_SECONDS)
    app_module.create_app([sys.argv[0]])

    def once_opened(action) -> None:
        # run_gui reads the project in the background: act once it is open.
        QTimer.singleShot(0, lambda: _window().documents.opened.connect(action))

    if mode == "edit":
        once_opened(_edit_and_report)
    else:
        def answer(_autosave, info) -> str:
            print(OFFERED, info.edit_count, ",".join(info.changed_tables), flush=True)
            return RESTORE

        Autosave.ask_restore = answer  # the analyst clicks Restore
        once_opened(_save_and_quit)
    return app_module.run_gui(project)


if __name__ == "__main__":
    code = main(sys.argv[1], sys.argv[2])
    sys.stdout.flush()
    os._exit(code)  # the test is about recovery; skip interpreter teardown of Qt objects
