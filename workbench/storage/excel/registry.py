"""The sheets an export can contain. Each panel adds its own in its own module.

A sheet module lives in ``workbench/storage/excel/sheets/`` and registers a
function with ``@sheet(title, order=...)``::

    @sheet("Vendors", order=10, description="The vendors and where they are based")
    def vendors_sheet(ws, workspace, options, out: SheetWriter) -> None: ...

The function receives an empty worksheet already titled, the workspace, the
ExportOptions, and a SheetWriter (styles, safe cell writing, table layout and
the report). Sheets appear in ``order``; the Cover (order 0) comes first.
Modules in the ``sheets`` package are found automatically.

A sheet that only writes through ``out.table`` (rows appended top to bottom,
no random cell access, no charts added afterwards) may pass ``rows=`` a
function giving the number of rows it will write: above STREAM_FROM_ROWS the
sheet gets an openpyxl write-only worksheet, which streams rows to disk
instead of holding every cell in memory.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

_FORBIDDEN_TITLE_CHARACTERS = set("[]:*?/\\'")
_MAX_TITLE_LENGTH = 31  # Excel's limit
STREAM_FROM_ROWS = 5_000


@dataclass(frozen=True)
class SheetSpec:
    title: str
    order: int
    function: Callable
    description: str = ""
    rows: Callable | None = None  # workspace -> rows it will write, for sheets that can stream
    when: Callable | None = None  # options -> whether the export has this sheet; None: always (and selectable)

    def streams(self, workspace) -> bool:
        return self.rows is not None and self.rows(workspace) > STREAM_FROM_ROWS


_sheets: dict[str, SheetSpec] = {}


def sheet(title: str, order: int, description: str = "", rows: Callable | None = None,
          when: Callable | None = None) -> Callable[[Callable], Callable]:
    """Register the decorated function as the writer of sheet ``title``.

    A sheet with ``when`` is written exactly when ``when(options)`` holds (the options ask
    for it, e.g. by giving a comparison), whatever sheets were picked by title.
    """
    if not title or len(title) > _MAX_TITLE_LENGTH or _FORBIDDEN_TITLE_CHARACTERS & set(title):
        raise ValueError(f"{title!r} is not a valid Excel sheet title")

    def register(function: Callable) -> Callable:
        _sheets[title] = SheetSpec(title, order, function, description, rows, when)
        return function

    return register


def registered_sheets() -> list[SheetSpec]:
    """Every sheet, in workbook order."""
    from . import sheets as sheet_package

    for module in pkgutil.iter_modules(sheet_package.__path__):
        importlib.import_module(f"{sheet_package.__name__}.{module.name}")
    return sorted(_sheets.values(), key=lambda spec: (spec.order, spec.title))
