"""The few looks every sheet shares, so exports look like one document."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.styles import Alignment, Font, PatternFill

TABLE_STYLE = "TableStyleMedium2"
ACCENT = "1F4E79"


@dataclass(frozen=True)
class Styles:
    title: Font = field(default_factory=lambda: Font(size=18, bold=True, color=ACCENT))
    subtitle: Font = field(default_factory=lambda: Font(size=12, italic=True, color="595959"))
    label: Font = field(default_factory=lambda: Font(bold=True))
    link: Font = field(default_factory=lambda: Font(color="0563C1", underline="single"))
    header: Font = field(default_factory=lambda: Font(bold=True, color="FFFFFF"))
    header_fill: PatternFill = field(default_factory=lambda: PatternFill("solid", fgColor=ACCENT))
    header_alignment: Alignment = field(default_factory=lambda: Alignment(wrap_text=True, vertical="top"))
    wrap: Alignment = field(default_factory=lambda: Alignment(wrap_text=True, vertical="top"))
    top: Alignment = field(default_factory=lambda: Alignment(vertical="top"))
    table_style: str = TABLE_STYLE
