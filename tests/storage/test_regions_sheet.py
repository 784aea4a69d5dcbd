"""The Regions sheet (table, colour scale, tile grid, map image) and province names in imported tables."""

from __future__ import annotations

import struct
import zipfile
import zlib

import openpyxl
import pytest

from tests.factories import make_workspace
from workbench.domain.contrast import AA_NORMAL_TEXT, contrast_ratio, readable_text_color
from workbench.domain.regions import RAMPS, VENDOR_HQ, Classing, choropleth, class_label, default_metric, region_table
from workbench.storage.dataset import load_dataset, load_table_file
from workbench.storage.excel import ExportOptions, export_workbook
from workbench.storage.geometry import load_province_geometry
from workbench.storage.opening import BUNDLED_DATASET


def tiny_png(width: int = 3, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def export_regions(tmp_path, workspace=None, **options):
    path = tmp_path / "regions.xlsx"
    report = export_workbook(workspace or make_workspace(), path, ExportOptions(sheets=("Regions",), **options))
    return openpyxl.load_workbook(path)["Regions"], report, path


def test_province_table_has_34_rows_with_values_ranks_and_shares(tmp_path):
    sheet, report, _ = export_regions(tmp_path)
    header = [c.value for c in sheet[1]][:9]
    assert header == ["Province code", "省份", "Province", "Value", "Rank", "Share of national total", "Class",
                      "Source ID", "Note"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2, max_row=35, max_col=9)}
    assert len(rows) == 34 and report.rows["Regions"] == 34
    beijing = rows["110000"]
    assert [c.value for c in beijing[1:5]] == ["北京市", "Beijing", 105, 1]
    assert beijing[5].value == pytest.approx(105 / 327) and beijing[5].number_format == "0.0%"
    assert rows["650000"][3].value is None and rows["650000"][6].value == "no data"
    assert sheet["A36"].value is None


def test_values_are_coloured_by_the_apps_classes(tmp_path):
    workspace = make_workspace()
    classing = Classing("natural_breaks", 3, (), "Blues")
    sheet, _, _ = export_regions(tmp_path, workspace, regions_classing=classing)
    ranges = {str(rng.sqref): rules for rng, rules in sheet.conditional_formatting._cf_rules.items()}
    rules = ranges["D2:D35"]
    app = choropleth(region_table(workspace, "genai_filings").values(), classing)
    assert [rule.dxf.fill.fgColor.rgb[-6:] for rule in rules] == [c[1:].upper() for c in app.palette]
    # 39, 66 and 105 each alone: the rules' bounds are the app's
    assert [rule.formula[0] for rule in rules] == [
        "AND(ISNUMBER($D2),$D2<=39.0)", "AND(ISNUMBER($D2),$D2>39.0,$D2<=66.0)", "AND(ISNUMBER($D2),$D2>66.0)"]


def test_class_column_and_legend_match_the_app_on_the_bundled_dataset(tmp_path):
    workspace = load_dataset(BUNDLED_DATASET).workspace
    sheet, _, _ = export_regions(tmp_path, workspace, regions_metric=VENDOR_HQ)
    app = choropleth(region_table(workspace, VENDOR_HQ).values(), Classing())
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2, max_row=35, max_col=7)}
    assert all(rows[code][6].value == index + 1 for code, index in app.class_by_code.items())
    assert rows["110000"][6].value != rows["340000"][6].value  # Beijing 11, Anhui 1
    values = region_table(workspace, VENDOR_HQ).values()
    labels = [class_label(low, high) for _, low, high, _ in app.legend(values)]
    texts = [c.value for row in sheet.iter_rows(min_col=12, max_col=12) for c in row if isinstance(c.value, str)]
    assert labels[0] == "0" and all(label in texts for label in labels) and "0 – 0" not in texts


def test_without_a_chosen_metric_the_sheet_shows_the_widest_one(tmp_path):
    workspace = load_dataset(BUNDLED_DATASET).workspace
    sheet, _, _ = export_regions(tmp_path, workspace)
    assert default_metric(workspace) == "deep_synthesis_filings"
    assert sheet["K1"].value.startswith("深度合成算法备案")


def test_tile_grid_is_made_of_cells_coloured_by_class(tmp_path):
    classing = Classing("natural_breaks", 3, (), "Blues")
    sheet, _, _ = export_regions(tmp_path, regions_classing=classing)
    grid = load_province_geometry().tile_grid
    tiles = {}
    for code, (row, col) in grid.items():
        cell = sheet.cell(4 + row, 11 + col)
        tiles[code] = cell
    assert len({(c.row, c.column) for c in tiles.values()}) == 34
    assert tiles["110000"].value == "北京\n105"
    assert tiles["110000"].fill.fgColor.rgb.endswith(RAMPS["Blues"][3][2][1:].upper())
    assert tiles["440000"].fill.fgColor.rgb.endswith(RAMPS["Blues"][3][0][1:].upper())
    assert tiles["650000"].value == "新疆\n—" and tiles["650000"].fill.patternType == "lightUp"
    texts = [sheet.cell(r, 12).value for r in range(12, 20)]
    assert "39" in texts and "no data (unknown, not zero)" in texts


@pytest.mark.parametrize("ramp", sorted(RAMPS))
def test_every_coloured_value_is_legible_on_its_fill(tmp_path, ramp):
    """WCAG AA (4.5:1) for the tiles' text and for the values the class rules colour, on every ramp."""
    classing = Classing("quantile", 5, (), ramp)
    sheet, _, _ = export_regions(tmp_path, regions_classing=classing)
    checked = 0
    for row, column in load_province_geometry().tile_grid.values():
        cell = sheet.cell(4 + row, 11 + column)
        fills = {cell.fill.fgColor.rgb[-6:], cell.fill.bgColor.rgb[-6:]} if cell.fill.patternType == "lightUp" \
            else {cell.fill.fgColor.rgb[-6:]}
        assert min(contrast_ratio(cell.font.color.rgb[-6:], fill) for fill in fills) >= AA_NORMAL_TEXT, cell.value
        checked += 1
    rules = [rule for rules in sheet.conditional_formatting._cf_rules.values() for rule in rules]
    for rule in rules:
        assert contrast_ratio(rule.dxf.font.color.rgb[-6:], rule.dxf.fill.fgColor.rgb[-6:]) >= AA_NORMAL_TEXT
    assert checked == 34 and rules


def test_contrast_ratio_follows_wcag():
    assert contrast_ratio("000000", "FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the usual near miss
    assert readable_text_color("08306B") == "FFFFFF" and readable_text_color("F7FBFF") == "000000"


def test_the_chosen_metric_is_exported(tmp_path):
    sheet, _, _ = export_regions(tmp_path, make_workspace(6), regions_metric=VENDOR_HQ)
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2, max_row=35, max_col=4)}
    assert rows["110000"][3].value == 2 and rows["650000"][3].value == 0
    assert sheet["K1"].value.startswith("企业总部数")


def test_map_image_is_embedded_when_given(tmp_path):
    png = tiny_png()
    _, report, path = export_regions(tmp_path, map_png=png)
    # Read from the package itself: openpyxl drops images on reading when Pillow is absent.
    with zipfile.ZipFile(path) as package:
        media = [name for name in package.namelist() if name.startswith("xl/media/")]
        assert len(media) == 1 and package.read(media[0]) == png
        drawing = package.read("xl/drawings/drawing1.xml").decode()
    assert "</pic>" in drawing and "oneCellAnchor" in drawing
    assert not any("map image" in w for w in report.warnings)


def test_without_an_image_the_sheet_says_so(tmp_path):
    sheet, report, _ = export_regions(tmp_path)
    assert sheet._images == []
    notes = [c.value for row in sheet.iter_rows(min_col=11, max_col=11) for c in row if c.value]
    assert any("map image was not included" in str(n) for n in notes)
    assert any("map image" in w for w in report.warnings)


def test_unknown_province_in_an_imported_table_is_reported_with_row_and_suggestion(tmp_path):
    path = tmp_path / "province_values.csv"
    path.write_text("metric_id,province,value\n"
                    "genai_filings,北京市,105\n"
                    "genai_filings,内蒙,3\n"
                    "genai_filings,Guangdong Province,39\n", encoding="utf-8")
    records, problems = load_table_file(path, "province_values")
    assert records == []
    messages = {problem.row: problem.message for problem in problems}
    assert "内蒙古自治区 (150000)" in messages[2]
    assert "广东省 (440000)" in messages[3]
    assert 1 not in messages


@pytest.mark.parametrize("value, word", [("-4", "below the minimum"), ("lots", "")])
def test_negative_or_non_numeric_counts_are_refused_on_import(tmp_path, value, word):
    path = tmp_path / "province_values.csv"
    path.write_text(f"metric_id,province_code,value\ngenai_filings,110000,{value}\n", encoding="utf-8")
    records, problems = load_table_file(path, "province_values")
    assert records == [] and problems and problems[0].row == 1 and problems[0].column == "value"
    assert word in problems[0].message
