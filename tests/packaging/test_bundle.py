"""The offline bundle runs with no Python on PATH and an empty environment, as on an analyst's machine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import check_outputs, run

pytestmark = pytest.mark.slow
# 300 MiB until team projects brought the PostgreSQL driver (libpq with its TLS and Kerberos
# libraries, about 11 MiB) and SQLAlchemy Core (about 5 MiB).
SIZE_BUDGET_BYTES = 320 * 1024 * 1024


@pytest.fixture(scope="module")
def bundle(repo, tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller", reason="installed with the test tools by scripts/setup.sh --test")
    out = tmp_path_factory.mktemp("bundle")
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--distpath", str(out / "dist"),
         "--workpath", str(out / "work"), str(repo / "scripts" / "workbench.spec")], cwd=repo, timeout=1200)
    return out / "dist" / "Workbench"


def test_the_bundle_stays_within_its_size_budget(bundle):
    size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    assert size <= SIZE_BUDGET_BYTES, f"{size / 2**20:.0f} MiB"


def test_the_bundle_runs_without_python(bundle, tmp_path):
    # `env -i`: no PATH (so no Python to be found), no PYTHONPATH, no virtual environment.
    clean = ["env", "-i", "QT_QPA_PLATFORM=offscreen", f"HOME={tmp_path}", str(bundle / "Workbench")]
    version = run([*clean, "--version"], cwd=tmp_path).stdout
    assert "workbench 0.1" in version and "cn-multimodal-llm-2025" in version
    run([*clean, "export", "--out", "book.xlsx"], cwd=tmp_path)
    shown = run([*clean[:-1], "WORKBENCH_STARTUP_PROBE=1", clean[-1]], cwd=tmp_path).stdout  # the window opens
    assert "content" in shown.splitlines()
    run([*clean, "screenshot", "--out", "window.png", "--width", "1200", "--height", "800"], cwd=tmp_path)
    check_outputs(tmp_path / "book.xlsx", tmp_path / "window.png")


def test_the_bundle_speaks_to_a_team_server(bundle, tmp_path):
    # The driver travels in the bundle: a URL with no server behind it is a message, not a missing module.
    from tests.pg_cluster import free_port

    url = f"postgresql://analyst:x@127.0.0.1:{free_port()}/landscape"
    done = subprocess.run(["env", "-i", f"HOME={tmp_path}", str(bundle / "Workbench"), "validate", url],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "no database server answers" in done.stderr and "Traceback" not in done.stderr
