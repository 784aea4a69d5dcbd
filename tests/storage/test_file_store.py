"""A .wbproj file as a ProjectStore: history kept across saves, snapshots, rewinding, upgrades from format 4."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.factories import make_workspace
from tests.storage.fixtures.format2 import downgrade_to_format_4
from workbench.domain import entities as e
from workbench.domain.commands import PutRecord, RemoveRecord, update
from workbench.domain.history import ChangeType, state_of
from workbench.storage import file_history
from workbench.storage.file_store import FileStore, default_analyst
from workbench.storage.project import CURRENT_SCHEMA_VERSION, ProjectError, open_project, save_project
from workbench.storage.project_store import store_for


def _new_project(tmp_path: Path, name: str = "team.wbproj") -> FileStore:
    path = tmp_path / name
    save_project(make_workspace(3), path)
    return FileStore(path)


def _version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()


def test_store_for_a_path_is_a_file_store(tmp_path):
    store = store_for(str(tmp_path / "a.wbproj"))
    assert isinstance(store, FileStore) and store.is_team is False


def test_saves_append_history_with_growing_seq_and_keep_earlier_entries(tmp_path):
    store = _new_project(tmp_path)
    opened = store.open()
    assert opened.synced.seq == 0 and store.history() == []
    workspace = opened.workspace
    update(workspace, "scores", ("v2", "compute"), value=95.0).apply(workspace)
    first = store.save(workspace, opened.synced, "王")
    assert first.saved and [(x.seq, x.analyst, x.table, x.key, x.field, x.before, x.after) for x in first.entries] == [
        (1, "王", "scores", ("v2", "compute"), "value", 70.0, 95.0)]
    assert first.synced.seq == 1 and first.warnings == []

    PutRecord("tier_placements", e.TierPlacement("v1", override_tier=1, override_reason="评审上调")).apply(workspace)
    RemoveRecord("analysis_entries", ("a2",)).apply(workspace)
    second = store.save(workspace, first.synced, "li")
    assert [x.seq for x in second.entries] == [2, 3]
    assert len({x.save_id for x in second.entries}) == 1 and second.entries[0].save_id != first.entries[0].save_id

    history = store.history()
    assert [x.seq for x in history] == [3, 2, 1]  # newest first
    override = next(x for x in history if x.table == "tier_placements")
    assert override.type is ChangeType.ADDED and override.reason == "评审上调"
    removed = next(x for x in history if x.table == "analysis_entries")
    assert removed.type is ChangeType.REMOVED and removed.before["text"] == "生成式AI备案制度"
    assert [x.seq for x in store.history(analyst="王")] == [1]
    assert [x.seq for x in store.history(table="scores", key=("v2", "compute"))] == [1]
    assert [x.seq for x in store.history(limit=2)] == [3, 2]
    assert open_project(store.path) == workspace


def test_saving_without_since_records_nothing_but_keeps_the_history(tmp_path):
    store = _new_project(tmp_path)
    opened = store.open()
    update(opened.workspace, "vendors", ("v0",), hq_city="北京").apply(opened.workspace)
    store.save(opened.workspace, opened.synced, "wang")
    store.take_snapshot("Q2", "wang")
    saved = save_project(opened.workspace, store.path)  # e.g. a tool that knows nothing of history
    assert saved.entries == () and saved.seq == 1
    assert [x.seq for x in store.history()] == [1] and [s.name for s in store.snapshots()] == ["Q2"]


def test_a_snapshot_names_the_saved_state_and_workspace_at_rewinds_to_it(tmp_path):
    store = _new_project(tmp_path)
    opened = store.open()
    workspace = opened.workspace
    original = state_of(workspace)
    snapshot = store.take_snapshot("  2025Q2   published ", "wang", note="quarterly update")
    assert (snapshot.name, snapshot.history_seq, snapshot.analyst, snapshot.note) == (
        "2025Q2 published", 0, "wang", "quarterly update")
    update(workspace, "scores", ("v2", "compute"), value=95.0).apply(workspace)
    PutRecord("vendors", e.Vendor("v9", "智谱", "Zhipu")).apply(workspace)
    outcome = store.save(workspace, opened.synced, "wang")
    store.take_snapshot("after", "li")
    update(workspace, "dimensions", ("model",), weight=55.0).apply(workspace)
    store.save(workspace, outcome.synced, "li")

    assert [(s.name, s.history_seq) for s in store.snapshots()] == [("2025Q2 published", 0), ("after", 2)]
    then = store.workspace_at("2025Q2 published")
    assert state_of(then) == original
    middle = store.workspace_at("after")
    assert middle.scores.get(("v2", "compute")).value == 95.0 and ("v9",) in middle.vendors
    assert middle.dimensions.get(("model",)).weight == 40.0
    assert then.info.title == workspace.info.title


def test_snapshot_names_are_unique_and_not_empty_and_unknown_names_are_listed(tmp_path):
    store = _new_project(tmp_path)
    store.take_snapshot("Q1", "wang")
    with pytest.raises(ProjectError, match="already has a snapshot named “Q1”"):
        store.take_snapshot("Q1", "li")
    with pytest.raises(ProjectError, match="needs a name"):
        store.take_snapshot("   ", "li")
    with pytest.raises(ProjectError, match=r"no snapshot named “Q9” \(snapshots: Q1\)"):
        store.workspace_at("Q9")
    assert len(store.snapshots()) == 1


def test_save_as_takes_the_history_and_snapshots_along(tmp_path):
    store = _new_project(tmp_path)
    opened = store.open()
    update(opened.workspace, "vendors", ("v0",), hq_city="北京").apply(opened.workspace)
    first = store.save(opened.workspace, opened.synced, "wang")
    store.take_snapshot("Q2", "wang")
    update(opened.workspace, "vendors", ("v1",), hq_city="杭州").apply(opened.workspace)
    copy, outcome = store.save_as(tmp_path / "copy.wbproj", opened.workspace, first.synced, "wang")
    assert [x.seq for x in copy.history()] == [2, 1] and [s.name for s in copy.snapshots()] == ["Q2"]
    assert [x.seq for x in store.history()] == [1]  # the original is untouched
    assert outcome.synced.seq == 2


def test_a_format_4_project_is_upgraded_with_its_backup_and_starts_an_empty_history(tmp_path):
    path = tmp_path / "old.wbproj"
    workspace = make_workspace(3)
    save_project(workspace, path)
    downgrade_to_format_4(path)
    before = path.read_bytes()

    store = FileStore(path)
    assert store.history() == [] and store.snapshots() == []  # reading does not upgrade
    assert _version(path) == 4
    opened = store.open()
    assert _version(path) == CURRENT_SCHEMA_VERSION == 5
    assert (tmp_path / "old.wbproj.bak-v4").read_bytes() == before
    assert opened.workspace == workspace and opened.synced.seq == 0
    update(opened.workspace, "vendors", ("v0",), hq_city="北京").apply(opened.workspace)
    assert [x.seq for x in store.save(opened.workspace, opened.synced, "wang").entries] == [1]
    # The upgraded file's tables are the ones a new file gets.
    fresh = tmp_path / "fresh.wbproj"
    save_project(workspace, fresh)
    assert _table_sql(path) == _table_sql(fresh)


def _table_sql(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE name IN ('history', 'snapshots')"))
    finally:
        connection.close()


def test_taking_a_snapshot_of_a_format_4_file_upgrades_it_first(tmp_path):
    path = tmp_path / "old.wbproj"
    save_project(make_workspace(3), path)
    downgrade_to_format_4(path)
    FileStore(path).take_snapshot("baseline", "wang")
    assert _version(path) == 5 and (tmp_path / "old.wbproj.bak-v4").exists()
    assert [s.name for s in FileStore(path).snapshots()] == ["baseline"]


def test_a_history_table_changed_by_another_tool_is_refused_on_open(tmp_path):
    store = _new_project(tmp_path)
    connection = sqlite3.connect(store.path)
    connection.execute('ALTER TABLE "history" RENAME COLUMN "analyst" TO "who"')
    connection.commit()
    connection.close()
    with pytest.raises(ProjectError, match="history: column analyst is missing"):
        store.open()


def test_an_unreadable_history_does_not_block_the_save_and_the_old_file_is_kept_aside(tmp_path):
    store = _new_project(tmp_path)
    opened = store.open()
    update(opened.workspace, "vendors", ("v0",), hq_city="北京").apply(opened.workspace)
    first = store.save(opened.workspace, opened.synced, "wang")
    connection = sqlite3.connect(store.path)  # the history table is gone: unreadable, as far as a save is concerned
    connection.execute('ALTER TABLE "history" RENAME TO "lost"')
    connection.commit()
    connection.close()
    damaged = store.path.read_bytes()

    update(opened.workspace, "vendors", ("v1",), hq_city="杭州").apply(opened.workspace)
    outcome = store.save(opened.workspace, first.synced, "wang")
    assert outcome.saved and open_project(store.path) == opened.workspace
    (warning,) = outcome.warnings
    assert "earlier history was not carried over" in warning and "team.wbproj.bak-history" in warning
    assert (tmp_path / "team.wbproj.bak-history").read_bytes() == damaged
    assert [(x.seq, x.key) for x in store.history()] == [(1, ("v1",))]  # a fresh history


def test_a_damaged_old_file_does_not_block_saving_the_new_work(tmp_path):
    store = _new_project(tmp_path)
    opened = store.open()
    update(opened.workspace, "vendors", ("v0",), hq_city="北京").apply(opened.workspace)
    first = store.save(opened.workspace, opened.synced, "wang")
    with open(store.path, "r+b") as handle:  # everything after the header overwritten
        size = handle.seek(0, 2)
        handle.seek(100)
        handle.write(b"\xff" * (size - 100))
    outcome = store.save(opened.workspace, first.synced, "wang")
    assert outcome.saved and "not carried over" in outcome.warnings[0]
    assert open_project(store.path) == opened.workspace


def test_a_file_that_is_not_a_database_gives_a_clear_error_and_is_left_alone(tmp_path):
    path = tmp_path / "notes.wbproj"
    path.write_bytes(b"not a project at all")
    store = FileStore(path)
    with pytest.raises(ProjectError):
        store.history()
    with pytest.raises(ProjectError):
        store.take_snapshot("Q1", "wang")
    assert path.read_bytes() == b"not a project at all"


def test_changes_saved_by_another_program_are_reported(tmp_path):
    store = _new_project(tmp_path)
    mine = store.open()
    other = FileStore(store.path).open()
    update(other.workspace, "vendors", ("v0",), hq_city="北京").apply(other.workspace)
    FileStore(store.path).save(other.workspace, other.synced, "li")
    remote = store.changes_since(mine.synced)
    assert remote.seq == 1 and [x.analyst for x in remote.entries] == ["li"]
    assert remote.records[("vendors", ("v0",))][0].hq_city == "北京"
    assert store.changes_since(mine.synced.__class__(mine.synced.state, remote.seq)).entries == []


def test_the_analyst_defaults_to_the_preferences_author_then_the_login(monkeypatch):
    assert default_analyst("  王 ") == "王"
    monkeypatch.setattr("getpass.getuser", lambda: "li")
    assert default_analyst("") == "li"

    def no_login():
        raise OSError("no login name")

    monkeypatch.setattr("getpass.getuser", no_login)
    assert default_analyst() == "unknown"


def test_history_columns_are_the_shared_schema(tmp_path):
    store = _new_project(tmp_path)
    connection = sqlite3.connect(store.path)
    try:
        assert file_history.history_schema_problems(connection) == []
        names = [row[1] for row in connection.execute('PRAGMA table_info("history")')]
    finally:
        connection.close()
    from workbench.storage.project_schema import HISTORY_COLUMNS

    assert names == [c.name for c in HISTORY_COLUMNS]


def test_fifty_snapshots_of_a_2000_vendor_project_cost_less_than_a_second_copy(tmp_path):
    workspace = make_workspace(2000)
    plain = tmp_path / "plain.wbproj"
    save_project(workspace, plain)
    store = FileStore(tmp_path / "kept.wbproj")
    outcome = store.save(workspace, None, "wang")
    for n in range(50):
        for vendor in range(n * 10, n * 10 + 10):  # ten judgements revised between snapshots
            update(workspace, "scores", (f"v{vendor}", "model"), value=float(100 - n)).apply(workspace)
        outcome = store.save(workspace, outcome.synced, "wang")
        store.take_snapshot(f"week {n}", "wang")
    assert len(store.snapshots()) == 50 and len(store.history()) == 500
    assert store.path.stat().st_size < 2 * plain.stat().st_size
    assert store.workspace_at("week 0").scores.get(("v10", "model")).value == 0.0  # before week 1 revised it
    assert store.workspace_at("week 1").scores.get(("v10", "model")).value == 99.0
