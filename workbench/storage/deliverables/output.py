"""Writing a deliverable: the format chosen by the file's extension, the file replaced whole or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..atomic import atomic_path
from ..excel.options import ExportError

FORMATS = {".xlsx": "Excel workbook", ".pdf": "PDF briefing", ".pptx": "PowerPoint slides"}


def format_of(path: str | Path) -> str:
    """"xlsx", "pdf" or "pptx"; ExportError names the formats for any other extension."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        shown = f"“{suffix}”" if suffix else "no extension"
        raise ExportError(f"{Path(path).name} has {shown}: name an .xlsx (workbook), .pdf (briefing) or "
                          ".pptx (slides) file.")
    return suffix[1:]


def write_atomically(target: str | Path, write: Callable[[Path], None], holder: str = "another program") -> None:
    """write(temporary) fills a file beside target, which then replaces target; on any failure target is untouched.

    OSErrors (read-only or full folder, a file `holder` holds open) become ExportError with advice.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"The folder {folder.name or folder} does not exist.")
    if target.is_dir():
        raise ExportError(f"{target.name} is a folder, not a file name.")
    try:
        with atomic_path(target) as temporary:
            write(temporary)
    except OSError as error:
        reason = error.strerror or str(error)
        # Windows refuses to replace a file another program holds open; say so rather than only "Permission denied".
        advice = (f"If it is open in {holder}, close it there and export again, or choose another folder "
                  "or file name." if target.exists() else "Choose another folder or file name.")
        raise ExportError(f"Could not write {target.name} in the folder {folder.name or folder}: {reason}. "
                          f"{advice}") from error


def write_deck_file(workspace, target: str | Path, options, progress=None) -> int:
    """The slide deck for the options (sections, scopes, scenario, language, author); returns the slide count."""
    from .deck import write_deck

    briefing = briefing_for(workspace, options)
    count = 0

    def write(temporary: Path) -> None:
        nonlocal count
        count = write_deck(briefing, temporary, workspace, progress)

    write_atomically(target, write)
    return count


def briefing_for(workspace, options):
    from .sections import SECTION_KINDS, build_briefing

    kinds = getattr(options, "sections", None) or SECTION_KINDS
    return build_briefing(workspace, language=options.language, author=options.author, title=options.title,
                          scenario=options.scenario, scopes=options.scopes, kinds=tuple(kinds),
                          regions_metric=options.regions_metric, regions_classing=options.regions_classing,
                          comparison=getattr(options, "comparison", None),
                          changes_label=getattr(options, "changes_label", ""))
