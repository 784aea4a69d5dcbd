"""Undo after any sequence of commands restores the exact previous workspace."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import make_workspace
from workbench.domain import DomainError, PutRecord, RemoveRecord, move, update
from workbench.domain import entities as e

score_values = st.one_of(st.none(), st.floats(min_value=-50, max_value=150), st.just(float("nan")))
names = st.text(min_size=0, max_size=8)


@st.composite
def operations(draw):
    return draw(st.lists(st.one_of(
        st.tuples(st.just("score"), st.sampled_from(["v0", "v1", "v2"]), st.sampled_from(["compute", "model"]), score_values),
        st.tuples(st.just("rename"), st.sampled_from(["v0", "v1", "v2", "gone"]), names),
        st.tuples(st.just("add"), st.text(alphabet="abc", min_size=1, max_size=3), names),
        st.tuples(st.just("remove"), st.sampled_from(["v0", "v1", "v2", "a", "b"])),
        st.tuples(st.just("move"), st.sampled_from(["v0", "v1", "v2"]), st.integers(-2, 5)),
    ), max_size=25))


def _command(ws, op):
    kind = op[0]
    if kind == "score":
        return update(ws, "scores", (op[1], op[2]), value=op[3])
    if kind == "rename":
        return update(ws, "vendors", (op[1],), name_zh=op[2])
    if kind == "add":
        return PutRecord("vendors", e.Vendor(op[1], op[2] or "新", "New"))
    if kind == "remove":
        return RemoveRecord("vendors", (op[1],))
    return move(ws, "vendors", (op[1],), op[2])


@settings(max_examples=150, deadline=None)
@given(operations())
def test_undoing_every_command_restores_the_start(ops):
    ws = make_workspace()
    history = []
    snapshots = [ws.snapshot()]
    for op in ops:
        try:
            history.append(_command(ws, op).apply(ws))
        except DomainError:
            assert ws.snapshot() == snapshots[-1], "a refused command changed the workspace"
            continue
        snapshots.append(ws.snapshot())
    redo = []
    for inverse in reversed(history):
        redo.append(inverse.apply(ws))
        snapshots.pop()
        assert ws.snapshot() == snapshots[-1]
    assert ws == make_workspace()
    for command in reversed(redo):
        command.apply(ws)
    assert len(ws.vendors) == len(ws.vendors.keys())
