"""A project and the workbook exported from it, for the tests that edit a workbook and import it back."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.storage.dataset import load_dataset
from workbench.storage.excel import export_workbook
from workbench.storage.opening import BUNDLED_DATASET
from workbench.storage.project import save_project


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, Path]:
    """(project, the workbook exported from it), both from the bundled dataset; copy before changing."""
    folder = tmp_path_factory.mktemp("exported")
    workspace = load_dataset(BUNDLED_DATASET).workspace
    save_project(workspace, folder / "p.wbproj")
    export_workbook(workspace, folder / "book.xlsx")
    return folder / "p.wbproj", folder / "book.xlsx"


@pytest.fixture
def project(exported, tmp_path) -> Path:
    """A fresh copy of the exported project."""
    path = tmp_path / "p.wbproj"
    path.write_bytes(exported[0].read_bytes())
    return path
