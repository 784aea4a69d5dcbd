"""Test-wide set-up: no display needed, no real user profile touched."""

import os

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
