"""A team project's recovery file: keyed by the URL without its password, and it keeps the analyst's own
edits with the base record and version each was made on."""

from __future__ import annotations

import dataclasses
import sqlite3

from tests.factories import make_workspace
from workbench.domain import entities as e
from workbench.domain import update
from workbench.domain.commands import PutRecord, RemoveRecord
from workbench.domain.history import state_of
from workbench.storage import recovery
from workbench.storage.project import open_project
from workbench.storage.project_store import SyncBase
from workbench.storage.team_recovery import RecoveredEdit, edits_from_json, edits_to_json

URL = "postgresql://wang@db.example:5433/landscape?sslmode=require"
URL_WITH_PASSWORD = "postgresql://wang:s3cret-pw@db.example:5433/landscape?sslmode=require"


def synced_base(workspace) -> SyncBase:
    state = state_of(workspace)
    versions = {(table, key): 7 for table, records in state.items() for key in records}
    return SyncBase(state, seq=42, versions=versions)


def edited(workspace):
    """A changed record in Chinese, a removed one and an added one."""
    update(workspace, "vendors", ("v1",), name_zh="阿里云·通义", hq_city="杭州").apply(workspace)
    RemoveRecord("analysis_entries", ("a2",)).apply(workspace)
    PutRecord("analysis_entries", e.AnalysisEntry("a9", "swot", "industry", "threat", "算力供给受限「出口管制」",
                                                  3, 4, "", "s1")).apply(workspace)
    return workspace


def test_the_manifest_keeps_each_own_edit_with_its_base_and_version(tmp_path, dead_pid):
    workspace = make_workspace()
    synced = synced_base(workspace)
    base_vendor = workspace.vendors.get(("v1",))
    base_entry = workspace.table("analysis_entries").get(("a2",))
    edited(workspace)

    path = recovery.write_recovery(workspace, URL_WITH_PASSWORD, tmp_path / "app", 3,
                                   ["analysis_entries", "vendors"], synced=synced)
    assert path.parent == tmp_path / "app" / "recovery"
    assert "s3cret" not in path.name and "s3cret" not in path.read_bytes().decode("utf-8", "replace")
    assert recovery.recovery_candidates(URL, tmp_path / "app") == [path], "keyed by the URL without password"
    assert open_project(path) == workspace, "still a complete project file"

    info = recovery.read_recovery_info(path)
    assert info.team_location == URL and info.project == URL
    edits = {(edit.table, edit.key): edit for edit in recovery.load_team_edits(info)}
    assert set(edits) == {("vendors", ("v1",)), ("analysis_entries", ("a2",)), ("analysis_entries", ("a9",))}
    assert edits[("vendors", ("v1",))] == RecoveredEdit("vendors", ("v1",), base_vendor, 7,
                                                         workspace.vendors.get(("v1",)))
    assert edits[("vendors", ("v1",))].mine.name_zh == "阿里云·通义"
    assert edits[("analysis_entries", ("a2",))] == RecoveredEdit("analysis_entries", ("a2",), base_entry, 7, None)
    added = edits[("analysis_entries", ("a9",))]
    assert (added.base, added.base_version) == (None, 0)
    assert added.mine.text == "算力供给受限「出口管制」"

    assert recovery.find_recovery(URL, tmp_path / "app") is None, "its writer still runs"
    connection = sqlite3.connect(path)
    connection.execute(f"UPDATE {recovery.MANIFEST_TABLE} SET value = ? WHERE key = 'pid'", (str(dead_pid),))
    connection.commit()
    connection.close()
    assert recovery.find_recovery(URL, tmp_path / "app").path == path
    assert recovery.find_recovery(None, tmp_path / "app") is None, "not an unsaved analysis"


def test_team_and_file_recovery_files_never_share_a_name(tmp_path, project):
    app = tmp_path / "app"
    other = "postgresql://wang@db.example:5433/other"
    assert recovery.recovery_candidates(URL, app) != recovery.recovery_candidates(other, app)
    assert recovery.recovery_candidates("postgres://wang@db.example:5433/landscape?sslmode=require", app) == \
        recovery.recovery_candidates(URL, app), "one project, one file, however the URL is spelt"
    assert recovery.recovery_candidates(project, app)[0] == project.with_name(project.name + ".recovery")


def test_edits_round_trip_as_json_and_a_damaged_list_is_refused():
    workspace = make_workspace()
    synced = synced_base(workspace)
    changed = dataclasses.replace(workspace.vendors.get(("v0",)), name_zh="百度智能云")
    edits = [RecoveredEdit("vendors", ("v0",), workspace.vendors.get(("v0",)), 3, changed),
             RecoveredEdit("scores", ("v0", "compute"), None, 0, workspace.scores.get(("v0", "compute")))]
    assert edits_from_json(edits_to_json(edits)) == edits
    assert "百度智能云" in edits_to_json(edits), "Chinese text kept readable"
    for damaged in ('[{"table": "nope", "key": [], "base": null, "base_version": 0, "mine": {}}]',
                    '[{"table": "vendors", "key": ["v0"], "base": null, "base_version": 0, "mine": null}]'):
        try:
            edits_from_json(damaged)
        except (ValueError, KeyError, TypeError):
            continue
        raise AssertionError(f"accepted {damaged}")
