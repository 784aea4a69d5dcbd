"""The Revenue Mix, Market Share, Market Concentration and Market sheets; recalculated by LibreOffice."""

import math
import shutil
import subprocess
from dataclasses import replace

import openpyxl
import pytest

from workbench.storage.dataset import load_dataset
from workbench.storage.excel import ExportOptions, export_workbook
from workbench.storage.opening import BUNDLED_DATASET

SHEETS = ("Revenue Mix", "Revenue Observations", "Market Share", "Market Concentration", "Market")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def bundled():
    return load_dataset(BUNDLED_DATASET).workspace


def export(tmp_path, workspace, scenario="base", sheets=SHEETS, name="revenue.xlsx", language="en"):
    path = tmp_path / name
    report = export_workbook(workspace, path, ExportOptions(sheets=sheets, scenario=scenario, language=language))
    return path, report


def rows_by_header(sheet):
    header = [cell.value for cell in sheet[1]]
    return [dict(zip(header, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=2)]


def test_revenue_mix_is_a_share_of_own_revenue_with_no_amount_or_market_share(tmp_path, bundled):
    path, _report = export(tmp_path, bundled)
    rows = {r["Vendor ID"]: r for r in rows_by_header(openpyxl.load_workbook(path)["Revenue Mix"])}
    assert rows["alibaba"]["Share base 占比基准"] == 0.15 and "upper bound" in rows["alibaba"]["Category 类别"]
    assert (rows["tencent"]["Share low 占比低"], rows["tencent"]["Share base 占比基准"],
            rows["tencent"]["Share high 占比高"]) == (0.05, None, 0.07)  # a range, no midpoint made up
    assert rows["sensetime"]["Category 类别"].startswith("no estimate") and rows["sensetime"]["Share base 占比基准"] is None
    header = [c.value for c in openpyxl.load_workbook(path)["Revenue Mix"][1]]
    assert not any("Amount" in h or "Market" in h for h in header)


def test_observations_sit_side_by_side(tmp_path, bundled):
    path, _report = export(tmp_path, bundled)
    rows = rows_by_header(openpyxl.load_workbook(path)["Revenue Observations"])
    baidu = sorted(r["Value 数值"] for r in rows if r["Vendor ID"] == "baidu" and r["Figure 指标"] == "share_base")
    alibaba = sorted(r["Value 数值"] for r in rows if r["Vendor ID"] == "alibaba" and r["Figure 指标"] == "share_base")
    assert baidu == [0.12, 0.145] and alibaba == [0.11, 0.15]


def test_every_market_with_shares_adds_up_to_100_percent_with_its_remainder(tmp_path, bundled):
    path, _report = export(tmp_path, bundled)
    rows = rows_by_header(openpyxl.load_workbook(path)["Market Share"])
    markets = {r["Market ID"] for r in rows}
    assert {"idc_llm_platform_2023", "tender_value_2024", "tender_count_2024", "multimodal_llm_2024"} <= markets
    for market in markets:
        shares = [r["Share 份额"] for r in rows if r["Market ID"] == market and r["Share 份额"] is not None]
        assert all(0 <= s <= 1 for s in shares)
        if shares:
            assert sum(shares) == pytest.approx(1.0), market
    idc = {r["Vendor 厂商"]: r["Share 份额"] for r in rows if r["Market ID"] == "idc_llm_platform_2023"}
    assert idc["百度"] == 0.199 and idc["商汤科技"] == 0.16 and idc["智谱"] is None
    assert idc["Others / not attributed 其他/未归属"] == pytest.approx(0.641)
    tender = {r["Vendor ID"]: r["Share 份额"] for r in rows if r["Market ID"] == "tender_value_2024"}
    assert tender["iflytek"] == pytest.approx(0.8478 / 6.467)
    multimodal = [r for r in rows if r["Market ID"] == "multimodal_llm_2024"]
    assert len(multimodal) == 1 and multimodal[0]["Share 份额"] is None  # no vendor shares derived


def test_concentration_counts_named_vendors_and_gives_hhi_as_a_range(tmp_path, bundled):
    path, _report = export(tmp_path, bundled)
    rows = {r["Market ID"]: r for r in rows_by_header(openpyxl.load_workbook(path)["Market Concentration"])}
    idc = rows["idc_llm_platform_2023"]
    assert idc["CR3 (named vendors only 仅列明厂商)"] == pytest.approx(0.359)
    assert idc["HHI low (others as many small firms)"] == pytest.approx(19.9 ** 2 + 16 ** 2)
    assert idc["HHI high (others as one firm)"] == pytest.approx(19.9 ** 2 + 16 ** 2 + 64.1 ** 2)


def test_a_chinese_export_writes_amounts_in_yi_yuan(tmp_path, bundled):
    path, _report = export(tmp_path, bundled, language="zh")
    market = openpyxl.load_workbook(path)["Market"]
    values = {(r[0].value, r[2].value): r[3] for r in market.iter_rows(min_row=13) if r[0].value}
    assert values[("llm_market", 2024)].value == pytest.approx(205)
    assert "亿元" in values[("llm_market", 2024)].number_format
    shares = rows_by_header(openpyxl.load_workbook(path)["Market Share"])
    idc = next(r for r in shares if r["Vendor ID"] == "baidu" and r["Market ID"] == "idc_llm_platform_2023")
    assert idc["Market size 市场规模"] == pytest.approx(17.65) and idc["Amount 数额"] == pytest.approx(3.5)
    assert idc["Unit 单位"] == "亿元"
    path, _report = export(tmp_path, bundled, name="en.xlsx")
    market = openpyxl.load_workbook(path)["Market"]
    values = {(r[0].value, r[2].value): r[3] for r in market.iter_rows(min_row=13) if r[0].value}
    assert values[("llm_market", 2024)].value == pytest.approx(20.5)
    assert "bn CNY" in values[("llm_market", 2024)].number_format


def test_analyst_text_never_becomes_a_formula(tmp_path, bundled):
    mix = bundled.revenue_mix.get(("alibaba",))
    bundled.replace_table("revenue_mix", [replace(mix, note='=HYPERLINK("http://x","y")', caveat="+1+1")])
    path, _report = export(tmp_path, bundled)
    sheet = openpyxl.load_workbook(path)["Revenue Mix"]
    assert all(cell.data_type == "s" for cell in sheet[2] if isinstance(cell.value, str))


def test_empty_tables_still_export(tmp_path, bundled):
    for table in ("revenue_observations", "revenue_mix", "market_shares", "market_definitions"):
        bundled.replace_table(table, [])
    path, report = export(tmp_path, bundled)
    assert report.rows["Market Share"] == 0
    assert openpyxl.load_workbook(path)["Revenue Mix"]["A1"].value == "Vendor ID"


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


def percent_cells(book):
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if "%" in (cell.number_format or "") and isinstance(cell.value, (int, float)):
                    yield sheet.title, cell.coordinate, cell.value


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: scripts/setup.sh --test "
                                            "installs libreoffice-calc-nogui")
@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_percentage_in_the_recalculated_workbook_leaves_0_to_100(tmp_path, bundled, language):
    path, report = export(tmp_path, bundled, sheets=None, language=language)
    book = recalculate(path, tmp_path)
    checked = 0
    for title, cell, value in percent_cells(book):
        assert 0 <= value <= 1, f"{title}!{cell} shows {value:.1%}"
        checked += 1
    assert checked > 50
    for title, formulas in report.formulas.items():
        for cell, expected in formulas.items():
            value = book[title][cell].value
            assert same(value, expected), f"{title}!{cell}: LibreOffice {value!r}, the app {expected!r}"
    factor = 10 if language == "zh" else 1
    assert book["Market"]["B5"].value == pytest.approx(4.51 * factor)
    assert book["Market"]["B9"].value == pytest.approx((96.9 / 4.51) ** (1 / 6) - 1)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: scripts/setup.sh --test "
                                            "installs libreoffice-calc-nogui")
def test_the_market_sheet_stays_live_when_edited(tmp_path, bundled):
    path, _report = export(tmp_path, bundled, sheets=("Market",))
    book = openpyxl.load_workbook(path)
    book["Market"]["B4"] = 0.5  # the analyst edits the multimodal share
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    result = recalculate(edited, tmp_path)["Market"]
    assert result["B5"].value == pytest.approx(20.5 * 0.5)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_cli_export_shows_no_share_outside_0_to_100_percent(tmp_path, language):
    from workbench.cli import main as cli_main

    out = tmp_path / f"cli-{language}.xlsx"
    assert cli_main(["export", "--out", str(out), "--no-map", "--language", language]) == 0
    book = openpyxl.load_workbook(out)
    values = list(percent_cells(book))
    assert len(values) > 50 and all(0 <= value <= 1 for _title, _cell, value in values)
    assert {"Revenue Mix", "Market Share", "Market Concentration"} <= set(book.sheetnames)
    assert "Revenue Share" not in book.sheetnames  # the sheet that mixed revenue mix with market share is gone
