"""Fixtures for the reliability tests: saved projects, dead processes, windows that never block."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import make_workspace
from workbench.storage.project import save_project


@pytest.fixture
def project(tmp_path) -> Path:
    """A saved project in a folder of its own."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "analysis.wbproj"
    save_project(make_workspace(), path)
    return path


@pytest.fixture
def live_pid():
    """The id of a process that runs for the length of the test."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


class Answers:
    """What the fake dialogs were shown, and what they answer."""

    def __init__(self):
        self.errors: list[tuple[str, str]] = []
        self.problems: list[tuple[str, list]] = []
        self.recoveries: list = []
        self.restore_answer = "restore"
        self.unsaved_answer = None
        self.save_path = ""


@pytest.fixture
def make_window(qtbot, monkeypatch):
    """Build main windows whose questions are answered by an Answers object."""
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui.main_window import MainWindow
    from workbench.ui.session import Session
    from workbench.ui.settings import Settings

    def make(autosave_seconds: float = 0.0, answers: Answers | None = None):
        answers = answers or Answers()
        settings = Settings()
        settings.set_autosave_seconds(autosave_seconds)
        window = MainWindow(Session(), settings, remember_layout=False)
        window.answers = answers
        window.show_error = lambda title, message: answers.errors.append((title, message))
        window.show_problems = lambda title, summary, problems: answers.problems.append((title, problems))
        window.ask_unsaved_changes = lambda: answers.unsaved_answer or QMessageBox.StandardButton.Discard
        window.ask_save_path = lambda: answers.save_path

        def ask_restore(info):
            answers.recoveries.append(info)
            return answers.restore_answer

        window.autosave.ask_restore = ask_restore
        qtbot.addWidget(window)
        return window

    return make

