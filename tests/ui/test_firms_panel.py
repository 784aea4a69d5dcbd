"""The Firms panel: lazy table, province filter shared with the session, background load and cancel."""

from workbench.domain.firms import FirmTable
from workbench.ui.panels.firms import FirmsPanel

ROWS = [(f"企业{n}", ("110000", "310000")[n % 2], "城", "应用层") for n in range(10)]


def make_panel(qtbot, session):
    panel = FirmsPanel(session)
    qtbot.addWidget(panel)
    return panel


def write_csv(tmp_path, rows=2000):
    path = tmp_path / "firms.csv"
    lines = [f"企业{n},{('110000', '440000')[n % 2]},城{n % 3},模型层" for n in range(rows)]
    path.write_text("name,province_code,city,segment\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_shows_firms_with_province_names(qtbot, session):
    session.workspace.replace_firms(FirmTable.from_rows(ROWS))
    panel = make_panel(qtbot, session)
    model = panel.model
    assert model.rowCount() == 10 and model.columnCount() == 4
    assert model.index(1, 0).data() == "企业1"
    assert model.index(1, 1).data() == "上海市"
    assert model.headerData(3, panel.view.horizontalHeader().orientation()) == "Chain segment"
    assert "10 of 10 firms" in panel.summary.text()


def test_session_province_filter_limits_rows_and_back(qtbot, session):
    session.workspace.replace_firms(FirmTable.from_rows(ROWS))
    panel = make_panel(qtbot, session)
    session.set_vendor_filter("310000")
    assert panel.model.rowCount() == 5
    assert {panel.model.index(row, 0).data() for row in range(5)} == {f"企业{n}" for n in range(1, 10, 2)}
    assert panel.province_combo.currentData() == "310000"
    session.set_vendor_filter(None)
    assert panel.model.rowCount() == 10


def test_picking_a_province_sets_the_session_filter(qtbot, session):
    session.workspace.replace_firms(FirmTable.from_rows(ROWS))
    panel = make_panel(qtbot, session)
    position = panel.province_combo.findData("110000")
    panel.province_combo.activated.emit(position)
    assert session.vendor_filter == "110000"
    assert panel.model.rowCount() == 5


def test_without_firms_the_table_is_empty(qtbot, session):
    panel = make_panel(qtbot, session)
    assert panel.model.rowCount() == 0
    assert panel.summary.text() == "No firm list loaded"


def test_background_load_fills_the_workspace(qtbot, session, tmp_path):
    panel = make_panel(qtbot, session)
    panel.start_load(write_csv(tmp_path))
    assert panel.is_loading and not panel.load_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.is_loading, timeout=20000)
    assert len(session.workspace.firms) == 2000
    assert panel.model.rowCount() == 2000
    assert panel.load_button.isEnabled()


def test_cancelled_load_stops_the_reading_process_and_changes_nothing(qtbot, session, tmp_path):
    panel = make_panel(qtbot, session)
    panel.start_load(write_csv(tmp_path, rows=50_000))
    loader = panel._loader
    panel.cancel_button.click()
    assert not panel.is_loading and panel.load_button.isEnabled()
    qtbot.waitUntil(lambda: not loader.child_alive, timeout=20000)
    qtbot.wait(100)  # anything still in the pipe would be delivered by now
    assert session.workspace.firms is None


def test_bad_file_shows_the_problems(qtbot, session, tmp_path):
    path = tmp_path / "firms.csv"
    path.write_text("name,province_code\n甲,火星\n", encoding="utf-8")
    panel = make_panel(qtbot, session)
    panel.start_load(path)
    qtbot.waitUntil(lambda: not panel.is_loading, timeout=20000)
    assert session.workspace.firms is None
    assert "火星" in panel.message_bar.text()


def test_dataset_with_firms_file_loads_them_on_open(qtbot, session, tmp_path):
    from workbench.domain import Workspace, WorkspaceInfo

    write_csv(tmp_path)
    panel = make_panel(qtbot, session)
    workspace = Workspace(WorkspaceInfo(origin=str(tmp_path)))
    session.replace_workspace(workspace)
    assert panel.is_loading
    qtbot.waitUntil(lambda: not panel.is_loading, timeout=20000)
    assert len(workspace.firms) == 2000


def test_a_load_for_a_replaced_workspace_is_dropped(qtbot, session, tmp_path):
    from workbench.domain import Workspace

    panel = make_panel(qtbot, session)
    old = session.workspace
    panel.start_load(write_csv(tmp_path))
    loader = panel._loader
    session.replace_workspace(Workspace())
    qtbot.waitUntil(lambda: not loader.child_alive, timeout=20000)
    qtbot.wait(100)  # anything the child sent would be delivered by now
    assert old.firms is None and session.workspace.firms is None
