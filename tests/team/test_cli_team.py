"""`main.py team ...` and the commands that take a project, given a team project URL."""

from __future__ import annotations

import io

import openpyxl
import pytest

from tests.factories import make_workspace
from workbench.cli import main
from workbench.domain import update
from workbench.storage.opening import BUNDLED_DATASET, open_workspace
from workbench.storage.project import open_project, save_project


def test_init_loads_the_bundled_dataset_by_default(pg_cluster, empty_database, open_stores, capsys):
    url = pg_cluster.url(empty_database)
    assert main(["team", "init", url]) == 0
    out = capsys.readouterr().out
    assert "set up postgresql://postgres@127.0.0.1" in out and pg_cluster.password not in out
    opened = open_stores(url).open()
    assert opened.workspace == open_workspace(BUNDLED_DATASET).workspace
    assert open_stores(url).history() == []  # the starting point is not an edit


def test_init_from_a_project_file(pg_cluster, empty_database, open_stores, tmp_path):
    project = tmp_path / "landscape.wbproj"
    save_project(make_workspace(5), project)
    url = pg_cluster.url(empty_database)
    assert main(["team", "init", url, "--from", str(project)]) == 0
    assert open_stores(url).open().workspace == make_workspace(5)


def test_init_refuses_a_database_that_holds_a_project(team_url, open_stores, capsys):
    assert main(["team", "init", team_url]) == 1
    assert "holds a Workbench project already" in capsys.readouterr().err
    assert open_stores(team_url).open().workspace == make_workspace()


def test_init_refuses_a_broken_url(capsys):
    assert main(["team", "init", "postgresql://analyst:secret@db.example/"]) == 2
    err = capsys.readouterr().err
    assert "names no database" in err and "secret" not in err


def test_export_into_a_file_and_back(team_url, tmp_path, capsys):
    target = tmp_path / "copy.wbproj"
    assert main(["team", "export", team_url, "--into", str(target)]) == 0
    assert open_project(target) == make_workspace()
    assert main(["team", "export", team_url, "--into", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["team", "export", team_url, "--into", str(target), "--force"]) == 0


def test_export_keeps_the_history_and_snapshots(team_url, open_stores, tmp_path):
    store = open_stores(team_url)
    opened = store.open()
    vendor = opened.workspace.vendors.records()[0]
    update(opened.workspace, "vendors", (vendor.vendor_id,), name_en="Renamed").apply(opened.workspace)
    assert store.save(opened.workspace, opened.synced, "").saved
    store.take_snapshot("2025Q2 published", "")
    update(opened.workspace, "vendors", (vendor.vendor_id,), hq_city="杭州").apply(opened.workspace)
    assert store.save(opened.workspace, store.open().synced, "").saved
    target = tmp_path / "copy.wbproj"
    assert main(["team", "export", team_url, "--into", str(target)]) == 0
    from workbench.storage.file_store import FileStore

    copy = FileStore(target)
    assert [(e.field, e.after) for e in copy.history()] == [("hq_city", "杭州"), ("name_en", "Renamed")]
    assert copy.history() == store.history()
    assert [s.name for s in copy.snapshots()] == ["2025Q2 published"]
    assert copy.workspace_at("2025Q2 published") == store.workspace_at("2025Q2 published")
    assert copy.workspace_at("2025Q2 published").vendors.get((vendor.vendor_id,)).name_en == "Renamed"


def test_validate_takes_a_url(pg_cluster, empty_database, capsys):
    url = pg_cluster.url(empty_database)
    assert main(["team", "init", url]) == 0
    assert main(["validate", url]) == 0
    out = capsys.readouterr().out
    assert "valid (" in out and ":***@" in out and pg_cluster.password not in out


def test_validate_reports_a_team_projects_problems(team_url, pg_cluster, capsys):
    assert main(["validate", team_url]) == 1  # the factory workspace cites a source without a date
    out = capsys.readouterr().out
    assert ":***@127.0.0.1" in out and "(sources), row 2, column published" in out


def test_export_a_workbook_from_a_url(team_url, tmp_path):
    out = tmp_path / "landscape.xlsx"
    assert main(["export", team_url, "--out", str(out), "--no-map"]) == 0
    book = openpyxl.load_workbook(out, read_only=True)
    assert len(book.sheetnames) > 3


def test_a_command_on_a_database_that_is_not_a_project_says_so(pg_cluster, empty_database, capsys):
    assert main(["validate", pg_cluster.url(empty_database)]) == 1
    assert "not a Workbench team project" in capsys.readouterr().err


def test_add_analyst_gives_a_login_its_role(team_url, pg_cluster, team_database, open_stores, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    assert main(["team", "add-analyst", team_url, "wang", "--role", "viewer", "--password-stdin"]) == 0
    assert "wang may now read" in capsys.readouterr().out
    store = open_stores(pg_cluster.url(team_database, user="wang"), password="s3cret-pass")
    assert store.open().workspace == make_workspace()
    members = pg_cluster.execute("SELECT b.rolname FROM pg_auth_members m JOIN pg_roles a ON a.oid = m.member "
                                 "JOIN pg_roles b ON b.oid = m.roleid WHERE a.rolname = 'wang'")
    assert members == [("workbench_viewer",)]
    stored = pg_cluster.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'wang'")[0][0]
    assert stored.startswith("SCRAM-SHA-256$4096:")


def test_add_analyst_without_a_way_to_set_the_password_is_a_usage_error(team_url, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["team", "add-analyst", team_url, "li", "--role", "editor"]) == 2
    assert "--password-stdin" in capsys.readouterr().err


def test_an_analyst_named_in_chinese(team_url, pg_cluster, team_database, open_stores, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("口令-123\n"))
    assert main(["team", "add-analyst", team_url, "王", "--role", "editor", "--password-stdin"]) == 0
    store = open_stores(pg_cluster.url(team_database, user="王"), password="口令-123")
    assert store.location.startswith("postgresql://%E7%8E%8B@")
    opened = store.open()
    update(opened.workspace, "vendors", ("v2",), "edit", name_en="Tencent Cloud").apply(opened.workspace)
    assert store.save(opened.workspace, opened.synced, "").entries[0].analyst == "王"


def test_a_command_without_a_password_says_where_to_put_one(pg_cluster, team_database, monkeypatch, tmp_path,
                                                              capsys):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    assert main(["validate", f"postgresql://postgres@127.0.0.1:{pg_cluster.port}/{team_database}"]) == 1
    err = capsys.readouterr().err
    assert "asks for postgres's password" in err and "~/.pgpass" in err and "PGPASSWORD" in err


@pytest.mark.parametrize("name", ["1abc", "a b", "x;DROP TABLE vendors", "", "名" * 22])
def test_add_analyst_refuses_a_name_that_is_not_a_login(team_url, monkeypatch, capsys, name):
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert main(["team", "add-analyst", team_url, name, "--role", "editor", "--password-stdin"]) == 1
    assert "cannot be an analyst's login" in capsys.readouterr().err


def test_import_into_a_team_project_is_one_save_with_its_history(team_url, pg_cluster, open_stores, tmp_path, capsys):
    table = tmp_path / "vendors.csv"
    table.write_text(
        "vendor_id,name_zh,name_en,hq_province,hq_city,tickers,flagship_model,description,source_id\n"
        "newco,新公司,Newco,310000,上海,,,,s1\n"
        "v0,百度集团,Baidu,110000,北京,,,,s1\n",
        encoding="utf-8",
    )
    assert main(["import", str(table), "--into", team_url, "--dry-run"]) == 0
    assert "was not changed" in capsys.readouterr().out
    assert open_stores(team_url).open().workspace == make_workspace()
    assert main(["import", str(table), "--into", team_url]) == 0
    out = capsys.readouterr().out
    assert "1 new, 1 updated" in out and "postgresql://postgres@127.0.0.1" in out and pg_cluster.password not in out
    store = open_stores(team_url)
    workspace = store.open().workspace
    assert workspace.vendors.get(("newco",)).name_zh == "新公司"
    assert workspace.vendors.get(("v0",)).name_zh == "百度集团"
    history = store.history()
    assert {(e.table, e.key, e.field) for e in history} >= {("vendors", ("newco",), ""), ("vendors", ("v0",), "name_zh")}
    assert len({e.save_id for e in history}) == 1  # one transaction


def test_import_into_an_unreachable_team_project_writes_nothing(tmp_path, capsys):
    table = tmp_path / "vendors.csv"
    table.write_text("vendor_id,name_zh,name_en\nnewco,新公司,Newco\n", encoding="utf-8")
    url = "postgresql://analyst:secret@127.0.0.1:1/landscape?connect_timeout=2"
    assert main(["import", str(table), "--into", url]) == 1
    err = capsys.readouterr().err
    assert err.strip() and "secret" not in err and "Traceback" not in err
