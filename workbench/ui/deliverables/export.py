"""One entry for every deliverable, from the window or the command line: the extension picks the format.

Pictures come from the makers registered with storage (see storage.pictures),
drawn with QtGui only, so no export needs a panel or a widget.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from workbench.storage.deliverables.output import briefing_for, format_of, write_atomically, write_deck_file
from workbench.storage.excel.options import ExportError, ExportOptions

from .map_picture import register_pictures


@dataclass(frozen=True)
class Written:
    path: Path
    format: str  # "xlsx", "pdf" or "pptx"
    parts: int  # sheets, pages or slides
    report: object = None  # the workbook's ExportReport, for xlsx
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        noun = {"xlsx": "sheets", "pdf": "pages", "pptx": "slides"}[self.format]
        return f"{self.parts} {noun}"


def export_file(workspace, path: str | Path, options: ExportOptions, progress=None, with_map: bool = True) -> Written:
    """Write the deliverable the extension names; ExportError (a message for the analyst) or ExportCancelled."""
    register_pictures()
    kind = format_of(path)
    if not with_map and options.sections is not None:
        options = dataclasses.replace(options, sections=tuple(s for s in options.sections if s != "map"))
    elif not with_map:
        from workbench.storage.deliverables.sections import SECTION_KINDS

        options = dataclasses.replace(options, sections=tuple(s for s in SECTION_KINDS if s != "map"))
    target = Path(path)
    if kind == "xlsx":
        from workbench.storage.excel import export_workbook
        from workbench.storage.pictures import make_picture

        warnings: list[str] = []
        if options.map_png is None and with_map:
            try:
                png = make_picture("map", workspace, metric_id=options.regions_metric,
                                   classing=options.regions_classing)
                options = dataclasses.replace(options, map_png=png)
            except Exception as error:  # the workbook is still worth writing without the picture
                warnings.append(f"the map picture was left out ({error})")
        report = export_workbook(workspace, target, options, progress)
        return Written(target, kind, len(report.sheets), report, tuple(warnings) + tuple(report.warnings))
    if kind == "pptx":
        return Written(target, kind, write_deck_file(workspace, target, options, progress))
    return Written(target, kind, write_briefing_file(workspace, target, options, progress))


def write_briefing_file(workspace, target: Path, options: ExportOptions, progress=None) -> int:
    """The briefing drawn into memory first, then written whole: a full disk cannot leave half a PDF."""
    from .briefing_pdf import write_briefing_pdf

    briefing = briefing_for(workspace, options)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = write_briefing_pdf(briefing, buffer, workspace, options.paper_size, progress)
    buffer.close()
    if not data.size():
        raise ExportError(f"The briefing for {target.name} came out empty; nothing was written.")
    from workbench.storage.deliverables.pdf_text import searchable_cjk

    payload = searchable_cjk(bytes(data.data()))
    write_atomically(target, lambda temporary: temporary.write_bytes(payload))
    return pages
