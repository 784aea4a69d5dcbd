"""A team project on a real PostgreSQL server: open, save with versions, conflicts, history, snapshots."""

from __future__ import annotations

import dataclasses
import json

import pytest

from tests.factories import make_workspace
from workbench.domain import update
from workbench.domain.commands import PutRecord, RemoveRecord
from workbench.domain.entities import TierPlacement
from workbench.domain.history import WHOLE_RECORD, state_of, workspace_of
from workbench.storage.project import ProjectError


def edit(workspace, table, key, **fields):
    update(workspace, table, key, "test edit", **fields).apply(workspace)


def test_opening_gives_the_loaded_workspace_with_every_record_versioned(team_url, open_stores):
    opened = open_stores(team_url).open()
    assert opened.workspace == make_workspace()
    assert opened.workspace.info.title == make_workspace().info.title
    assert opened.synced.seq == 0
    assert set(opened.synced.versions.values()) == {1}
    assert len(opened.synced.versions) == sum(len(t) for t in make_workspace().snapshot().values())
    assert opened.synced.state == state_of(opened.workspace)


def test_a_save_commits_the_edits_with_history_named_by_the_server(team_url, open_stores):
    store = open_stores(team_url)
    opened = store.open()
    edit(opened.workspace, "vendors", ("v1",), name_en="Alibaba Group")
    PutRecord("tier_placements", TierPlacement("v1", 2, 2, 1, "new flagship model"), label="t").apply(opened.workspace)

    outcome = store.save(opened.workspace, opened.synced, analyst="ignored for team projects")

    assert outcome.saved and not outcome.conflicts
    assert {(e.table, e.field, e.before) for e in outcome.entries} == {
        ("vendors", "name_en", "Alibaba"), ("tier_placements", WHOLE_RECORD, None)}
    assert next(e.after for e in outcome.entries if e.table == "vendors") == "Alibaba Group"
    assert {e.analyst for e in outcome.entries} == {"postgres"}  # current_user, not what the window claimed
    assert len({e.save_id for e in outcome.entries}) == 1
    assert all(e.reason == "new flagship model" for e in outcome.entries if e.table == "tier_placements")
    assert outcome.synced.seq == max(e.seq for e in outcome.entries)
    assert outcome.synced.versions[("vendors", ("v1",))] == 2
    assert outcome.synced.versions[("vendors", ("v0",))] == 1
    reopened = open_stores(team_url).open()
    assert reopened.workspace == opened.workspace
    assert reopened.synced.versions == outcome.synced.versions
    assert store.history() == sorted(outcome.entries, key=lambda e: -e.seq)


def test_a_save_with_nothing_changed_writes_nothing(team_url, open_stores):
    store = open_stores(team_url)
    opened = store.open()
    outcome = store.save(opened.workspace, opened.synced, "")
    assert outcome.saved and outcome.entries == []
    assert store.history() == []


def test_added_and_removed_records_are_whole_record_entries(team_url, open_stores):
    store = open_stores(team_url)
    opened = store.open()
    vendor = dataclasses.replace(opened.workspace.vendors.get(("v0",)), vendor_id="v9", name_zh="新厂商",
                                 name_en="Newcomer")
    PutRecord("vendors", vendor, label="add").apply(opened.workspace)
    RemoveRecord("analysis_entries", ("a1",), "remove").apply(opened.workspace)

    outcome = store.save(opened.workspace, opened.synced, "")

    kinds = {(e.table, e.field, e.before is None, e.after is None) for e in outcome.entries}
    assert kinds == {("vendors", WHOLE_RECORD, True, False), ("analysis_entries", WHOLE_RECORD, False, True)}
    added = next(e for e in outcome.entries if e.table == "vendors")
    assert added.after["name_en"] == "Newcomer"
    reopened = open_stores(team_url).open()
    assert reopened.workspace.vendors.get(("v9",)) == vendor
    assert len(reopened.workspace.analysis_entries) == len(opened.workspace.analysis_entries)
    assert reopened.synced.versions[("vendors", ("v9",))] == 1


def test_a_record_changed_by_someone_else_is_a_conflict_and_nothing_of_the_save_is_written(team_url, open_stores):
    mine_store, their_store = open_stores(team_url), open_stores(team_url)
    mine, theirs = mine_store.open(), their_store.open()
    edit(theirs.workspace, "scores", ("v0", "compute"), value=55.0)
    assert their_store.save(theirs.workspace, theirs.synced, "").saved

    edit(mine.workspace, "scores", ("v0", "compute"), value=75.0)
    edit(mine.workspace, "vendors", ("v2",), name_en="Tencent Holdings")  # not in conflict, but the same save
    outcome = mine_store.save(mine.workspace, mine.synced, "")

    assert not outcome.saved and outcome.synced is None and outcome.entries == []
    [conflict] = outcome.conflicts
    assert (conflict.table, conflict.key) == ("scores", ("v0", "compute"))
    assert (conflict.base.value, conflict.mine.value, conflict.theirs.value) == (90.0, 75.0, 55.0)
    assert conflict.theirs_version == 2 and conflict.theirs_analyst == "postgres"
    now = open_stores(team_url).open().workspace
    assert now.scores.get(("v0", "compute")).value == 55.0
    assert now.vendors.get(("v2",)).name_en == "Tencent"  # one transaction: the other edit waits too
    assert len(mine_store.history()) == 1


def test_a_removal_of_a_record_someone_changed_is_a_conflict(team_url, open_stores):
    mine_store, their_store = open_stores(team_url), open_stores(team_url)
    mine, theirs = mine_store.open(), their_store.open()
    edit(theirs.workspace, "vendors", ("v2",), description="changed meanwhile")
    assert their_store.save(theirs.workspace, theirs.synced, "").saved
    entry_key = ("vendors", ("v2",))
    RemoveRecord(*entry_key, "remove").apply(mine.workspace)
    for score in [s for s in mine.workspace.scores if s.vendor_id == "v2"]:
        RemoveRecord("scores", (score.vendor_id, score.dimension_id), "remove").apply(mine.workspace)

    outcome = mine_store.save(mine.workspace, mine.synced, "")

    assert not outcome.saved
    assert [(c.table, c.key, c.mine) for c in outcome.conflicts] == [("vendors", ("v2",), None)]
    assert outcome.conflicts[0].theirs.description == "changed meanwhile"


def test_the_same_change_made_by_both_is_no_conflict(team_url, open_stores):
    one, two = open_stores(team_url), open_stores(team_url)
    first, second = one.open(), two.open()
    for opened in (first, second):
        edit(opened.workspace, "vendors", ("v0",), hq_city="北京")
    assert one.save(first.workspace, first.synced, "").saved
    outcome = two.save(second.workspace, second.synced, "")
    assert outcome.saved and outcome.entries == []
    assert outcome.synced.versions[("vendors", ("v0",))] == 2


def test_others_changes_arrive_without_ones_own(team_url, open_stores):
    one, two = open_stores(team_url), open_stores(team_url)
    first, second = one.open(), two.open()
    edit(first.workspace, "vendors", ("v0",), flagship_model="文心")
    saved_first = one.save(first.workspace, first.synced, "")
    edit(second.workspace, "vendors", ("v1",), flagship_model="通义")
    saved_second = two.save(second.workspace, second.synced, "")
    assert saved_second.saved
    # The second saved after someone else's commit: its base still lacks that commit.
    assert saved_second.synced.seq == second.synced.seq

    remote = two.changes_since(saved_second.synced)

    assert [(e.table, e.key, e.after) for e in remote.entries] == [("vendors", ("v0",), "文心")]
    record, version = remote.records[("vendors", ("v0",))]
    assert record.flagship_model == "文心" and version == 2
    assert remote.seq == max(e.seq for e in saved_second.entries)
    assert one.changes_since(saved_first.synced).entries[0].after == "通义"


def test_a_save_announces_itself_to_listeners(team_url, pg_cluster, team_database, open_stores):
    listener = pg_cluster.admin(team_database)
    listener.execute("LISTEN workbench_changes")
    store = open_stores(team_url)
    opened = store.open()
    edit(opened.workspace, "vendors", ("v0",), hq_city="北京")
    outcome = store.save(opened.workspace, opened.synced, "")
    notices = list(listener.notifies(timeout=2, stop_after=1))
    listener.close()
    assert len(notices) == 1
    assert json.loads(notices[0].payload) == {"seq": outcome.entries[-1].seq,
                                              "save_id": outcome.entries[-1].save_id, "analyst": "postgres"}


def test_history_is_filtered_by_table_record_analyst_and_vendor(team_url, open_stores):
    store = open_stores(team_url)
    opened = store.open()
    edit(opened.workspace, "vendors", ("v0",), hq_city="北京")
    synced = store.save(opened.workspace, opened.synced, "").synced
    edit(opened.workspace, "scores", ("v0", "model"), value=66.0)
    edit(opened.workspace, "scores", ("v1", "model"), value=44.0)
    store.save(opened.workspace, synced, "")

    assert [e.table for e in store.history()] == ["scores", "scores", "vendors"]
    assert [e.key for e in store.history(table="scores")] == [("v1", "model"), ("v0", "model")]
    assert [e.after for e in store.history(key=("v0", "model"))] == [66.0]
    assert {(e.table, e.key) for e in store.history(vendor="v0")} == {("vendors", ("v0",)), ("scores", ("v0", "model"))}
    assert len(store.history(analyst="postgres")) == 3 and store.history(analyst="someone") == []
    assert len(store.history(limit=2)) == 2


def test_a_snapshot_names_the_saved_state_and_can_be_read_back(team_url, open_stores):
    store = open_stores(team_url)
    opened = store.open()
    PutRecord("tier_placements", TierPlacement("v2", 3, 3, 2, "wider adoption"), label="t").apply(opened.workspace)
    synced = store.save(opened.workspace, opened.synced, "").synced
    published = workspace_of(state_of(opened.workspace))
    snapshot = store.take_snapshot("2025Q2 published", "", note="as sent out")
    edit(opened.workspace, "tier_placements", ("v2",), override_tier=1, override_reason="even wider")
    store.save(opened.workspace, synced, "")

    assert (snapshot.name, snapshot.history_seq, snapshot.analyst, snapshot.note) == (
        "2025Q2 published", synced.seq, "postgres", "as sent out")
    assert store.snapshots() == [snapshot]
    assert store.workspace_at("2025Q2 published") == published
    with pytest.raises(ProjectError, match="already"):
        store.take_snapshot("2025Q2 published", "")
    with pytest.raises(ProjectError, match="no snapshot"):
        store.workspace_at("2024Q4")
    assert store.take_snapshot("now", "").history_seq > snapshot.history_seq
    assert store.workspace_at("now") == opened.workspace


def test_a_snapshot_before_any_edit_is_the_loaded_project(team_url, open_stores):
    store = open_stores(team_url)
    store.take_snapshot("start", "")
    opened = store.open()
    edit(opened.workspace, "vendors", ("v0",), name_en="Baidu Inc.")
    store.save(opened.workspace, opened.synced, "")
    assert store.workspace_at("start") == make_workspace()


def test_rows_keep_their_order(team_url, open_stores):
    store = open_stores(team_url)
    opened = store.open()
    vendor = dataclasses.replace(opened.workspace.vendors.get(("v0",)), vendor_id="a_first_by_key")
    PutRecord("vendors", vendor, label="add").apply(opened.workspace)
    store.save(opened.workspace, opened.synced, "")
    assert open_stores(team_url).open().workspace.vendors.keys() == opened.workspace.vendors.keys()


def test_absorbing_others_changes_keeps_the_analysts_unsaved_edits_as_conflicts(team_url, open_stores):
    one, two = open_stores(team_url), open_stores(team_url)
    first, second = one.open(), two.open()
    edit(first.workspace, "vendors", ("v0",), name_en="theirs")
    edit(first.workspace, "vendors", ("v1",), name_en="theirs too")
    one.save(first.workspace, first.synced, "")
    edit(second.workspace, "vendors", ("v0",), name_en="mine")  # unsaved when theirs arrives

    remote = two.changes_since(second.synced)
    second.synced.absorb(remote, keep={("vendors", ("v0",))})
    update(second.workspace, "vendors", ("v1",), "remote", name_en="theirs too").apply(second.workspace)

    assert second.synced.seq == remote.seq
    assert second.synced.versions[("vendors", ("v1",))] == 2 and second.synced.versions[("vendors", ("v0",))] == 1
    outcome = two.save(second.workspace, second.synced, "")
    assert [(c.key, c.mine.name_en, c.theirs.name_en) for c in outcome.conflicts] == [(("v0",), "mine", "theirs")]
