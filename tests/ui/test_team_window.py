"""A team project in the window: open with a password asked once, save through the store, a lost connection."""

from workbench.domain import update
from workbench.storage import recovery
from tests.ui.fake_store import URL
from tests.ui.team_fixtures import server, team_window  # noqa: F401 (fixtures)


def rename(window, name):
    window.session.push(update(window.session.workspace, "vendors", ("v0",), name_en=name))


def test_open_team_project_asks_the_password_and_keeps_it_out_of_settings(team_window, server, settings):
    window = team_window()
    session = window.session
    assert window.asked_passwords == [URL]
    assert session.store.location == URL and session.store.is_team
    assert session.workspace.vendors.get(("v0",)) == server.state["vendors"][("v0",)]
    assert URL in window.windowTitle() and URL in window._status_label.text()
    assert settings.recent_files()[0] == URL
    settings.sync()
    assert "secret" not in settings.path.read_text(encoding="utf-8")


def test_a_password_in_the_typed_url_is_used_but_never_kept(team_window, server, settings):
    window = team_window()
    assert window.documents.stores.open("postgresql://analyst:secret@db.example:5432/landscape")
    assert window.asked_passwords == [URL], "the URL's password served: not asked again"
    assert window.session.store.location == URL
    settings.sync()
    assert "secret" not in settings.path.read_text(encoding="utf-8")


def test_save_sends_the_edits_as_one_commit_and_leaves_the_window_clean(team_window, server):
    window = team_window("王")
    rename(window, "Renamed")
    assert window.isWindowModified()
    assert window.documents.save()
    assert server.state["vendors"][("v0",)].name_en == "Renamed"
    assert [(e.analyst, e.field, e.after) for e in server.history] == [("王", "name_en", "Renamed")]
    assert not window.session.is_dirty and window.session.synced.versions[("vendors", ("v0",))] == 2
    assert "Saved 1 changes" in window.statusBar().currentMessage()


def test_a_lost_connection_keeps_the_edits_and_the_recovery_file_and_offers_retry(team_window, server, settings):
    window = team_window()
    written = []
    window.autosave.written.connect(written.append)
    rename(window, "Kept")
    server.unavailable = 1
    window.retry_answers = [False]
    assert not window.documents.save()
    assert window.session.is_dirty and window.session.workspace.vendors.get(("v0",)).name_en == "Kept"
    assert server.history == [] and server.state["vendors"][("v0",)].name_en != "Kept"
    assert len(written) == 1
    assert recovery.load_recovery(recovery.read_recovery_info(written[0])).vendors.get(("v0",)).name_en == "Kept"
    server.unavailable = 1
    window.retry_answers = [True]  # the second try reaches the server
    assert window.documents.save()
    assert server.state["vendors"][("v0",)].name_en == "Kept" and not window.session.is_dirty


def test_an_unreachable_server_at_open_is_a_message_and_the_window_keeps_its_project(team_window, server):
    window = team_window()
    before = window.session.workspace
    server.unavailable = 1
    assert not window.documents.stores.open(URL)
    assert window.session.workspace is before


def test_recent_team_project_reopens_from_the_menu(team_window, server, settings):
    window = team_window()
    window._fill_recent_menu()
    texts = [action.text() for action in window.recent_menu.actions()]
    assert URL in texts
    assert window.documents.open_recent(URL)
    assert window.session.store.location == URL


def test_the_location_dialog_takes_a_url_and_sslmode_and_refuses_a_path(qtbot):
    from workbench.ui.team_dialogs import TeamLocationDialog
    from workbench.ui.team_url import without_password

    dialog = TeamLocationDialog(["/tmp/a.wbproj", URL])
    qtbot.addWidget(dialog)
    assert dialog.url_edit.currentText() == URL, "the last team project is offered, files are not"
    dialog.url_edit.setCurrentText("landscape.wbproj")
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog) and dialog.result() != dialog.DialogCode.Accepted
    dialog.url_edit.setCurrentText(URL)
    dialog.sslmode_combo.setCurrentIndex(dialog.sslmode_combo.findData("require"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.location() == URL + "?sslmode=require"
    assert without_password("postgresql://wang:pw@[::1]:5433/x?sslmode=require") == \
        "postgresql://wang@[::1]:5433/x?sslmode=require"


def test_a_wrong_password_is_asked_again_and_cancel_changes_nothing(team_window, server):
    window = team_window()
    before = window.session.workspace
    answers = ["wrong", None]
    messages = []
    window.ask_password = lambda location, message: messages.append(message) or answers.pop(0)
    assert not window.documents.stores.open(URL)
    assert len(messages) == 2 and window.session.workspace is before and window.errors == []
    answers[:] = ["wrong", "secret"]
    assert window.documents.stores.open(URL)
    assert window.session.workspace is not before


def test_a_second_save_while_one_is_on_its_way_is_refused_not_nested(team_window, server, qtbot):
    import threading

    window = team_window()
    rename(window, "Slow")
    release = threading.Event()
    slow_save = window.session.store.save

    def save(*args):
        release.wait(5)
        return slow_save(*args)

    window.session.store.save = save
    outcomes = []
    from PySide6.QtCore import QTimer

    def second_attempt():
        outcomes.append(window.documents.save())
        release.set()

    QTimer.singleShot(50, second_attempt)
    assert window.documents.save()
    assert outcomes == [False], "refused while the first save was on its way"
    assert [e.after for e in server.history] == ["Slow"]
