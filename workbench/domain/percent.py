"""Reading shares the way analysts write them: "15%", "0.15", "15", "5-7%", "<5%", "≈15%".

A share always ends up as a fraction 0-1. A column's scale is decided once, from
all its cells: percentages (written with % or as whole percents such as "15") or
fractions ("0.15"). A bare number between 0 and 1 in a column in percentages could
mean either, so it is refused rather than guessed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_NUMBER = r"\d+(?:\.\d*)?|\.\d+"
_APPROXIMATELY = "≈~～约大约"
_DASHES = "-–—~～至到"
_SINGLE = re.compile(rf"^(?P<cmp>[<＜≤]=?)?\s*[{_APPROXIMATELY}]*\s*(?P<value>{_NUMBER})\s*(?P<pct>[%％])?$")
_RANGE = re.compile(rf"^[{_APPROXIMATELY}]*\s*(?P<low>{_NUMBER})\s*(?P<low_pct>[%％])?\s*[{_DASHES}]"
                    rf"\s*(?P<high>{_NUMBER})\s*(?P<pct>[%％])?$")


class PercentError(ValueError):
    """Text that is not a share; the message says what to write instead."""


@dataclass(frozen=True)
class ShareText:
    """What one cell said: a single share, or a range (low, high). Fractions 0-1."""

    low: float
    high: float
    bare: bool  # written without a % sign, so its scale was inferred

    @property
    def is_range(self) -> bool:
        return self.low != self.high


def _fraction(number: float, percent: bool, text: str) -> float:
    value = number / 100 if percent or number > 1 else number
    if not 0 <= value <= 1 or not math.isfinite(value):
        raise PercentError(f"{text!r} is not a share between 0% and 100%")
    return value


def parse_share(text: str) -> ShareText | None:
    """A cell's share, None for an empty cell; raises PercentError for anything else."""
    text = text.strip()
    if not text:
        return None
    single = _SINGLE.match(text)
    if single:
        percent = bool(single["pct"])
        value = _fraction(float(single["value"]), percent, text)
        if single["cmp"]:  # "<5%": anything from nothing up to the bound
            return ShareText(0.0, value, bare=not percent)
        return ShareText(value, value, bare=not percent)
    ranged = _RANGE.match(text)
    if ranged:
        percent = bool(ranged["pct"] or ranged["low_pct"])
        low = _fraction(float(ranged["low"]), percent, text)
        high = _fraction(float(ranged["high"]), percent, text)
        if low > high:
            raise PercentError(f"{text!r} runs from high to low: write the smaller share first")
        return ShareText(low, high, bare=not percent)
    raise PercentError(f"{text!r} is not a share: write e.g. 15%, 0.15, 5-7% or <5%")


def _written_numbers(text: str) -> tuple[list[float], bool] | None:
    """(numbers, written with a % sign) of a single share or a range, None when it is neither."""
    text = text.strip()
    single = _SINGLE.match(text)
    if single:
        return [float(single["value"])], bool(single["pct"])
    ranged = _RANGE.match(text)
    if ranged:
        return [float(ranged["low"]), float(ranged["high"])], bool(ranged["pct"] or ranged["low_pct"])
    return None


def column_scale(texts: list[str]) -> tuple[list[int], list[int]]:
    """(rows written in percentages, rows that could only be fractions), as 0-based positions.

    A cell is in percentages when it has a % sign or a bare number above 1; a
    bare number between 0 and 1 reads as a fraction. A column holding both mixes
    scales: its fractions cannot be told apart from small percentages.
    """
    in_percent, as_fraction = [], []
    for position, text in enumerate(texts):
        written = _written_numbers(text)
        if written is None:
            continue
        numbers, signed = written
        if signed or any(number > 1 for number in numbers):
            in_percent.append(position)
        elif any(number > 0 for number in numbers):
            as_fraction.append(position)
    return in_percent, as_fraction


def parse_column(texts: list[str]) -> tuple[list[ShareText | None], dict[int, str]]:
    """Every cell of one column: (shares, None where empty or refused; messages by position).

    The column's scale is decided once, from all its cells: percentages (a % sign
    or a bare number above 1 anywhere) or fractions. In a column in percentages a
    bare number between 0 and 1 is refused, naming rows that disagree with it,
    since "0.5" might mean 0.5% or 50%.
    """
    shares: list[ShareText | None] = []
    errors: dict[int, str] = {}
    for position, text in enumerate(texts):
        try:
            shares.append(parse_share(text))
        except PercentError as error:
            shares.append(None)
            errors[position] = str(error)
    in_percent, as_fraction = column_scale(texts)
    if in_percent:
        shown = ", ".join(str(position + 1) for position in in_percent[:3])
        more = f" and {len(in_percent) - 3:,} more" if len(in_percent) > 3 else ""
        for position in as_fraction:
            number = max(_written_numbers(texts[position])[0])
            shares[position] = None
            errors[position] = (f"{texts[position].strip()!r} is ambiguous: the column mixes scales, and row(s) "
                                f"{shown}{more} are written in percentages; write {number:g}% or "
                                f"{number * 100:g}%, or every share of the column as a fraction")
    return shares, errors


def format_share(value: float | None, digits: int = 1) -> str:
    """A fraction as a percentage for display: 0.15 -> "15%", 0.065 -> "6.5%"."""
    if value is None:
        return ""
    text = f"{value * 100:.{digits}f}".rstrip("0").rstrip(".")
    return f"{text}%"
