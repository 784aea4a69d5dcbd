"""Build the workbook in memory, sheet by sheet, then save it atomically.

Big append-only sheets are streamed (openpyxl write-only worksheets) inside an
otherwise ordinary workbook; see registry.STREAM_FROM_ROWS.
"""

from __future__ import annotations

import contextlib

import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from workbench import __version__

from ..deliverables.output import write_atomically
from .manifest import MANIFEST_SHEET, Manifest, SheetBinding, bound_row_digest, sheet_digests
from .openpyxl_internals import WriteOnlyWorksheet, add_streamed_sheet, writing_streamed_sheet
from .options import ExportCancelled, ExportError, ExportOptions, ExportReport
from .printing import set_up_printing
from .registry import SheetSpec, registered_sheets
from .writer import SheetWriter

Progress = Callable[[int, int], bool]


def select_sheets(wanted: tuple[str, ...] | None, options: ExportOptions | None = None) -> list[SheetSpec]:
    """The sheets picked by title (None: all), and each conditional sheet whose condition the options meet."""
    available = [spec for spec in registered_sheets() if spec.when is None or (options and spec.when(options))]
    if wanted is None:
        return available
    titles = {spec.title for spec in registered_sheets()}
    unknown = [title for title in wanted if title not in titles]
    if unknown:
        raise ExportError(f"Unknown sheet(s): {', '.join(unknown)}. Available: {', '.join(sorted(titles))}.")
    return [spec for spec in available if spec.title in wanted or spec.when is not None]


def build_workbook(workspace, options: ExportOptions, specs: list[SheetSpec], report: ExportReport,
                   progress: Progress | None) -> Workbook:
    """Every sheet in memory; nothing touches the disk yet, so cancelling is free."""
    total = len(specs) + 1  # the last step is saving
    workbook = Workbook()
    workbook.remove(workbook.active)
    out = SheetWriter(report, specs)
    for step, spec in enumerate(specs):
        _check_progress(progress, step, total)
        ws = _new_sheet(workbook, spec.title, streamed=spec.streams(workspace))
        try:
            with warnings.catch_warnings():
                # openpyxl warns on every table of a write-only sheet, although the writer names the columns
                warnings.filterwarnings("ignore", message=".*add table columns manually")
                spec.function(ws, workspace, options, out)
        except Exception as error:  # a sheet bug must not lose the export silently or crash the app
            raise ExportError(f"Could not write the sheet {spec.title!r}: {error}") from error
        report.sheets.append(spec.title)
    _check_progress(progress, len(specs), total)
    set_up_printing(workbook, options.paper_size, options.title or workspace.info.title or "Workbench export",
                    datetime.now(timezone.utc).date(), out.kept_together)
    _write_manifest(workbook, out, report.sheets, workspace)
    _set_properties(workbook, workspace, options)
    return workbook


def _new_sheet(workbook: Workbook, title: str, streamed: bool):
    if not streamed:
        return workbook.create_sheet(title)
    return add_streamed_sheet(workbook, title)


def _write_manifest(workbook: Workbook, out: SheetWriter, written: list[str], workspace) -> None:
    """The hidden, protected sheet import reads to map cells back to records (see manifest)."""
    formula_cells = {title: set(cells) for title, cells in out.report.formulas.items()}
    manifest = Manifest(app_version=__version__, written=list(written), bindings=out.bindings,
                        formula_cells=formula_cells, digests=_report_digests(workbook, out, formula_cells, workspace))
    ws = workbook.create_sheet(MANIFEST_SHEET)
    for row_number, row in enumerate(manifest.rows(), start=1):
        for column, value in enumerate(row, start=1):
            out.set(ws.cell(row_number, column), value)
    ws.sheet_state = "veryHidden"  # not listed in Excel's Unhide dialog: it is the app's, not the analyst's
    ws.protection.sheet = True


def _report_digests(workbook: Workbook, out: SheetWriter, formula_cells: dict[str, set[str]], workspace) -> dict:
    """Row fingerprints of what import cannot read back, so that an edit there is noticed, not lost.

    Report sheets whole; table sheets (bound in the manifest) only their
    computed cells and derived rows, the bound cells being compared one by one.
    A streamed sheet cannot be read back here and gets none.
    """
    digests = {}
    for ws in workbook.worksheets:
        if isinstance(ws, WriteOnlyWorksheet):
            continue
        binding = out.bindings.get(ws.title)
        if binding is None:
            digests[ws.title] = sheet_digests(ws.iter_rows(), formula_cells.get(ws.title, set()))
        else:
            digests[ws.title] = _table_sheet_digests(ws, binding, workspace.table(binding.table))
    return digests


def _table_sheet_digests(ws, binding: SheetBinding, table) -> dict[int, str]:
    headers = [column.header for column in binding.columns]
    key_columns = [headers.index(next(c.header for c in binding.columns if c.field == name))
                   for name in binding.key_fields]
    digests = {}
    for number, row in enumerate(ws.iter_rows(min_row=binding.header_row + 1, values_only=True),
                                 start=binding.header_row + 1):
        key = tuple("" if row[index] is None else row[index] for index in key_columns)
        digest = bound_row_digest(zip(headers, row), binding, table.get(key) is not None)
        if digest is not None:
            digests[number] = digest
    return digests


def save_atomically(workbook: Workbook, target: Path) -> None:
    write_atomically(target, lambda temporary: _save(workbook, temporary), holder="Excel or another program")


class _MixedWriter(ExcelWriter):
    """openpyxl's writer, taught that a streamed sheet may sit in an ordinary workbook.

    openpyxl picks how to write a sheet from the workbook's write-only flag;
    here the flag is raised for exactly the streamed sheets.
    """

    def write_worksheet(self, ws):
        if not isinstance(ws, WriteOnlyWorksheet):
            return super().write_worksheet(ws)
        with writing_streamed_sheet(self.workbook):
            return super().write_worksheet(ws)


def _save(workbook: Workbook, filename) -> None:
    """openpyxl's save, with the archive closed here whatever happens.

    Left to openpyxl, a failed save (a full disk) leaves the zip open; it is closed
    when collected, fails again and prints a stray "Exception ignored" traceback.
    """
    archive = ZipFile(filename, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        _MixedWriter(workbook, archive).save()  # closes the archive when it is complete
    except BaseException:
        _abandon(archive)
        raise


def _abandon(archive: ZipFile) -> None:
    """Drop a half-written archive without writing its directory: the write already failed once."""
    handle, archive.fp = archive.fp, None
    if handle is not None:
        with contextlib.suppress(Exception):  # the buffered tail fails to flush again; the file goes anyway
            handle.close()


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
