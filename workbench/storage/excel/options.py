"""What the caller asks of an export, what comes back, and how it can fail."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.domain.regions import Classing

if TYPE_CHECKING:  # the comparison pulls in the tier computation (numpy), which start-up does not need
    from workbench.domain.compare import Comparison

SCENARIOS = ("low", "base", "high")
PAPER_SIZES = ("A4", "Letter")  # the one paper size every printed page of an export uses


class ExportError(Exception):
    """An export that could not be written; the message is meant for the analyst."""


class ExportCancelled(Exception):
    """The progress callback asked to stop; the target file was not touched."""


@dataclass(frozen=True)
class ExportOptions:
    sheets: tuple[str, ...] | None = None  # sheet titles to write; None means every sheet
    scenario: str = "base"  # which revenue-mix estimate the "(scenario)" column shows
    language: str = "en"  # "zh": amounts in 亿元, "en": in bn CNY (the UI's language decides)
    author: str = ""
    title: str = ""  # defaults to the workspace title
    scopes: tuple[str, ...] | None = None  # SWOT/PEST/TOWS scopes ("industry" or vendor ids); None means all
    regions_metric: str = ""  # the Regions sheet's metric; "" means the one covering the most provinces
    regions_classing: Classing | None = None  # the heat map's classes and ramp; None means the defaults
    map_png: bytes | None = None  # the rendered map for the Regions sheet (drawn by the UI: storage has no Qt)
    sections: tuple[str, ...] | None = None  # briefing and slides: section kinds to include; None means all
    paper_size: str = "A4"  # one of PAPER_SIZES, for every printed page
    comparison: Comparison | None = None  # what changed since a snapshot: a "Changes since" sheet, page and slide
    changes_label: str = ""  # the snapshot compared with, named in their titles ("2025Q2 published")

    def __post_init__(self):
        if self.paper_size not in PAPER_SIZES:
            raise ValueError(f"paper size {self.paper_size!r} is not one of {', '.join(PAPER_SIZES)}")


@dataclass(frozen=True)
class Truncation:
    """A text cut at Excel's cell limit; the full text stays in the project."""

    sheet: str
    cell: str
    original_length: int


@dataclass
class ExportReport:
    path: Path
    sheets: list[str] = field(default_factory=list)  # in workbook order
    rows: dict[str, int] = field(default_factory=dict)  # data rows written, per sheet
    truncations: list[Truncation] = field(default_factory=list)
    formulas: dict[str, dict[str, object]] = field(default_factory=dict)  # sheet -> cell -> expected value
    warnings: list[str] = field(default_factory=list)
