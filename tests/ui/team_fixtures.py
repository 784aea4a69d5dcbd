"""Windows on a fake team server: the store_for of the window answers with FakeStores of one FakeServer."""

import pytest

from tests.factories import make_workspace
from tests.ui.fake_store import URL, FakeServer, FakeStore


@pytest.fixture
def server():
    return FakeServer(make_workspace(), password="secret")


@pytest.fixture
def team_window(make_window, server, monkeypatch, qtbot):
    """make_team_window(analyst) -> a main window with the team project open, as that analyst."""
    from workbench.ui.session import Session

    def store_for(location, *, password=None):
        return FakeStore(server, location, analyst=store_for.analyst, password=password)

    monkeypatch.setattr("workbench.storage.project_store.store_for", store_for)
    # The fake server is polled; a test that wants LISTEN/NOTIFY sets its own listener.
    monkeypatch.setattr("workbench.ui.store_documents.team_listener", lambda: None)

    def make(analyst: str = "王"):
        store_for.analyst = analyst
        window = make_window(Session())
        window.asked_passwords = []
        window.ask_password = lambda location, message: window.asked_passwords.append(location) or "secret"
        window.ask_team_location = lambda: URL
        window.retry_answers = []
        window.ask_retry = lambda title, message: window.retry_answers.pop(0) if window.retry_answers else False
        window.errors = []
        window.show_error = lambda title, message: window.errors.append((title, message))
        assert window.documents.open_team_project()
        return window

    return make
