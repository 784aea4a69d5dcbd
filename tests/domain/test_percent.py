import pytest

from workbench.domain.percent import PercentError, format_share, parse_column, parse_share


@pytest.mark.parametrize("text", ["15%", "0.15", "15", "15 %", "15％", "≈15%", "约15%", " 0.150 "])
def test_every_way_of_writing_fifteen_percent_means_the_same(text):
    share = parse_share(text)
    assert share.low == share.high == pytest.approx(0.15)


@pytest.mark.parametrize("text, low, high", [("5-7%", 0.05, 0.07), ("5%-7%", 0.05, 0.07), ("5–7", 0.05, 0.07),
                                             ("0.05-0.07", 0.05, 0.07), ("<5%", 0.0, 0.05), ("5%~7%", 0.05, 0.07)])
def test_ranges_and_bounds(text, low, high):
    share = parse_share(text)
    assert (share.low, share.high) == (pytest.approx(low), pytest.approx(high))
    assert share.is_range


def test_one_and_a_hundred_percent():
    assert parse_share("1").high == 1.0 and parse_share("100%").high == 1.0 and parse_share("100").high == 1.0
    assert parse_share("") is None and parse_share("  ") is None


@pytest.mark.parametrize("text, words", [("abc", "not a share"), ("150%", "between 0% and 100%"),
                                         ("-5%", "not a share"), ("7-5%", "smaller share first"),
                                         ("101", "between 0% and 100%")])
def test_refusals_say_what_is_wrong(text, words):
    with pytest.raises(PercentError, match=words):
        parse_share(text)


def test_a_column_in_percentages_refuses_ambiguous_small_numbers():
    shares, errors = parse_column(["15", "0.5", "7%", "", "1"])
    assert shares[0].high == pytest.approx(0.15) and shares[2].high == pytest.approx(0.07)
    assert shares[1] is None and "0.5% or 50%" in errors[1]
    assert shares[4] is None and "1% or 100%" in errors[4]
    assert shares[3] is None and 3 not in errors


def test_a_column_of_fractions_reads_one_as_everything():
    shares, errors = parse_column(["0.15", "1", "0"])
    assert [s.high for s in shares] == [0.15, 1.0, 0.0] and not errors


def test_format_share():
    assert format_share(0.15) == "15%" and format_share(0.065) == "6.5%" and format_share(None) == ""
