"""The hidden sheet that makes an exported workbook self-describing, so it can come back.

For each table sheet it records which workspace table the rows come from,
where the header is, which column holds which entity field (or a value the
app computed) and which fields form the key; for each sheet the cells where
the app wrote a formula on purpose. Import trusts nothing else in the workbook.

Layout of the sheet (one record per row, column A says what the row is):
``format | workbench-export | <version> | <app version>``, ``written | <title>``
for every sheet the app wrote, ``sheet | <title> | <binding as JSON>`` for the
table sheets, ``formula | <sheet title> | <cell>``, and ``digest | <title> |
<row>:<row_digest> …`` for the report sheets (every sheet without a binding),
so that an edit there is reported instead of lost. A table sheet has digests
too, of what import does not read in it: per record row its key and computed
cells (a name looked up, a share derived), per row without a record (a
remainder, a vendor with no estimate) every cell; import looks a row's digest
up among them, so sorting the rows is no edit (see ``bound_row_digest``). Binding one more sheet (one
``out.table(…, table=…)`` call in its writer) makes it importable and moves it
from the digests to the bindings by itself. Anything else is refused on import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable

MANIFEST_SHEET = "_workbench"
DIGESTS_PER_CELL = 1000  # "row:digest" tokens per manifest cell, well under Excel's 32,767 characters
_DIGEST = re.compile(r"[1-9]\d{0,6}:[0-9a-f]{12}")
FORMAT_NAME = "workbench-export"
FORMAT_VERSION = 1


class NewerManifest(ValueError):
    """A manifest from a newer version: sound, but not readable here."""


@dataclass(frozen=True)
class ColumnBinding:
    header: str
    field: str | None  # None: a value the app computes (a name looked up, a sum): never imported


@dataclass(frozen=True)
class SheetBinding:
    """How the rows of one table sheet map to the records of one workspace table."""

    sheet: str
    table: str
    key_fields: tuple[str, ...]
    columns: tuple[ColumnBinding, ...]
    header_row: int = 1

    def to_json(self) -> str:
        return json.dumps({"table": self.table, "key": list(self.key_fields), "header_row": self.header_row,
                           "columns": [[c.header, c.field] for c in self.columns]}, ensure_ascii=False)

    @classmethod
    def from_json(cls, sheet: str, text: str) -> "SheetBinding":
        """Raises ValueError when the text is not a binding this version wrote."""
        try:
            data = json.loads(text)
        except ValueError:
            raise ValueError(f"the description of sheet {sheet!r} is damaged (not JSON)") from None
        problem = _binding_shape_problem(data)
        if problem:
            raise ValueError(f"the description of sheet {sheet!r} is damaged ({problem})")
        columns = tuple(ColumnBinding(header, field) for header, field in data["columns"])
        return cls(sheet, data["table"], tuple(data["key"]), columns, data.get("header_row", 1))


def _binding_shape_problem(data) -> str | None:
    """Why a decoded binding does not have the shape ``to_json`` writes, or None."""
    if not isinstance(data, dict):
        return "not an object"
    unknown = sorted(set(data) - {"table", "key", "header_row", "columns"})
    if unknown:
        return f"unknown entries {', '.join(map(repr, unknown))}"
    if not isinstance(data.get("table"), str):
        return '"table" must be a name'
    key = data.get("key")
    if not isinstance(key, list) or not key or not all(isinstance(k, str) for k in key):
        return '"key" must be a list of field names'
    header_row = data.get("header_row", 1)
    if isinstance(header_row, bool) or not isinstance(header_row, int) or not 1 <= header_row <= 1000:
        return '"header_row" must be a row number from 1 to 1000'
    columns = data.get("columns")
    if not isinstance(columns, list) or not all(
            isinstance(c, list) and len(c) == 2 and isinstance(c[0], str) and (c[1] is None or isinstance(c[1], str))
            for c in columns):
        return '"columns" must be a list of [header, field or null]'
    return None


@dataclass
class Manifest:
    version: int = FORMAT_VERSION
    app_version: str = ""
    written: list[str] | None = None  # every sheet the app wrote, in order
    bindings: dict[str, SheetBinding] | None = None  # by sheet title
    formula_cells: dict[str, set[str]] | None = None  # sheet title -> cells the app wrote formulas in
    digests: dict[str, dict[int, str]] | None = None  # report sheet title -> row number -> row_digest as written

    def __post_init__(self):
        self.written = self.written if self.written is not None else []
        self.bindings = self.bindings if self.bindings is not None else {}
        self.formula_cells = self.formula_cells if self.formula_cells is not None else {}
        self.digests = self.digests if self.digests is not None else {}

    def rows(self) -> list[list]:
        rows: list[list] = [["format", FORMAT_NAME, self.version, self.app_version]]
        rows += [["written", title] for title in self.written]
        rows += [["sheet", title, binding.to_json()] for title, binding in self.bindings.items()]
        rows += [["formula", title, cell] for title, cells in self.formula_cells.items() for cell in sorted(cells)]
        for title, digests in self.digests.items():
            tokens = [f"{row}:{digest}" for row, digest in sorted(digests.items())]
            rows += [["digest", title, " ".join(tokens[start:start + DIGESTS_PER_CELL])]
                     for start in range(0, len(tokens), DIGESTS_PER_CELL)]
        return rows

    @classmethod
    def from_rows(cls, rows) -> "Manifest":
        """Raises ValueError when the rows are not a manifest this version can read."""
        rows = [list(row) + [None] * 4 for row in rows]
        if not rows or rows[0][:2] != ["format", FORMAT_NAME]:
            raise ValueError("the workbook was not exported by Workbench")
        version = rows[0][2]
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ValueError(f"the format version {version!r} is not a version number")
        if version > FORMAT_VERSION:
            raise NewerManifest(f"the workbook was exported by a newer Workbench (format {version}); update first")
        manifest = cls(version, str(rows[0][3] or ""))
        for number, (kind, title, value, *_) in enumerate(rows[1:], start=2):
            if kind is None and title is None and value is None:
                continue  # a blank row
            if kind == "written" and isinstance(title, str):
                manifest.written.append(title)
            elif kind == "sheet" and isinstance(title, str) and isinstance(value, str):
                if title in manifest.bindings:
                    raise ValueError(f"sheet {title!r} is described twice")
                manifest.bindings[title] = SheetBinding.from_json(title, value)
            elif kind == "formula" and isinstance(title, str) and isinstance(value, str):
                manifest.formula_cells.setdefault(title, set()).add(value)
            elif kind == "digest" and isinstance(title, str) and isinstance(value, str):
                manifest.digests.setdefault(title, {}).update(_parse_digests(title, value))
            else:
                raise ValueError(f"row {number} of the {MANIFEST_SHEET} sheet is not an entry this version wrote "
                                 f"({kind!r})")
        return manifest


def row_digest(cells: Iterable[tuple[int, Any]]) -> str:
    """A short fingerprint of a row's (column, value) pairs, blind to how a spreadsheet re-saves a number."""
    parts = []
    for column, value in cells:
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            text = f"b{int(value)}"
        elif isinstance(value, (int, float)):
            text = f"n{float(value):.12g}"
        elif isinstance(value, dt.datetime) and value.time() == dt.time():
            text = f"d{value.date().isoformat()}"
        elif isinstance(value, (dt.date, dt.datetime)):
            text = f"d{value.isoformat()}"
        else:
            text = f"s{value}"
        parts.append(f"{column}={text}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:12]


def bound_row_digest(cells: Iterable[tuple[str, Any]], binding: SheetBinding, has_record: bool) -> str | None:
    """The digest of what import does not read in one row of a table sheet: cells are (header, value).

    A row holding a record: its key and computed columns (the bound fields are
    compared cell by cell). A row without one, which the app wrote as a derived
    line: every cell. None for a blank row.
    """
    fields = {column.header: column.field for column in binding.columns}
    kept = [(header, value) for header, value in cells if header in fields  # a column added in Excel is not ours
            and (not has_record or fields[header] is None or fields[header] in binding.key_fields)]
    if not any(value not in (None, "") for _header, value in kept):
        return None
    return row_digest(sorted(kept, key=lambda cell: cell[0]))


def _parse_digests(title: str, text: str) -> dict[int, str]:
    found = {}
    for token in text.split():
        if not _DIGEST.fullmatch(token):
            raise ValueError(f"the fingerprint of sheet {title!r} is damaged")
        row, digest = token.split(":")
        found[int(row)] = digest
    return found


def sheet_digests(rows: Iterable[Iterable[Any]], skipped: set[str]) -> dict[int, str]:
    """Row number -> row_digest for the non-empty rows of openpyxl cell rows; cells in ``skipped`` (the
    app's own formulas, which a spreadsheet may rewrite) are left out."""
    digests = {}
    for number, row in enumerate(rows, start=1):
        cells = [(getattr(cell, "column", index), getattr(cell, "value", None))
                 for index, cell in enumerate(row, start=1)
                 if getattr(cell, "coordinate", None) not in skipped]
        if any(value not in (None, "") for _, value in cells):
            digests[number] = row_digest(cells)
    return digests
