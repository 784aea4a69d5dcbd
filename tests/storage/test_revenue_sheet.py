"""The Revenue Share and Market sheets: live formulas, formats, charts; recalculated by LibreOffice."""

import math
import shutil
import subprocess
from dataclasses import replace

import openpyxl
import pytest

from workbench.domain import entities as e
from workbench.storage.dataset import load_dataset
from workbench.storage.excel import ExportOptions, export_workbook
from workbench.storage.excel.sheets.revenue import COL, HEADER_ROW
from workbench.storage.opening import BUNDLED_DATASET

SHEETS = ("Revenue Share", "Market")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def bundled():
    return load_dataset(BUNDLED_DATASET).workspace


def export(tmp_path, workspace, scenario="base", sheets=SHEETS, name="revenue.xlsx"):
    path = tmp_path / name
    report = export_workbook(workspace, path, ExportOptions(sheets=sheets, scenario=scenario))
    return path, report


def row_of(sheet, vendor_id):
    return next(r for r in range(HEADER_ROW + 1, sheet.max_row + 1) if sheet[f"A{r}"].value == vendor_id)


def test_derived_cells_are_formulas_over_the_inputs_with_formats(tmp_path, bundled):
    path, _report = export(tmp_path, bundled)
    sheet = openpyxl.load_workbook(path)["Revenue Share"]
    r = row_of(sheet, "tencent")
    assert sheet[f"{COL['revenue']}{r}"].value == 63.6 and sheet[f"{COL['in_base']}{r}"].value == 0.06
    assert sheet[f"{COL['amt_base']}{r}"].value == f'=IF(AND(ISNUMBER(G{r}),ISNUMBER(L{r})),G{r}*L{r},"")'
    assert sheet[f"{COL['ms_base']}{r}"].value.startswith(f"=IF(AND(ISNUMBER(O{r})")
    assert sheet[f"{COL['amount']}{r}"].value == f"=CHOOSE($B$4,N{r},O{r},P{r})"
    assert "¥" in sheet[f"{COL['amt_base']}{r}"].number_format
    assert sheet[f"{COL['in_base']}{r}"].number_format == "0.0%"
    assert sheet["B3"].value == "base" and sheet["B5"].value == "='Market'!$B$5"
    assert sheet["G5"].value.startswith("=IF(SUM(") and "SUMSQ" in sheet["G5"].value  # HHI, base
    assert any("B3" in str(v.sqref) for v in sheet.data_validations.dataValidation)
    assert len(sheet._charts) == 2
    market = openpyxl.load_workbook(path)["Market"]
    assert market["B5"].value.startswith("=IF(AND(ISNUMBER(B3),ISNUMBER(B4)),B3*B4")
    assert market["B4"].value == 0.22 and market["B9"].number_format == "0.0%"
    assert len(market._charts) == 1


def test_the_scenario_option_sets_the_scenario_cell_and_the_report_knows_every_formula(tmp_path, bundled):
    path, report = export(tmp_path, bundled, scenario="high")
    assert openpyxl.load_workbook(path)["Revenue Share"]["B3"].value == "high"
    sheet = openpyxl.load_workbook(path)["Revenue Share"]
    r = row_of(sheet, "tencent")
    assert report.formulas["Revenue Share"][f"{COL['amount']}{r}"] == pytest.approx(63.6 * 0.07)


def test_analyst_text_never_becomes_a_formula(tmp_path, bundled):
    estimate = bundled.revenue_estimates.get(("alibaba",))
    bundled.replace_table("revenue_estimates", [replace(estimate, note='=HYPERLINK("http://x","y")',
                                                        base_label="+1+1")])
    path, _report = export(tmp_path, bundled)
    sheet = openpyxl.load_workbook(path)["Revenue Share"]
    assert sheet[f"{COL['note']}{HEADER_ROW + 1}"].data_type == "s"
    assert sheet[f"{COL['label']}{HEADER_ROW + 1}"].data_type == "s"


def test_without_the_market_sheet_the_market_size_is_a_value(tmp_path, bundled):
    path, _report = export(tmp_path, bundled, sheets=("Revenue Share",))
    assert openpyxl.load_workbook(path)["Revenue Share"]["B5"].value == pytest.approx(4.51)


def recalculate(source, tmp_path):
    """Open and save `source` with LibreOffice headless, which computes every formula."""
    out = tmp_path / "recalculated"
    out.mkdir(exist_ok=True)
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--calc",
                           "--convert-to", "xlsx", "--outdir", str(out), str(source)],
                          capture_output=True, text=True, timeout=180)
    result = out / source.name
    assert done.returncode == 0 and result.exists(), done.stdout + done.stderr
    return openpyxl.load_workbook(result, data_only=True)


def same(value, expected):
    if expected is None:
        return value in (None, "")
    if isinstance(expected, str):
        return value == expected
    return isinstance(value, (int, float)) and math.isclose(value, expected, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: scripts/setup.sh --test "
                                            "installs libreoffice-calc-nogui")
def test_libreoffice_recalculates_the_same_amounts_and_shares_as_the_app(tmp_path, bundled):
    path, report = export(tmp_path, bundled)
    book = recalculate(path, tmp_path)
    checked = 0
    for title in SHEETS:
        for cell, expected in report.formulas[title].items():
            value = book[title][cell].value
            assert same(value, expected), f"{title}!{cell}: LibreOffice {value!r}, the app {expected!r}"
            checked += 1
    assert checked > 300
    sheet, r = book["Revenue Share"], row_of(book["Revenue Share"], "tencent")
    assert sheet[f"{COL['amt_base']}{r}"].value == pytest.approx(3.816)  # 63.6 × 6%
    assert sheet[f"{COL['ms_base']}{r}"].value == pytest.approx(3.816 / 4.51)
    assert sheet["G5"].value == pytest.approx(3508.4922620821)  # HHI, base
    assert book["Market"]["B9"].value == pytest.approx((96.9 / 4.51) ** (1 / 6) - 1)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: scripts/setup.sh --test "
                                            "installs libreoffice-calc-nogui")
def test_the_workbook_stays_live_when_edited(tmp_path, bundled):
    path, _report = export(tmp_path, bundled)
    book = openpyxl.load_workbook(path)
    sheet = book["Revenue Share"]
    r = row_of(sheet, "tencent")
    sheet["B3"] = "high"  # the analyst switches the scenario in Excel
    sheet[f"{COL['revenue']}{r}"] = 100  # and corrects a base revenue
    book["Market"]["B4"] = 0.5  # and the multimodal share
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    result = recalculate(edited, tmp_path)["Revenue Share"]
    assert result[f"{COL['amount']}{r}"].value == pytest.approx(7.0)  # 100 × 7%
    assert result["B5"].value == pytest.approx(20.5 * 0.5)
    assert result[f"{COL['ms']}{r}"].value == pytest.approx(7.0 / 10.25)


def test_an_empty_table_still_exports(tmp_path, bundled):
    bundled.replace_table("revenue_observations", [])
    bundled.replace_table("revenue_estimates", [])
    path, report = export(tmp_path, bundled)
    assert report.rows["Revenue Share"] == 0
    assert openpyxl.load_workbook(path)["Revenue Share"]["A1"].value.startswith("Revenue share")


def test_a_foreign_currency_row_has_no_market_share(tmp_path, bundled):
    bundled.replace_table("revenue_estimates", [e.RevenueEstimate("alibaba", currency="USD", base_revenue=10.0,
                                                                  share_base=0.5)])
    _path, report = export(tmp_path, bundled)
    formulas = report.formulas["Revenue Share"]
    assert formulas[f"{COL['amt_base']}{HEADER_ROW + 1}"] == 5.0
    assert formulas[f"{COL['ms_base']}{HEADER_ROW + 1}"] is None
