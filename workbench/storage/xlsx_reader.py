"""Read the first (or a named) sheet of an XLSX workbook as text, refusing hostile workbooks.

An XLSX file is a zip of XML: the zip is inspected before any XML is parsed,
and rows are counted as they are read, never taken from the sheet's claims.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from xml.etree import ElementTree
from pathlib import Path
from typing import Any

from .problems import InputError, Problem
from . import readers
from .readers import MAX_FILE_BYTES, MAX_TABLE_ROWS, RawTable, build_table

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_RATIO = 100  # uncompressed : compressed, for members above RATIO_CHECK_BYTES
RATIO_CHECK_BYTES = 1024 * 1024  # small XML parts legitimately compress far better
MAX_ROWS = MAX_TABLE_ROWS + 1  # with the header row
MAX_COLUMNS = 16_384
# openpyxl reads a cell in 10-35 µs (quiet to busy machine): this keeps a sheet within 5 s.
# Larger tables load from CSV (MAX_CELLS in readers.py), which is read ten times faster.
MAX_CELLS = 100_000
# Shared strings are held whole while the sheet is read; far above what MAX_CELLS cells need.
MAX_SHARED_STRINGS_BYTES = 50 * 1024 * 1024
UNDECLARED_SHEET_BYTES = 4 * 1024 * 1024  # a sheet above this must declare its size
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?dimension\b")
_SHEET_DATA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sheetData\b")
PROLOG_BYTES = 64 * 1024  # how much of each XML part is inflated to look for a DTD before its root element
_ELEMENT_START = re.compile(rb"<[A-Za-z_]")
_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_FORMULA, _VALUE = _MAIN_NS + "f", _MAIN_NS + "v"
MAX_LISTED = 20  # problems of one kind listed one by one; the rest are counted
_DAMAGED = "not a valid XLSX file: the zip archive is damaged or is not a workbook"


def read_xlsx(path: Path, sheet: str | None = None) -> RawTable:
    import openpyxl

    source = path.name
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise InputError([Problem(source, None, None, "XLSX import is disabled: install defusedxml so that "
                                  "workbooks cannot expand XML entities without bound")])
    check_zip(path)
    _check_shared_strings(path)
    _check_sheet_sizes_declared(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl reports damaged parts with many exception types
        raise InputError([Problem(source, None, None, f"not a readable XLSX workbook: {_describe(exc)}")]) from None
    try:
        worksheet = _pick_sheet(workbook, sheet, source)
        # The <dimension> element is the file's claim, not the truth: without this,
        # A1:XFD1048576 makes openpyxl pad every row out to 16,384 cells.
        worksheet.reset_dimensions()
        header, body = _read_rows(worksheet, source)
        refuse_uncalculated_formulas(path, getattr(worksheet, "_worksheet_path", None), worksheet.title)
    except InputError:
        raise
    except Exception as exc:
        raise InputError([Problem(source, None, None, f"the sheet cannot be read: {_describe(exc)}")]) from None
    finally:
        workbook.close()
    return build_table(source, header, body, "utf-8", "", strict_width=False)


def _check_shared_strings(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        size = sum(m.file_size for m in archive.infolist() if m.filename.lower().endswith("sharedstrings.xml"))
    if size > MAX_SHARED_STRINGS_BYTES:
        raise InputError([Problem(path.name, None, None,
                                  f"the workbook's text takes {size / 2**20:,.0f} MiB; the limit is "
                                  f"{MAX_SHARED_STRINGS_BYTES / 2**20:,.0f} MiB: save the sheet as CSV")])


def _check_sheet_sizes_declared(path: Path) -> None:
    """Refuse a large sheet without a <dimension> element: openpyxl would parse all of it just to open it.

    Excel and every common writer declare it; a sheet of 11 million cells without
    one took minutes before the first row was read.
    """
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            name = member.filename
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            if member.file_size <= UNDECLARED_SHEET_BYTES:
                continue
            with archive.open(member) as part:
                head = part.read(PROLOG_BYTES)
            data = _SHEET_DATA.search(head)
            if not _DIMENSION.search(head[:data.start()] if data else head):
                raise InputError([Problem(path.name, None, None,
                                          f"part {name} does not say how large the sheet is (no <dimension>); "
                                          "open the workbook in Excel and save it again, or save the sheet as CSV")])


def check_zip(path: Path) -> None:
    """Refuse damaged archives and zip bombs from the central directory alone.

    Python's zipfile never inflates a member beyond its declared size, so the
    declared sizes are a safe upper bound on what parsing will decompress.
    """
    source = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError([Problem(source, None, None,
                                      f"the file is larger than {MAX_FILE_BYTES / 2**20:,.0f} MiB")])
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise InputError([Problem(source, None, None, _DAMAGED)]) from None
    except OSError as exc:
        raise InputError([Problem(source, None, None, f"cannot be read: {exc.strerror or exc}")]) from None
    if len(members) > MAX_MEMBERS:
        raise InputError([Problem(source, None, None,
                                  f"the workbook has {len(members):,} parts; the limit is {MAX_MEMBERS:,}")])
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise InputError([Problem(source, None, None,
                                  f"the workbook unpacks to {total / 2**20:,.0f} MiB; the limit is "
                                  f"{MAX_UNCOMPRESSED_BYTES / 2**20:,.0f} MiB (possible zip bomb)")])
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_CHECK_BYTES and ratio > MAX_RATIO:
            raise InputError([Problem(source, None, None,
                                      f"part {member.filename} compresses {ratio:,.0f}:1; the limit is "
                                      f"{MAX_RATIO}:1 (possible zip bomb)")])
    _refuse_document_types(path, members, source)


def _refuse_document_types(path: Path, members: list[zipfile.ZipInfo], source: str) -> None:
    """Spreadsheets never declare a DTD: one that does is refused before any parser sees it.

    The XML parsers guard against entity expansion too, each in its own way (one refuses,
    another leaves entities unresolved); this makes the outcome one and the same.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            for member in members:
                if not member.filename.endswith((".xml", ".rels")):
                    continue
                with archive.open(member) as part:
                    head = part.read(PROLOG_BYTES)
                root = _ELEMENT_START.search(head)
                prolog = head[:root.start()] if root else head
                if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                    raise InputError([Problem(source, None, None,
                                              f"part {member.filename} declares an XML document type, which "
                                              "workbooks never need (refused as possibly hostile)")])
    except (zipfile.BadZipFile, EOFError, ValueError, RuntimeError, NotImplementedError, OSError, zlib.error):
        raise InputError([Problem(source, None, None, _DAMAGED)]) from None


def refuse_uncalculated_formulas(path: Path, part: str | None, title: str) -> None:
    """Refuse formula cells saved without their value: read as values they would import as empty.

    Programs other than Excel (and scripts) often write formulas without the value
    Excel would store beside them. Only sheets that hold a formula are parsed again.
    """
    if not part:
        return
    with zipfile.ZipFile(path) as archive:
        if not _has_formula(archive, part):
            return
        missing = []
        with archive.open(part) as stream:
            # Safe to parse: check_zip refused any part declaring a document type (no entities).
            for _event, element in ElementTree.iterparse(stream):
                if not element.tag.endswith("}c"):
                    continue
                formula = element.find(_FORMULA)
                if formula is not None:
                    value = element.find(_VALUE)
                    if value is None or value.text is None:
                        text = "=" + formula.text if formula.text else f"(shared formula {formula.get('si', '?')})"
                        missing.append((element.get("r") or "?", text))
                element.clear()
    if missing:
        shown = [Problem(path.name, None, None,
                         f"sheet {title!r}, cell {cell}: the formula {formula} has no calculated value saved; "
                         "open the file in Excel, let it calculate and save it, or paste the values")
                 for cell, formula in missing[:MAX_LISTED]]
        if len(missing) > MAX_LISTED:
            shown.append(Problem(path.name, None, None, f"{len(missing) - MAX_LISTED:,} more formula cells "
                                 "without a value"))
        raise InputError(shown)


def _has_formula(archive: zipfile.ZipFile, part: str) -> bool:
    """True when the part holds an <f> element, found by streaming the bytes (no XML parse)."""
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def _pick_sheet(workbook: Any, sheet: str | None, source: str) -> Any:
    if sheet is None:
        if not workbook.worksheets:
            raise InputError([Problem(source, None, None, "the workbook has no worksheet")])
        return workbook.worksheets[0]
    if sheet not in workbook.sheetnames:
        raise InputError([Problem(source, None, None,
                                  f"no sheet {sheet!r}; the workbook has: {', '.join(workbook.sheetnames)}")])
    return workbook[sheet]


def _read_rows(worksheet: Any, source: str) -> tuple[list[str], list[list[str]]]:
    """Header and text rows, with limits checked while reading."""
    header: list[str] | None = None
    body: list[list[str]] = []
    cells = 0
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if number > MAX_ROWS:
            raise InputError([Problem(source, None, None, f"the sheet has more than {MAX_ROWS:,} rows")])
        if len(values) > MAX_COLUMNS:
            raise InputError([Problem(source, None, None, f"the sheet has more than {MAX_COLUMNS:,} columns")])
        row = [cell_text(value) for value in values]
        while row and not row[-1]:
            row.pop()  # stored short: padding happens once the header width is known
        if header is None:
            if row:
                header = row  # leading empty rows are skipped
            continue
        cells += len(row)
        body.append(row)
        if max(cells, len(body) * len(header)) > MAX_CELLS:
            raise InputError([Problem(source, None, None, f"the sheet has more than {MAX_CELLS:,} cells; "
                                      "save it as CSV, which may hold up to "
                                      f"{readers.MAX_CELLS:,} cells, or leave out unused columns")])
    if header is None:
        raise InputError([Problem(source, None, None, "the sheet is empty")])
    return header, body


def cell_text(value: Any) -> str:
    """A cell value as text the way a person would type it: 12 not 12.0, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        # 15 significant digits is what Excel shows; it hides binary noise like 0.30000000000000004.
        return format(value, ".15g")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _describe(exc: Exception) -> str:
    return str(exc) or type(exc).__name__
