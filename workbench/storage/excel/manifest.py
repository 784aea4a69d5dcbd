"""The hidden sheet that makes an exported workbook self-describing, so it can come back.

For each table sheet it records which workspace table the rows come from,
where the header is, which column holds which entity field (or a value the
app computed) and which fields form the key; for each sheet the cells where
the app wrote a formula on purpose. Import trusts nothing else in the workbook.

Layout of the sheet (one record per row, column A says what the row is):
``format | workbench-export | <version> | <app version>``, ``written | <title>``
for every sheet the app wrote, ``sheet | <title> | <binding as JSON>`` for the
table sheets, ``formula | <sheet title> | <cell>``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

MANIFEST_SHEET = "_workbench"
FORMAT_NAME = "workbench-export"
FORMAT_VERSION = 1


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
            columns = tuple(ColumnBinding(str(header), None if field is None else str(field))
                            for header, field in data["columns"])
            return cls(sheet, str(data["table"]), tuple(str(k) for k in data["key"]), columns,
                       int(data.get("header_row", 1)))
        except (TypeError, KeyError, ValueError) as error:
            raise ValueError(f"the description of sheet {sheet!r} is damaged ({error})") from None


@dataclass
class Manifest:
    version: int = FORMAT_VERSION
    app_version: str = ""
    written: list[str] | None = None  # every sheet the app wrote, in order
    bindings: dict[str, SheetBinding] | None = None  # by sheet title
    formula_cells: dict[str, set[str]] | None = None  # sheet title -> cells the app wrote formulas in

    def __post_init__(self):
        self.written = self.written if self.written is not None else []
        self.bindings = self.bindings if self.bindings is not None else {}
        self.formula_cells = self.formula_cells if self.formula_cells is not None else {}

    def rows(self) -> list[list]:
        rows: list[list] = [["format", FORMAT_NAME, self.version, self.app_version]]
        rows += [["written", title] for title in self.written]
        rows += [["sheet", title, binding.to_json()] for title, binding in self.bindings.items()]
        rows += [["formula", title, cell] for title, cells in self.formula_cells.items() for cell in sorted(cells)]
        return rows

    @classmethod
    def from_rows(cls, rows) -> "Manifest":
        """Raises ValueError when the rows are not a manifest this version can read."""
        rows = [list(row) + [None] * 4 for row in rows]
        if not rows or rows[0][:2] != ["format", FORMAT_NAME]:
            raise ValueError("the workbook was not exported by Workbench")
        version = rows[0][2]
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise ValueError(f"the workbook was exported by a newer Workbench (format {version}); update first")
        manifest = cls(version, str(rows[0][3] or ""))
        for kind, title, value, *_ in rows[1:]:
            if kind == "written" and isinstance(title, str):
                manifest.written.append(title)
            elif kind == "sheet" and isinstance(title, str) and isinstance(value, str):
                manifest.bindings[title] = SheetBinding.from_json(title, value)
            elif kind == "formula" and isinstance(title, str) and isinstance(value, str):
                manifest.formula_cells.setdefault(title, set()).add(value)
        return manifest
