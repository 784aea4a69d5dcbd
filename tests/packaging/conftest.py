"""Helpers for tests that install or bundle the app and run it as a user would, outside the repository."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(command: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: int = 600):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    return result


def check_outputs(workbook: Path, picture: Path) -> None:
    """The workbook reopens with the bundled dataset's vendors; the window picture is not blank."""
    from openpyxl import load_workbook
    from PySide6.QtGui import QImage

    book = load_workbook(workbook, read_only=True)
    assert "Vendors" in book.sheetnames
    names = {row[0] for row in book["Vendors"].iter_rows(min_row=2, values_only=True) if row and row[0]}
    book.close()
    assert {"baidu", "alibaba", "deepseek"} <= names and len(names) >= 20
    image = QImage(str(picture))
    assert not image.isNull() and image.width() >= 1000
    # Text drawn in the window (Chinese names included) gives many distinct colours; a blank
    # or failed render gives a handful.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 200


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO
