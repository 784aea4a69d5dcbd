"""The column-oriented firms table: values by row, province filter and counts."""

import pytest

from workbench.domain import Workspace
from workbench.domain.firms import FIRM_COLUMNS, Firm, FirmTable, PackedStrings, encode

ROWS = [
    ("甲公司", "110000", "北京", "模型层"),
    ("乙公司", "310000", "上海", "应用层"),
    ("丙公司", "110000", "北京", "应用层"),
    ("丁公司", "440000", "深圳", "基础层"),
]


def test_encode_keeps_first_appearance_order():
    values, codes = encode(["b", "a", "b", "c"])
    assert values == ("b", "a", "c")
    assert codes.tolist() == [0, 1, 0, 2]


def test_rows_read_back_as_written():
    table = FirmTable.from_rows(ROWS)
    assert len(table) == 4
    assert [table.row(i) for i in range(4)] == [Firm(*row) for row in ROWS]
    assert [table.value(1, column) for column in range(len(FIRM_COLUMNS))] == list(ROWS[1])


def test_repeated_columns_are_stored_once():
    table = FirmTable.from_rows(ROWS)
    assert table.provinces == ("110000", "310000", "440000")
    assert table.cities == ("北京", "上海", "深圳")
    assert table.province_codes.tolist() == [0, 1, 0, 2]


def test_rows_in_province_in_table_order():
    table = FirmTable.from_rows(ROWS)
    assert table.rows_in_province("110000").tolist() == [0, 2]
    assert table.rows_in_province("650000").tolist() == []


def test_count_by_province_largest_first():
    assert FirmTable.from_rows(ROWS).count_by_province() == {"110000": 2, "310000": 1, "440000": 1}


def test_empty_table():
    table = FirmTable.from_rows([])
    assert len(table) == 0
    assert table.count_by_province() == {}
    assert table.rows_in_province("110000").tolist() == []


def test_columns_of_different_lengths_are_refused():
    table = FirmTable.from_rows(ROWS)
    with pytest.raises(ValueError, match="differ in length"):
        FirmTable(PackedStrings.of(name for name, *_ in ROWS[:3]), table.provinces, table.province_codes, table.cities, table.city_codes,
                  table.segments, table.segment_codes)


def test_workspace_starts_without_firms_and_announces_new_ones():
    workspace = Workspace()
    changes = []
    workspace.subscribe(changes.append)
    assert workspace.firms is None
    table = FirmTable.from_rows(ROWS)
    workspace.replace_firms(table)
    assert workspace.firms is table
    assert [(change.table, change.kind) for change in changes] == [("firms", "reset")]


def test_packed_strings_read_back_across_batches():
    packed = PackedStrings()
    packed.extend(["甲", "", "abc"])
    packed.extend(["合成企业0000001"])
    packed.seal()
    assert [packed[i] for i in range(len(packed))] == ["甲", "", "abc", "合成企业0000001"]
