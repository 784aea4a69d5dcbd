"""Revenue estimates imported from analysts' tables: shares and currencies as people write them."""

import pytest

from workbench.storage.dataset import load_table_file

HEADER = "vendor_id,currency,base_revenue,share_low,share_base,share_high\n"


def load(tmp_path, text, name="rev.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_table_file(path, "revenue_estimates")


def test_fifteen_percent_written_every_way_reads_the_same(tmp_path):
    records, problems = load(tmp_path, HEADER + "a,CNY,110,15%,0.15,15\nb,RMB,10,5%,0.06,7\n")  # one way per column
    assert problems == []
    assert (records[0].share_low, records[0].share_base, records[0].share_high) == pytest.approx((0.15,) * 3)
    assert records[1].currency == "CNY"


def test_a_share_column_spreads_ranges_over_low_and_high(tmp_path):
    text = "vendor_id,base_revenue,Share\na,63.6,5-7%\nb,10,<5%\nc,110,≈15%\nd,1,100%\n"
    records, problems = load(tmp_path, text)
    assert problems == []
    by_id = {r.vendor_id: r for r in records}
    assert (by_id["a"].share_low, by_id["a"].share_base, by_id["a"].share_high) == (pytest.approx(0.05), None,
                                                                                 pytest.approx(0.07))
    assert (by_id["b"].share_low, by_id["b"].share_high) == (0.0, pytest.approx(0.05))
    assert by_id["c"].share_base == pytest.approx(0.15) and by_id["d"].share_high == 1.0


def test_ambiguous_and_unreadable_shares_are_refused_with_row_and_column(tmp_path):
    _records, problems = load(tmp_path, HEADER + "a,CNY,1,15,,\nb,CNY,1,0.5,,\nc,CNY,1,abc,,\nd,CNY,1,,5-7%,\n")
    found = {(p.row, p.column): p.message for p in problems}
    assert "0.5% or 50%" in found[(2, "share_low")]
    assert "not a share" in found[(3, "share_low")]
    assert "is a range" in found[(4, "share_base")]
    assert len(problems) == 3  # each bad cell once


@pytest.mark.parametrize("row, column, words", [
    ("a,CNY,-5,0.1,0.1,0.1", "base_revenue", "outside"),
    ("a,CNY,5,20%,10%,5%", "share_high", "low ≤ base ≤ high"),
    ("a,XYZ,5,0.1,0.1,0.1", "currency", "unknown currency 'XYZ'"),
])
def test_bad_rows_are_refused_with_row_and_column(tmp_path, row, column, words):
    records, problems = load(tmp_path, HEADER + "ok,CNY,1,0.1,0.1,0.1\n" + row + "\n")
    assert records == []
    assert any(p.row == 2 and p.column == column and words in p.message for p in problems), problems
    assert all("Traceback" not in str(p) for p in problems)
