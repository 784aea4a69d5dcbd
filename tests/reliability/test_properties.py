"""Invariants under any input: market shares and HHI stay in bounds; edits, undo, saves and reloads agree."""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.factories import make_workspace
from workbench.domain import DomainError, PutRecord, RemoveRecord, move, update
from workbench.domain import entities as e
from workbench.domain.market_shares import concentration
from workbench.storage.project import open_project, save_project

# Shares of one market whose sum stays at most 100%: the rule every command and loader holds.
market_shares = st.lists(st.floats(min_value=0, max_value=1), max_size=30).map(
    lambda values: [v / max(1.0, sum(values)) for v in values])


@given(market_shares)
def test_concentration_ratios_and_hhi_stay_within_bounds(shares):
    result = concentration(shares)
    if not shares:
        assert result is None
        return
    tolerance = 1e-9
    assert 0 <= result.cr3 <= result.cr5 <= 1 + tolerance
    assert 0 <= result.hhi_low <= result.hhi_high <= 10_000 + 1e-6
    # The remainder as one firm can only add to the HHI; with no remainder the bounds meet.
    remainder = max(0.0, 1 - sum(shares))
    assert math.isclose(result.hhi_high - result.hhi_low, (remainder * 100) ** 2, abs_tol=1e-6)


vendor_ids = st.sampled_from(["v0", "v1", "v2", "n1", "n2"])
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
score_values = st.one_of(st.none(), st.floats(min_value=-10, max_value=110, allow_nan=False))


class EditUndoSaveReload(RuleBasedStateMachine):
    """The workspace against a plain model: a list of snapshots, one per applied edit."""

    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="wb-state-"))
        self.path = self.folder / "state.wbproj"
        self.workspace = make_workspace()
        self.history: list = []  # inverse commands
        self.snapshots = [self.workspace.snapshot()]
        self.saved = None

    def _apply(self, command) -> None:
        try:
            inverse = command.apply(self.workspace)
        except DomainError:
            return  # refused: the invariant checks nothing changed
        self.history.append(inverse)
        self.snapshots.append(self.workspace.snapshot())

    @rule(vendor=vendor_ids, name=texts)
    def rename(self, vendor, name):
        if (vendor,) in self.workspace.vendors.keys():
            self._apply(update(self.workspace, "vendors", (vendor,), name_en=name))

    @rule(vendor=vendor_ids, dimension=st.sampled_from(["compute", "model"]), value=score_values)
    def score(self, vendor, dimension, value):
        if (vendor, dimension) in self.workspace.scores.keys():
            self._apply(update(self.workspace, "scores", (vendor, dimension), value=value))

    @rule(vendor=vendor_ids, name=texts)
    def add(self, vendor, name):
        self._apply(PutRecord("vendors", e.Vendor(vendor, name or "新厂商", name)))

    @rule(vendor=vendor_ids)
    def remove(self, vendor):
        self._apply(RemoveRecord("vendors", (vendor,)))

    @rule(vendor=vendor_ids, index=st.integers(0, 6))
    def reorder(self, vendor, index):
        if (vendor,) in self.workspace.vendors.keys():
            self._apply(move(self.workspace, "vendors", (vendor,), index))

    @precondition(lambda self: self.history)
    @rule()
    def undo(self):
        self.history.pop().apply(self.workspace)
        self.snapshots.pop()

    @rule()
    def save(self):
        save_project(self.workspace, self.path)
        self.saved = self.workspace.snapshot()

    @precondition(lambda self: self.saved is not None)
    @rule()
    def reload(self):
        reopened = open_project(self.path)
        assert reopened.snapshot() == self.saved
        self.workspace = reopened
        self.history.clear()
        self.snapshots = [self.saved]

    @invariant()
    def matches_the_model(self):
        assert self.workspace.snapshot() == self.snapshots[-1]

    def teardown(self):
        for path in self.folder.iterdir():
            path.unlink()
        self.folder.rmdir()


EditUndoSaveReload.TestCase.settings = settings(max_examples=25, stateful_step_count=20, deadline=None)
test_edit_undo_save_reload = EditUndoSaveReload.TestCase
