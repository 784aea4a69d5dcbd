"""Reading CSV, XLSX and JSON tables that others send, including hostile ones."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from workbench.storage import xlsx_reader
from workbench.storage.problems import InputError
from workbench.storage.readers import read_table, sniff_encoding

CHINESE_CSV = "vendor_id,name_zh,hq_province\n00123,百度,北京市\nali,阿里巴巴,浙江省\n"


def problems_of(path: Path, **kwargs) -> list:
    with pytest.raises(InputError) as caught:
        read_table(path, **kwargs)
    return caught.value.problems


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding, expected", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                                ("gbk", "gb18030")])
def test_chinese_csv_decodes_in_every_common_encoding(tmp_path, encoding, expected):
    table = read_table(write(tmp_path, "vendors.csv", CHINESE_CSV, encoding))
    assert table.encoding == expected
    assert table.columns == ["vendor_id", "name_zh", "hq_province"]  # no BOM glued to the first name
    assert table.rows == [["00123", "百度", "北京市"], ["ali", "阿里巴巴", "浙江省"]]
    assert table.source == "vendors.csv"


def test_utf8_is_tried_before_gb18030_which_would_garble_it():
    data = "百度".encode("utf-8")
    assert data.decode("gb18030") != "百度"  # why the order matters
    assert sniff_encoding(data) == "utf-8"
    assert sniff_encoding(b"\xff\xfe\xff") is None


def test_undecodable_bytes_are_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"a,b\n\x81\x20,1\n")  # 0x81 0x20 is invalid in UTF-8 and in GB18030
    [problem] = problems_of(path)
    assert "neither UTF-8 nor GB18030" in problem.message


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_delimiter_is_sniffed(tmp_path, delimiter):
    text = delimiter.join(["id", "name", "value"]) + "\n" + delimiter.join(["00123", "a,b", "1,5"]) + "\n"
    table = read_table(write(tmp_path, "t.csv", text))
    assert table.delimiter == delimiter
    assert table.rows == [["00123", "a,b", "1,5"]]


def test_quoted_cells_and_trailing_blank_lines(tmp_path):
    table = read_table(write(tmp_path, "t.csv", 'id,text\r\n1,"line one\nline two, with comma"\r\n\r\n\r\n'))
    assert table.rows == [["1", "line one\nline two, with comma"]]


def test_duplicated_header_is_refused_naming_the_column(tmp_path):
    [problem] = problems_of(write(tmp_path, "t.csv", "id,name,name\n1,a,b\n"))
    assert (problem.file, problem.row, problem.column) == ("t.csv", None, "name")
    assert "more than once" in problem.message


def test_ragged_rows_are_reported_with_their_row(tmp_path):
    problems = problems_of(write(tmp_path, "t.csv", "a,b,c\n1,2,3\n1,2\n1,2,3,4\n"))
    assert [(p.row, p.message) for p in problems] == [
        (2, "has 2 cells; the header names 3 columns"), (3, "has 4 cells; the header names 3 columns")]


def test_trailing_delimiters_are_not_extra_columns(tmp_path):
    table = read_table(write(tmp_path, "t.csv", "a,b,\n1,2,\n"))
    assert table.columns == ["a", "b"] and table.rows == [["1", "2"]]


def test_replacement_character_is_refused(tmp_path):
    [problem] = problems_of(write(tmp_path, "t.csv", "id,name\n1,\ufffd\ufffd科技\n"))
    assert (problem.row, problem.column) == (1, "name")
    assert "U+FFFD" in problem.message


def test_oversized_field_is_a_problem_not_a_traceback(tmp_path):
    [problem] = problems_of(write(tmp_path, "t.csv", "id,text\n1,\"" + "x" * 200_000 + "\"\n"))
    assert problem.row == 1 and "longer than 100,000 characters" in problem.message


def test_file_size_limit(tmp_path, monkeypatch):
    import workbench.storage.readers as readers

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 10)
    monkeypatch.setattr(readers.read_bytes, "__defaults__", (10,))
    [problem] = problems_of(write(tmp_path, "t.csv", "a,b\n1,2\n3,4\n"))
    assert "the limit is" in problem.message


def test_missing_file_and_unknown_suffix(tmp_path):
    assert problems_of(tmp_path / "gone.csv")[0].message == "file not found"
    assert "cannot read .xls" in problems_of(write(tmp_path, "old.xls", "x"))[0].message


# --- XLSX -----------------------------------------------------------------

def make_workbook(path: Path, rows: list[list]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_xlsx_round_trip_keeps_text_and_formats_numbers(tmp_path):
    import datetime as dt

    path = make_workbook(tmp_path / "t.xlsx", [
        ["vendor_id", "name_zh", "weight", "share", "founded", "listed"],
        ["00123", "百度", 25.0, 0.1 + 0.2, dt.datetime(2000, 1, 1), True],
        ["ali", "阿里巴巴", 7, None, None, False],
        [None, None, None, None, None, None],
    ])
    table = read_table(path)
    assert table.columns == ["vendor_id", "name_zh", "weight", "share", "founded", "listed"]
    assert table.rows == [["00123", "百度", "25", "0.3", "2000-01-01", "true"],
                          ["ali", "阿里巴巴", "7", "", "", "false"]]


def test_xlsx_named_sheet(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["ignored"])
    workbook.create_sheet("vendors").append(["vendor_id"])
    workbook["vendors"].append(["b1"])
    workbook.save(tmp_path / "t.xlsx")
    assert read_table(tmp_path / "t.xlsx", sheet="vendors").rows == [["b1"]]
    assert "no sheet 'nope'" in problems_of(tmp_path / "t.xlsx", sheet="nope")[0].message


def test_xlsx_zip_bomb_is_refused_before_parsing(tmp_path):
    path = make_workbook(tmp_path / "bomb.xlsx", [["a"], ["1"]])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/padding.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(300):  # 300 MiB of spaces compress to about 300 KiB
                member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    [problem] = problems_of(path)
    assert "unpacks to 300 MiB" in problem.message and "zip bomb" in problem.message


def test_xlsx_member_with_huge_ratio_is_refused(tmp_path):
    path = make_workbook(tmp_path / "ratio.xlsx", [["a"], ["1"]])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/padding.xml", b" " * (8 << 20))
    [problem] = problems_of(path)
    assert "part xl/padding.xml compresses" in problem.message and "100:1" in problem.message


def test_xlsx_with_too_many_members_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_reader, "MAX_MEMBERS", 5)
    path = make_workbook(tmp_path / "many.xlsx", [["a"]])
    assert "the limit is 5" in problems_of(path)[0].message


def test_corrupt_zip_gives_a_clear_message(tmp_path):
    path = make_workbook(tmp_path / "broken.xlsx", [["a"], ["1"]])
    path.write_bytes(path.read_bytes()[:200])
    [problem] = problems_of(path)
    assert problem.message.startswith("not a valid XLSX file")
    (tmp_path / "text.xlsx").write_text("just text")
    assert problems_of(tmp_path / "text.xlsx")[0].message.startswith("not a valid XLSX file")


def test_xlsx_claiming_a_huge_dimension_reads_only_real_rows(tmp_path, monkeypatch):
    # Trusting the claim pads every row out to 16,384 cells and trips this limit.
    monkeypatch.setattr(xlsx_reader, "MAX_COLUMNS", 100)
    path = make_workbook(tmp_path / "wide.xlsx", [["id", "name"], ["00123", "百度"]])
    patched = tmp_path / "claims.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data, count = re.subn(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
                assert count == 1
            target.writestr(member, data)
    table = read_table(patched)
    assert table.columns == ["id", "name"] and table.rows == [["00123", "百度"]]


def test_xlsx_row_limit_is_counted_while_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_reader, "MAX_ROWS", 3)
    path = make_workbook(tmp_path / "long.xlsx", [["id"]] + [[str(n)] for n in range(5)])
    assert "more than 3 rows" in problems_of(path)[0].message


def test_xlsx_refused_without_defusedxml(tmp_path, monkeypatch):
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    path = make_workbook(tmp_path / "t.xlsx", [["a"]])
    assert "install defusedxml" in problems_of(path)[0].message


# --- JSON -----------------------------------------------------------------

def test_json_list_of_objects_keeps_numbers_as_written(tmp_path):
    path = write(tmp_path, "t.json", json.dumps([{"id": "00123", "value": 1.50, "ok": True},
                                                 {"id": "b", "note": "新", "value": None}], ensure_ascii=False))
    table = read_table(path)
    assert table.columns == ["id", "value", "ok", "note"]
    assert table.rows == [["00123", "1.5", "true", ""], ["b", "", "", "新"]]


def test_json_columns_and_rows_and_named_table(tmp_path):
    columns_rows = write(tmp_path, "a.json", '{"columns": ["id", "v"], "rows": [["x", 1e309]]}')
    assert read_table(columns_rows).rows == [["x", "1e309"]]  # left for the schema to refuse
    named = write(tmp_path, "b.json", '{"vendors": [{"id": "x"}], "meta": {"v": 1}}')
    assert read_table(named).rows == [["x"]]
    two = write(tmp_path, "c.json", '{"vendors": [], "scores": []}')
    assert "several tables" in problems_of(two)[0].message
    assert read_table(two, sheet="vendors").rows == []  # an empty table, not an error


def test_json_nested_deeply_is_refused_without_recursion_error(tmp_path):
    path = write(tmp_path, "deep.json", "[" * 10_000 + "]" * 10_000)
    [problem] = problems_of(path)
    assert problem.message == "JSON nested 10,000 levels deep; the limit is 64"


def test_json_brackets_inside_strings_do_not_count_as_nesting(tmp_path):
    path = write(tmp_path, "t.json", json.dumps([{"text": "[" * 500 + '\\"{'}]))
    assert read_table(path).rows == [["[" * 500 + '\\"{']]


def test_malformed_json_and_wrong_shapes(tmp_path):
    bad = problems_of(write(tmp_path, "bad.json", '[{"a": 1},'))[0]
    assert bad.message.startswith("not valid JSON") and "line 1" in bad.message
    assert problems_of(write(tmp_path, "n.json", '[{"a": {"b": 1}}]'))[0].row == 1
    assert problems_of(write(tmp_path, "s.json", '[{"a": 1}, 5]'))[0].row == 2
    assert "expected a list of objects" in problems_of(write(tmp_path, "x.json", '"text"'))[0].message
