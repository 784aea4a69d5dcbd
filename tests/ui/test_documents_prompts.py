"""Documents and Autosave driven through the Prompts interface with a fake: no main window involved."""

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from workbench.domain import update
from workbench.storage import recovery
from workbench.storage.project import open_project
from workbench.ui.autosave import RESTORE, Autosave
from workbench.ui.documents import Documents
from workbench.ui.session import Session

Answer = QMessageBox.StandardButton


class FakePrompts:
    """Answers set in advance; what was shown is kept to look at."""

    def __init__(self):
        self.unsaved_answer = Answer.Cancel
        self.save_path = ""
        self.open_path = ""
        self.dataset_folder = ""
        self.errors: list[tuple[str, str]] = []
        self.problems: list[tuple[str, list]] = []
        self.statuses: list[str] = []
        self.busy: list[str | None] = []

    def ask_unsaved_changes(self):
        return self.unsaved_answer

    def ask_dataset_folder(self) -> str:
        return self.dataset_folder

    def ask_open_path(self) -> str:
        return self.open_path

    def ask_save_path(self) -> str:
        return self.save_path

    def show_error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def show_problems(self, title: str, summary: str, problems: list) -> None:
        self.problems.append((title, problems))

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        self.statuses.append(message)

    def show_busy(self, message: str | None) -> None:
        self.busy.append(message)


@pytest.fixture
def prompts():
    return FakePrompts()


@pytest.fixture
def owned(qapp):
    """Helpers taken down before their session, as a window does: the session's undo stack signals as it goes."""
    helpers: list[QObject] = []
    yield helpers
    for helper in reversed(helpers):
        shiboken6.delete(helper)


@pytest.fixture
def helpers(session, settings, prompts, owned):
    settings.set_autosave_seconds(0)  # written only when asked, in these tests
    autosave = Autosave(session, settings, prompts)
    documents = Documents(session, settings, prompts, autosave, None)
    owned.extend([autosave, documents])
    return documents, autosave


def rename(session: Session, name: str) -> None:
    session.push(update(session.workspace, "vendors", ("v0",), name_en=name))


def test_save_as_asks_the_prompts_for_a_path_and_reports_on_the_status_line(helpers, session, prompts, tmp_path):
    documents, _autosave = helpers
    rename(session, "Renamed")
    prompts.save_path = str(tmp_path / "analysis")
    assert documents.save_as()
    saved = tmp_path / "analysis.wbproj"
    assert open_project(saved).vendors.get(("v0",)).name_en == "Renamed"
    assert prompts.statuses == ["Saved analysis.wbproj"] and not session.is_dirty
    prompts.save_path = ""
    assert not documents.save_as(), "cancelled: nothing written"


def test_unsaved_edits_are_kept_unless_the_answer_is_discard(helpers, session, prompts):
    documents, _autosave = helpers
    rename(session, "Unsaved")
    prompts.unsaved_answer = Answer.Cancel
    assert not documents.confirm_discard()
    prompts.unsaved_answer = Answer.Discard
    assert documents.confirm_discard()


def test_a_bad_folder_shows_its_problems_and_leaves_the_workspace(helpers, session, prompts, tmp_path):
    documents, _autosave = helpers
    before = session.workspace
    bad = tmp_path / "not-a-dataset"
    bad.mkdir()
    assert not documents.open_path(bad)
    assert len(prompts.problems) == 1 and prompts.problems[0][1]
    assert session.workspace is before and prompts.statuses == []


def test_a_recent_file_that_is_gone_is_an_error_not_an_open(helpers, prompts, tmp_path):
    documents, _autosave = helpers
    assert not documents.open_recent(str(tmp_path / "gone.wbproj"))
    assert len(prompts.errors) == 1 and "gone.wbproj" in prompts.errors[0][1]


def test_autosave_writes_the_edited_tables_and_restores_them_through_the_prompts(workspace, settings, owned,
                                                                                  monkeypatch):
    first, first_prompts = Session(workspace), FakePrompts()
    autosave = Autosave(first, settings, first_prompts)
    rename(first, "Recovered")
    path = autosave.write_now()
    assert path is not None and recovery.read_recovery_info(path).changed_tables == ("vendors",)

    second, second_prompts = Session(), FakePrompts()
    later = Autosave(second, settings, second_prompts)
    owned.extend([autosave, later])
    monkeypatch.setattr(later, "ask_restore", lambda info: RESTORE)
    monkeypatch.setattr(recovery, "find_recovery", lambda project, folder: recovery.read_recovery_info(path))
    assert later.offer_recovery(None)
    assert second.workspace.vendors.get(("v0",)).name_en == "Recovered" and second.is_dirty
    assert second_prompts.statuses == ["Restored 1 unsaved edits"] and second_prompts.errors == []
    assert Path(path).exists(), "kept until the restored edits are saved or discarded"
