"""Imports never lose or misread data: patches, references, constraints, keys, linear time, `new`."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.domain import PatchTable, PutRecord
from workbench.domain import entities as e
from workbench.storage.dataset import load_dataset
from workbench.storage.opening import BUNDLED_DATASET
from workbench.storage.project import open_project, save_project


@pytest.fixture(scope="module")
def bundled_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("bundled") / "p.wbproj"
    save_project(load_dataset(BUNDLED_DATASET).workspace, path)
    return path.read_bytes()


@pytest.fixture
def bundled(tmp_path, bundled_bytes) -> Path:
    """A project saved from the bundled dataset."""
    path = tmp_path / "p.wbproj"
    path.write_bytes(bundled_bytes)
    return path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ------------------------------------------------------------------ 1. an import patches


def test_an_import_with_fewer_columns_keeps_the_fields_it_does_not_name(bundled, tmp_path, capsys):
    before = open_project(bundled).vendors.get(("baidu",))
    table = write(tmp_path / "vendors.csv", "vendor_id,name_zh,name_en\nbaidu,百度集团,Baidu Group\n")
    code, out, _ = run(capsys, "import", table, "--into", bundled)
    assert code == 0, out
    after = open_project(bundled).vendors.get(("baidu",))
    assert (after.name_zh, after.name_en) == ("百度集团", "Baidu Group")
    assert after == replace(before, name_zh="百度集团", name_en="Baidu Group")  # province, city, tickers… kept
    assert "kept as they are: hq_province" in out


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_json_and_xlsx_tables_patch_the_same_way(bundled, tmp_path, capsys, suffix):
    before = open_project(bundled).vendors.get(("baidu",))
    table = tmp_path / f"vendors{suffix}"
    if suffix == ".json":
        write(table, '[{"vendor_id": "baidu", "name_en": "Baidu Group"}]')
    else:
        from openpyxl import Workbook

        book = Workbook()
        book.active.append(["vendor_id", "name_en"])
        book.active.append(["baidu", "Baidu Group"])
        book.save(table)
    code, out, _ = run(capsys, "import", table, "--into", bundled)
    assert code == 0, out
    assert open_project(bundled).vendors.get(("baidu",)) == replace(before, name_en="Baidu Group")


def test_an_empty_cell_clears_only_its_field_and_the_preview_says_so(bundled, tmp_path, capsys):
    before = open_project(bundled).vendors.get(("baidu",))
    assert before.hq_city and before.tickers
    table = write(tmp_path / "vendors.csv", "vendor_id,hq_city\nbaidu,\n")
    code, out, _ = run(capsys, "import", table, "--into", bundled, "--dry-run")
    assert code == 0
    assert f"vendors.csv, row 1 (baidu), hq_city: {before.hq_city!r} -> CLEARED (empty cell)" in out
    assert "1 field(s) cleared" in out
    assert open_project(bundled).vendors.get(("baidu",)) == before  # a dry run writes nothing
    code, out, _ = run(capsys, "import", table, "--into", bundled)
    assert code == 0 and "cleared: vendors.csv, row 1, hq_city" in out
    assert open_project(bundled).vendors.get(("baidu",)) == replace(before, hq_city="")


def test_the_dry_run_lists_each_changing_field_from_what_to_what(bundled, tmp_path, capsys):
    table = write(tmp_path / "scores.csv", "vendor_id,dimension_id,value\nbaidu,compute,91\nbaidu,model,90\n")
    before = bundled.read_bytes()
    code, out, _ = run(capsys, "import", table, "--into", bundled, "--dry-run")
    assert code == 0
    assert "scores.csv, row 1 (baidu, compute), value: 95 -> 91" in out
    assert "row 2" not in out  # unchanged rows are not listed
    assert "1 updated, 1 unchanged" in out and bundled.read_bytes() == before


def test_the_workbook_round_trip_marks_an_emptied_cell_as_a_clear(tmp_path):
    from openpyxl import load_workbook

    from workbench.storage.excel import export_workbook
    from workbench.storage.excel_import import plan_import

    workspace = load_dataset(BUNDLED_DATASET).workspace
    book = tmp_path / "book.xlsx"
    export_workbook(workspace, book)
    edited = load_workbook(book)
    sheet = edited["Vendors"]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(2, headers.index(next(h for h in headers if "city" in str(h).lower())) + 1).value = None
    edited.save(book)
    plan = plan_import(workspace, book)
    assert [c.field for c in plan.changes] == ["hq_city"] and plan.changes[0].clears


# ------------------------------------------------------------------ 2. references are checked


@pytest.mark.parametrize("name, text, column", [
    ("scores", "vendor_id,dimension_id,value\nghost,compute,50\n", "vendor_id"),
    ("scores", "vendor_id,dimension_id,value\nbaidu,charm,50\n", "dimension_id"),
    ("tier_placements", "vendor_id,baseline_rank\nghost,3\n", "vendor_id"),
    ("revenue_mix", "vendor_id,share_base,source_id\nghost,10%,seed002\n", "vendor_id"),
    ("market_shares", "market_id,vendor_id,share,source_id\nidc_llm_platform_2023,ghost,1%,idc_2024\n", "vendor_id"),
    ("vendors", "vendor_id,name_zh,name_en,source_id\nnewco,新公司,Newco,nowhere\n", "source_id"),
    ("analysis_entries", "entry_id,framework,scope,category,text\nx1,swot,ghost,strength,某项优势\n", "scope"),
    ("tows_strategies", "strategy_id,scope,cell,text\nt9,ghost,SO,某项策略\n", "scope"),
    ("tows_strategies", "strategy_id,scope,cell,text,linked_entries\nt9,industry,SO,某项策略,gone\n",
     "linked_entries"),
])
def test_an_import_naming_a_missing_record_is_refused_with_file_row_column(bundled, tmp_path, capsys, name, text,
                                                                           column):
    before = bundled.read_bytes()
    code, _, err = run(capsys, "import", write(tmp_path / f"{name}.csv", text), "--into", bundled)
    assert code == 1
    assert f"{name}.csv, row 1, column {column}:" in err and "nothing imported" in err
    assert bundled.read_bytes() == before


def test_validate_checks_every_reference_of_a_project(bundled, capsys):
    workspace = open_project(bundled)
    workspace.replace_table("scores", list(workspace.scores) + [e.Score("ghost", "compute", 50.0)])
    workspace.replace_table("tows_strategies", list(workspace.tows_strategies) + [
        e.TowsStrategy("t-ghost", "nobody", "SO", "某项策略")])
    save_project(workspace, bundled)
    code, out, _ = run(capsys, "validate", bundled)
    assert code == 1
    row = len(workspace.scores)
    assert f"p.wbproj:scores, row {row}, column vendor_id: 'ghost' is not a vendor_id in vendors" in out
    assert "p.wbproj:tows_strategies" in out and "column scope: 'nobody'" in out


def test_validate_passes_a_sound_project(bundled, capsys):
    code, out, _ = run(capsys, "validate", bundled)
    assert code == 0 and "valid" in out


# ------------------------------------------------------------------ 14. one set of constraints on every path


@pytest.mark.parametrize("name, text, column", [
    ("tiers", "tier_id,name_zh,name_en,color\n0,零,Zero,#000000\n", "tier_id"),
    ("tiers", "tier_id,last_rank\n1,-1\n", "last_rank"),
    ("tier_placements", "vendor_id,baseline_rank\nbaidu,0\n", "baseline_rank"),
    ("filing_batches", "batch_id,regime,period,count\nb9,magic,2025-01,3\n", "regime"),
])
def test_an_import_obeys_the_data_package_constraints(bundled, tmp_path, capsys, name, text, column):
    before = bundled.read_bytes()
    code, _, err = run(capsys, "import", write(tmp_path / f"{name}.csv", text), "--into", bundled)
    assert code == 1 and f"{name}.csv, row 1, column {column}:" in err
    assert bundled.read_bytes() == before


def test_validate_applies_the_same_constraints_to_a_stored_project(bundled, capsys):
    workspace = open_project(bundled)
    workspace.replace_table("tiers", [replace(t, last_rank=-1) if t.tier_id == 1 else t for t in workspace.tiers])
    save_project(workspace, bundled)
    code, out, _ = run(capsys, "validate", bundled)
    assert code == 1 and "p.wbproj, row 1, column tiers.last_rank: -1 is below the minimum 1" in out


# ------------------------------------------------------------------ 13. keys differing in case or spaces


def test_keys_are_trimmed_and_case_only_variants_refused_with_rows(bundled, tmp_path, capsys):
    table = write(tmp_path / "vendors.csv",
                  "vendor_id,name_zh,name_en\nrt_d,某公司,RT D\nRT_D,某公司,RT D\nrt_d ,某公司,RT D\n")
    code, _, err = run(capsys, "import", table, "--into", bundled)
    assert code == 1
    assert "row 2, column vendor_id: 'RT_D' differs from 'rt_d' (row 1) only in letter case" in err
    assert "row 3, column vendor_id: duplicate primary key 'rt_d' (first at row 1)" in err


def test_a_key_differing_from_an_existing_one_only_in_case_is_refused(bundled, tmp_path, capsys):
    before = bundled.read_bytes()
    code, _, err = run(capsys, "import", write(tmp_path / "vendors.csv", "vendor_id,name_zh,name_en\nBAIDU,百度,B\n"),
                       "--into", bundled)
    assert code == 1 and "row 1, column vendor_id: 'BAIDU' differs from the existing 'baidu'" in err
    assert bundled.read_bytes() == before
    code, out, _ = run(capsys, "import", write(tmp_path / "vendors.csv", "vendor_id,name_en\n baidu ,Baidu Inc.\n"),
                       "--into", bundled)
    assert code == 0 and "0 new, 1 updated" in out  # spaces around a key are never part of it
    assert open_project(bundled).vendors.get(("baidu",)).name_en == "Baidu Inc."


# ------------------------------------------------------------------ 11. linear time


def test_putting_many_records_one_by_one_takes_linear_time():
    from tests.factories import make_workspace

    workspace = make_workspace()
    records = [e.Vendor(f"gen{n:06d}", f"厂商{n}", f"Vendor {n}") for n in range(60_000)]
    started = time.perf_counter()
    for record in records:
        PutRecord("vendors", record, validate=False).apply(workspace)
    # Quadratic (a list index per put) took minutes here; linear takes well under a second.
    assert time.perf_counter() - started < 6
    assert workspace.vendors.index_of(("gen059999",)) == len(workspace.vendors) - 1


def test_a_patch_of_a_table_undoes_and_redoes_exactly():
    from tests.factories import make_workspace

    workspace = make_workspace()
    before = workspace.vendors.records()
    patch = PatchTable("vendors", (replace(before[1], name_en="Changed"), e.Vendor("new1", "新", "New")))
    undo = patch.apply(workspace)
    assert [v.vendor_id for v in workspace.vendors] == ["v0", "v1", "v2", "new1"]
    assert workspace.vendors.get(("v1",)).name_en == "Changed"
    redo = undo.apply(workspace)
    assert workspace.vendors.records() == before
    redo.apply(workspace)
    assert [v.vendor_id for v in workspace.vendors] == ["v0", "v1", "v2", "new1"]
    assert workspace.vendors.index_of(("new1",)) == 3


# ------------------------------------------------------------------ 15. a project without the window


def test_new_makes_a_project_from_the_bundled_dataset_and_never_overwrites(tmp_path, capsys):
    out = tmp_path / "made.wbproj"
    code, stdout, _ = run(capsys, "new", "--out", out)
    assert code == 0 and "wrote" in stdout
    assert open_project(out).snapshot() == load_dataset(BUNDLED_DATASET).workspace.snapshot()
    out.write_bytes(b"keep me")
    code, _, err = run(capsys, "new", "--out", out)
    assert code == 1 and "already exists" in err and out.read_bytes() == b"keep me"
    code, _, _ = run(capsys, "new", BUNDLED_DATASET, "--out", out, "--force")
    assert code == 0 and len(open_project(out).vendors) == 20


def test_new_refuses_a_bad_dataset_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "made.wbproj"
    code, _, _ = run(capsys, "new", tmp_path / "absent", "--out", out)
    assert code == 1 and not out.exists()
    assert run(capsys, "new", "--out", tmp_path / "made.txt")[0] == 2
