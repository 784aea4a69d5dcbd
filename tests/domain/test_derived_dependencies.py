"""A derived result is kept until a table it read changes: the tables are recorded, never listed by hand."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import make_workspace
from workbench.domain import Workspace
from workbench.domain.scoring import current_tiers, robustness
from workbench.domain.search import search
from workbench.domain.tables import TABLE_SPECS

TABLE_NAMES = [spec.name for spec in TABLE_SPECS]
# Every result the workspace keeps, computed the way the app asks for it.
DERIVED = {
    "tiers": current_tiers,
    "search_index": lambda ws: search(ws, "百度"),
}


def _touch(ws: Workspace, name: str) -> None:
    """Change a table without changing what it holds: the result must still be computed again."""
    ws.replace_table(name, ws.table(name).records())


@pytest.mark.parametrize("name", DERIVED)
def test_every_table_a_result_read_invalidates_it_and_no_other_does(name):
    ws = make_workspace()
    DERIVED[name](ws)
    read = ws.reads_of(name)
    assert read, f"{name} read no table: its recording is broken"
    for table in TABLE_NAMES:
        kept = ws._derived[name][1]
        _touch(ws, table)
        DERIVED[name](ws)
        recomputed = ws._derived[name][1] is not kept
        assert recomputed == (table in read), table


@settings(max_examples=25, deadline=None)
@given(st.sets(st.sampled_from(TABLE_NAMES), min_size=1, max_size=4), st.sampled_from(TABLE_NAMES))
def test_a_computation_is_kept_until_one_of_the_tables_it_read_changes(tables_read, touched):
    ws = make_workspace()
    calls = []

    def compute():
        calls.append(1)
        return sum(len(ws.table(name)) for name in sorted(tables_read))

    ws.derived("sizes", compute)
    assert ws.reads_of("sizes") == tables_read, "recorded, not declared"
    ws.derived("sizes", compute)
    assert len(calls) == 1
    _touch(ws, touched)
    ws.derived("sizes", compute)
    assert len(calls) == (2 if touched in tables_read else 1)


def test_a_table_read_only_on_some_paths_is_recorded_when_read():
    """A computation that starts reading another table (a new input of compute_tiers, say) is caught."""
    ws = make_workspace()
    use_scores = [False]

    def compute():
        return len(ws.vendors) + (len(ws.scores) if use_scores[0] else 0)

    ws.derived("count", compute)
    assert ws.reads_of("count") == {"vendors"}
    use_scores[0] = True
    _touch(ws, "vendors")
    first = ws.derived("count", compute)
    assert ws.reads_of("count") == {"vendors", "scores"}
    ws.replace_table("scores", ws.scores.records()[:1])
    assert ws.derived("count", compute) == first - len(make_workspace().scores) + 1


def test_a_result_built_on_another_reads_the_tables_of_both():
    ws = make_workspace()
    ws.derived("outer", lambda: (current_tiers(ws), len(ws.sources)))
    assert ws.reads_of("outer") == ws.reads_of("tiers") | {"sources"}
    ws2 = make_workspace()
    current_tiers(ws2)  # already kept: served from the cache, yet its tables count for the outer result
    ws2.derived("outer", lambda: (current_tiers(ws2), len(ws2.sources)))
    assert ws2.reads_of("outer") == ws2.reads_of("tiers") | {"sources"}


def test_reads_are_recorded_per_workspace_and_robustness_reads_what_tiers_do_without_overrides():
    ws, other = make_workspace(), make_workspace()
    with ws.recording_reads() as read:
        len(other.sources)
    assert read == set(), "another workspace's reads are not this one's"
    with ws.recording_reads() as read:
        robustness(ws, draws=10)
    assert {"vendors", "scores", "dimensions"} <= read
    assert "tier_placements" not in read, "overrides do not change the computed tiers robustness is about"
