import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.factories import make_workspace
from workbench.domain import update
from workbench.storage.excel import ExportOptions
from workbench.ui.dialogs import ProblemsDialog
from workbench.ui.session import Session

Answer = QMessageBox.StandardButton


def edit_vendor(session, **changes):
    session.push(update(session.workspace, "vendors", ("v0",), **changes))


def test_title_shows_the_unsaved_marker_until_undone_to_clean(make_window, session):
    window = make_window(session)
    assert "[*]" in window.windowTitle() and "测试工作区" in window.windowTitle()
    assert not window.isWindowModified()
    edit_vendor(session, name_en="Baidu Inc.")
    assert window.isWindowModified()
    session.undo_stack.undo()
    assert not window.isWindowModified()


def test_undo_and_redo_actions_drive_the_shared_stack(make_window, session):
    window = make_window(session)
    edit_vendor(session, name_en="Baidu Inc.")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert session.workspace.vendors.get(("v0",)).name_en == "Baidu"
    window.redo_action.trigger()
    assert session.workspace.vendors.get(("v0",)).name_en == "Baidu Inc."


def test_closing_with_unsaved_edits_asks_and_cancel_keeps_the_window(qtbot, make_window, session, monkeypatch):
    window = make_window(session)
    window.show()
    edit_vendor(session, name_en="Baidu Inc.")
    asked = []
    monkeypatch.setattr(window, "ask_unsaved_changes", lambda: asked.append(1) or Answer.Cancel)
    assert not window.close()
    assert window.isVisible() and asked == [1]

    monkeypatch.setattr(window, "ask_unsaved_changes", lambda: Answer.Discard)
    assert window.close()
    assert not window.isVisible()


def test_save_answer_saves_the_project_then_closes(qtbot, make_window, session, monkeypatch, tmp_path):
    from workbench.storage.project import open_project

    window = make_window(session)
    edit_vendor(session, name_en="Baidu Inc.")
    monkeypatch.setattr(window, "ask_unsaved_changes", lambda: Answer.Save)
    monkeypatch.setattr(window, "ask_save_path", lambda: str(tmp_path / "analysis"))  # suffix added
    assert window.close()
    saved = tmp_path / "analysis.wbproj"
    assert open_project(saved) == session.workspace
    assert session.path == saved and not session.is_dirty


def test_save_as_then_reopen_gives_the_same_workspace(make_window, session, monkeypatch, tmp_path, settings):
    window = make_window(session)
    edit_vendor(session, description="搜索与云")
    monkeypatch.setattr(window, "ask_save_path", lambda: str(tmp_path / "a.wbproj"))
    assert window.documents.save_as()
    assert not window.isWindowModified() and "a.wbproj" in window.windowTitle()
    assert settings.last_project() == str((tmp_path / "a.wbproj").resolve())

    other = Session(make_workspace(vendor_count=1))
    second = make_window(other)
    assert second.open_path(tmp_path / "a.wbproj")
    assert other.workspace == session.workspace
    assert other.workspace.vendors.get(("v0",)).description == "搜索与云"


def test_a_bad_dataset_is_listed_and_the_open_workspace_is_unchanged(qtbot, make_window, session, monkeypatch,
                                                                       tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "datapackage.json").write_text("{ not json", encoding="utf-8")
    window = make_window(session)
    edit_vendor(session, name_en="Baidu Inc.")  # unsaved work that must survive
    shown = []
    monkeypatch.setattr(window, "ask_unsaved_changes", lambda: Answer.Discard)
    monkeypatch.setattr(window, "ask_dataset_folder", lambda: str(bad))
    monkeypatch.setattr(window, "show_problems", lambda title, summary, problems: shown.append(problems))
    before = session.workspace.snapshot()

    opened = []
    window.documents.opened.connect(opened.append)
    assert window.documents.new_from_dataset(), "reading starts in the background"
    qtbot.waitUntil(lambda: opened == [False])
    assert shown and shown[0], "the problems are listed"
    assert session.workspace.snapshot() == before
    assert session.undo_stack.count() == 1 and window.isWindowModified()


def test_problems_dialog_lists_file_row_column_and_message(qtbot):
    from workbench.storage.problems import Problem

    dialog = ProblemsDialog("t", "s", [Problem("vendors.csv", 3, "name_zh", "must not be empty"),
                                       Problem("datapackage.json", None, None, "bad JSON")])
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert cells == [["vendors.csv", "3", "name_zh", "must not be empty"], ["datapackage.json", "", "", "bad JSON"]]


def test_language_switch_retranslates_menus_and_panels(qtbot, make_window, session, settings):
    window = make_window(session)
    assert window.file_menu.title() == "&File"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    assert window.docks["vendors"].windowTitle() == "厂商"
    assert window.panel("vendors").model.headerData(0, Qt.Orientation.Horizontal) == "中文名称"
    assert window.undo_action.text() == "撤销"
    assert settings.language() == "zh_CN"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


def test_layout_is_saved_on_close_and_restored_by_the_next_window(make_window, session):
    first = make_window(session)
    vendors_dock = first.docks["vendors"]
    assert first.dockWidgetArea(vendors_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    first.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, vendors_dock)
    first.docks["sources"].hide()
    assert first.close()

    second = make_window(Session(make_workspace()))
    assert second.dockWidgetArea(second.docks["vendors"]) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert second.docks["sources"].isHidden()

    second.reset_layout_action.trigger()
    assert second.dockWidgetArea(second.docks["vendors"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not second.docks["sources"].isHidden()


def test_an_unreadable_saved_layout_falls_back_to_the_default(make_window, session, settings):
    from PySide6.QtCore import QByteArray

    settings.set_window_state(QByteArray(b"garbage"))
    window = make_window(session)
    assert window.dockWidgetArea(window.docks["vendors"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not window.docks["sources"].isHidden()


def test_every_panel_is_docked_under_its_name_with_a_view_toggle(make_window, session):
    from workbench.ui.panels.registry import PANELS

    window = make_window(session)
    assert [dock.objectName() for dock in window.docks.values()] == [p.NAME for p in PANELS]
    toggles = [action.text() for action in window.view_menu.actions()]
    assert all(p.TITLE in toggles for p in PANELS)


def test_status_bar_counts_follow_the_workspace(make_window, session):
    window = make_window(session)
    assert "3 vendors" in window._status_label.text()
    session.replace_workspace(make_workspace(vendor_count=5))
    assert "5 vendors" in window._status_label.text()


def test_recent_files_menu_lists_opened_files(make_window, session, settings, tmp_path):
    project = tmp_path / "x.wbproj"
    project.write_bytes(b"")
    settings.add_recent_file(project)
    window = make_window(session)
    window._fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()] == ["x.wbproj"]
    assert Path(window.recent_menu.actions()[0].toolTip()) == project.resolve()


def test_export_to_excel_writes_the_workbook_with_the_chosen_name(make_window, session, monkeypatch, tmp_path):
    window = make_window(session)
    filters = []
    monkeypatch.setattr(window, "ask_export_options", lambda kind="xlsx": (ExportOptions(), kind))
    monkeypatch.setattr(window, "ask_export_path",
                        lambda offered, suffix=".xlsx": filters.extend(offered) or str(tmp_path / "book"))
    assert window.documents.export()
    assert "Excel workbook (*.xlsx)" in filters
    assert (tmp_path / "book.xlsx").stat().st_size > 0
    with zipfile.ZipFile(tmp_path / "book.xlsx") as package:  # the map the analyst sees, in the Regions sheet
        assert any(name.startswith("xl/media/") for name in package.namelist())


def test_export_failure_is_reported_not_raised(make_window, session, monkeypatch, tmp_path):
    window = make_window(session)
    errors = []
    monkeypatch.setattr(window, "ask_export_options", lambda kind="xlsx": (ExportOptions(), kind))
    monkeypatch.setattr(window, "ask_export_path",
                        lambda offered, suffix=".xlsx": str(tmp_path / "missing-folder" / "book.xlsx"))
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    assert not window.documents.export()
    assert len(errors) == 1 and "missing-folder" in errors[0]
    assert not (tmp_path / "missing-folder").exists()
