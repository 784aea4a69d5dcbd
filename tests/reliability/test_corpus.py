"""Every hostile or malformed file is refused or loaded with a report, within 5 s and 500 MB,
and the open project is untouched. Each case runs in a process of its own so that its time
and peak memory are its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.corpus.cases import CASES

REPO = Path(__file__).resolve().parents[2]
MAX_SECONDS = 5.0
MAX_MEBIBYTES = 500
pytestmark = pytest.mark.skipif(sys.platform not in ("linux", "darwin"), reason="ru_maxrss")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input(case, tmp_path, project):
    path = case.write(tmp_path)
    assert path.stat().st_size < 8 << 20 or case.name == "million_rows", "the corpus stays small on disk"
    finished = subprocess.run(
        [sys.executable, "-m", "tests.reliability.corpus.run_case", str(path), case.table, str(project)],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr  # a traceback would land here
    report = json.loads(finished.stdout)

    peak = report["peak_mib"] / (1024 if sys.platform == "darwin" else 1)  # macOS counts bytes
    assert report["seconds"] < MAX_SECONDS, report
    assert peak < MAX_MEBIBYTES, report
    assert report["workspace_untouched"] and report["project_untouched"]
    assert report["loaded"] == case.loaded, report["problems"]
    if case.loaded:
        assert report["problems"] == []
    else:
        assert report["problems"], "a refusal says why"
        assert case.because in report["problems"][0], report["problems"]
        assert all(", " in problem or ": " in problem for problem in report["problems"]), "each names its file"


def test_no_secret_leaks_through_an_external_entity(tmp_path):
    from tests.reliability.corpus import hostile_xlsx
    from workbench.storage.problems import InputError
    from workbench.storage.readers import read_table

    path = hostile_xlsx.external_entity(tmp_path / "xxe.xlsx")
    with pytest.raises(InputError) as caught:
        read_table(path)
    assert "root:" not in str(caught.value)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_the_row_limit_admits_exactly_max_table_rows(tmp_path, monkeypatch, suffix):
    import json as json_module

    from workbench.storage import readers
    from workbench.storage.problems import InputError

    monkeypatch.setattr(readers, "MAX_TABLE_ROWS", 3)

    def write(rows: int) -> Path:
        path = tmp_path / f"t{rows}{suffix}"
        if suffix == ".csv":
            path.write_text("id\n" + "".join(f"{n}\n" for n in range(rows)), encoding="utf-8")
        else:
            path.write_text(json_module.dumps([{"id": str(n)} for n in range(rows)]), encoding="utf-8")
        return path

    assert len(readers.read_table(write(3)).rows) == 3
    with pytest.raises(InputError, match="more than 3 rows"):
        readers.read_table(write(4))
