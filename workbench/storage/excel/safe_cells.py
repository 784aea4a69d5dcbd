"""Write any value into a cell so that Excel shows exactly it and never runs it.

Shared by every sheet. The rules:

- Numbers stay numbers (negative ones too). NaN and infinity are left empty and
  reported: Excel has no such values.
- An empty string leaves the cell empty.
- Every string is stored as text (``data_type = 's'`` set after assignment,
  because openpyxl turns a leading ``=`` into a formula and ``#N/A`` into an
  error). Strings that begin with ``= + - @``, tab, CR or LF also get Excel's
  quote prefix, so editing the cell in Excel keeps it text (OWASP "CSV
  injection").
- Control characters that XML 1.0 forbids (U+0000-U+0008, U+000B, U+000C,
  U+000E-U+001F) become the matching Unicode "control picture" (U+2400 + code,
  e.g. ``"\\x07"`` -> ``"␇"``): visible, and searchable back to the original.
  Tab, LF and CR are legal and kept. U+FFFE, U+FFFF and lone surrogates become
  a ``\\uXXXX`` escape.
- Text over Excel's 32,767-character limit (counted in UTF-16 units, as Excel
  does) is cut and ends with ``… [truncated: N characters]``, N being the
  original length.
"""

from __future__ import annotations

import math
import numbers
import re
from dataclasses import dataclass

EXCEL_TEXT_LIMIT = 32_767
FORMULA_LEADERS = ("=", "+", "-", "@", "\t", "\r", "\n")
TRUNCATION_NOTE = "… [truncated: {length} characters]"

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NON_CHARACTERS = re.compile("[\ufffe\uffff\ud800-\udfff]")
_NEEDS_CLEANING = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class CellNote:
    """Something the analyst should know about a written cell."""

    kind: str  # "truncated" or "not_finite"
    original_length: int = 0
    message: str = ""


def clean_text(text: str) -> str:
    """Replace characters XML cannot carry with visible stand-ins."""
    if not _NEEDS_CLEANING.search(text):  # nearly every text: one scan instead of two substitutions
        return text
    text = _XML_ILLEGAL.sub(lambda m: chr(0x2400 + ord(m.group())), text)
    return _NON_CHARACTERS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def fit_to_limit(text: str, limit: int = EXCEL_TEXT_LIMIT) -> tuple[str, bool]:
    """Cut ``text`` so it fits in one cell, ending with a visible note."""
    if len(text) <= limit // 2 or _utf16_length(text) <= limit:
        return text, False
    note = TRUNCATION_NOTE.format(length=f"{len(text):,}")
    budget = limit - _utf16_length(note)
    # Slicing the UTF-16 bytes and ignoring a split surrogate pair keeps whole characters.
    head = text.encode("utf-16-le")[: 2 * budget].decode("utf-16-le", errors="ignore")
    return head + note, True


def is_plain_text(value) -> bool:
    """True for a string a spreadsheet stores as the same text with no help from these rules.

    Such a value may be handed to openpyxl bare (no cell object), which is
    how big streamed sheets stay fast.
    """
    return (type(value) is str and value != "" and not value.startswith(FORMULA_LEADERS)
            and not value.startswith("#") and len(value) <= EXCEL_TEXT_LIMIT // 2
            and not _NEEDS_CLEANING.search(value))


def write_text(cell, value: str) -> CellNote | None:
    """Store ``value`` as literal text in ``cell``."""
    if value == "":
        cell.value = None  # an empty cell, not an empty string Excel would count as content
        return None
    original_length = len(value)
    text, truncated = fit_to_limit(clean_text(value))
    # Stored directly as text: openpyxl's value setter would turn "=..." into a formula and
    # "#N/A" into an error (and costs a type check per cell on big sheets).
    cell._value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_LEADERS):
        cell.quotePrefix = True
    if truncated:
        return CellNote("truncated", original_length, f"text of {original_length:,} characters truncated")
    return None


def set_cell(cell, value) -> CellNote | None:
    """Write a value of any type; strings go through :func:`write_text`."""
    if type(value) is str:  # the common case first: the checks below are slower
        return write_text(cell, value)
    if value is None or isinstance(value, bool):
        cell.value = value
        return None
    if isinstance(value, numbers.Real):
        if not math.isfinite(value):
            cell.value = None
            return CellNote("not_finite", message=f"{value} is not a finite number: left empty")
        cell.value = value
        return None
    if isinstance(value, str):
        return write_text(cell, value)
    if hasattr(value, "isoformat"):  # date, datetime, time: Excel has native types
        cell.value = value
        return None
    return write_text(cell, str(value))
