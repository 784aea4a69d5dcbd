"""Autosave in the window: written when editing pauses, offered back after a crash, kept until saved or discarded."""

from __future__ import annotations

import sqlite3

from workbench.domain import update
from workbench.storage import recovery
from workbench.storage.project import open_project


def rename(session, vendor_id: str, name: str) -> None:
    session.push(update(session.workspace, "vendors", (vendor_id,), name_en=name))


def leave_as_crashed(path, pid: int) -> None:
    """Make a recovery file look like its writer was killed."""
    connection = sqlite3.connect(path)
    connection.execute(f"UPDATE {recovery.MANIFEST_TABLE} SET value = ? WHERE key = 'pid'", (str(pid),))
    connection.commit()
    connection.close()


def test_unsaved_edits_are_written_beside_the_project_once_editing_pauses(make_window, project, qtbot):
    window = make_window(autosave_seconds=0.05)
    assert window.open_path(project)
    with qtbot.waitSignal(window.autosave.written, timeout=5000) as written:
        rename(window.session, "v0", "Baidu AI")
        rename(window.session, "v1", "Alibaba Cloud")
    path = written.args[0]
    assert path == project.with_name(project.name + recovery.RECOVERY_SUFFIX)
    info = recovery.read_recovery_info(path)
    assert (info.edit_count, info.changed_tables, info.project) == (2, ("vendors",), str(project.resolve()))
    restored = open_project(path)
    assert restored.vendors.get(("v0",)).name_en == "Baidu AI"
    assert restored.vendors.get(("v1",)).name_en == "Alibaba Cloud"
    assert open_project(project).vendors.get(("v0",)).name_en == "Baidu", "the project itself is untouched"


def test_nothing_is_written_without_edits_or_when_autosave_is_off(make_window, project, qtbot):
    window = make_window(autosave_seconds=0)
    window.open_path(project)
    rename(window.session, "v0", "X")
    qtbot.wait(100)
    assert not project.with_name(project.name + recovery.RECOVERY_SUFFIX).exists()
    window.autosave.set_interval(0.05)
    assert window.autosave.write_now() is not None  # still possible on demand


def test_saving_deletes_the_recovery_file(make_window, project, qtbot):
    window = make_window(autosave_seconds=0.05)
    window.open_path(project)
    with qtbot.waitSignal(window.autosave.written, timeout=5000) as written:
        rename(window.session, "v0", "Saved name")
    assert written.args[0].exists()
    assert window.documents.save()
    assert not written.args[0].exists()
    assert open_project(project).vendors.get(("v0",)).name_en == "Saved name"


def test_a_failed_save_keeps_the_recovery_file(make_window, project, qtbot, monkeypatch):
    window = make_window(autosave_seconds=0.05)
    window.open_path(project)
    with qtbot.waitSignal(window.autosave.written, timeout=5000) as written:
        rename(window.session, "v0", "Pending")
    monkeypatch.setattr("workbench.storage.project._write_project", _disk_full)
    assert not window.documents.save()
    assert written.args[0].exists() and window.session.is_dirty


def _disk_full(*_args):
    raise OSError(28, "No space left on device")


def test_after_a_crash_opening_the_project_offers_the_edits_and_restores_them(
        make_window, project, qtbot, dead_pid):
    first = make_window(autosave_seconds=0.05)
    first.open_path(project)
    with qtbot.waitSignal(first.autosave.written, timeout=5000) as written:
        rename(first.session, "v2", "Tencent Hunyuan")
    leave_as_crashed(written.args[0], dead_pid)
    first.autosave._files.clear()  # a killed process deletes nothing

    second = make_window()
    assert second.open_path(project)
    [offered] = second.answers.recoveries
    assert offered.edit_count == 1 and offered.changed_tables == ("vendors",)
    assert second.session.workspace.vendors.get(("v2",)).name_en == "Tencent Hunyuan"
    assert second.session.is_dirty and second.session.path == project
    second.session.undo_stack.undo()  # nothing to undo: the restored edits stay unsaved
    assert second.session.is_dirty
    assert written.args[0].exists(), "kept until the restored edits are saved"
    assert second.documents.save()
    assert not written.args[0].exists()


def test_discard_deletes_the_recovery_file_and_later_keeps_it(make_window, project, qtbot, dead_pid):
    first = make_window(autosave_seconds=0.05)
    first.open_path(project)
    with qtbot.waitSignal(first.autosave.written, timeout=5000) as written:
        rename(first.session, "v0", "Lost?")
    leave_as_crashed(written.args[0], dead_pid)
    first.autosave._files.clear()

    later = make_window()
    later.answers.restore_answer = "later"
    later.open_path(project)
    assert later.answers.recoveries and written.args[0].exists()
    assert later.session.workspace.vendors.get(("v0",)).name_en == "Baidu"

    discarding = make_window()
    discarding.answers.restore_answer = "discard"
    discarding.open_path(project)
    assert discarding.answers.recoveries and not written.args[0].exists()


def test_a_running_writer_s_recovery_file_is_not_offered(make_window, project, qtbot):
    first = make_window(autosave_seconds=0.05)
    first.open_path(project)
    with qtbot.waitSignal(first.autosave.written, timeout=5000):
        rename(first.session, "v0", "Still editing")
    assert recovery.find_recovery(project, first.settings.app_folder()) is None


def test_untitled_edits_go_to_the_app_folder_and_come_back_at_start(make_window, qtbot, dead_pid, isolated_home):
    from tests.factories import make_workspace

    first = make_window(autosave_seconds=0.05)
    first.session.replace_workspace(make_workspace())
    with qtbot.waitSignal(first.autosave.written, timeout=5000) as written:
        rename(first.session, "v1", "Qwen")
    assert written.args[0].parent == isolated_home / "recovery"
    leave_as_crashed(written.args[0], dead_pid)
    first.autosave._files.clear()

    second = make_window()
    second.session.replace_workspace(make_workspace())
    assert second.autosave.offer_untitled_recovery()
    assert second.session.workspace.vendors.get(("v1",)).name_en == "Qwen"
    assert second.session.path is None and second.session.is_dirty


def test_recovery_write_failure_is_a_status_message_not_a_crash(make_window, project, qtbot, monkeypatch):
    window = make_window(autosave_seconds=0.05)
    window.open_path(project)
    monkeypatch.setattr("workbench.storage.project._write_project", _disk_full)
    rename(window.session, "v0", "Kept in memory")
    assert window.autosave.write_now() is None
    assert "recovery file" in window.statusBar().currentMessage()
    assert window.session.workspace.vendors.get(("v0",)).name_en == "Kept in memory"


def test_the_dialog_text_says_what_comes_back(project):
    from workbench.ui.autosave import describe_recovery

    info = recovery.RecoveryInfo(project, str(project), "市场格局", "2025-04-01T08:30:00+00:00", 7,
                                 ("scores", "vendors"), "host", 1)
    text = describe_recovery(info)
    assert "市场格局" in text and "7 unsaved edits" in text and "scores, vendors" in text
    assert "2025-04-01" in text
