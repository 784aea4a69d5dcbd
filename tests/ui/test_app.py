import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QFontInfo, QImage
from PySide6.QtWidgets import QApplication

from workbench.storage.problems import InputError
from workbench.ui import app as app_module
from workbench.ui.app import CJK_FAMILIES, create_app, render_screenshot
from workbench.ui.i18n import current_language
from workbench.ui.settings import Settings

from workbench.storage.opening import BUNDLED_DATASET as BUNDLED


def test_create_app_asks_for_a_simplified_chinese_font_by_name(qapp):
    installed = [family for family in CJK_FAMILIES if family in QFontDatabase.families()]
    if not installed:
        pytest.skip("no CJK font installed")
    font = create_app([]).font()
    assert QFontInfo(font).family() == installed[0]
    create_app([])
    assert create_app([]).font().families().count(CJK_FAMILIES[0]) == 1, "asking again adds nothing"


def test_create_app_applies_the_language_setting(qapp):
    Settings().set_language("zh_CN")
    create_app([])
    assert current_language() == "zh_CN"


def test_render_screenshot_writes_a_png_of_the_asked_size(qapp, tmp_path):
    out = tmp_path / "shot.png"
    render_screenshot(None, out, size=(1000, 700))
    image = QImage(str(out))
    assert image.size() == QSize(1000, 700)
    assert Settings().window_state().isEmpty(), "a screenshot must not overwrite the analyst's layout"


def test_render_screenshot_of_a_missing_folder_raises_input_error(qapp, tmp_path):
    with pytest.raises(InputError) as caught:
        render_screenshot(str(tmp_path / "missing"), tmp_path / "shot.png")
    assert caught.value.problems
    assert not (tmp_path / "shot.png").exists()


@pytest.fixture
def run_without_event_loop(monkeypatch, qtbot):
    """run_gui up to the event loop; yields a function returning the window it built, once its file is open."""
    from workbench.ui.main_window import MainWindow

    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)

    def opened_window():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        # The file is read in the background after the first paint: wait for it.
        with qtbot.waitSignal(window.documents.opened, timeout=20000):
            pass
        return window

    yield opened_window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.session.undo_stack.setClean()
            widget.close()
            widget.deleteLater()


def test_run_gui_opens_the_bundled_dataset_when_nothing_else_is_known(run_without_event_loop):
    assert app_module.run_gui(None) == 0
    window = run_without_event_loop()
    assert not window.documents.is_opening
    assert window.session.workspace.info.dataset_name == "cn-multimodal-llm-2025"
    assert len(window.session.workspace.vendors) > 0


def test_run_gui_reopens_the_last_project(run_without_event_loop, tmp_path, workspace):
    from workbench.storage import project

    path = tmp_path / "last.wbproj"
    project.save_project(workspace, path)
    Settings().set_last_project(path)
    app_module.run_gui(None)
    window = run_without_event_loop()
    assert window.session.path == path.resolve()
    assert window.session.workspace == workspace


def test_the_tier_board_probe_reports_the_bundled_vendors_once_painted(tmp_path):
    # The time_to_content benchmark relies on it: it must count the cards the board painted, not fire early.
    env = {**os.environ, "WORKBENCH_HOME": str(tmp_path), "WORKBENCH_STARTUP_PROBE": "tier_board",
           "QT_QPA_PLATFORM": "offscreen"}
    main_py = Path(__file__).resolve().parents[2] / "main.py"
    done = subprocess.run([sys.executable, str(main_py)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with (BUNDLED / "vendors.csv").open(encoding="utf-8", newline="") as file:
        vendors = sum(1 for _ in csv.DictReader(file))
    assert vendors >= 20
    assert done.stdout.split() == ["content", str(vendors)]
