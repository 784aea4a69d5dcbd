"""Workbooks built to hurt a reader: entity bombs, external entities, a zip bomb, false dimensions."""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"
VENDOR_ROWS = [["vendor_id", "name_zh", "name_en"], ["baidu", "百度", "Baidu"]]

ENTITY_BOMB = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
<!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>vendor_id</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>&i;</t></is></c></row></sheetData></worksheet>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE ws [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>vendor_id</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>&secret;</t></is></c></row></sheetData></worksheet>"""


def plain_workbook(path: Path, rows=VENDOR_ROWS) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def with_member(path: Path, name: str, transform) -> Path:
    """Rewrite one member of the workbook at path; transform gets and returns its bytes."""
    source = path.with_suffix(".orig")
    path.rename(source)
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for member in original.infolist():
            data = original.read(member)
            target.writestr(member.filename, transform(data) if member.filename == name else data)
    source.unlink()
    return path


def entity_bomb(path: Path) -> Path:
    return with_member(plain_workbook(path), SHEET, lambda _data: ENTITY_BOMB)


def external_entity(path: Path) -> Path:
    return with_member(plain_workbook(path), SHEET, lambda _data: EXTERNAL_ENTITY)


def huge_dimension(path: Path) -> Path:
    def claim(data: bytes) -> bytes:
        data, count = re.subn(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
        assert count == 1
        return data

    return with_member(plain_workbook(path), SHEET, claim)


def corrupt_zip(path: Path) -> Path:
    data = plain_workbook(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_bomb(path: Path, gibibytes: int = 1) -> Path:
    """A valid zip of a few MiB whose sheet inflates to `gibibytes` GiB of zeros.

    Compressing that much takes a minute, so the deflate stream is assembled:
    after a full flush, every further block of zeros compresses to the same bytes.
    """
    chunk = bytes(16 << 20)
    count = gibibytes * 64
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush()
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    size = len(chunk) * count
    members = [_deflated("[Content_Types].xml", b'<?xml version="1.0"?><Types/>')]
    members.append((SHEET.encode(), head + repeated * (count - 1) + tail, crc, size))
    _write_zip(path, members)
    return path


def _deflated(name: str, data: bytes) -> tuple[bytes, bytes, int, int]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name.encode(), compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)


def _write_zip(path: Path, members) -> None:
    """A zip with deflated members given as (name, compressed bytes, crc, uncompressed size)."""
    central = b""
    with open(path, "wb") as out:
        for name, data, crc, size in members:
            offset = out.tell()
            fields = (20, 0, 8, 0, 0x21, crc, len(data), size, len(name))
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + name + data)
            central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset) + name
        start = out.tell()
        out.write(central)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0))


WORKBOOK = "xl/workbook.xml"
BOMB_DOCTYPE = ENTITY_BOMB.split(b"<worksheet")[0].split(b"?>", 1)[1]


def _with_doctype(data: bytes, doctype: bytes, content: bytes) -> bytes:
    """The workbook part with a DOCTYPE and an entity reference in a defined name."""
    declaration, rest = data.split(b"?>", 1) if data.startswith(b"<?xml") else (b'<?xml version="1.0"', data)
    rest = rest.replace(b"</workbook>", b'<definedNames><definedName name="x">' + content +
                        b"</definedName></definedNames></workbook>")
    return declaration + b"?>" + doctype + rest


def entity_bomb_in_workbook_part(path: Path) -> Path:
    """The bomb where openpyxl parses the whole part at once, not streamed like a sheet."""
    return with_member(plain_workbook(path), WORKBOOK, lambda data: _with_doctype(data, BOMB_DOCTYPE, b"&i;"))


def external_entity_in_workbook_part(path: Path) -> Path:
    doctype = b'<!DOCTYPE wb [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    return with_member(plain_workbook(path), WORKBOOK, lambda data: _with_doctype(data, doctype, b"&secret;"))
