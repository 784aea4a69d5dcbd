"""The wheel carries its dataset and resources: installed into a fresh venv, it works from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.conftest import check_outputs, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(repo, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(repo)], cwd=repo)
    [built] = out.glob("workbench-*.whl")
    return built


def test_the_wheel_holds_the_dataset_map_and_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "workbench/_data/datasets/cn-multimodal-llm-2025/datapackage.json" in names
    assert "workbench/_data/resources/geo/china_provinces.json" in names
    assert "workbench/_data/resources/translations/workbench_zh_CN.qm" in names
    assert "workbench/_data/resources/icons/workbench.png" in names
    assert not [name for name in names if name.startswith(("tests/", "datasets/", "resources/"))]


def test_installed_into_a_fresh_venv_it_runs_from_an_unrelated_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    base_python = getattr(sys, "_base_executable", sys.executable)
    run([base_python, "-m", "venv", str(venv)], cwd=tmp_path)
    run([str(venv / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q", str(wheel)],
        cwd=tmp_path, timeout=900)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(elsewhere / "home")}
    env.pop("PYTHONPATH", None)
    workbench = str(venv / "bin" / "workbench")

    version = run([workbench, "--version"], cwd=elsewhere, env=env).stdout
    assert "workbench 0.1" in version and "cn-multimodal-llm-2025" in version
    assert "valid" in run([workbench, "validate", str(_installed_dataset(venv))], cwd=elsewhere, env=env).stdout
    run([workbench, "export", "--out", "book.xlsx"], cwd=elsewhere, env=env)
    # The window itself opens on the bundled dataset (the probe reports it shown, then quits).
    shown = run([workbench], cwd=elsewhere, env={**env, "WORKBENCH_STARTUP_PROBE": "1"}).stdout
    assert "content" in shown.splitlines()
    run([workbench, "screenshot", "--out", "window.png", "--width", "1200", "--height", "800"], cwd=elsewhere,
        env=env)
    # What ran was the installed copy, not this checkout.
    where = run([str(venv / "bin" / "python"), "-c", "import workbench; print(workbench.__file__)"],
                cwd=elsewhere, env=env).stdout
    assert str(venv) in where
    check_outputs(elsewhere / "book.xlsx", elsewhere / "window.png")


def _installed_dataset(venv: Path) -> Path:
    found = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "from workbench.locations import bundled_dataset; print(bundled_dataset())"],
                           capture_output=True, text=True, check=True).stdout.strip()
    return Path(found)
