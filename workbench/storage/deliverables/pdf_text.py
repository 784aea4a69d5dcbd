"""Make a PDF's Chinese text searchable: ideographs, not the radicals that share their glyphs.

CJK fonts draw 一 (U+4E00) and the Kangxi radical ⼀ (U+2F00) with one glyph. A
PDF writer that maps each glyph back to text (the ToUnicode map) may pick the
radical, and then a search for 第一梯队 finds nothing and copied text is wrong.
The briefing never writes a radical on purpose, so every radical in those maps
is turned into the ideograph it stands for: its NFKC form (Kangxi radicals), or
for the simplified-form radicals, which have none, the ideograph Unicode names
as equivalent (EquivalentUnifiedIdeograph.txt).
"""

from __future__ import annotations

import io
import re
import unicodedata

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject

_RADICAL = re.compile(rb"<(2[EF][0-9A-Fa-f]{2})>")
_DESTINATIONS = re.compile(rb"\[[^\]]*\]")  # Qt writes the text side of its maps as arrays in bfrange
SIMPLIFIED_RADICALS = {  # CJK radicals supplement (no NFKC form) -> the equivalent unified ideograph
    0x2EC5: "见", 0x2EC8: "讠", 0x2ECB: "车", 0x2ED0: "钅", 0x2ED3: "长", 0x2ED4: "门", 0x2ED8: "青",
    0x2EDA: "页", 0x2EDB: "风", 0x2EDC: "飞", 0x2EE0: "饣", 0x2EE2: "马", 0x2EE5: "鱼", 0x2EE6: "鸟",
    0x2EE9: "黄", 0x2EEE: "齿", 0x2EF0: "龙", 0x2EF3: "龟",
}


def ideograph_of(code: int) -> str | None:
    character = chr(code)
    replacement = SIMPLIFIED_RADICALS.get(code) or unicodedata.normalize("NFKC", character)
    return replacement if len(replacement) == 1 and replacement != character else None


def _ideograph(match: re.Match) -> bytes:
    replacement = ideograph_of(int(match.group(1), 16))
    return match.group(0) if replacement is None else b"<%04X>" % ord(replacement)


def _fix_map(data: bytes) -> bytes:
    return _DESTINATIONS.sub(lambda array: _RADICAL.sub(_ideograph, array.group(0)), data)


def searchable_cjk(pdf: bytes) -> bytes:
    """The same PDF with every radical in its fonts' ToUnicode maps replaced by its ideograph."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    changed = False
    seen: set[int] = set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for font in fonts.get_object().values():
            font = font.get_object()
            to_unicode = font.get(NameObject("/ToUnicode"))
            if to_unicode is None or id(to_unicode.get_object()) in seen:
                continue
            stream = to_unicode.get_object()
            seen.add(id(stream))
            if not isinstance(stream, StreamObject):
                continue
            data = stream.get_data()
            fixed = _fix_map(data)
            if fixed != data:
                stream.set_data(fixed)
                changed = True
    if not changed:
        return pdf
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
