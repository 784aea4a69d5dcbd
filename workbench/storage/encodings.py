"""Which encoding a text file is in: UTF-8 or GB18030/GBK, decided from the whole file.

Short GBK text is often valid UTF-8 as well: 思同 (CB BC CD AC) decodes as UTF-8 into
˼ͬ. Taking the first encoding that decodes would load such a file as gibberish, so
when both decode the one whose text is plausible wins: GBK bytes read as UTF-8 give
two-byte characters from rare blocks (IPA, combining marks, Greek, Cyrillic,
Armenian, ...), read as GB18030 they give Chinese characters.
"""

from __future__ import annotations

import codecs
import re

BOM_GB18030 = b"\x84\x31\x95\x33"  # U+FEFF in GB18030
UTF8, GB18030 = "utf-8", "gb18030"

# Chinese characters and the punctuation written with them.
_CHINESE = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_THREE_BYTE_OR_MORE = re.compile("[\u0800-\U0010ffff]")
# Two-byte characters real text rarely holds: C1 controls, Latin Extended-B, IPA, modifier letters,
# combining marks, Greek and Cyrillic outside their basic letters, Armenian, Syriac and beyond.
_UNLIKELY = re.compile("[\u0080-\u009f\u0180-\u0385\u03cf-\u03ff\u0460-\u05cf\u05eb-\u0620\u064b-\u07ff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")
# Upper ends of Latin, marks, Greek, Cyrillic, Armenian, Hebrew, Arabic, the rest of two-byte UTF-8, beyond.
_SCRIPT_ENDS = (0x250, 0x370, 0x400, 0x530, 0x590, 0x600, 0x700, 0x800, 0x110000)


def sniff_encoding(data: bytes) -> str | None:
    """The encoding of `data`: a BOM decides, else the plausible one of UTF-8 and GB18030; None if neither."""
    decoded = decode_plausibly(data)
    return decoded[1] if decoded else None


def decode_plausibly(data: bytes) -> tuple[str, str] | None:
    """(text without its BOM, encoding) of `data`, or None when it is neither UTF-8 nor GB18030 text."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (BOM_GB18030, GB18030),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):  # UTF-16 is Excel's "Unicode text" export
            text = _decoded(data, encoding)
            return (strip_bom(text), encoding) if text is not None else None
    as_utf8 = _decoded(data, UTF8)
    if as_utf8 is None:
        as_gb = _decoded(data, GB18030)
        return (as_gb, GB18030) if as_gb is not None else None
    if as_utf8.isascii() or _THREE_BYTE_OR_MORE.search(as_utf8):
        # Chinese in UTF-8 takes three bytes; GBK text is almost never valid UTF-8 that way.
        return as_utf8, UTF8
    as_gb = _decoded(data, GB18030)
    if as_gb is not None and _gbk_read_as_utf8(as_utf8, as_gb):
        return as_gb, GB18030
    return as_utf8, UTF8


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _gbk_read_as_utf8(as_utf8: str, as_gb: str) -> bool:
    """True when the GB18030 reading is Chinese and the UTF-8 reading is not coherent text.

    GBK read as UTF-8 gives one two-byte character per Chinese character, from
    blocks picked by the bytes: neighbours jump between scripts (Сȩ, Լþ, իײ) or are
    characters few texts use (˼ͬ). Real text keeps a word in one script.
    """
    chinese, non_ascii_gb = _count(_CHINESE, as_gb), _count(_NON_ASCII, as_gb)
    if chinese < 0.9 * non_ascii_gb:
        return False
    if _UNLIKELY.search(as_utf8):
        return True
    runs = [run.group() for run in _NON_ASCII_RUN.finditer(as_utf8) if len(run.group()) > 1]
    mixed = sum(1 for run in runs if len({_script(char) for char in run}) > 1)
    return bool(runs) and mixed * 2 >= len(runs)


def _script(char: str) -> int:
    """A rough script group of a two-byte UTF-8 character: Latin, Greek, Cyrillic, Armenian, ..."""
    code = ord(char)
    return next(group for group, end in enumerate(_SCRIPT_ENDS) if code < end)


def _count(pattern: re.Pattern, text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decodes(data: bytes, encoding: str) -> bool:
    return _decoded(data, encoding) is not None
