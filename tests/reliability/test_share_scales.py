"""Share columns are read on one scale per column; a column that mixes scales is refused, not guessed."""

from __future__ import annotations

import pytest

from workbench.domain.percent import parse_column
from workbench.storage.dataset import load_table_file

HEADER = "vendor_id,share_low,share_base,share_high,kind,source_id\n"


def load(tmp_path, rows: list[str]):
    path = tmp_path / "revenue_mix.csv"
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return load_table_file(path, "revenue_mix")


def test_a_column_mixing_signed_percentages_and_fractions_is_refused_naming_the_rows(tmp_path):
    records, problems = load(tmp_path, [
        "a,15%,,,estimate,s1",
        "b,1,,,estimate,s1",
        "c,0.5,,,estimate,s1",
    ])
    assert records == []
    refused = {p.row: p.message for p in problems if p.column == "share_low"}
    assert set(refused) == {2, 3}, "the fractions disagree with the column written in percentages"
    assert "row(s) 1" in refused[2] and "1% or 100%" in refused[2]
    assert "0.5% or 50%" in refused[3]


@pytest.mark.parametrize("column, expected", [
    (["15%", "1%", "0.5%"], [0.15, 0.01, 0.005]),
    (["0.15", "1", "0.5"], [0.15, 1.0, 0.5]),
    (["15", "2", "50"], [0.15, 0.02, 0.5]),
    (["15", "7%", "0", ""], [0.15, 0.07, 0.0, None]),
])
def test_a_column_written_one_way_reads_on_that_scale(column, expected):
    shares, errors = parse_column(column)
    assert errors == {}
    assert [None if s is None else s.high for s in shares] == pytest.approx(expected)


def test_a_bare_whole_percent_elsewhere_makes_fractions_ambiguous():
    shares, errors = parse_column(["0.2", "0.3", "15", "0.05-0.07"])
    assert set(errors) == {0, 1, 3} and shares[2].high == pytest.approx(0.15)
    assert all("row(s) 3" in message for message in errors.values())
