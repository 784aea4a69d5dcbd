"""Loading a firms CSV: columns by name, provinces by code or name, progress, cancel, bad input."""

import pytest

from workbench.storage.firms_loader import LoadCancelled, firms_file_of, load_firms
from workbench.storage.problems import InputError


def write(tmp_path, text, encoding="utf-8", name="firms.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_loads_columns_by_header_and_counts_provinces(tmp_path):
    path = write(tmp_path, "firm_id,segment,city,province_code,name\n"
                           "1,应用层,北京,110000,甲\n2,模型层,上海,310000,乙\n3,应用层,北京,110000,丙\n")
    table = load_firms(path)
    assert len(table) == 3
    assert tuple(table.row(1)) == ("乙", "310000", "上海", "模型层")
    assert table.count_by_province() == {"110000": 2, "310000": 1}
    assert not table.synthetic


def test_province_names_become_codes_and_merge_with_codes(tmp_path):
    path = write(tmp_path, "企业名称,省份\n甲,北京市\n乙,110000\n丙,Guangdong\n", encoding="gb18030")
    table = load_firms(path, chunk_rows=1)  # a chunk per row: codes must join up across chunks
    assert table.count_by_province() == {"110000": 2, "440000": 1}
    assert table.rows_in_province("110000").tolist() == [0, 1]
    assert table.value(0, 2) == ""  # no city column


def test_synthetic_column_marks_the_table(tmp_path):
    path = write(tmp_path, "name,province_code,synthetic\n甲,110000,1\n")
    assert load_firms(path).synthetic


def test_progress_reaches_the_end_and_cancel_stops(tmp_path):
    body = "".join(f"f{n},110000\n" for n in range(50))
    path = write(tmp_path, "name,province\n" + body)
    fractions = []
    load_firms(path, progress=fractions.append, chunk_rows=10)
    assert len(fractions) == 5 and fractions == sorted(fractions) and fractions[-1] == 1.0
    with pytest.raises(LoadCancelled):
        load_firms(path, progress=fractions.append, cancelled=lambda: True, chunk_rows=10)


def test_unknown_province_and_empty_name_are_reported_with_rows(tmp_path):
    path = write(tmp_path, "name,province_code\n甲,110000\n,310000\n丙,火星\n")
    with pytest.raises(InputError) as error:
        load_firms(path)
    found = {(problem.row, problem.column) for problem in error.value.problems}
    assert found == {(2, "name"), (3, "province_code")}
    assert "火星" in str(error.value.problems)


def test_missing_column_is_reported(tmp_path):
    path = write(tmp_path, "name,city\n甲,北京\n")
    with pytest.raises(InputError, match="province_code"):
        load_firms(path)


def test_malformed_csv_gives_a_problem_not_a_traceback(tmp_path):
    path = write(tmp_path, 'name,province_code\n甲,110000\n"乙,110000\n')  # the quote never closes
    with pytest.raises(InputError, match="not a readable CSV"):
        load_firms(path)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "firms.csv"
    path.write_bytes(b"\xff\xfe\x00\x81" * 100)
    with pytest.raises(InputError):
        load_firms(path)


def test_dataset_folder_firms_file(tmp_path):
    assert firms_file_of(tmp_path) is None
    path = write(tmp_path, "name,province_code\n")
    assert firms_file_of(tmp_path) == path
