"""Open a workbook the app exported, safely, and read its manifest and table sheets."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..excel.manifest import MANIFEST_SHEET, Manifest, NewerManifest
from ..problems import InputError
from ..xlsx_reader import MAX_COLUMNS, MAX_ROWS, check_zip


class WorkbookImportError(Exception):
    """A workbook that cannot be imported; the message is meant for the analyst."""


class DamagedManifest(WorkbookImportError):
    """A workbook with the app's manifest sheet that cannot be read: an export, but a damaged one."""


@dataclass(frozen=True)
class SheetCell:
    value: Any
    is_formula: bool  # the analyst typed a formula (or the app wrote one): never trusted as data


EMPTY_CELL = SheetCell(None, False)  # what a row cut short holds in its missing columns


@contextmanager
def open_export(path: str | Path) -> Iterator[tuple[Any, Manifest]]:
    """The workbook (read-only, formulas as text) and its manifest; raises WorkbookImportError."""
    import openpyxl

    path = Path(path)
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise WorkbookImportError("XLSX import is disabled: install defusedxml so that workbooks "
                                  "cannot expand XML entities without bound")
    try:
        check_zip(path)
    except InputError as error:
        raise WorkbookImportError(str(error.problems[0].message if error.problems else error)) from None
    try:
        # data_only=False: a formula comes back as its text, so it can be flagged, never taken as a value
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl reports damaged parts with many exception types
        raise WorkbookImportError(f"{path.name} is not a readable workbook ({type(error).__name__})") from None
    try:
        if MANIFEST_SHEET not in workbook.sheetnames:
            raise WorkbookImportError(f"{path.name} was not exported by Workbench (it has no {MANIFEST_SHEET} "
                                      "sheet); import its tables one by one instead")
        try:
            manifest = Manifest.from_rows(_values(workbook[MANIFEST_SHEET]))
        except NewerManifest as error:
            raise DamagedManifest(f"{path.name}: {error}") from None
        except ValueError as error:
            raise DamagedManifest(f"{path.name}: the hidden {MANIFEST_SHEET} sheet that describes the workbook is "
                                  f"damaged: {error}. Nothing was imported; export the workbook again") from None
        yield workbook, manifest
    finally:
        workbook.close()


def is_workbench_export(path: str | Path) -> bool:
    """True when ``path`` is an .xlsx workbook carrying the app's manifest sheet."""
    try:
        with open_export(path):
            return True
    except DamagedManifest:
        return True  # an export still: importing it says what is wrong, rather than taking it for a table
    except (WorkbookImportError, OSError):
        return False


def _values(ws) -> list[list]:
    ws.reset_dimensions()  # the sheet's claimed size is not trusted (see xlsx_reader)
    return [list(row) for row in ws.iter_rows(values_only=True)]


def sheet_rows(ws, keep_cells: bool = False) -> Iterator[tuple[int, Any]]:
    """(row number, cells) of a sheet, counted as read; trailing empty cells dropped.

    With ``keep_cells`` the rows are openpyxl's own cells, untouched.
    """
    ws.reset_dimensions()
    for number, row in enumerate(ws.iter_rows(), start=1):
        if number > MAX_ROWS:
            raise WorkbookImportError(f"sheet {ws.title!r} has more than {MAX_ROWS:,} rows")
        if len(row) > MAX_COLUMNS:
            raise WorkbookImportError(f"sheet {ws.title!r} has more than {MAX_COLUMNS:,} columns")
        if keep_cells:
            yield number, row
            continue
        cells = [SheetCell(getattr(cell, "value", None), getattr(cell, "data_type", None) == "f") for cell in row]
        while cells and cells[-1].value is None:
            cells.pop()
        yield number, cells
