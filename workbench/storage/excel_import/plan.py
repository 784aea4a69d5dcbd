"""Compare an exported workbook, edited by an analyst, with the workspace: cell by cell.

Rows are matched by their key columns, columns by their header text (so a
column moved in Excel is still found). Only columns the manifest binds to an
entity field are compared; everything else is listed and left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from workbench.domain.tables import SPECS_BY_NAME

from ..excel.manifest import MANIFEST_SHEET, SheetBinding, bound_row_digest, sheet_digests
from .reading import EMPTY_CELL, SheetCell, WorkbookImportError, open_export, sheet_rows
from .values import convert, field_types, unchanged


@dataclass(frozen=True)
class CellChange:
    sheet: str
    row: int
    column: str  # the column's header
    cell: str  # e.g. "C5"
    old: Any
    new: Any
    table: str
    key: tuple
    field: str

    @property
    def clears(self) -> bool:
        """An emptied cell over a value: imported as a clear of the field, and shown as one."""
        return self.new in (None, "") and self.old not in (None, "")


@dataclass(frozen=True)
class CellIssue:
    """A cell or sheet the import leaves alone, and why."""

    sheet: str
    cell: str  # "" for the whole sheet
    message: str


@dataclass
class ImportPlan:
    path: Path
    changes: list[CellChange] = field(default_factory=list)
    issues: list[CellIssue] = field(default_factory=list)
    unknown_sheets: list[str] = field(default_factory=list)  # not written by the app: left alone
    read_only_sheets: list[str] = field(default_factory=list)  # the app's reports (cover, grids, charts)
    unknown_columns: list[tuple[str, str]] = field(default_factory=list)  # (sheet, header) added in Excel
    computed_columns: list[tuple[str, str]] = field(default_factory=list)  # (sheet, header) the app derives
    read_only_edits: list["ReadOnlyEdit"] = field(default_factory=list)  # report sheets edited: ignored


@dataclass(frozen=True)
class ReadOnlyEdit:
    """Rows of a report sheet that differ from what the app wrote: the sheet is not imported, so they are lost.

    ``computed``: rows of a table sheet whose computed cells (a name looked up,
    a derived share) or derived lines (a remainder) were edited; the sheet's
    other cells are imported.
    """

    sheet: str
    rows: tuple[int, ...]
    computed: bool = False

    @property
    def reason(self) -> str:
        if self.computed:
            return "edited, but these cells are computed by Workbench and cannot be imported"
        return "edited, but this sheet cannot be imported"

    def describe(self, limit: int = 20) -> str:
        shown = ", ".join(str(row) for row in self.rows[:limit])
        more = f" and {len(self.rows) - limit} more" if len(self.rows) > limit else ""
        return f"sheet {self.sheet!r}, row(s) {shown}{more}"


def plan_import(workspace, path: str | Path) -> ImportPlan:
    """Every difference between the workbook's table sheets and ``workspace``.

    Raises WorkbookImportError when the file is not a workbook this app exported.
    """
    plan = ImportPlan(Path(path))
    with open_export(path) as (workbook, manifest):
        for binding in manifest.bindings.values():
            problem = _binding_problem(binding)
            if problem:
                raise WorkbookImportError(f"{plan.path.name}: the hidden {MANIFEST_SHEET} sheet that describes the "
                                          f"workbook is damaged: sheet {binding.sheet!r}: {problem}. Nothing was "
                                          "imported; export the workbook again")
        for title in workbook.sheetnames:
            if title == MANIFEST_SHEET:
                continue
            binding = manifest.bindings.get(title)
            if binding is None:
                (plan.read_only_sheets if title in manifest.written else plan.unknown_sheets).append(title)
                if title in manifest.digests:
                    _find_read_only_edits(plan, workbook[title], manifest.digests[title],
                                          manifest.formula_cells.get(title, set()))
            elif binding.table not in SPECS_BY_NAME:
                plan.issues.append(CellIssue(title, "", f"this version has no table {binding.table!r}"))
            else:
                _compare_sheet(plan, workspace, workbook[title], binding, manifest.formula_cells.get(title, set()),
                               manifest.digests.get(title))
    return plan


def _binding_problem(binding: SheetBinding) -> str | None:
    """Why a sheet's binding does not fit this version's table, or None (an unknown table is left alone)."""
    spec = SPECS_BY_NAME.get(binding.table)
    if spec is None:
        return None
    known = set(field_types(spec.entity_type))
    if binding.key_fields != spec.key_fields:
        return f"its key {list(binding.key_fields)} is not the key of {spec.name} {list(spec.key_fields)}"
    bound = [column.field for column in binding.columns if column.field is not None]
    unknown = [name for name in bound if name not in known]
    if unknown:
        return f"{spec.name} has no field {unknown[0]!r}"
    twice = sorted({name for name in bound if bound.count(name) > 1})
    if twice:
        return f"field {twice[0]!r} is bound to two columns"
    headers = [column.header for column in binding.columns]
    if len(set(headers)) != len(headers):
        return "two columns have the same header"
    missing = [name for name in spec.key_fields if name not in bound]
    if missing:
        return f"no column holds the key field {missing[0]!r}"
    return None


def _find_read_only_edits(plan: ImportPlan, ws, written: dict[int, str], app_formulas: set[str]) -> None:
    """Rows whose fingerprint differs from the one written at export, added rows and emptied rows."""
    now = sheet_digests(_counted_rows(ws), app_formulas)
    edited = sorted(row for row in written.keys() | now.keys() if written.get(row) != now.get(row))
    if edited:
        plan.read_only_edits.append(ReadOnlyEdit(ws.title, tuple(edited)))


def _counted_rows(ws):
    for _number, row in sheet_rows(ws, keep_cells=True):
        yield row


def _compare_sheet(plan: ImportPlan, workspace, ws, binding: SheetBinding, app_formulas: set[str],
                   written: dict[int, str] | None) -> None:
    """``written``: the digests of the sheet's computed cells and derived rows at export (None from a version
    that wrote none): a row whose digest is not among them had such cells edited."""
    title = ws.title
    written_digests = set(written.values()) if written is not None else None
    headers: list[str] = []
    edited_rows: list[int] = []
    table = workspace.table(binding.table)
    types = field_types(table.spec.entity_type)
    fields_by_header = {c.header: c.field for c in binding.columns}
    columns: dict[str, int] | None = None  # field -> column index in this sheet
    seen: set[tuple] = set()
    matched = 0
    for number, cells in sheet_rows(ws):
        if number < binding.header_row:
            continue
        if number == binding.header_row:
            columns = _match_header(plan, title, cells, fields_by_header, binding)
            if columns is None:
                return
            headers = ["" if cell.value is None else str(cell.value) for cell in cells]
            continue
        key = _row_key(plan, title, number, cells, columns, binding, types)
        if key is None:
            continue
        if key in seen:
            plan.issues.append(CellIssue(title, f"A{number}", f"key {_show(key)} appears twice: row left alone"))
            continue
        seen.add(key)
        record = table.get(key)
        if written_digests is not None:
            digest = bound_row_digest(zip(headers, (cell.value for cell in cells)), binding, record is not None)
            if digest is not None and digest not in written_digests:
                edited_rows.append(number)
            elif record is None:
                continue  # a line the app derived (a remainder, "no estimate"), as it was written
        if record is None:
            plan.issues.append(CellIssue(title, f"A{number}", f"{binding.table} has no record {_show(key)}: "
                                                              "adding rows is not imported"))
            continue
        matched += 1
        for field_name, index in columns.items():
            if field_name in binding.key_fields:
                continue
            cell = cells[index] if index < len(cells) else EMPTY_CELL
            coordinate = f"{get_column_letter(index + 1)}{number}"
            if cell.is_formula:
                if coordinate not in app_formulas:
                    plan.issues.append(CellIssue(title, coordinate, "a formula is not imported: type the value"))
                continue
            try:
                new = convert(cell.value, *types[field_name])
            except ValueError as error:
                plan.issues.append(CellIssue(title, coordinate, f"{field_name}: {error}"))
                continue
            old = getattr(record, field_name)
            if not unchanged(old, new):
                header = next(h for h, f in fields_by_header.items() if f == field_name)
                plan.changes.append(CellChange(title, number, header, coordinate, old, new,
                                               binding.table, key, field_name))
    if edited_rows:
        plan.read_only_edits.append(ReadOnlyEdit(title, tuple(edited_rows), computed=True))
    missing = len(table) - matched
    if columns is not None and missing > 0:
        plan.issues.append(CellIssue(title, "", f"{missing} {binding.table} record(s) are not in the sheet: "
                                                "deleting rows is not imported"))


def _match_header(plan: ImportPlan, title: str, cells: list[SheetCell], fields_by_header: dict[str, str | None],
                  binding: SheetBinding) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        header = "" if cell.value is None else str(cell.value)
        if header in fields_by_header:
            if fields_by_header[header]:
                columns[fields_by_header[header]] = index
            else:
                plan.computed_columns.append((title, header))
        elif header:
            plan.unknown_columns.append((title, header))
    missing_keys = [f for f in binding.key_fields if f not in columns]
    if missing_keys:
        plan.issues.append(CellIssue(title, "", f"the key column(s) for {', '.join(missing_keys)} are missing: "
                                                "the sheet cannot be matched to records"))
        return None
    for header, field_name in fields_by_header.items():
        if field_name and field_name not in columns:
            plan.issues.append(CellIssue(title, "", f"column {header!r} is missing: its values were not compared"))
    return columns


def _row_key(plan: ImportPlan, title: str, number: int, cells: list[SheetCell], columns: dict[str, int],
             binding: SheetBinding, types) -> tuple | None:
    if not any(cell.value is not None for cell in cells):
        return None  # a blank row
    key = []
    for name in binding.key_fields:
        index = columns[name]
        cell = cells[index] if index < len(cells) else EMPTY_CELL
        try:
            if cell.is_formula:
                raise ValueError("a formula cannot be a key")
            key.append(convert(cell.value, *types[name]))
        except ValueError as error:
            plan.issues.append(CellIssue(title, f"{get_column_letter(index + 1)}{number}",
                                         f"key {name}: {error}: row left alone"))
            return None
    return tuple(key)


def _show(key: tuple) -> str:
    return ", ".join(str(part) for part in key)
