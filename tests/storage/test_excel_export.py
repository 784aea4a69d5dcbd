"""Excel export: reopen what was written and check it for real."""

from __future__ import annotations

import dataclasses
import errno
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import openpyxl.writer.excel
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import make_workspace
from tests.read_only import read_only_folder
from workbench.domain import entities as e
from workbench.storage import exporters as exporter_registry
from workbench.storage.atomic import TEMP_PREFIX
from workbench.storage.excel import (ExportCancelled, ExportError, ExportOptions, available_sheets,
                                     export_workbook, registry)
from workbench.storage.excel.safe_cells import EXCEL_TEXT_LIMIT, set_cell
from workbench.storage.excel.writer import display_width, widest

HOSTILE = {
    "formula": '=HYPERLINK("http://example.com","x")',
    "plus": "+1+1",
    "at": "@SUM(A1)",
    "minus": "-2+3",
    "tab": "\tstarts with a tab",
    "error_code": "#N/A",
    "controls": "bell\x00\x01\x02\x03\x04\x05\x06\x07\x08end",
}
CONTROL_PICTURES = "bell␀␁␂␃␄␅␆␇␈end"
LONG_TEXT = "长" * 20_000 + "x" * 20_000  # 40,000 characters, half of them double-width


BASE_SHEETS = ("Cover", "Vendors", "Sources")  # the panels' own sheets have their own tests


def export(tmp_path, workspace=None, name="out.xlsx", **options):
    path = tmp_path / name
    options.setdefault("sheets", BASE_SHEETS)
    report = export_workbook(workspace or make_workspace(20), path, ExportOptions(**options))
    return path, report


def temp_files(folder: Path) -> list[Path]:
    return list(folder.glob(TEMP_PREFIX + "*"))


def hostile_workspace():
    ws = make_workspace(3)
    vendors = [e.Vendor(f"h_{key}", text, f"English {key}", "110000", description=text)
               for key, text in HOSTILE.items()]
    vendors.append(e.Vendor("h_long", "长文本", "Long", "310000", description=LONG_TEXT))
    ws.replace_table("vendors", list(ws.vendors) + vendors)
    return ws


def vendor_rows(path):
    sheet = openpyxl.load_workbook(path)["Vendors"]
    header = [c.value for c in sheet[1]]
    return sheet, header, {row[0].value: row for row in sheet.iter_rows(min_row=2)}


def test_sheets_exist_in_order(tmp_path):
    path, report = export(tmp_path)
    assert openpyxl.load_workbook(path).sheetnames == ["Cover", "Vendors", "Sources", "_workbench"]
    assert report.sheets == ["Cover", "Vendors", "Sources"]
    assert report.rows["Vendors"] == 20 and report.rows["Sources"] == 2
    assert available_sheets()[:1] == ["Cover"]


def test_vendors_sheet_has_every_vendor_with_chinese_names_and_province(tmp_path):
    workspace = make_workspace(20)
    path, _ = export(tmp_path, workspace)
    _, header, rows = vendor_rows(path)
    assert header[:5] == ["Vendor ID", "中文名", "English name", "HQ province 省份", "Province code"]
    assert list(rows) == [v.vendor_id for v in workspace.vendors]
    for vendor in workspace.vendors:
        row = rows[vendor.vendor_id]
        assert row[1].value == vendor.name_zh and row[2].value == vendor.name_en
        assert row[4].value == vendor.hq_province and row[4].data_type == "s"  # codes stay text
    assert rows["v0"][3].value == "北京市" and rows["v1"][3].value == "浙江省"


def test_sources_sheet_has_every_source_with_every_field(tmp_path):
    workspace = make_workspace(3)
    path, _ = export(tmp_path, workspace)
    sheet = openpyxl.load_workbook(path)["Sources"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    expected = [[getattr(s, f) or None for f in e.field_names(e.Source)] for s in workspace.sources]
    assert rows == expected
    assert sheet.max_column == len(e.field_names(e.Source))


def test_table_layout_freeze_widths_wrap_and_printing(tmp_path):
    path, _ = export(tmp_path)
    sheet = openpyxl.load_workbook(path)["Vendors"]
    table = sheet.tables["tbl_Vendors"]
    assert table.ref == "A1:K21" and table.tableStyleInfo.name
    assert sheet.freeze_panes == "A2"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.oddHeader.left.text == "&A" and sheet.oddFooter.right.text == "Page &P of &N"
    assert sheet.page_setup.paperSize == 9  # A4, the default
    # never squeezed to one page wide whatever the scale: at least 80% keeps 11 pt text above 8 pt
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage and int(sheet.page_setup.scale) >= 80
    assert sheet.page_setup.orientation == "landscape"
    assert sheet["A1"].alignment.wrap_text  # headers wrap rather than widen their column
    assert sheet["I2"].alignment.wrap_text  # Description
    assert all(sheet.column_dimensions[col].width <= 60 for col in "ABCDEFGHIJK")
    # "中文名" header is 6 cells wide, its values "阿里巴巴 19" 11: CJK counts double
    assert sheet.column_dimensions["B"].width >= display_width("阿里巴巴 19") == 11


def test_hostile_strings_come_back_as_typed_text(tmp_path):
    path, _ = export(tmp_path, hostile_workspace())
    _, _, rows = vendor_rows(path)
    for key, text in HOSTILE.items():
        name_cell, description_cell = rows[f"h_{key}"][1], rows[f"h_{key}"][8]
        expected = CONTROL_PICTURES if key == "controls" else text
        for cell in (name_cell, description_cell):
            assert cell.data_type == "s", key
            assert cell.value == expected, key
        if text[0] in "=+-@\t":
            assert name_cell.quotePrefix, key
    with zipfile.ZipFile(path) as archive:
        sheets_xml = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in xml or b"<f " in xml for xml in sheets_xml), "no cell may be a formula"


def test_long_text_is_truncated_visibly_and_reported(tmp_path):
    path, report = export(tmp_path, hostile_workspace())
    _, _, rows = vendor_rows(path)
    cell = rows["h_long"][8]
    assert cell.data_type == "s"
    assert cell.value.endswith("… [truncated: 40,000 characters]")
    assert len(cell.value.encode("utf-16-le")) // 2 <= EXCEL_TEXT_LIMIT
    assert cell.value.startswith("长" * 100)
    [truncation] = report.truncations
    assert (truncation.sheet, truncation.cell, truncation.original_length) == ("Vendors", cell.coordinate, 40_000)
    assert any("truncated" in warning for warning in report.warnings)


def test_numbers_stay_numbers_and_non_finite_are_left_empty(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    notes = [set_cell(sheet[ref], value) for ref, value in
             [("A1", -2), ("A2", -3.5), ("A3", float("nan")), ("A4", float("inf")), ("A5", 0)]]
    book.save(tmp_path / "numbers.xlsx")
    reopened = openpyxl.load_workbook(tmp_path / "numbers.xlsx").active
    assert reopened["A1"].value == -2 and reopened["A1"].data_type == "n"
    assert reopened["A2"].value == -3.5 and reopened["A5"].value == 0
    assert reopened["A3"].value is None and reopened["A4"].value is None
    assert [n.kind if n else None for n in notes] == [None, None, "not_finite", "not_finite", None]


def test_hyperlinks_stay_inside_the_workbook(tmp_path):
    path, _ = export(tmp_path)
    book = openpyxl.load_workbook(path)
    links = [cell.hyperlink for sheet in book for row in sheet.iter_rows() for cell in row if cell.hyperlink]
    assert sorted(link.location for link in links) == ["'Sources'!A1", "'Vendors'!A1"]
    assert all(not link.target for link in links)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        rels = b"".join(archive.read(n) for n in names if n.endswith(".rels"))
    assert b'TargetMode="External"' not in rels
    assert not [n for n in names if "externalLink" in n or "vbaProject" in n]


def test_cover_names_origin_without_its_folders_and_properties_are_set(tmp_path):
    workspace = make_workspace(3)
    workspace.info.origin = "/home/analyst/projects/market-2025.wbproj"
    path, _ = export(tmp_path, workspace, author="张三 Analyst", title="格局 Landscape")
    book = openpyxl.load_workbook(path)
    texts = [str(c.value) for row in book["Cover"].iter_rows() for c in row if c.value is not None]
    assert "market-2025.wbproj" in texts and "格局 Landscape" in texts and "张三 Analyst" in texts
    assert not any("/home" in text for text in texts)
    properties = book.properties
    assert properties.title == "格局 Landscape" and properties.creator == "张三 Analyst"
    assert properties.subject and properties.created is not None


def test_failing_sheet_leaves_old_file_byte_identical(tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    export(tmp_path)
    old_bytes = target.read_bytes()

    def broken_sheet(ws, workspace, options, out):
        ws["A1"] = "half"
        raise RuntimeError("boom")

    spec = registry._sheets["Vendors"]
    monkeypatch.setitem(registry._sheets, "Vendors", dataclasses.replace(spec, function=broken_sheet))
    with pytest.raises(ExportError, match="Vendors.*boom"):
        export(tmp_path)
    assert target.read_bytes() == old_bytes and temp_files(tmp_path) == []


def test_failure_while_saving_leaves_old_file_byte_identical(tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    export(tmp_path)
    old_bytes = target.read_bytes()

    def disk_full(self):
        self._archive.writestr("xl/half.xml", b"half a part")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.writer.excel.ExcelWriter, "save", disk_full)
    with pytest.raises(ExportError, match="No space left"):
        export(tmp_path)
    assert target.read_bytes() == old_bytes and temp_files(tmp_path) == []


def test_cancel_from_progress_leaves_no_file(tmp_path):
    calls = []

    def cancel_at_second_step(done, total):
        calls.append((done, total))
        return done < 1

    with pytest.raises(ExportCancelled):
        export_workbook(make_workspace(20), tmp_path / "out.xlsx", ExportOptions(sheets=BASE_SHEETS),
                        progress=cancel_at_second_step)
    assert list(tmp_path.iterdir()) == []
    assert calls == [(0, 4), (1, 4)]


def test_progress_reports_every_step(tmp_path):
    calls = []
    export_workbook(make_workspace(3), tmp_path / "out.xlsx", ExportOptions(sheets=BASE_SHEETS),
                    progress=lambda d, t: calls.append((d, t)) or True)
    assert calls == [(0, 4), (1, 4), (2, 4), (3, 4)]


def test_unwritable_folder_gives_export_error(tmp_path):
    with read_only_folder(tmp_path / "locked") as folder:
        with pytest.raises(ExportError, match="Could not write out.xlsx"):
            export(folder)
        assert list(folder.iterdir()) == []


def test_missing_folder_unknown_sheet_and_bad_scenario_give_export_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export(tmp_path / "nowhere")
    with pytest.raises(ExportError, match="Unknown sheet.*Tier list"):
        export(tmp_path, sheets=("Cover", "Tier list"))
    with pytest.raises(ExportError, match="scenario"):
        export(tmp_path, scenario="optimistic")
    assert list(tmp_path.iterdir()) == []


def test_selected_sheets_only(tmp_path):
    path, report = export(tmp_path, sheets=("Sources", "Cover"))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:-1] == ["Cover", "Sources"] == report.sheets
    assert [c.hyperlink.location for c in book["Cover"]["A"] if c.hyperlink] == ["'Sources'!A1"]


def test_empty_table_gets_a_filter_instead_of_a_table(tmp_path):
    workspace = make_workspace(3)
    workspace.replace_table("vendors", [])
    path, report = export(tmp_path, workspace)
    sheet = openpyxl.load_workbook(path)["Vendors"]
    assert report.rows["Vendors"] == 0 and not sheet.tables and sheet.auto_filter.ref == "A1:K1"


def test_pandas_reads_vendors_back(tmp_path):
    import pandas

    workspace = make_workspace(20)
    path, _ = export(tmp_path, workspace)
    frame = pandas.read_excel(path, sheet_name="Vendors", dtype=str)
    assert list(frame["Vendor ID"]) == [v.vendor_id for v in workspace.vendors]
    assert list(frame["中文名"]) == [v.name_zh for v in workspace.vendors]
    assert list(frame["English name"]) == [v.name_en for v in workspace.vendors]


def test_exporter_registry_lists_excel_without_loading_openpyxl():
    code = ("import sys; from workbench.storage.exporters import exporters, exporter_for;"
            "[x] = exporters(); print(x.dialog_filter, exporter_for('a.XLSX').label, 'openpyxl' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], check=True)
    assert result.stdout.strip() == "Excel workbook (*.xlsx) Excel workbook False"
    assert exporter_registry.exporter_for("a.xlsx").function is export_workbook


def test_export_of_twenty_vendors_is_fast(tmp_path):
    export(tmp_path, name="warm.xlsx")  # openpyxl import and first-use costs
    start = time.perf_counter()
    export(tmp_path)
    elapsed = time.perf_counter() - start
    print(f"export of 20 vendors: {elapsed * 1000:.0f} ms")
    assert elapsed < 2.0


def test_permission_denied_gives_export_error_even_as_root(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("workbench.storage.atomic.tempfile.mkstemp", refuse)
    with pytest.raises(ExportError, match="Could not write out.xlsx.*Permission denied"):
        export(tmp_path)


def test_table_writer_also_works_on_a_write_only_sheet(tmp_path):
    """Big sheets will need openpyxl's write-only mode: the same helper must serve them."""
    from datetime import date

    from workbench.storage.excel.options import ExportReport
    from workbench.storage.excel.printing import set_up_printing
    from workbench.storage.excel.writer import Column, SheetWriter

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Big")
    out = SheetWriter(ExportReport(path=tmp_path / "big.xlsx"), [])
    with pytest.warns(UserWarning, match="table columns manually"):  # openpyxl warns even when they are given
        out.table(sheet, [Column("n"), Column("text", wrap=True)], [(-i, "=1+1") for i in range(500)])
    set_up_printing(book, "Letter", "Title", date(2025, 1, 2))
    book.save(tmp_path / "big.xlsx")
    reopened = openpyxl.load_workbook(tmp_path / "big.xlsx")["Big"]
    assert reopened.freeze_panes == "A2" and reopened.tables["tbl_Big"].ref == "A1:B501"
    assert reopened["A3"].value == -1 and reopened["B3"].value == "=1+1" and reopened["B3"].data_type == "s"
    assert reopened.oddHeader.left.text == "&A" and reopened.print_title_rows == "$1:$1"
    assert reopened.page_setup.paperSize == 1 and reopened.oddHeader.right.text == "2025-01-02"
    assert out.report.rows == {"Big": 500}


@given(st.lists(st.one_of(st.none(), st.integers(), st.floats(allow_nan=False),
                          st.text(alphabet=st.sampled_from("ab 1\n中文ｆＷ"), max_size=12)), max_size=30))
def test_the_widest_value_is_found_without_measuring_them_all(values):
    assert widest(values) == max([display_width(v) for v in values] + [0])


def test_charts_draw_straight_lines_and_leave_gaps_for_missing_figures(tmp_path):
    """A smoothed line invents values between the points, and a missing figure drawn as 0 is a false one."""
    from workbench.storage.dataset import load_dataset
    from workbench.storage.opening import BUNDLED_DATASET

    path = tmp_path / "charts.xlsx"
    export_workbook(load_dataset(BUNDLED_DATASET).workspace, path)
    with zipfile.ZipFile(path) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) >= 3
    for xml in charts:
        assert '<smooth val="1"' not in xml and "<smooth/>" not in xml
        assert 'dispBlanksAs val="gap"' in xml
    scatter = [xml for xml in charts if "<scatterChart>" in xml]
    assert scatter and all('<smooth val="0"/>' in xml for xml in scatter)
