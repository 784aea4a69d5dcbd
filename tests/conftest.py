"""Test-wide set-up: no display needed, no real user profile touched."""

import functools
import os
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.factories import make_workspace  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Settings, recent files and layouts go to a fresh folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    return home


@pytest.fixture
def workspace():
    """A small but complete workspace built in code (no files)."""
    return make_workspace()


@pytest.fixture(autouse=True)
def widgets_application_first(request):
    """Tests that run `main.py export` in this process get a QApplication, not the CLI's QGuiApplication.

    The command line draws with a QGuiApplication (no widgets); left alive in the
    test process it would make every later widget test abort. Other tests are untouched.
    """
    if _mentions_export(getattr(request.module, "__file__", "") or ""):
        request.getfixturevalue("qapp")


@functools.lru_cache(maxsize=None)
def _mentions_export(source: str) -> bool:
    return bool(source) and "export" in open(source, encoding="utf-8").read()


@pytest.fixture
def dead_pid() -> int:
    """The id of a process that has already exited."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid
