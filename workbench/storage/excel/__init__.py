"""Excel export: one sheet per panel, written safely. openpyxl is imported only in this package.

Importing this package is cheap; openpyxl loads on the first export. Add a sheet
by putting a module with an ``@sheet`` function in ``sheets/`` (see registry).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from ..exporters import exporter
from .options import PAPER_SIZES, SCENARIOS, ExportCancelled, ExportError, ExportOptions, ExportReport, Truncation
from .registry import sheet

__all__ = ["PAPER_SIZES", "ExportCancelled", "ExportError", "ExportOptions", "ExportReport", "Truncation",
           "available_sheets", "export_workbook", "sheet"]


def available_sheets() -> list[str]:
    """Titles of the sheets an export can be asked for by title, in workbook order.

    Conditional sheets (the "Changes since" sheet, written when a comparison is given) are not listed.
    """
    from .registry import registered_sheets

    return [spec.title for spec in registered_sheets() if spec.when is None]


@exporter("Excel workbook", extensions=["xlsx"])
def export_workbook(workspace, path: str | os.PathLike, options: ExportOptions | None = None,
                    progress: Callable[[int, int], bool] | None = None) -> ExportReport:
    """Write ``workspace`` to an .xlsx file at ``path``.

    ``progress(done, total)`` is called before each step; returning False stops
    the export with ExportCancelled. On cancel or failure the file at ``path``
    is left exactly as it was. Raises ExportError with a message for the analyst.
    """
    from .workbook import build_workbook, save_atomically, select_sheets

    options = options or ExportOptions()
    if options.scenario not in SCENARIOS:
        raise ExportError(f"Unknown scenario {options.scenario!r}: choose one of {', '.join(SCENARIOS)}.")
    target = Path(path)
    report = ExportReport(path=target)
    specs = select_sheets(options.sheets, options)
    workbook = build_workbook(workspace, options, specs, report, progress)
    save_atomically(workbook, target)
    return report
