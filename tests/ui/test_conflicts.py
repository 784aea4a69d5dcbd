"""Two analysts on one team project: a record both changed is a conflict, resolved field by field as one undo step."""

from PySide6.QtCore import Qt

from workbench.domain import update
from workbench.domain.commands import RemoveRecord
from tests.ui.team_fixtures import server, team_window  # noqa: F401 (fixtures)


def edit(window, table, key, **changes):
    window.session.push(update(window.session.workspace, table, key, **changes))


def drive_dialog(window, qtbot, choose):
    """ask_conflicts runs the real dialog: `choose(dialog)` clicks and types, then OK is pressed."""
    seen = []

    def ask(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        choose(dialog)
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    window.ask_conflicts = ask
    return seen


def row(dialog, field):
    return next(r for rows in dialog.rows for r in rows if r.field == field)


def test_a_conflict_is_shown_field_by_field_and_resolving_it_is_one_undo_step(team_window, server, qtbot):
    wang, li = team_window("王"), team_window("李")
    edit(wang, "vendors", ("v0",), name_en="Wang's name")
    assert wang.documents.save()
    li_steps = li.session.undo_stack.count()
    edit(li, "vendors", ("v0",), name_en="Li's name", hq_city="杭州")

    def choose(dialog):
        assert len(dialog.conflicts) == 1
        name = row(dialog, "name_en")
        assert (name.mine, name.theirs) == ("Li's name", "Wang's name")
        assert row(dialog, "hq_city").group.checkedId() == 0, "only mine changed it: mine by default"
        qtbot.keyClicks(name.typed, "Agreed name")  # typing picks "other value"

    seen = drive_dialog(li, qtbot, choose)
    assert li.documents.save()
    assert len(seen) == 1
    saved = server.state["vendors"][("v0",)]
    assert (saved.name_en, saved.hq_city) == ("Agreed name", "杭州")
    assert [e.analyst for e in server.history] == ["王", "李", "李"]
    assert not li.session.is_dirty
    assert li.session.undo_stack.count() == li_steps + 2, "the edit, then the resolution as one step"
    li.session.undo_stack.undo()
    assert li.session.workspace.vendors.get(("v0",)).name_en == "Li's name"
    assert li.session.workspace.vendors.get(("v0",)).hq_city == "杭州", "one step undid the whole resolution"


def test_taking_theirs_by_a_click_and_a_cancelled_dialog_saves_nothing(team_window, server, qtbot):
    wang, li = team_window("王"), team_window("李")
    edit(wang, "vendors", ("v1",), name_en="Theirs")
    assert wang.documents.save()
    edit(li, "vendors", ("v1",), name_en="Mine")
    li.ask_conflicts = lambda dialog: False
    assert not li.documents.save()
    assert server.state["vendors"][("v1",)].name_en == "Theirs" and li.session.is_dirty

    drive_dialog(li, qtbot, lambda dialog: qtbot.mouseClick(
        dialog.rows[0][0].group.button(1), Qt.MouseButton.LeftButton))
    assert li.documents.save()
    assert li.session.workspace.vendors.get(("v1",)).name_en == "Theirs"
    assert server.state["vendors"][("v1",)].name_en == "Theirs"


def test_a_record_they_removed_can_be_kept(team_window, server, qtbot):
    wang, li = team_window("王"), team_window("李")
    score = next(iter(server.state["scores"].values()))
    key = (score.vendor_id, score.dimension_id)
    wang.session.push(RemoveRecord("scores", key))
    assert wang.documents.save()
    edit(li, "scores", key, value=77.0)

    def keep(dialog):
        whole = dialog.rows[0][0]
        assert whole.field == "" and whole.theirs is None
        qtbot.mouseClick(whole.group.button(0), Qt.MouseButton.LeftButton)

    drive_dialog(li, qtbot, keep)
    assert li.documents.save()
    assert server.state["scores"][key].value == 77.0


def test_a_typed_value_of_the_wrong_kind_keeps_the_dialog_open(team_window, server, qtbot):
    wang, li = team_window("王"), team_window("李")
    score = next(iter(server.state["scores"].values()))
    key = (score.vendor_id, score.dimension_id)
    edit(wang, "scores", key, value=60.0)
    assert wang.documents.save()
    edit(li, "scores", key, value=65.0)
    from workbench.ui.conflict_dialog import ConflictDialog

    dialog = ConflictDialog(li.documents.stores._session.store.save(
        li.session.workspace, li.session.synced, "李").conflicts, li.session.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(row(dialog, "value").typed, "high")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "high" in dialog.error_label.text()
    row(dialog, "value").typed.clear()
    qtbot.keyClicks(row(dialog, "value").typed, "62.5")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.resolved()[0][1].value == 62.5
