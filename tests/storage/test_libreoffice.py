"""A real spreadsheet opens the export: LibreOffice, headless, recalculates and re-saves it.

scripts/setup.sh --test installs LibreOffice Calc; where it is missing the test says so and skips.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from workbench.storage.dataset import load_dataset
from workbench.storage.excel import export_workbook
from workbench.storage.opening import BUNDLED_DATASET

TIMEOUT_S = 180
# A private profile: never the analyst's, and set to recalculate every formula on load.
RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def soffice() -> str:
    for name in ("soffice", "libreoffice", "localc"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("LibreOffice is not installed (scripts/setup.sh --test installs libreoffice-calc-nogui)")


@pytest.fixture(scope="module")
def round_tripped(tmp_path_factory):
    binary = soffice()
    folder = tmp_path_factory.mktemp("libreoffice")
    original = folder / "export.xlsx"
    report = export_workbook(load_dataset(BUNDLED_DATASET).workspace, original)
    profile = folder / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_ALWAYS, encoding="utf-8")
    out = folder / "out"
    command = [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(original)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S)
    converted = out / "export.xlsx"
    assert result.returncode == 0 and converted.is_file(), result.stdout + result.stderr
    return original, converted, report


def chart_parts(path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [name for name in archive.namelist() if name.startswith("xl/charts/chart")]


def test_libreoffice_opens_every_sheet(round_tripped):
    original, converted, report = round_tripped
    reopened = openpyxl.load_workbook(converted)
    assert [title for title in reopened.sheetnames if title in report.sheets] == report.sheets
    for title in report.sheets:
        assert reopened[title].max_row >= 1


def test_formulas_recalculate_to_the_app_numbers(round_tripped):
    _, converted, report = round_tripped
    values = openpyxl.load_workbook(converted, data_only=True)
    checked = 0
    for title, cells in report.formulas.items():
        for cell, expected in cells.items():
            if expected is None:
                continue
            got = values[title][cell].value
            if isinstance(expected, str):  # a formula that picks a message, e.g. a check's verdict
                assert got == expected, f"{title}!{cell}: {got!r} != {expected!r}"
            else:
                assert isinstance(got, (int, float)), f"{title}!{cell}: {got!r}"
                assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-9), f"{title}!{cell}: {got} != {expected}"
            checked += 1
    if not checked:
        pytest.skip("no sheet of this export writes formulas with expected values yet")


def test_charts_survive(round_tripped):
    original, converted, _ = round_tripped
    written = chart_parts(original)
    if not written:
        pytest.skip("no sheet of this export draws a chart yet")
    assert len(chart_parts(converted)) == len(written)


def test_text_that_looks_like_a_formula_stays_text_in_libreoffice(round_tripped):
    _, converted, _ = round_tripped
    book = openpyxl.load_workbook(converted)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert isinstance(cell.value, str) and "HYPERLINK" not in cell.value.upper()
