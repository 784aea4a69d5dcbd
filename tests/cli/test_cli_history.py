"""history, snapshot, snapshots and export --changes-since, run as the analyst would run them."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from tests.factories import make_workspace
from workbench.cli import main
from workbench.domain.commands import update
from workbench.storage.file_store import FileStore
from workbench.storage.project import open_project, save_project


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr("getpass.getuser", lambda: "wang")
    path = tmp_path / "team.wbproj"
    save_project(make_workspace(3), path)
    return path


def _edit_and_save(path: Path, analyst: str, **scores) -> None:
    store = FileStore(path)
    opened = store.open()
    for vendor_id, value in scores.items():
        update(opened.workspace, "scores", (vendor_id, "compute"), value=value).apply(opened.workspace)
    store.save(opened.workspace, opened.synced, analyst)


def test_snapshot_then_snapshots_lists_it(project, capsys):
    assert main(["snapshot", str(project), "2025Q2 published", "--note", "季度更新"]) == 0
    out = capsys.readouterr().out
    assert "snapshot “2025Q2 published” taken" in out and "by wang" in out
    assert main(["snapshots", str(project)]) == 0
    out = capsys.readouterr().out
    assert "2025Q2 published  (history #0" in out and "季度更新" in out and "1 snapshot(s)" in out


def test_a_second_snapshot_of_the_same_name_is_refused(project, capsys):
    assert main(["snapshot", str(project), "Q2"]) == 0
    assert main(["snapshot", str(project), "Q2"]) == 1
    assert "already has a snapshot named “Q2”" in capsys.readouterr().err


def test_history_filters_by_vendor_table_and_analyst_newest_first(project, capsys):
    _edit_and_save(project, "王", v2=95.0)
    _edit_and_save(project, "li", v0=50.0, v1=60.0)
    assert main(["history", str(project)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("#3") and lines[-1] == "3 entries"
    assert "scores [v1, compute] value: 80.0 -> 60.0" in lines[0]
    assert main(["history", str(project), "--vendor", "v2"]) == 0
    out = capsys.readouterr().out
    assert "#1" in out and "王" in out and "1 entry" in out
    assert main(["history", str(project), "--analyst", "li", "--limit", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 entry"
    assert main(["history", str(project), "--table", "vendors"]) == 0
    assert capsys.readouterr().out.strip() == "0 entries"


def test_history_usage_errors_exit_2_and_a_missing_project_1(project, tmp_path, capsys):
    assert main(["history", str(project), "--table", "nonsense"]) == 2
    assert main(["history", str(project), "--limit", "0"]) == 2
    assert main(["history", str(tmp_path / "missing.wbproj")]) == 1
    assert "no such project" in capsys.readouterr().err


def test_export_changes_since_writes_the_sheet_and_an_unknown_name_lists_the_snapshots(project, tmp_path, capsys):
    assert main(["snapshot", str(project), "Q2"]) == 0
    _edit_and_save(project, "王", v2=100.0)
    out = tmp_path / "book.xlsx"
    assert main(["export", str(project), "--out", str(out), "--changes-since", "Q2", "--no-map"]) == 0
    sheet = openpyxl.load_workbook(out)["Changes"]
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Changes since “Q2” 自“Q2”以来的变化" in values and "腾讯 Tencent" in values
    capsys.readouterr()
    assert main(["export", str(project), "--out", str(tmp_path / "other.xlsx"), "--changes-since", "Q9"]) == 2
    err = capsys.readouterr().err
    assert "no snapshot named “Q9”" in err and "“Q2”" in err
    assert not (tmp_path / "other.xlsx").exists()


def test_export_changes_since_needs_a_project(tmp_path, capsys):
    assert main(["export", "--out", str(tmp_path / "book.xlsx"), "--changes-since", "Q2"]) == 2
    assert "needs a project" in capsys.readouterr().err


def test_an_import_into_a_project_with_history_is_recorded(project, tmp_path, capsys):
    assert main(["snapshot", str(project), "before import"]) == 0
    table = tmp_path / "vendors.csv"
    vendors = list(open_project(project).vendors)
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["vendor_id", "name_zh", "name_en", "hq_province", "hq_city", "tickers", "flagship_model",
                         "description", "source_id"])
        for vendor in vendors:
            writer.writerow([vendor.vendor_id, vendor.name_zh, vendor.name_en, vendor.hq_province, "深圳",
                             vendor.tickers, vendor.flagship_model, vendor.description, vendor.source_id])
    assert main(["import", str(table), "--into", str(project)]) == 0
    history = FileStore(project).history()
    assert {(x.key, x.field, x.after, x.analyst) for x in history} == {
        ((v.vendor_id,), "hq_city", "深圳", "wang") for v in vendors}
    then = FileStore(project).workspace_at("before import")
    assert {v.hq_city for v in then.vendors} == {""}


def test_an_import_into_a_project_without_history_is_its_starting_content(project, tmp_path):
    table = tmp_path / "vendors.csv"
    table.write_text("vendor_id,name_zh,name_en\nv9,智谱,Zhipu\n", encoding="utf-8")
    assert main(["import", str(table), "--into", str(project)]) == 0
    assert ("v9",) in open_project(project).vendors and FileStore(project).history() == []
