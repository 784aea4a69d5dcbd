import pytest
from PySide6.QtCore import QModelIndex, Qt

from workbench.domain import PutRecord, RemoveRecord, move, update
from workbench.domain import entities as e
from workbench.ui.models import Column, RecordTableModel
from workbench.ui.panels.sources import SOURCE_COLUMNS
from workbench.ui.panels.vendors import VENDOR_COLUMNS

SCORE_COLUMNS = [Column("vendor_id", "Vendor", editable=False), Column("value", "Score")]


@pytest.fixture
def vendors_model(session, qtmodeltester):
    model = RecordTableModel(session, "vendors", VENDOR_COLUMNS)
    qtmodeltester.check(model)  # the tester stays attached and checks every signal below
    return model


def names(model):
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_models_pass_the_qt_model_tester(session, qtmodeltester):
    for table, columns in (("vendors", VENDOR_COLUMNS), ("sources", SOURCE_COLUMNS), ("scores", SCORE_COLUMNS)):
        qtmodeltester.check(RecordTableModel(session, table, columns))


def test_cells_show_fields_and_province_names(vendors_model):
    assert names(vendors_model) == ["百度", "阿里巴巴", "腾讯"]
    province = vendors_model.index(1, vendors_model.column_of("hq_province"))
    assert province.data() == "浙江省"
    assert province.data(Qt.ItemDataRole.EditRole) == "330000"
    assert vendors_model.headerData(0, Qt.Orientation.Horizontal) == "Chinese name"


def test_insert_emits_rows_inserted_at_the_new_row(qtbot, session, vendors_model):
    vendor = e.Vendor("v9", "华为", "Huawei", "440000")
    with qtbot.waitSignal(vendors_model.rowsInserted, check_params_cb=lambda p, first, last: first == last == 1):
        session.push(PutRecord("vendors", vendor, index=1))
    assert names(vendors_model) == ["百度", "华为", "阿里巴巴", "腾讯"]


def test_replace_emits_data_changed_over_that_row_only(qtbot, session, vendors_model):
    def whole_row_2(top_left, bottom_right, _roles=()):
        return (top_left.row(), bottom_right.row(), top_left.column(), bottom_right.column()) == (
            2, 2, 0, len(VENDOR_COLUMNS) - 1)

    with qtbot.waitSignal(vendors_model.dataChanged, check_params_cb=whole_row_2):
        session.push(update(session.workspace, "vendors", ("v2",), name_zh="腾讯控股"))
    assert names(vendors_model)[2] == "腾讯控股"


def test_move_emits_rows_moved(qtbot, session, vendors_model):
    with qtbot.waitSignal(vendors_model.rowsMoved):
        session.push(move(session.workspace, "vendors", ("v0",), 2))
    assert names(vendors_model) == ["阿里巴巴", "腾讯", "百度"]
    with qtbot.waitSignal(vendors_model.rowsMoved):
        session.undo_stack.undo()
    assert names(vendors_model) == ["百度", "阿里巴巴", "腾讯"]


def test_remove_and_undo(qtbot, session, vendors_model):
    with qtbot.waitSignal(vendors_model.rowsRemoved, check_params_cb=lambda p, first, last: first == last == 0):
        session.push(RemoveRecord("vendors", ("v0",)))
    assert names(vendors_model) == ["阿里巴巴", "腾讯"]
    with qtbot.waitSignal(vendors_model.rowsInserted):
        session.undo_stack.undo()
    assert names(vendors_model) == ["百度", "阿里巴巴", "腾讯"]


def test_table_reset_and_workspace_replacement_reset_the_model(qtbot, session, vendors_model, workspace):
    with qtbot.waitSignal(vendors_model.modelReset):
        session.workspace.replace_table("vendors", [e.Vendor("x", "甲", "A")])
    assert names(vendors_model) == ["甲"]
    from tests.factories import make_workspace

    with qtbot.waitSignal(vendors_model.modelReset):
        session.replace_workspace(make_workspace(vendor_count=5))
    assert vendors_model.rowCount() == 5


def test_set_data_parses_numbers_and_pushes_one_undo_step(session, qtmodeltester):
    model = RecordTableModel(session, "scores", SCORE_COLUMNS)
    qtmodeltester.check(model)
    cell = model.index(0, 1)
    assert model.setData(cell, " 72.5 ")
    assert session.workspace.scores.at(0).value == 72.5
    assert model.setData(cell, "")  # an empty cell means "not known"
    assert session.workspace.scores.at(0).value is None
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.workspace.scores.at(0).value == 90.0


@pytest.mark.parametrize("text, message", [("abc", "not a number"), ("150", "outside 0-100")])
def test_a_bad_value_is_refused_with_a_message(qtbot, session, text, message):
    model = RecordTableModel(session, "scores", SCORE_COLUMNS)
    before = session.workspace.snapshot()
    with qtbot.waitSignal(model.editRejected, check_params_cb=lambda m: message in m and m.startswith("Score")):
        assert not model.setData(model.index(0, 1), text)
    assert session.workspace.snapshot() == before
    assert session.undo_stack.count() == 0


def test_read_only_columns_refuse_edits(session):
    model = RecordTableModel(session, "sources", SOURCE_COLUMNS)
    cell = model.index(0, 0)
    assert not model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(cell, "other")
    assert model.rowCount(cell) == 0 and model.columnCount(cell) == 0
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
