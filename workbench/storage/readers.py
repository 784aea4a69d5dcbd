"""Read tables that others send (CSV, XLSX, JSON) as text, refusing hostile or broken files.

Every cell comes back exactly as written ("00123" stays "00123"); types are the
table schema's business. A file that cannot be read raises InputError naming
file, row and column, never a bare traceback.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .encodings import decode_plausibly, sniff_encoding, sniff_file, strip_bom  # noqa: F401 (sniff_encoding: API)
from .problems import InputError, Problem

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_JSON_DEPTH = 64
# Workspace tables hold dozens to thousands of records; above this a file is refused
# while it is read, so a million-row export costs seconds and little memory, not minutes.
MAX_TABLE_ROWS = 100_000
# Bounds that keep any accepted file within 5 s and 500 MB (see README, "Your work is safe").
MAX_CELLS = 1_000_000  # data cells (rows × columns) of a text or JSON table
MAX_FIELD_CHARS = 100_000  # one cell: the longest text a record may hold (domain.rules.MAX_TEXT)
MAX_LINE_CHARS = 1_000_000  # one physical line of a text file
MAX_JSON_BYTES = 20 * 1024 * 1024  # parsed whole, so held whole: far below MAX_FILE_BYTES
NOT_TEXT = "the text is neither UTF-8 nor GB18030/GBK; save it as UTF-8 and try again"
BINARY = "contains NUL characters: this looks like a binary file"
DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 50
_SNIFF_CHARS = 64 * 1024
_REPLACEMENT_CHAR = "\ufffd"


@dataclass
class RawTable:
    columns: list[str]
    rows: list[list[str]]  # every row as wide as `columns`
    encoding: str
    delimiter: str  # "" when the format has none
    source: str  # file name, for problem reports


def read_table(path: str | Path, sheet: str | None = None) -> RawTable:
    """Read a CSV/TSV/TXT, XLSX or JSON table; `sheet` picks an XLSX sheet or a JSON table."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        return read_csv(path)
    if suffix == ".xlsx":
        from .xlsx_reader import read_xlsx  # openpyxl is only loaded when a workbook is read

        return read_xlsx(path, sheet)
    if suffix == ".json":
        return read_json_table(path, sheet)
    raise InputError([Problem(path.name, None, None, f"cannot read {suffix or 'files without an extension'}: "
                              "use CSV, TSV, TXT, XLSX or JSON")])


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing missing files and files above `limit`."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError([Problem(path.name, None, None,
                                      f"the file is {size / 2**20:,.0f} MiB; the limit is {limit / 2**20:,.0f} MiB")])
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(path.name, None, None, "file not found")]) from None
    except IsADirectoryError:
        raise InputError([Problem(path.name, None, None, "is a folder, not a file")]) from None
    except OSError as exc:
        raise InputError([Problem(path.name, None, None, f"cannot be read: {exc.strerror or exc}")]) from None


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding) of a text file, or InputError when it is not UTF-8 or GB18030 text.

    The encoding is decided from the whole file (see encodings.py); a BOM is honoured and removed.
    """
    decoded = decode_plausibly(data)
    if decoded is None:
        raise InputError([Problem(source, None, None, NOT_TEXT)])
    text, encoding = decoded
    if "\x00" in text:
        raise InputError([Problem(source, None, None, BINARY)])
    return text, encoding


def sniff_delimiter(text: str, default: str = ",") -> str:
    """The delimiter that splits the first lines into the most consistent, widest rows."""
    # Quoted line breaks may split a record here; good enough to compare candidates.
    lines = text[:_SNIFF_CHARS].splitlines()[:_SNIFF_LINES]
    best, best_score = default, (0, 1)
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not widths:
            continue
        score = (sum(width == widths[0] for width in widths), widths[0])
        if widths[0] > 1 and score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path) -> RawTable:
    """A delimited text table, streamed: the file is never held whole in memory, as bytes or as text."""
    check_size(path)
    try:
        sniffed = sniff_file(path)
    except OSError as exc:
        raise InputError([Problem(path.name, None, None, f"cannot be read: {exc.strerror or exc}")]) from None
    if sniffed is None:
        raise InputError([Problem(path.name, None, None, NOT_TEXT)])
    if sniffed.has_nul:
        raise InputError([Problem(path.name, None, None, BINARY)])
    csv.field_size_limit(MAX_FIELD_CHARS)
    with open(path, encoding=sniffed.encoding, newline="") as handle:
        head = strip_bom(handle.read(_SNIFF_CHARS))
        delimiter = sniff_delimiter(head, default="\t" if path.suffix.lower() == ".tsv" else ",")
        handle.seek(0)
        reader = csv.reader(_bounded_lines(handle, path.name), delimiter=delimiter)
        records: list[list[str]] = []
        cells = 0
        try:
            for record in reader:
                records.append(record)
                cells += len(record) if len(records) > 1 else 0  # data cells: the header is not counted
                if len(records) > MAX_TABLE_ROWS + 1:  # the header is not a data row
                    raise InputError([Problem(path.name, None, None, _too_many_rows())])
                if cells > MAX_CELLS:
                    raise InputError([Problem(path.name, None, None, too_many_cells())])
        except csv.Error as exc:
            message = str(exc)
            if "field limit" in message:
                message = (f"a cell is longer than {MAX_FIELD_CHARS:,} characters (the limit); "
                           "keep long texts in a document and cite it")
            raise InputError([Problem(path.name, len(records), None, f"line {reader.line_num}: {message}")]) from None
    if not records:
        raise InputError([Problem(path.name, None, None, "the file is empty")])
    return build_table(path.name, records[0], records[1:], sniffed.encoding, delimiter, strict_width=True,
                       check_replacement=sniffed.has_replacement, check_lengths=False)


def _bounded_lines(handle: Any, source: str) -> Iterator[str]:
    """The file's lines, each read at most MAX_LINE_CHARS long: one endless line cannot fill memory."""
    number = 0
    while line := handle.readline(MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise InputError([Problem(source, None, None, f"line {number:,} is longer than "
                                      f"{MAX_LINE_CHARS:,} characters (the limit)")])
        yield strip_bom(line) if number == 1 else line


def check_size(path: Path, limit: int | None = None) -> None:
    """Refuse missing files, folders and files above `limit` (MAX_FILE_BYTES) before anything is read."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError([Problem(path.name, None, None, "file not found")]) from None
    except OSError as exc:
        raise InputError([Problem(path.name, None, None, f"cannot be read: {exc.strerror or exc}")]) from None
    if path.is_dir():
        raise InputError([Problem(path.name, None, None, "is a folder, not a file")])
    if size > limit:
        raise InputError([Problem(path.name, None, None,
                                  f"the file is {size / 2**20:,.0f} MiB; the limit is {limit / 2**20:,.0f} MiB")])


def too_many_cells() -> str:
    return (f"the table has more than {MAX_CELLS:,} cells (rows × columns); leave out the columns "
            "Workbench does not use, or split it into smaller files")


def build_table(source: str, header: list[Any], body: list[list[str]], encoding: str, delimiter: str,
                strict_width: bool, check_replacement: bool = True, check_lengths: bool = True) -> RawTable:
    """A RawTable from a header and text rows, after the checks every format shares.

    strict_width reports rows shorter than the header (a CSV that lost
    delimiters); sheet and JSON rows are simply padded. check_lengths is off
    where the reader already bounded every cell (the CSV parser).
    """
    check_cells = check_replacement or check_lengths
    problems: list[Problem] = []
    columns = [str(name).strip() for name in header]
    width = len(columns)
    while width and not columns[width - 1] and all(len(row) < width or not row[width - 1] for row in body):
        width -= 1  # trailing delimiters or formatted-but-empty sheet columns
    columns = columns[:width]
    if not width:
        raise InputError([Problem(source, None, None, "no header row: the first row must name the columns")])
    seen: set[str] = set()
    for position, name in enumerate(columns, start=1):
        if not name:
            problems.append(Problem(source, None, None, f"column {position} has no name in the header row"))
        elif name in seen:
            problems.append(Problem(source, None, name, "the column name appears more than once in the header"))
        seen.add(name)

    while body and not any(cell.strip() for cell in body[-1]):
        body.pop()  # trailing empty lines are not data
    if len(body) > MAX_TABLE_ROWS:
        raise InputError([Problem(source, None, None, _too_many_rows())])
    if len(body) * width > MAX_CELLS:
        raise InputError([Problem(source, None, None, too_many_cells())])
    rows: list[list[str]] = []
    for number, row in enumerate(body, start=1):
        if not row:
            rows.append([""] * width)
            continue
        extra = [cell for cell in row[width:] if cell.strip()]
        if extra:
            problems.append(Problem(source, number, None,
                                    f"has {len(row)} cells; the header names {width} columns"))
        elif len(row) < width and strict_width:
            problems.append(Problem(source, number, None,
                                    f"has {len(row)} cells; the header names {width} columns"))
        rows.append((row + [""] * (width - len(row)))[:width])
        for column, cell in zip(columns, rows[-1]) if check_cells else ():
            if len(cell) > MAX_FIELD_CHARS:
                problems.append(Problem(source, number, column, f"is {len(cell):,} characters long; the limit "
                                        f"for one cell is {MAX_FIELD_CHARS:,}"))
            if check_replacement and _REPLACEMENT_CHAR in cell:
                problems.append(Problem(source, number, column,
                                        "contains U+FFFD (\ufffd): the text was damaged by an earlier "
                                        "encoding conversion"))
    if problems:
        raise InputError(problems)
    return RawTable(columns, rows, encoding, delimiter, source)


def _too_many_rows() -> str:
    return f"the table has more than {MAX_TABLE_ROWS:,} rows; split it into smaller files"


# --- JSON -----------------------------------------------------------------

_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """How deeply brackets nest, counted without recursion (strings are skipped)."""
    depth = deepest = 0
    for bracket in _JSON_BRACKET.findall(_JSON_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def read_json_document(path: Path, limit: int = MAX_FILE_BYTES) -> Any:
    """Parse a JSON file, refusing oversize files and nesting the parser would recurse on."""
    text, _ = decode_text(read_bytes(path, limit), path.name)
    depth = json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise InputError([Problem(path.name, None, None,
                                  f"JSON nested {depth:,} levels deep; the limit is {MAX_JSON_DEPTH}")])
    try:
        # Numbers stay as written: ids keep their digits, and 1e309 or NaN reach the
        # schema as text to be refused there instead of becoming infinity here.
        return json.loads(text, parse_int=str, parse_float=str, parse_constant=str)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(path.name, None, None,
                                  f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")]) from None


def read_json_table(path: Path, table: str | None = None) -> RawTable:
    """A table from [{...}], {"columns": [...], "rows": [[...]]} or {"<table>": [{...}]}."""
    document = read_json_document(path, MAX_JSON_BYTES)
    if isinstance(document, dict) and "columns" in document and "rows" in document:
        header, body = document["columns"], document["rows"]
        if not isinstance(header, list) or not isinstance(body, list) or not all(isinstance(r, list) for r in body):
            raise InputError([Problem(path.name, None, None, '"columns" and "rows" must be lists of lists')])
        return build_table(path.name, header, [_json_cells(path.name, n, r) for n, r in enumerate(body, 1)],
                           "utf-8", "", strict_width=True)
    if isinstance(document, dict):
        tables = {name: value for name, value in document.items() if isinstance(value, list)}
        if table is not None and table in tables:
            document = tables[table]
        elif table is None and len(tables) == 1:
            document = next(iter(tables.values()))
        else:
            wanted = f"no table {table!r}" if table else "several tables"
            raise InputError([Problem(path.name, None, None,
                                      f"{wanted}; the file holds: {', '.join(tables) or 'none'}")])
    if not isinstance(document, list):
        raise InputError([Problem(path.name, None, None,
                                  'expected a list of objects or {"columns": [...], "rows": [[...]]}')])
    return _table_from_objects(path.name, document)


def _table_from_objects(source: str, objects: list[Any]) -> RawTable:
    problems = [Problem(source, n, None, "is not an object with column names")
                for n, item in enumerate(objects, 1) if not isinstance(item, dict)]
    if problems:
        raise InputError(problems)
    if not objects:
        return RawTable([], [], "utf-8", "", source)  # an empty table, not a missing header
    columns: dict[str, None] = {}  # ordered union of keys, first seen first
    for item in objects:
        columns.update(dict.fromkeys(item))
    body = [_json_cells(source, n, [item.get(c) for c in columns]) for n, item in enumerate(objects, 1)]
    return build_table(source, list(columns), body, "utf-8", "", strict_width=False)


def _json_cells(source: str, row: int, values: list[Any]) -> list[str]:
    if any(isinstance(value, (dict, list)) for value in values):
        raise InputError([Problem(source, row, None, "a cell holds a nested list or object")])
    return [_json_text(value) for value in values]


def _json_text(value: Any) -> str:
    # Numbers and strings are already text (see read_json_document); these are the rest.
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
