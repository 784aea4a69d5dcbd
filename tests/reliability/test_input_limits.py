"""Large inputs inside the file-size limit: refused or loaded within seconds and bounded memory.

Each probe runs `validate` in a child process and reads its peak memory, so that
what the reader holds (the file as bytes, as text, as a copy) is measured.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads peak memory from /proc")

from workbench.cli import main
from workbench.storage import readers

REPO = Path(__file__).resolve().parents[2]
HEADER = "vendor_id,name_zh,name_en,hq_province,hq_city,tickers,flagship_model,description,source_id\n"
PROBE = """
import json, sys, time
from workbench.storage.dataset import load_table_file

def peak_kib():
    # VmHWM, not ru_maxrss: a child's ru_maxrss starts from its parent's size at fork.
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
start = time.perf_counter()
records, problems = load_table_file(sys.argv[1], "vendors")
print(json.dumps({"seconds": time.perf_counter() - start, "records": len(records),
                  "problems": [str(p) for p in problems],
                  "peak_mib": peak_kib() / 1024}))
"""


def probe(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, str(path)], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.parametrize("tail", ["", "😀"])
def test_a_huge_single_field_is_refused_without_holding_the_file(tmp_path, tail):
    path = tmp_path / "vendors.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(HEADER + 'v1,名,N,110000,,,,"')
        for _ in range(60):
            handle.write("x" * (1 << 20))
        handle.write(tail + '",\n')
    report = probe(path)
    assert report["records"] == 0 and "longer than" in report["problems"][0]
    # The 60 MiB file once took four to eight times its size (bytes, text, a copy of the text).
    assert report["peak_mib"] < 120, report


def test_a_table_above_the_cell_limit_is_refused(tmp_path):
    path = tmp_path / "vendors.csv"
    columns = 9 + 3
    rows = readers.MAX_CELLS // columns + 1
    line = "v,名,N,110000,,,,,," + ",".join(["x"] * 3) + "\n"
    path.write_text(HEADER.rstrip("\n") + ",a,b,c\n" + line * rows, encoding="utf-8")
    start = time.perf_counter()
    records, problems = _load(path)
    assert records == [] and f"more than {readers.MAX_CELLS:,} cells" in problems[0].message
    assert time.perf_counter() - start < 5


def test_problem_reports_list_the_first_ones_and_count_the_rest(tmp_path):
    path = tmp_path / "vendors.csv"
    path.write_text(HEADER + "".join(f"v{i},名,N,Provincia{i},,,,,\n" for i in range(20_000)), encoding="utf-8")
    start = time.perf_counter()
    records, problems = _load(path)
    elapsed = time.perf_counter() - start
    assert len(problems) == 1001
    assert "19,000 more problem(s) not listed (20,000 in all)" in problems[-1].message
    # One fuzzy "did you mean" search per row took about a millisecond each.
    assert elapsed < 4, elapsed


def test_an_import_may_not_push_a_table_past_the_row_limit(project, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(readers, "MAX_TABLE_ROWS", 4)
    source = tmp_path / "vendors.csv"
    source.write_text(HEADER + "n1,新一,N1,110000,,,,,\nn2,新二,N2,110000,,,,,\n", encoding="utf-8")
    before = project.read_bytes()
    assert main(["import", str(source), "--into", str(project), "--table", "vendors"]) == 1
    assert "the limit is 4" in capsys.readouterr().err
    assert project.read_bytes() == before


def _load(path):
    from workbench.storage.dataset import load_table_file

    return load_table_file(path, "vendors")


def test_a_large_sheet_that_does_not_declare_its_size_is_refused_before_it_is_parsed(tmp_path):
    import re

    from tests.reliability.corpus.hostile_xlsx import SHEET, plain_workbook, with_member

    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>v{n}</t></is></c></row>' for n in range(3, 90_000))

    def undeclared(data: bytes) -> bytes:
        data = re.sub(rb"<dimension[^>]*/>", b"", data)
        return data.replace(b"</sheetData>", rows.encode() + b"</sheetData>")

    path = with_member(plain_workbook(tmp_path / "vendors.xlsx"), SHEET, undeclared)
    start = time.perf_counter()
    records, problems = _load(path)
    assert records == [] and "does not say how large the sheet is" in problems[0].message
    assert time.perf_counter() - start < 1
