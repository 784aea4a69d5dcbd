"""Fixtures for widget tests: a session over a small workspace, and a main window on it."""

import gc

import pytest
from PySide6.QtWidgets import QMessageBox

from workbench.ui.i18n import apply_language, apply_units
from workbench.ui.session import Session
from workbench.ui.settings import Settings


@pytest.fixture
def session(workspace, qapp):
    return Session(workspace)


@pytest.fixture
def settings(isolated_home):
    return Settings()


@pytest.fixture(autouse=True)
def collect_on_this_thread(qapp):
    """Free each test's leftover Qt objects here, on the GUI thread.

    A session and its workspace refer to each other, so they wait for the garbage collector; left
    to run when it likes, it may free them on a worker thread (an export, a robustness draw) while
    their timers are still registered with this one, and the next timer event crashes the process.
    """
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def english_ui(qapp):
    """Each test starts and ends in English with amounts following it, whatever another test switched to."""
    apply_language("en")
    apply_units("")
    yield
    apply_language("en")
    apply_units("")


@pytest.fixture
def make_window(qtbot, settings, monkeypatch):
    """Builds main windows that never block on a real dialog."""
    from workbench.ui.main_window import MainWindow

    def make(session):
        window = MainWindow(session, settings)
        # Never block on a real message box; qtbot closes the window after each test.
        monkeypatch.setattr(window, "ask_unsaved_changes", lambda: QMessageBox.StandardButton.Discard)
        qtbot.addWidget(window)
        return window

    yield make

