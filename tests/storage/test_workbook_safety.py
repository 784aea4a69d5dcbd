"""The whole workbook, every sheet and every cell: safe to open, and readable back to the app's values."""

from __future__ import annotations

import dataclasses
import zipfile

import openpyxl
import pytest

from workbench.storage.dataset import load_dataset
from workbench.storage.excel import ExportOptions, export_workbook
from workbench.storage.excel.manifest import MANIFEST_SHEET, Manifest
from workbench.storage.excel.safe_cells import EXCEL_TEXT_LIMIT, FORMULA_LEADERS, clean_text
from workbench.storage.excel.writer import SheetWriter
from workbench.storage.opening import BUNDLED_DATASET

HOSTILE_NAMES = (
    '=HYPERLINK("http://example.com","x")',
    "+1+1",
    "@SUM(A1)",
    "-2+3",
    "=cmd|' /C calc'!A0",
    "\t=1+1",
    "#N/A",
    "bell\x07and\x00nul\x1bescape",
)
LONG_NAME = "长" * 20_000  # 40,000 UTF-16 units: over Excel's limit once doubled below
TEXT_FIELDS = ("name_zh", "name_en", "hq_city", "tickers", "flagship_model", "description")


def bundled():
    return load_dataset(BUNDLED_DATASET).workspace


def hostile_workspace():
    """The bundled dataset with every vendor's text fields replaced by hostile strings."""
    workspace = bundled()
    names = HOSTILE_NAMES + (LONG_NAME * 2,)
    vendors = [dataclasses.replace(vendor, **{name: names[(i + j) % len(names)] for j, name in enumerate(TEXT_FIELDS)})
               for i, vendor in enumerate(workspace.vendors)]
    workspace.replace_table("vendors", vendors)
    return workspace


def all_cells(book):
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield sheet.title, cell


def archive_parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "bundled.xlsx"
    report = export_workbook(bundled(), path, ExportOptions(author="Analyst"))
    return path, report


def test_every_cell_of_every_sheet_is_inert_unless_the_app_wrote_the_formula(exported):
    path, report = exported
    book = openpyxl.load_workbook(path)
    checked = 0
    for title, cell in all_cells(book):
        checked += 1
        if cell.data_type == "f":
            assert cell.coordinate in report.formulas.get(title, {}), f"{title}!{cell.coordinate} {cell.value!r}"
        elif isinstance(cell.value, str) and cell.value.startswith(FORMULA_LEADERS):
            assert cell.data_type == "s" and cell.quotePrefix, f"{title}!{cell.coordinate}"
    assert checked > 500
    manifest = Manifest.from_rows(book[MANIFEST_SHEET].iter_rows(values_only=True))
    assert manifest.formula_cells == {title: set(cells) for title, cells in report.formulas.items()}


def test_no_external_links_macros_or_outside_hyperlinks(exported):
    path, _ = exported
    parts = archive_parts(path)
    assert not [name for name in parts if "externalLink" in name or "vbaProject" in name or name.endswith(".bin")]
    assert not any(b'TargetMode="External"' in data for name, data in parts.items() if name.endswith(".rels"))
    book = openpyxl.load_workbook(path)
    links = [cell.hyperlink for _, cell in all_cells(book) if cell.hyperlink]
    assert links and all(link.location and not link.target for link in links)
    titles = set(book.sheetnames)
    assert all(link.location.split("!")[0].strip("'") in titles for link in links)


def test_the_manifest_sheet_is_hidden_protected_and_describes_the_table_sheets(exported):
    path, report = exported
    book = openpyxl.load_workbook(path)
    manifest_sheet = book[MANIFEST_SHEET]
    assert manifest_sheet.sheet_state == "veryHidden" and manifest_sheet.protection.sheet
    manifest = Manifest.from_rows(manifest_sheet.iter_rows(values_only=True))
    assert manifest.written == report.sheets
    assert manifest.bindings["Vendors"].table == "vendors" and manifest.bindings["Vendors"].key_fields == ("vendor_id",)
    assert manifest.bindings["Sources"].table == "sources"


def test_properties_cover_contents_and_every_table_sheet_is_laid_out(exported):
    path, report = exported
    book = openpyxl.load_workbook(path)
    assert book.properties.creator == "Analyst" and book.properties.title and book.properties.subject
    contents = [c.hyperlink.location for c in book["Cover"]["A"] if c.hyperlink]
    assert contents == [f"'{title}'!A1" for title in report.sheets if title != "Cover"]
    manifest = Manifest.from_rows(book[MANIFEST_SHEET].iter_rows(values_only=True))
    for title in manifest.bindings:
        sheet = book[title]
        assert sheet.freeze_panes == "A2" and (sheet.tables or sheet.auto_filter.ref), title
        assert sheet.print_title_rows == "$1:$1" and "&P" in sheet.oddFooter.right.text, title


def test_pandas_reads_every_table_sheet_back_to_the_app_values(exported):
    import pandas

    path, _ = exported
    workspace = bundled()
    book = openpyxl.load_workbook(path, read_only=True)
    manifest = Manifest.from_rows(book[MANIFEST_SHEET].iter_rows(values_only=True))
    book.close()
    assert manifest.bindings
    for title, binding in manifest.bindings.items():
        frame = pandas.read_excel(path, sheet_name=title, dtype=object, keep_default_na=False, na_values=[])
        table = workspace.table(binding.table)
        headers = {column.field: column.header for column in binding.columns if column.field}
        matched = 0
        for _index, row in frame.iterrows():
            record = table.get(tuple(row[headers[name]] for name in binding.key_fields))
            if record is None:
                continue  # a line the app derives (a market's remainder, a vendor with no estimate)
            matched += 1
            for name, header in headers.items():
                expected, got = getattr(record, name), row[header]
                assert (None if got == "" else got) == (None if expected in ("", None) else expected), (title, header)
        assert matched == len(table), title


def test_hostile_names_export_as_text_in_every_sheet(tmp_path):
    workspace = hostile_workspace()
    path = tmp_path / "hostile.xlsx"
    report = export_workbook(workspace, path)
    book = openpyxl.load_workbook(path)
    hostile = {clean_text(name) for name in HOSTILE_NAMES}
    found_in = set()
    for title, cell in all_cells(book):
        if cell.data_type == "f":
            assert cell.coordinate in report.formulas.get(title, {}), f"{title}!{cell.coordinate} {cell.value!r}"
            continue
        if isinstance(cell.value, str) and (cell.value in hostile or cell.value.startswith("长" * 100)):
            assert cell.data_type == "s", f"{title}!{cell.coordinate}"
            assert len(cell.value.encode("utf-16-le")) // 2 <= EXCEL_TEXT_LIMIT
            found_in.add(title)
    assert {"Vendors", "Tier List"} <= found_in
    assert report.truncations and all(t.original_length >= 40_000 for t in report.truncations)
    assert any("truncated: 40,000 characters" in str(cell.value) for _, cell in all_cells(book))
    vendors = {row[0].value: row for row in book["Vendors"].iter_rows(min_row=2)}
    assert any(row[1].value == "bell␇and␀nul␛escape" for row in vendors.values())


def test_app_formulas_refuse_anything_reaching_outside(tmp_path):
    from workbench.storage.excel.options import ExportReport

    out = SheetWriter(ExportReport(path=tmp_path / "x.xlsx"), [])
    sheet = openpyxl.Workbook().active
    out.formula(sheet["A1"], "=SUM(B1:B3)", expected=6)
    assert sheet["A1"].data_type == "f" and out.report.formulas == {"Sheet": {"A1": 6}}
    for bad in ('=HYPERLINK("http://x","y")', "=[other.xlsx]Sheet1!A1", "=cmd|' /C calc'!A0", "SUM(A1)",
                '=WEBSERVICE("http://x")', '=INDIRECT("A1")'):
        with pytest.raises(ValueError):
            out.formula(sheet["A2"], bad)
    assert sheet["A2"].value is None


def test_key_fields_must_have_a_column(tmp_path):
    from workbench.storage.excel.options import ExportReport
    from workbench.storage.excel.writer import Column

    out = SheetWriter(ExportReport(path=tmp_path / "x.xlsx"), [])
    sheet = openpyxl.Workbook().active
    with pytest.raises(ValueError, match="key field"):
        out.table(sheet, [Column("Name", field="name_zh")], [("x",)], table="vendors")


def test_bundled_dataset_exports_in_under_a_second(tmp_path):
    import time

    workspace = bundled()
    export_workbook(workspace, tmp_path / "warm.xlsx")
    started = time.perf_counter()
    export_workbook(workspace, tmp_path / "timed.xlsx")
    elapsed = time.perf_counter() - started
    print(f"bundled dataset export: {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0 * 3  # budget 1 s on a quiet machine; 3x slack for a loaded test run


def test_streamed_big_sheets_keep_every_safety_rule(tmp_path, monkeypatch):
    """Big sheets hand plain text to openpyxl bare: everything else must still go through safe_cells."""
    from workbench.storage.excel import registry

    monkeypatch.setattr(registry, "STREAM_FROM_ROWS", 5)
    workspace = hostile_workspace()
    path = tmp_path / "streamed.xlsx"
    report = export_workbook(workspace, path, ExportOptions(sheets=("Cover", "Vendors", "Sources")))
    sheet = openpyxl.load_workbook(path)["Vendors"]
    hostile = {clean_text(name) for name in HOSTILE_NAMES}
    seen = set()
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
            if cell.value in hostile:
                seen.add(cell.value)
                assert cell.data_type == "s", cell.coordinate
                assert cell.quotePrefix == cell.value.startswith(FORMULA_LEADERS), cell.coordinate
    assert seen == hostile
    assert report.truncations and {t.sheet for t in report.truncations} == {"Vendors"}
    assert sheet["I2"].alignment.wrap_text and sheet.tables["tbl_Vendors"].ref.startswith("A1:K")


def test_a_workbook_held_open_elsewhere_gives_a_clear_message_and_stays_intact(tmp_path, monkeypatch):
    """Excel on Windows locks an open workbook: replacing it fails with a permission error."""
    import errno
    import os

    target = tmp_path / "book.xlsx"
    workspace = bundled()
    export_workbook(workspace, target, ExportOptions(sheets=("Cover", "Vendors")))
    old_bytes = target.read_bytes()

    def locked(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr(os, "replace", locked)
    from workbench.storage.excel import ExportError

    with pytest.raises(ExportError, match="open in Excel or another program, close it"):
        export_workbook(workspace, target)
    assert target.read_bytes() == old_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx"]  # no temporary file left behind
