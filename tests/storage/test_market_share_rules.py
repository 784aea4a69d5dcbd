"""A market never holds more than 100%: the loader, `validate`, opening a project and the upgrade from format 2."""

import shutil
import sqlite3

import pytest

from tests.storage.fixtures.format2 import downgrade_to_format_2
from tests.storage.fixtures.workspaces import full_workspace
from workbench.cli import main as cli_main
from workbench.storage.dataset import validate_dataset
from workbench.storage.opening import BUNDLED_DATASET
from workbench.storage.project import ProjectError, open_project, save_project



@pytest.fixture
def dataset(tmp_path):
    folder = tmp_path / "dataset"
    shutil.copytree(BUNDLED_DATASET, folder)
    return folder


def push_idc_over_100_percent(folder):
    path = folder / "market_shares.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("idc_llm_platform_2023,sensetime,0.16,", "idc_llm_platform_2023,sensetime,0.86,"),
                    encoding="utf-8")


def test_the_loader_refuses_shares_above_100_percent_of_one_market_with_file_row_and_column(dataset):
    assert validate_dataset(dataset) == []
    push_idc_over_100_percent(dataset)
    problems = validate_dataset(dataset)
    assert len(problems) == 1
    (problem,) = problems
    assert (problem.file, problem.row, problem.column) == ("market_shares.csv", 2, "share")
    assert "China LLM platform and related applications market (2023)" in problem.message
    assert "105.9%" in problem.message and "百度 19.9%" in problem.message and "商汤科技 86.0%" in problem.message


def test_validate_reports_the_market_and_exits_1(dataset, capsys):
    push_idc_over_100_percent(dataset)
    assert cli_main(["validate", str(dataset)]) == 1
    out = capsys.readouterr().out
    assert "market_shares.csv, row 2, column share" in out and "105.9%" in out


def test_a_share_of_an_undefined_market_or_without_a_source_is_refused(dataset):
    path = dataset / "market_shares.csv"
    path.write_text(path.read_text(encoding="utf-8") + "no_such_market,baidu,0.1,,,reported,idc_2024,,\n"
                    "tender_count_2024,sensetime,0.01,,,reported,,,\n", encoding="utf-8")
    found = {(p.row, p.column): p.message for p in validate_dataset(dataset)}
    assert "not a market_id in market_definitions" in found[(21, "market_id")]
    assert "a figure needs a source" in found[(22, "source_id")]


def test_a_project_holding_more_than_100_percent_of_a_market_is_refused_on_open(tmp_path):
    path = tmp_path / "p.wbproj"
    save_project(full_workspace(), path)
    with sqlite3.connect(path) as connection:
        connection.execute('UPDATE market_shares SET share = 0.9 WHERE vendor_id = "zhipu"')
    before = path.read_bytes()
    with pytest.raises(ProjectError, match=r"market_shares, row 2, share: the shares of Platform market \(2023\) "
                                           r"would total 109.9%"):
        open_project(path)
    assert path.read_bytes() == before


def write_v2_project(path):
    """A project as format 2 wrote it: revenue estimates with a base revenue, no mix or market tables."""
    save_project(full_workspace(), path)
    downgrade_to_format_2(path, [
        ("baidu", "百度集团收入", 2024, "CNY", 133.1, 0.12, 0.12, 0.12, "estimate", "s1", "seed 002", 0),
        ("zhipu", "", None, "CNY", None, None, None, None, "estimate", "", "", 1),
    ])


def test_an_old_project_is_upgraded_its_estimates_become_revenue_mix_and_no_market_share_is_made_up(tmp_path):
    path = tmp_path / "old.wbproj"
    write_v2_project(path)
    before = path.read_bytes()
    workspace = open_project(path)
    assert (tmp_path / "old.wbproj.bak-v2").read_bytes() == before
    baidu, zhipu = workspace.revenue_mix
    assert (baidu.vendor_id, baidu.share_low, baidu.share_base, baidu.share_high) == ("baidu", 0.12, 0.12, 0.12)
    assert baidu.source_id == "s1" and baidu.category == ""  # a category is not guessed
    assert "百度集团收入 2024 133.1 bn CNY" in baidu.note  # the old base is kept as words, not as a figure
    assert zhipu.note == ""
    assert len(workspace.market_shares) == 0 and len(workspace.market_definitions) == 0
    save_project(workspace, path)
    assert open_project(path) == workspace


def test_an_import_that_would_push_a_market_over_100_percent_changes_nothing(tmp_path, capsys):
    project = tmp_path / "p.wbproj"
    save_project(full_workspace(), project)
    before = open_project(project)
    rows = tmp_path / "market_shares.csv"
    rows.write_text("market_id,vendor_id,share,kind,source_id\nm1,zhipu,85%,reported,s1\n", encoding="utf-8")
    assert cli_main(["import", str(rows), "--into", str(project)]) == 1
    assert "would total 104.9%" in capsys.readouterr().err
    assert open_project(project) == before
