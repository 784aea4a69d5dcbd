"""Revenue mix and market shares imported from analysts' tables: shares as people write them."""

import pytest

from workbench.storage.dataset import load_table_file

HEADER = "vendor_id,share_low,share_base,share_high,source_id\n"


def load(tmp_path, text, name="rev.csv", table="revenue_mix"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_table_file(path, table)


def test_fifteen_percent_written_every_way_reads_the_same(tmp_path):
    records, problems = load(tmp_path, HEADER + "a,15%,0.15,15,s\nb,5%,0.06,7,s\n")  # one way per column
    assert problems == []
    assert (records[0].share_low, records[0].share_base, records[0].share_high) == pytest.approx((0.15,) * 3)


def test_a_share_column_spreads_ranges_over_low_and_high(tmp_path):
    text = "vendor_id,Share,source_id\na,5-7%,s\nb,<5%,s\nc,≈15%,s\nd,100%,s\n"
    records, problems = load(tmp_path, text)
    assert problems == []
    by_id = {r.vendor_id: r for r in records}
    assert (by_id["a"].share_low, by_id["a"].share_base, by_id["a"].share_high) == (pytest.approx(0.05), None,
                                                                                 pytest.approx(0.07))
    assert (by_id["b"].share_low, by_id["b"].share_high) == (0.0, pytest.approx(0.05))
    assert by_id["c"].share_base == pytest.approx(0.15) and by_id["d"].share_high == 1.0


def test_ambiguous_and_unreadable_shares_are_refused_with_row_and_column(tmp_path):
    _records, problems = load(tmp_path, HEADER + "a,15,,,s\nb,0.5,,,s\nc,abc,,,s\nd,,5-7%,,s\n")
    found = {(p.row, p.column): p.message for p in problems}
    assert "0.5% or 50%" in found[(2, "share_low")]
    assert "not a share" in found[(3, "share_low")]
    assert "is a range" in found[(4, "share_base")]
    assert len(problems) == 3  # each bad cell once


@pytest.mark.parametrize("row, column, words", [
    ("a,20%,10%,5%,s", "share_high", "low ≤ base ≤ high"),
    ("a,0.1,0.1,0.1,", "source_id", "a figure needs a source"),
])
def test_bad_rows_are_refused_with_row_and_column(tmp_path, row, column, words):
    records, problems = load(tmp_path, HEADER + "ok,0.1,0.1,0.1,s\n" + row + "\n")
    assert records == []
    assert any(p.row == 2 and p.column == column and words in p.message for p in problems), problems
    assert all("Traceback" not in str(p) for p in problems)


def test_a_market_share_written_as_a_percentage_is_read_as_a_fraction(tmp_path):
    text = "market_id,vendor_id,share,kind,source_id\nm,baidu,19.9%,reported,idc\nm,sensetime,16%,reported,idc\n"
    records, problems = load(tmp_path, text, table="market_shares")
    assert problems == []
    assert [r.share for r in records] == [pytest.approx(0.199), pytest.approx(0.16)]
