"""Each command of the command line, run as the analyst would run it."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workbench.cli import main
from workbench.storage.opening import BUNDLED_DATASET

REPO = Path(__file__).resolve().parents[2]


def test_validate_bundled_dataset_is_clean(capsys):
    assert main(["validate", str(BUNDLED_DATASET)]) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_reports_problems_with_file_row_column(tmp_path, capsys):
    broken = tmp_path / "ds"
    shutil.copytree(BUNDLED_DATASET, broken)
    vendors = broken / "vendors.csv"
    lines = vendors.read_text(encoding="utf-8").splitlines()
    lines.append(lines[1])  # the first vendor again: a duplicated id
    vendors.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "vendors.csv" in out and f"row {len(lines) - 1}" in out and "vendor_id" in out


def test_validate_usage_errors_exit_2(capsys):
    assert main(["validate"]) == 2
    assert main(["export", "--out", "book.txt"]) == 2


def test_validate_missing_path_exits_1(tmp_path):
    assert main(["validate", str(tmp_path / "absent")]) == 1


def test_export_writes_vendors_and_sources(tmp_path):
    out = tmp_path / "book.xlsx"
    assert main(["export", "--out", str(out)]) == 0
    book = load_workbook(out)
    vendors = book["Vendors"]
    ids = [row[0] for row in vendors.iter_rows(min_row=2, values_only=True) if row[0]]
    assert len(ids) == 20 and "baidu" in ids
    assert book["Sources"].max_row > 5
    with zipfile.ZipFile(out) as package:  # the rendered map rides along in the Regions sheet
        assert any(name.startswith("xl/media/") and name.endswith(".png") for name in package.namelist())


def test_export_without_the_map(tmp_path):
    out = tmp_path / "book.xlsx"
    assert main(["export", "--no-map", "--scenario", "high", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        assert not any(name.startswith("xl/media/") for name in package.namelist())


def test_export_prints_on_the_paper_asked_for(tmp_path, capsys):
    out = tmp_path / "book.xlsx"
    assert main(["export", "--no-map", "--paper", "Letter", "--out", str(out)]) == 0
    book = load_workbook(out)
    assert {sheet.page_setup.paperSize for sheet in book.worksheets if sheet.sheet_state == "visible"} == {1}
    assert main(["export", "--no-map", "--out", str(out)]) == 0  # A4 unless asked
    assert load_workbook(out)["Vendors"].page_setup.paperSize == 9
    assert main(["export", "--paper", "A3", "--out", str(out)]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_import_merges_a_table_into_a_project(tmp_path, capsys):
    from workbench.storage.dataset import load_dataset
    from workbench.storage.project import open_project, save_project

    project = tmp_path / "p.wbproj"
    save_project(load_dataset(BUNDLED_DATASET).workspace, project)
    table = tmp_path / "vendors.csv"
    table.write_text(
        "vendor_id,name_zh,name_en,hq_province,hq_city,tickers,flagship_model,description,source_id\n"
        "newco,新公司,Newco,310000,上海,,,,analyst\n"
        "baidu,百度集团,Baidu,110000,北京,09888.HK,文心,,analyst\n",
        encoding="gbk",
    )
    assert main(["import", str(table), "--into", str(project)]) == 0
    assert "1 new, 1 updated" in capsys.readouterr().out
    workspace = open_project(project)
    assert workspace.vendors.get(("newco",)).name_zh == "新公司"
    assert workspace.vendors.get(("baidu",)).name_zh == "百度集团"


def test_import_of_a_bad_table_leaves_the_project_untouched(tmp_path):
    from workbench.storage.dataset import load_dataset
    from workbench.storage.project import save_project

    project = tmp_path / "p.wbproj"
    save_project(load_dataset(BUNDLED_DATASET).workspace, project)
    before = project.read_bytes()
    table = tmp_path / "vendors.csv"
    table.write_text("vendor_id,name_zh,name_en,hq_province\nx,某公司,X,内蒙\n", encoding="utf-8")
    assert main(["import", str(table), "--into", str(project)]) == 1
    assert project.read_bytes() == before


def test_screenshot_renders_a_png(tmp_path):
    out = tmp_path / "w.png"
    # A fresh interpreter: the window needs its own QApplication.
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "screenshot", "--out", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 20_000


@pytest.mark.parametrize("argv", [["--help"], ["validate", "--help"]])
def test_help_exits_cleanly(argv, capsys):
    assert main(argv) == 0
    assert "usage" in capsys.readouterr().out


def test_import_refuses_a_project_open_in_a_running_workbench_and_leaves_it_untouched(tmp_path, capsys):
    from workbench.storage.dataset import load_dataset
    from workbench.storage.locking import lock_path, read_lock
    from workbench.storage.project import save_project

    project = tmp_path / "p.wbproj"
    save_project(load_dataset(BUNDLED_DATASET).workspace, project)
    before = project.read_bytes()
    table = tmp_path / "vendors.csv"
    table.write_text("vendor_id,name_zh,name_en\nnewco,新公司,Newco\n", encoding="utf-8")
    # Another running Workbench: a live process holds the lock.
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; sys.path.insert(0, sys.argv[1]);"
        "from workbench.storage.locking import acquire_lock; acquire_lock(sys.argv[2]); print('held', flush=True);"
        "time.sleep(60)"), str(Path(__file__).resolve().parents[2]), str(project)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert main(["import", str(table), "--into", str(project)]) == 1
        assert "open in another Workbench" in capsys.readouterr().err
        assert project.read_bytes() == before and read_lock(project).pid == holder.pid
    finally:
        holder.kill()
        holder.wait()
    # Once it has gone, the import goes ahead and lets the lock go again.
    assert main(["import", str(table), "--into", str(project)]) == 0
    assert not lock_path(project).exists()


def test_validate_fails_a_dataset_with_an_uncited_figure(tmp_path, capsys):
    broken = tmp_path / "ds"
    shutil.copytree(BUNDLED_DATASET, broken)
    lines = (broken / "key_figures.csv").read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",seed003_p6,", ",,")
    (broken / "key_figures.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    assert "key_figures.csv, row 1, column source_id: this figure has no source" in capsys.readouterr().out


def test_validate_reports_uncited_figures_in_a_project_that_still_opens(tmp_path, capsys):
    from dataclasses import replace

    from workbench.storage.opening import open_workspace
    from workbench.storage.project import open_project, save_project

    workspace = open_workspace(BUNDLED_DATASET).workspace
    analyst = workspace.sources.get(("analyst",))
    workspace.sources._put(replace(analyst, published=""))
    path = tmp_path / "p.wbproj"
    save_project(workspace, path)
    assert open_project(path).sources.get(("analyst",)).published == ""
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    row = [s.source_id for s in workspace.sources].index("analyst") + 1
    assert f"p.wbproj (sources), row {row}, column published: source 'analyst' is cited by figures" in out
