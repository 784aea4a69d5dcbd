"""Checking text tables against a Table Schema and converting their cells."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.storage.readers import RawTable
from workbench.storage.table_schema import TypedTable, check_foreign_keys, check_table

SCHEMA = {
    "fields": [
        {"name": "id", "type": "string", "constraints": {"required": True, "pattern": "[a-z0-9]+"}},
        {"name": "count", "type": "integer", "constraints": {"minimum": 0, "maximum": 10}},
        {"name": "share", "type": "number", "constraints": {"minimum": 0, "maximum": 1}},
        {"name": "listed", "type": "boolean"},
        {"name": "since", "type": "date"},
        {"name": "year", "type": "year"},
        {"name": "kind", "type": "string", "constraints": {"enum": ["reported", "estimate"], "maxLength": 8}},
    ],
    "primaryKey": ["id"],
}
COLUMNS = [f["name"] for f in SCHEMA["fields"]]


def raw(rows: list[list[str]], columns: list[str] = COLUMNS) -> RawTable:
    return RawTable(list(columns), [list(r) for r in rows], "utf-8", ",", "t.csv")


def problems_of(rows, columns=COLUMNS, schema=SCHEMA) -> list[tuple]:
    _, problems = check_table(raw(rows, columns), schema)
    return [(p.row, p.column, p.message) for p in problems]


def test_valid_rows_convert_to_python_values():
    typed, problems = check_table(raw([["00123", "3", "0.25", "TRUE", "2025-06-30", "2025", "reported"],
                                       ["b", "", "", "", "", "", ""]]), SCHEMA, "t")
    assert problems == []
    assert typed.rows == [
        {"id": "00123", "count": 3, "share": 0.25, "listed": True, "since": dt.date(2025, 6, 30), "year": 2025,
         "kind": "reported"},
        {"id": "b", "count": None, "share": None, "listed": None, "since": None, "year": None, "kind": ""},
    ]
    assert typed.row_numbers == [1, 2]


def test_blank_rows_are_skipped_but_keep_row_numbers():
    typed, problems = check_table(raw([["a"] + [""] * 6, [""] * 7, ["b", "x"] + [""] * 5]), SCHEMA)
    assert typed.row_numbers == [1, 3]
    assert [(p.row, p.column) for p in problems] == [(3, "count")]


@pytest.mark.parametrize("text, message", [
    ("abc", "'abc' is not a number"),
    ("1,5", "'1,5' is not a number"),
    ("NaN", "'NaN' is not a finite number"),
    ("inf", "'inf' is not a finite number"),
    ("-Infinity", "'-Infinity' is not a finite number"),
    ("1e309", "'1e309' is too large to be a number"),
    ("1_0", "'1_0' is not a number"),
    ("1.5", "1.5 is above the maximum 1"),
    ("-0.1", "-0.1 is below the minimum 0"),
])
def test_numbers_refuse_text_nan_and_infinity(text, message):
    assert problems_of([["a", "", text, "", "", "", ""]]) == [(1, "share", message)]


@pytest.mark.parametrize("column, text, message", [
    ("count", "2.5", "'2.5' is not a whole number"),
    ("count", "11", "11 is above the maximum 10"),
    ("listed", "yes", "'yes' is not true or false"),
    ("since", "2025-02-30", "'2025-02-30' is not a date like 2025-06-30"),
    ("since", "20250101", "'20250101' is not a date like 2025-06-30"),
    ("year", "25", "'25' is not a year like 2025"),
    ("kind", "guess", "'guess' is not one of: reported, estimate"),
    ("id", "A-1", "'A-1' does not match the pattern [a-z0-9]+"),
])
def test_types_and_constraints(column, text, message):
    row = ["a", "", "", "", "", "", ""]
    if column == "id":
        row[0] = text
    else:
        row[COLUMNS.index(column)] = text
    assert problems_of([row]) == [(1, column, message)]


def test_max_length():
    schema = {"fields": [{"name": "kind", "type": "string", "constraints": {"maxLength": 3}}]}
    assert problems_of([["abcd"]], ["kind"], schema) == [(1, "kind", "is 4 characters long; the limit is 3")]


def test_required_value_and_missing_required_column():
    assert problems_of([["", "1", "", "", "", "", ""]]) == [(1, "id", "a value is required")]
    assert problems_of([["1"]], ["count"]) == [(None, "id", "missing required column")]


def test_missing_optional_column_is_left_out_and_unknown_column_is_reported():
    typed, problems = check_table(raw([["a", "x"]], ["id", "extra"]), SCHEMA)
    assert [(p.column, p.message) for p in problems] == [("extra", "unknown column")]
    assert typed.rows == [{"id": "a"}]


def test_duplicate_primary_key_names_the_first_row():
    assert problems_of([["a"] + [""] * 6, ["b"] + [""] * 6, ["a"] + [""] * 6]) == [
        (3, "id", "duplicate primary key 'a' (first at row 1)")]


def test_composite_primary_key_and_unique_allows_empties():
    schema = {"fields": [{"name": "v", "type": "string"}, {"name": "d", "type": "string"},
                         {"name": "code", "type": "string", "constraints": {"unique": True}}],
              "primaryKey": ["v", "d"]}
    rows = [["x", "1", ""], ["x", "2", ""], ["x", "1", "c"], ["y", "1", "c"]]
    assert problems_of(rows, ["v", "d", "code"], schema) == [
        (4, "code", "duplicate value 'c' (first at row 3)"),
        (3, "v, d", "duplicate primary key ('x', '1') (first at row 1)")]


def test_unusable_schemas_are_problems_not_crashes():
    assert problems_of([["a"]], ["id"], {"fields": "nope"}) == [(None, None, 'the table schema has no "fields" list')]
    assert problems_of([["a"]], ["id"], {"fields": [{"name": "id", "type": "geopoint"}]}) == [
        (None, "id", "unsupported field type 'geopoint'")]
    bad_pattern = {"fields": [{"name": "id", "constraints": {"pattern": "("}}]}
    assert "not a valid regular expression" in problems_of([["a"]], ["id"], bad_pattern)[0][2]
    assert problems_of([["a"]], ["id"], {"fields": [{"name": "id"}], "primaryKey": "nope"}) == [
        (None, "nope", "the primary key names a field the schema does not have")]


def test_foreign_keys_across_tables():
    sources = TypedTable("sources", "sources.csv", [{"source_id": "s1"}], [1])
    scores = TypedTable("scores", "scores.csv", [{"source_id": "s1"}, {"source_id": ""}, {"source_id": "s9"}],
                        [1, 2, 4])
    schemas = {"scores": {"foreignKeys": [{"fields": "source_id",
                                           "reference": {"resource": "sources", "fields": "source_id"}}]}}
    [problem] = check_foreign_keys({"sources": sources, "scores": scores}, schemas)
    assert (problem.file, problem.row, problem.column) == ("scores.csv", 4, "source_id")
    assert problem.message == "'s9' is not a source_id in sources"

    missing = check_foreign_keys({"scores": scores}, schemas)
    assert [p.row for p in missing] == [1, 4]
    assert "the dataset has no such table" in missing[0].message


def test_malformed_foreign_key_is_reported():
    table = TypedTable("t", "t.csv", [{"a": "1"}], [1])
    [problem] = check_foreign_keys({"t": table}, {"t": {"foreignKeys": [{"fields": "a"}]}})
    assert problem.message.startswith("malformed foreign key")
