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
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

BOM_GB18030 = b"\x84\x31\x95\x33"  # U+FEFF in GB18030
UTF8, GB18030 = "utf-8", "gb18030"

# Chinese characters and the punctuation written with them.
_CHINESE = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_THREE_BYTE_OR_MORE = re.compile("[\u0800-\U0010ffff]")
# Two-byte characters real text rarely holds: C1 controls, Latin Extended-B, IPA, modifier letters,
# combining marks, Greek and Cyrillic outside their basic letters, Armenian, Syriac and beyond.
_UNLIKELY = re.compile("[\u0080-\u009f\u0180-\u0385\u03cf-\u03ff\u0460-\u05cf\u05eb-\u0620\u064b-\u07ff]")
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")
# Upper ends of Latin, marks, Greek, Cyrillic, Armenian, Hebrew, Arabic, the rest of two-byte UTF-8, beyond.
_SCRIPT_ENDS = (0x250, 0x370, 0x400, 0x530, 0x590, 0x600, 0x700, 0x800, 0x110000)


CHUNK_BYTES = 1 << 20
_RUNS_SAMPLED = 10_000  # enough words to judge a file's script, however long it is


@dataclass(frozen=True)
class Sniffed:
    encoding: str
    has_nul: bool  # a NUL character: a binary file, not text
    has_replacement: bool  # U+FFFD: text damaged by an earlier conversion


def sniff_encoding(data: bytes) -> str | None:
    """The encoding of `data`: a BOM decides, else the plausible one of UTF-8 and GB18030; None if neither."""
    sniffed = sniff_chunks(lambda: iter((data,)))
    return sniffed.encoding if sniffed else None


def decode_plausibly(data: bytes) -> tuple[str, str] | None:
    """(text without its BOM, encoding) of `data`, or None when it is neither UTF-8 nor GB18030 text."""
    encoding = sniff_encoding(data)
    return (strip_bom(data.decode(encoding)), encoding) if encoding else None


def sniff_file(path: Path) -> Sniffed | None:
    """The encoding of a file, read in chunks: memory stays small whatever its size."""
    def chunks() -> Iterator[bytes]:
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                yield chunk

    return sniff_chunks(chunks)


def sniff_chunks(chunks: Callable[[], Iterator[bytes]]) -> Sniffed | None:
    """Decide the encoding of the bytes `chunks()` yields (called once per reading) from all of them."""
    head = next(chunks(), b"")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (BOM_GB18030, GB18030),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):  # UTF-16 is Excel's "Unicode text" export
            stats = _Reading(encoding, chunks)
            return stats.sniffed() if stats.valid else None
    as_utf8 = _Reading(UTF8, chunks)
    if not as_utf8.valid:
        as_gb = _Reading(GB18030, chunks)
        return as_gb.sniffed() if as_gb.valid else None
    if as_utf8.ascii_only or as_utf8.wide:
        # Chinese in UTF-8 takes three bytes; GBK text is almost never valid UTF-8 that way.
        return as_utf8.sniffed()
    as_gb = _Reading(GB18030, chunks)
    if as_gb.valid and as_gb.chinese >= 0.9 * as_gb.non_ascii and as_utf8.incoherent:
        return as_gb.sniffed()
    return as_utf8.sniffed()


class _Reading:
    """What decoding every chunk in one encoding showed."""

    def __init__(self, encoding: str, chunks: Callable[[], Iterator[bytes]]):
        self.encoding = encoding
        self.valid = True
        self.ascii_only, self.wide, self.unlikely = True, False, False
        self.has_nul = self.has_replacement = False
        self.runs = self.mixed_runs = self.chinese = self.non_ascii = 0
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            for chunk in chunks():
                self._note(decoder.decode(chunk))
            self._note(decoder.decode(b"", final=True))
        except UnicodeDecodeError:
            self.valid = False

    def _note(self, text: str) -> None:
        self.has_nul = self.has_nul or "\x00" in text
        self.has_replacement = self.has_replacement or "\ufffd" in text
        if text.isascii():
            return
        self.ascii_only = False
        self.wide = self.wide or _THREE_BYTE_OR_MORE.search(text) is not None
        if self.encoding == UTF8 and self.wide:
            return  # decided: UTF-8 (see sniff_chunks); the counts below only serve undecided text
        self.unlikely = self.unlikely or _UNLIKELY.search(text) is not None
        # Counted in C (what substitution removes), not character by character.
        self.non_ascii += len(text) - len(text.encode("ascii", "ignore"))
        self.chinese += len(text) - len(_CHINESE.sub("", text))
        for run in _NON_ASCII_RUN.finditer(text):
            if self.runs >= _RUNS_SAMPLED:
                break
            if len(run.group()) > 1:
                self.runs += 1
                self.mixed_runs += len({_script(char) for char in run.group()}) > 1

    @property
    def incoherent(self) -> bool:
        """GBK read as UTF-8: one two-byte character per Chinese character, from blocks picked by the bytes.

        Neighbours jump between scripts (Сȩ, Լþ, իײ) or are characters few texts use
        (˼ͬ). Real text keeps a word in one script.
        """
        return self.unlikely or (self.runs > 0 and self.mixed_runs * 2 >= self.runs)

    def sniffed(self) -> Sniffed:
        return Sniffed(self.encoding, self.has_nul, self.has_replacement)


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _script(char: str) -> int:
    """A rough script group of a two-byte UTF-8 character: Latin, Greek, Cyrillic, Armenian, ..."""
    code = ord(char)
    return next(group for group, end in enumerate(_SCRIPT_ENDS) if code < end)
