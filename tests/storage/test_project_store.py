"""The project store: exact round trips, crash-safe saves, clear refusals, upgrades."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.read_only import read_only_folder
from tests.storage.fixtures.format2 import downgrade_to_format_2
from tests.storage.fixtures.make_v1_fixture import FIXTURE, build_v1_workspace
from tests.storage.fixtures.workspaces import LONG_TEXT, full_workspace
from workbench.domain import Workspace, WorkspaceInfo
from workbench.domain import entities as e
from workbench.domain.tables import TABLE_SPECS
from workbench.storage import migrations
from workbench.storage import project_schema
from workbench.storage.atomic import remove_orphans
from workbench.storage.project import CURRENT_SCHEMA_VERSION, ProjectError, open_project, save_project


def typed_snapshot(ws: Workspace) -> dict:
    """Snapshot with each value's type, because 1 == 1.0 == True would hide a lossy store."""
    return {
        name: [[(type(v), v) for v in (getattr(r, f) for f in e.field_names(type(r)))] for r in records]
        for name, records in ws.snapshot().items()
    }


def user_version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()


def set_user_version(path: Path, version: int) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {version}")
    connection.close()


@pytest.fixture
def saved(tmp_path) -> Path:
    path = tmp_path / "analysis.wbproj"
    save_project(full_workspace(), path)
    return path


def test_round_trip_is_exact_in_every_table(saved):
    original = full_workspace()
    assert all(len(original.table(spec.name)) for spec in TABLE_SPECS), "every table must be exercised"

    reopened = open_project(saved)

    assert reopened == original
    assert typed_snapshot(reopened) == typed_snapshot(original)
    assert reopened.info == original.info
    assert reopened.vendors.get(("baidu",)).description == LONG_TEXT


def test_saved_file_records_format_version_and_save_details(saved):
    assert user_version(saved) == CURRENT_SCHEMA_VERSION
    connection = sqlite3.connect(saved)
    info = dict(connection.execute("SELECT key, value FROM project_info"))
    connection.close()
    assert info["title"] == "中国多模态大模型竞争格局"
    assert info["saved_at"] and info["app_version"]


def test_empty_workspace_round_trips(tmp_path):
    path = tmp_path / "empty.wbproj"
    save_project(Workspace(), path)
    assert open_project(path) == Workspace()


def test_saving_again_replaces_the_content(saved):
    changed = Workspace(WorkspaceInfo(title="second"))
    changed.replace_table("vendors", [e.Vendor("deepseek", "深度求索", "DeepSeek")])

    save_project(changed, saved)

    reopened = open_project(saved)
    assert reopened == changed
    assert reopened.info.title == "second"
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]


def test_opening_never_writes_to_the_file(saved):
    before = saved.read_bytes()
    mtime = saved.stat().st_mtime_ns
    open_project(saved)
    assert saved.read_bytes() == before
    assert saved.stat().st_mtime_ns == mtime
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]


def test_project_from_a_newer_version_is_refused_and_untouched(saved):
    set_user_version(saved, 99)
    before = saved.read_bytes()

    with pytest.raises(ProjectError, match="newer version of Workbench") as caught:
        open_project(saved)

    assert "99" in str(caught.value)
    assert saved.read_bytes() == before
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"title,value\nBaidu,1\n", "not an SQLite database"),
        ("这不是项目文件".encode("gb18030"), "not an SQLite database"),
        (b"", "empty"),
    ],
)
def test_a_file_that_is_not_sqlite_is_refused(tmp_path, content, expected):
    path = tmp_path / "notes.wbproj"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=expected):
        open_project(path)


def test_a_plain_sqlite_database_is_not_a_project(tmp_path):
    path = tmp_path / "other.wbproj"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectError, match="not a Workbench project"):
        open_project(path)


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        open_project(tmp_path / "absent.wbproj")
    with pytest.raises(ProjectError, match="folder"):
        open_project(tmp_path)


def test_a_truncated_file_is_refused(saved):
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 3])
    with pytest.raises(ProjectError, match="damaged"):
        open_project(saved)


def test_a_file_with_scrambled_pages_is_refused(saved):
    data = bytearray(saved.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # keep the header page, wreck every other page
        data[offset : offset + 64] = b"\xff" * 64
    saved.write_bytes(bytes(data))
    with pytest.raises(ProjectError, match="damaged"):
        open_project(saved)


def test_a_value_of_the_wrong_type_is_reported_with_its_place(saved):
    connection = sqlite3.connect(saved)
    connection.execute("UPDATE scores SET value = 'high' WHERE vendor_id = 'zhipu'")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectError, match="table scores, row 3: value holds 'high'"):
        open_project(saved)


def test_a_value_sqlite_cannot_keep_is_refused_on_save(tmp_path):
    ws = full_workspace()
    ws.replace_table("dimensions", [e.Dimension("compute", "算力", "Compute", float("nan"))])
    path = tmp_path / "nan.wbproj"
    with pytest.raises(ProjectError, match="compute.*NaN"):
        save_project(ws, path)
    assert list(tmp_path.iterdir()) == []


def test_the_committed_v1_fixture_opens_and_is_upgraded(tmp_path):
    copy = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, copy)
    before = copy.read_bytes()

    reopened = open_project(copy)

    assert user_version(copy) == CURRENT_SCHEMA_VERSION
    assert (tmp_path / (FIXTURE.name + ".bak-v1")).read_bytes() == before
    assert reopened == build_v1_workspace()
    assert typed_snapshot(reopened) == typed_snapshot(build_v1_workspace())
    assert reopened.info.dataset_name == "fixture-v1"
    assert len(reopened.tows_strategies) == 0


def _add_setting_step(connection: sqlite3.Connection) -> None:
    connection.execute(
        "INSERT INTO settings (key, value, position) VALUES ('upgraded', 'v2', "
        "(SELECT COUNT(*) FROM settings))"
    )


def test_an_older_project_is_upgraded_after_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.wbproj"
    save_project(build_v1_workspace(), path)
    old_bytes = path.read_bytes()
    monkeypatch.setattr(migrations, "CURRENT_SCHEMA_VERSION", CURRENT_SCHEMA_VERSION + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {CURRENT_SCHEMA_VERSION: _add_setting_step})

    upgraded = open_project(path)

    backup = tmp_path / f"old.wbproj.bak-v{CURRENT_SCHEMA_VERSION}"
    assert backup.read_bytes() == old_bytes
    assert user_version(path) == CURRENT_SCHEMA_VERSION + 1
    assert upgraded.setting("upgraded") == "v2"
    assert upgraded.vendors.keys() == build_v1_workspace().vendors.keys()
    # A second open finds the current format and changes nothing more.
    after_upgrade = path.read_bytes()
    open_project(path)
    assert path.read_bytes() == after_upgrade


def test_a_failed_upgrade_leaves_the_project_unchanged(tmp_path, monkeypatch):
    path = tmp_path / "old.wbproj"
    save_project(build_v1_workspace(), path)
    old_bytes = path.read_bytes()

    def failing_step(connection):
        _add_setting_step(connection)
        raise sqlite3.OperationalError("simulated failure half-way")

    monkeypatch.setattr(migrations, "CURRENT_SCHEMA_VERSION", CURRENT_SCHEMA_VERSION + 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {CURRENT_SCHEMA_VERSION: _add_setting_step, CURRENT_SCHEMA_VERSION + 1: failing_step})

    with pytest.raises(ProjectError, match=f"upgrading it from project format {CURRENT_SCHEMA_VERSION} failed"):
        open_project(path)

    assert path.read_bytes() == old_bytes
    assert user_version(path) == CURRENT_SCHEMA_VERSION
    assert (tmp_path / f"old.wbproj.bak-v{CURRENT_SCHEMA_VERSION}").read_bytes() == old_bytes


def test_a_missing_upgrade_step_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "old.wbproj"
    save_project(build_v1_workspace(), path)
    monkeypatch.setattr(migrations, "CURRENT_SCHEMA_VERSION", CURRENT_SCHEMA_VERSION + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    with pytest.raises(ProjectError, match=f"no migration from project format {CURRENT_SCHEMA_VERSION} to {CURRENT_SCHEMA_VERSION + 1}"):
        open_project(path)
    assert user_version(path) == CURRENT_SCHEMA_VERSION


def test_a_failure_during_save_keeps_the_old_file(saved, monkeypatch):
    before = saved.read_bytes()
    real_row_of = project_schema.row_of

    def disk_fills_up(spec, record, position):
        if spec.name == "market_points":  # late in the write: many tables are already in
            raise sqlite3.OperationalError("database or disk is full")
        return real_row_of(spec, record, position)

    monkeypatch.setattr(project_schema, "row_of", disk_fills_up)
    changed = full_workspace()
    changed.replace_table("settings", [e.Setting("tier_rule", "threshold")])

    with pytest.raises(ProjectError, match="disk is full"):
        save_project(changed, saved)

    assert saved.read_bytes() == before
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]


def test_an_unexpected_error_during_save_also_keeps_the_old_file(saved, monkeypatch):
    before = saved.read_bytes()
    monkeypatch.setattr(project_schema, "row_of", lambda *args: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        save_project(full_workspace(), saved)
    assert saved.read_bytes() == before
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]


def test_saving_into_a_read_only_folder_is_refused_clearly(tmp_path):
    with read_only_folder(tmp_path / "locked") as folder:
        with pytest.raises(ProjectError, match="read-only or you do not have permission"):
            save_project(full_workspace(), folder / "analysis.wbproj")
        assert list(folder.iterdir()) == []


def test_a_permission_error_while_saving_is_reported_clearly(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(ProjectError, match="read-only or you do not have permission"):
        save_project(full_workspace(), tmp_path / "analysis.wbproj")


def test_saving_into_a_missing_folder_names_it(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        save_project(full_workspace(), tmp_path / "nowhere" / "analysis.wbproj")


def test_overwriting_keeps_the_file_permissions(saved):
    saved.chmod(0o640)
    save_project(full_workspace(), saved)
    assert saved.stat().st_mode & 0o777 == 0o640


KILL_SCRIPT = """
import sys
from tests.storage.fixtures.workspaces import full_workspace
from tests.storage.fixtures.make_v1_fixture import build_v1_workspace
from workbench.storage.project import save_project
workspaces = [full_workspace(), build_v1_workspace()]
print("ready", flush=True)
i = 0
while True:
    save_project(workspaces[i % 2], sys.argv[1])
    i += 1
"""


def test_killing_a_save_at_any_moment_leaves_the_old_or_the_new_project(tmp_path):
    path = tmp_path / "killed.wbproj"
    save_project(build_v1_workspace(), path)
    expected = (full_workspace(), build_v1_workspace())
    repo_root = Path(__file__).resolve().parents[2]
    rng = random.Random(20250401)
    for _ in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", KILL_SCRIPT, str(path)], cwd=repo_root, stdout=subprocess.PIPE, text=True
        )
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        child.kill()
        child.wait()
        child.stdout.close()
        assert open_project(path) in expected
        remove_orphans(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_format_2_project_gains_key_figures_and_part_sources(tmp_path):
    # A format-2 file as format 2 wrote it: no key_figures table, no per-field source columns.
    path = tmp_path / "v2.wbproj"
    workspace = build_v1_workspace()
    save_project(workspace, path)
    downgrade_to_format_2(path)

    upgraded = open_project(path)

    assert user_version(path) == CURRENT_SCHEMA_VERSION
    assert (tmp_path / "v2.wbproj.bak-v2").exists()
    assert upgraded == workspace
    assert len(upgraded.key_figures) == 0
    assert {v.tickers_source_id for v in upgraded.vendors} == {""}
