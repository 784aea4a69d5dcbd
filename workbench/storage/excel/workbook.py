"""Build the workbook in memory, sheet by sheet, then save it atomically."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from openpyxl import Workbook

from ..atomic import atomic_path
from .options import ExportCancelled, ExportError, ExportOptions, ExportReport
from .registry import SheetSpec, registered_sheets
from .writer import SheetWriter

Progress = Callable[[int, int], bool]


def select_sheets(wanted: tuple[str, ...] | None) -> list[SheetSpec]:
    available = registered_sheets()
    if wanted is None:
        return available
    titles = {spec.title for spec in available}
    unknown = [title for title in wanted if title not in titles]
    if unknown:
        raise ExportError(f"Unknown sheet(s): {', '.join(unknown)}. Available: {', '.join(sorted(titles))}.")
    return [spec for spec in available if spec.title in wanted]


def build_workbook(workspace, options: ExportOptions, specs: list[SheetSpec], report: ExportReport,
                   progress: Progress | None) -> Workbook:
    """Every sheet in memory; nothing touches the disk yet, so cancelling is free."""
    total = len(specs) + 1  # the last step is saving
    workbook = Workbook()
    workbook.remove(workbook.active)
    out = SheetWriter(report, specs)
    for step, spec in enumerate(specs):
        _check_progress(progress, step, total)
        ws = workbook.create_sheet(spec.title)
        try:
            spec.function(ws, workspace, options, out)
        except Exception as error:  # a sheet bug must not lose the export silently or crash the app
            raise ExportError(f"Could not write the sheet {spec.title!r}: {error}") from error
        report.sheets.append(spec.title)
    _check_progress(progress, len(specs), total)
    _set_properties(workbook, workspace, options)
    return workbook


def save_atomically(workbook: Workbook, target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"The folder {folder.name or folder} does not exist.")
    if target.is_dir():
        raise ExportError(f"{target.name} is a folder, not a file name.")
    try:
        with atomic_path(target) as temporary:
            workbook.save(temporary)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(f"Could not write {target.name} in the folder {folder.name or folder}: {reason}. "
                          "Choose another folder or file name.") from error


def _check_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled("Export cancelled")


def _set_properties(workbook: Workbook, workspace, options: ExportOptions) -> None:
    properties = workbook.properties
    properties.title = options.title or workspace.info.title or "Workbench export"
    properties.subject = "Competitive landscape of China's multimodal large-model industry"
    properties.creator = options.author or None
    properties.lastModifiedBy = options.author or None
    # openpyxl writes these as UTC and expects naive datetimes
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    properties.created = properties.modified = now
    properties.keywords = f"dataset: {workspace.info.dataset_name}; scenario: {options.scenario}"
