import pytest
from PySide6.QtGui import QUndoStack

from workbench.domain import PutRecord, update
from workbench.domain import entities as e
from workbench.ui.undo import EditRejected, push_command


@pytest.fixture
def stack(qapp):
    return QUndoStack()


def name_en(workspace, vendor_id):
    return workspace.vendors.get((vendor_id,)).name_en


def test_push_applies_and_undo_redo_go_back_and_forth(stack, workspace):
    push_command(stack, workspace, update(workspace, "vendors", ("v0",), name_en="Baidu Inc."))
    assert name_en(workspace, "v0") == "Baidu Inc."
    stack.undo()
    assert name_en(workspace, "v0") == "Baidu"
    stack.redo()
    assert name_en(workspace, "v0") == "Baidu Inc."
    stack.undo()
    stack.redo()
    assert name_en(workspace, "v0") == "Baidu Inc."
    assert stack.count() == 1


def test_undo_of_an_insert_removes_the_record(stack, workspace):
    vendor = e.Vendor("v9", "商汤", "SenseTime", "310000")
    push_command(stack, workspace, PutRecord("vendors", vendor))
    stack.undo()
    assert ("v9",) not in workspace.vendors
    stack.redo()
    assert workspace.vendors.get(("v9",)) == vendor


def test_a_refused_edit_leaves_workspace_and_stack_unchanged(stack, workspace):
    push_command(stack, workspace, update(workspace, "vendors", ("v0",), name_en="A"))
    push_command(stack, workspace, update(workspace, "vendors", ("v1",), name_en="B"))
    stack.undo()  # leaves one step to redo, which a refused edit must not discard
    before = workspace.snapshot()

    with pytest.raises(EditRejected, match="name_zh"):
        push_command(stack, workspace, update(workspace, "vendors", ("v0",), name_zh="  "))

    assert workspace.snapshot() == before
    assert (stack.count(), stack.index()) == (2, 1)
    stack.redo()
    assert name_en(workspace, "v1") == "B"


def test_a_session_without_a_workspace_makes_an_empty_one_when_first_asked_and_reports_its_edits(qapp):
    from workbench.ui.session import Session

    session = Session()
    assert not session.workspace_made and session.display_name == ""
    changes = []
    session.changed.connect(changes.append)
    session.push(PutRecord("vendors", e.Vendor("v9", "商汤", "SenseTime", "310000")))
    assert session.workspace_made and ("v9",) in session.workspace.vendors
    assert len(changes) == 1 and session.is_dirty
    session.undo_stack.undo()
    assert ("v9",) not in session.workspace.vendors and len(changes) == 2
