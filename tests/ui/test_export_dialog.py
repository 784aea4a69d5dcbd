"""The export dialog's choices, remembered; the export in a worker thread with progress and cancel."""

from __future__ import annotations

import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from workbench.storage.excel import ExportOptions, available_sheets
from workbench.ui.export_dialog import ExportDialog, ExportJob, run_export
from workbench.ui.session import Session


def item(list_widget, data):
    return next(list_widget.item(r) for r in range(list_widget.count())
                if list_widget.item(r).data(Qt.ItemDataRole.UserRole) == data)


def test_choices_become_options_and_are_remembered(qtbot, workspace, settings):
    dialog = ExportDialog(workspace, settings)
    qtbot.addWidget(dialog)
    assert dialog.sheet_list.count() == len(available_sheets())
    item(dialog.sheet_list, "Sources").setCheckState(Qt.CheckState.Unchecked)
    item(dialog.scope_list, "v1").setCheckState(Qt.CheckState.Unchecked)
    dialog.scenario_box.setCurrentIndex(dialog.scenario_box.findData("high"))
    dialog.author_edit.setText("张三")
    options = dialog.options()
    assert "Sources" not in options.sheets and "Vendors" in options.sheets
    assert options.scopes == ("industry", "v0", "v2") and options.scenario == "high" and options.author == "张三"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == ExportDialog.DialogCode.Accepted

    again = ExportDialog(workspace, settings)
    qtbot.addWidget(again)
    assert again.options() == options
    assert settings.author_name() == "张三"


def test_export_needs_at_least_one_sheet(qtbot, workspace, settings):
    dialog = ExportDialog(workspace, settings)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for row in range(dialog.sheet_list.count()):
        dialog.sheet_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled()
    item(dialog.sheet_list, "Vendors").setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled()


def test_job_exports_in_another_thread_and_reports_progress_in_the_callers(qtbot, workspace, tmp_path, monkeypatch):
    job = ExportJob(workspace, str(tmp_path / "out.xlsx"), ExportOptions(sheets=("Cover", "Vendors")))
    writing_threads, listening_threads, steps = [], [], []
    original = job._progress

    def progress(done, total):
        writing_threads.append(threading.current_thread())
        return original(done, total)

    monkeypatch.setattr(job, "_progress", progress)
    job.progressed.connect(lambda done, total: (steps.append((done, total)),
                                                listening_threads.append(threading.current_thread())))
    with qtbot.waitSignal(job.succeeded, timeout=20_000) as succeeded:
        job.start()
    job.wait()
    qtbot.waitUntil(lambda: len(steps) == 3)
    assert succeeded.args[0].report.sheets == ["Cover", "Vendors"]
    assert steps == [(0, 3), (1, 3), (2, 3)]
    assert writing_threads and all(thread is not threading.main_thread() for thread in writing_threads)
    # A plain function connected to the job runs in the thread that made the job, not in the worker.
    assert listening_threads == [threading.main_thread()] * 3
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames[:2] == ["Cover", "Vendors"]


def test_cancel_stops_the_export_and_writes_nothing(qtbot, workspace, tmp_path):
    job = ExportJob(workspace, str(tmp_path / "out.xlsx"), ExportOptions())
    job.cancel()  # as if Cancel was pressed before the first step
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        job.start()
    job.wait()
    assert list(tmp_path.iterdir()) == []


def test_the_window_stays_responsive_and_cancel_from_the_progress_dialog_works(qtbot, workspace, tmp_path, monkeypatch):
    """The export is held at its second step; meanwhile the event loop runs and Cancel is pressed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    job = ExportJob(workspace, str(tmp_path / "out.xlsx"), ExportOptions())
    original = job._progress

    def slow_progress(done, total):
        if done == 1:
            release.wait(10)
        return original(done, total)

    monkeypatch.setattr(job, "_progress", slow_progress)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def press_cancel():
        dialogs = [w for w in parent.findChildren(QProgressDialog)]
        if len(ticks) < 5 or not dialogs:
            return QTimer.singleShot(20, press_cancel)
        [cancel_button] = dialogs[0].findChildren(QPushButton)
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
        release.set()

    QTimer.singleShot(20, press_cancel)
    outcome = run_export(parent, workspace, str(tmp_path / "out.xlsx"), ExportOptions(), job=job)
    timer.stop()
    assert outcome == ("cancelled", None)
    assert len(ticks) >= 5  # the window's own timers kept firing during the export
    assert list(tmp_path.iterdir()) == []


def test_export_failure_comes_back_as_a_message(qtbot, workspace, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    outcome, message = run_export(parent, workspace, str(tmp_path / "no-such-folder" / "out.xlsx"), ExportOptions())
    assert outcome == "failed" and "does not exist" in message


def test_menu_export_uses_the_dialog_choices(make_window, workspace, monkeypatch, tmp_path):
    window = make_window(Session(workspace))
    monkeypatch.setattr(window, "ask_export_options", lambda kind="xlsx": (ExportOptions(sheets=("Cover", "Sources")), kind))
    monkeypatch.setattr(window, "ask_export_path", lambda offered, suffix=".xlsx": str(tmp_path / "book"))
    assert window.documents.export()
    assert openpyxl.load_workbook(tmp_path / "book.xlsx").sheetnames[:2] == ["Cover", "Sources"]
    monkeypatch.setattr(window, "ask_export_options", lambda kind="xlsx": None)
    assert not window.documents.export()


@pytest.mark.parametrize("language", ["zh_CN"])
def test_dialog_builds_in_chinese(qtbot, workspace, settings, language):
    from workbench.ui.i18n import apply_language

    apply_language(language)
    dialog = ExportDialog(workspace, settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "导出到 Excel" and dialog.scenario_box.itemText(1) == "基准"
