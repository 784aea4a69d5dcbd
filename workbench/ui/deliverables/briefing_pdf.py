"""The briefing as a PDF, drawn with Qt's own PDF writer (QtGui only): vector text, fonts embedded.

Layout runs top to bottom on each page: every section starts a page, and a
table or chart that does not fit in what is left moves to the next page (a
long table continues there under its header), so nothing is cut at an edge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from workbench.storage.deliverables.sections import Briefing, Chart, Picture, Section, Table
from workbench.storage.excel.options import ExportCancelled

from .map_picture import map_aspect, paint_map

PAPER_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_PT = 42
BODY_PT, SMALL_PT, TITLE_PT, COVER_PT = 10.0, 8.0, 18.0, 26.0
INK, MUTED, RULE, HEADER_FILL, BAR = (QColor("#1f2d3a"), QColor("#5f6b73"), QColor("#b8c2c8"), QColor("#e8eef2"),
                                      QColor("#2b6c9e"))
CELL_PAD = 3.0
Progress = Callable[[int, int], bool]


# Chinese asked for by name, as the window does (ui/app.py), so that it gets Chinese glyph forms, not Japanese
# ones. Latin letters and digits come first from a Latin font: the CJK fonts shape digits beside ideographs into
# glyphs that Qt's PDF writer cannot map back to text, so "2024年" would not be found by a search.
LATIN_FAMILIES = ("DejaVu Sans", "Arial", "Helvetica Neue", "Helvetica", "Segoe UI")
CJK_FAMILIES = ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Source Han Sans SC")


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies([*LATIN_FAMILIES, *CJK_FAMILIES, *font.families()])
    for ligature in ("liga", "clig"):  # "fi" drawn as one glyph would be extracted as "ﬁ" and missed by a search
        font.setFeature(QFont.Tag(ligature), 0)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class _Pages:
    """A painter on the PDF with a cursor; `need(h)` starts a new page when h does not fit."""

    def __init__(self, writer: QPdfWriter, footer: str):
        self.writer = writer
        self.painter = QPainter(writer)
        self.area = QRectF(0, 0, writer.width(), writer.height())
        self.footer = footer
        self.y = 0.0
        self.page = 1
        self.section_footnote = ""

    def unit(self, points: float) -> float:
        """Points to device units (the writer's resolution)."""
        return points * self.writer.resolution() / 72.0

    def new_page(self) -> None:
        self._finish_page()
        self.writer.newPage()
        self.page += 1
        self.y = 0.0

    def _finish_page(self) -> None:
        painter = self.painter
        painter.setFont(_font(SMALL_PT))
        painter.setPen(MUTED)
        line = self.unit(SMALL_PT * 1.6)
        bottom = self.area.bottom()
        if self.section_footnote:
            painter.drawText(QRectF(0, bottom - 2 * line, self.area.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.section_footnote)
        painter.drawText(QRectF(0, bottom - line, self.area.width(), line), Qt.AlignmentFlag.AlignLeft, self.footer)
        painter.drawText(QRectF(0, bottom - line, self.area.width(), line), Qt.AlignmentFlag.AlignRight,
                         str(self.page))

    @property
    def bottom(self) -> float:
        return self.area.bottom() - self.unit(SMALL_PT * 1.6) * 2.5  # room for the footnote and footer

    def need(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > 0:
            self.new_page()

    def text(self, text: str, size: float, bold: bool = False, color: QColor = INK, gap: float = 4) -> None:
        font = _font(size, bold)
        self.painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        rect = self.painter.boundingRect(QRectF(0, 0, self.area.width(), 1e6), flags, text)
        self.need(rect.height())
        self.painter.setPen(color)
        self.painter.drawText(QRectF(0, self.y, self.area.width(), rect.height()), flags, text)
        self.y += rect.height() + self.unit(gap)

    def finish(self) -> None:
        self._finish_page()
        self.painter.end()


def _table(pages: _Pages, table: Table) -> None:
    painter = pages.painter
    widths = table.widths or (1.0,) * len(table.headers)
    total = sum(widths)
    columns = [pages.area.width() * w / total for w in widths]
    pad = pages.unit(CELL_PAD)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap

    def row_height(cells, font) -> float:
        painter.setFont(font)
        return max(painter.boundingRect(QRectF(0, 0, width - 2 * pad, 1e6), flags, str(cell)).height()
                   for cell, width in zip(cells, columns)) + 2 * pad

    def draw_row(cells, font, fill: QColor | None) -> None:
        height = row_height(cells, font)
        painter.setFont(font)
        x = 0.0
        for cell, width in zip(cells, columns):
            rect = QRectF(x, pages.y, width, height)
            if fill is not None:
                painter.fillRect(rect, fill)
            painter.setPen(INK)
            painter.drawText(rect.adjusted(pad, pad, -pad, -pad), flags, str(cell))
            x += width
        painter.setPen(QPen(RULE, pages.unit(0.5)))
        painter.drawLine(0, pages.y + height, pages.area.width(), pages.y + height)
        pages.y += height

    header_font, body_font = _font(BODY_PT, True), _font(BODY_PT)
    header_height = row_height(table.headers, header_font)
    title_height = 0.0
    if table.title:  # kept on the page of the table's first rows
        painter.setFont(_font(BODY_PT + 1, True))
        title_height = painter.boundingRect(QRectF(0, 0, pages.area.width(), 1e6), flags, table.title).height() \
            + pages.unit(4)
    pages.need(title_height + header_height + (row_height(table.rows[0], body_font) if table.rows else 0))
    if table.title:
        pages.text(table.title, BODY_PT + 1, bold=True)
    draw_row(table.headers, header_font, HEADER_FILL)
    for row in table.rows:
        height = row_height(row, body_font)
        if pages.y + height > pages.bottom:  # the table goes on over the page, under its header again
            pages.new_page()
            draw_row(table.headers, header_font, HEADER_FILL)
        draw_row(row, body_font, None)
    pages.y += pages.unit(10)


def _chart(pages: _Pages, chart: Chart) -> None:
    """Horizontal bars with their values: the only chart type the sections ask a PDF for."""
    if not chart.categories:
        return
    painter = pages.painter
    bar = pages.unit(BODY_PT * 1.5)
    height = bar * len(chart.categories) + pages.unit(TITLE_PT)
    if pages.y + height > pages.bottom:
        pages.new_page()
    pages.text(chart.title, BODY_PT, bold=True)
    name, values = chart.series[0]
    painter.setFont(_font(SMALL_PT + 1))
    label_width = pages.area.width() * 0.25
    value_width = pages.unit(50)
    room = pages.area.width() - label_width - value_width
    top = max(values) if values else 1.0
    top = top if top > 0 else 1.0
    for category, value in zip(chart.categories, values):
        painter.setPen(INK)
        painter.drawText(QRectF(0, pages.y, label_width - pages.unit(4), bar),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, category)
        length = room * max(value, 0) / top
        painter.fillRect(QRectF(label_width, pages.y + bar * 0.15, length, bar * 0.7), BAR)
        text = f"{value * 100:.1f}%" if chart.percent else f"{value:g}"
        painter.drawText(QRectF(label_width + length + pages.unit(3), pages.y, value_width, bar),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        pages.y += bar
    pages.y += pages.unit(10)


def _picture(pages: _Pages, picture: Picture, workspace) -> None:
    if picture.name != "map":
        return
    width = pages.area.width()
    height = min(width / map_aspect(), (pages.bottom - pages.y) - pages.unit(BODY_PT) * 2 * (len(picture.legend) // 3 + 1))
    if height < pages.area.height() * 0.3:
        pages.new_page()
        height = min(width / map_aspect(), pages.area.height() * 0.6)
    paint_map(pages.painter, QRectF(0, pages.y, width, height), workspace, **{k: v for k, v in
                                                                               picture.arguments.items() if v})
    pages.y += height + pages.unit(6)
    _legend(pages, picture.legend)


def _legend(pages: _Pages, legend) -> None:
    painter = pages.painter
    painter.setFont(_font(SMALL_PT + 1))
    swatch, line = pages.unit(10), pages.unit(BODY_PT * 1.6)
    column = pages.area.width() / 3
    for n, (color, label) in enumerate(legend):
        if n % 3 == 0:
            pages.need(line)
            if n:
                pages.y += line
        x = column * (n % 3)
        painter.fillRect(QRectF(x, pages.y + (line - swatch) / 2, swatch, swatch), QColor(color))
        painter.setPen(INK)
        painter.drawText(QRectF(x + swatch * 1.5, pages.y, column - swatch * 2, line),
                         Qt.AlignmentFlag.AlignVCenter, label)
    pages.y += line + pages.unit(8)


def _cover(pages: _Pages, briefing: Briefing) -> None:
    english = briefing.language == "en"
    pages.y = pages.area.height() * 0.25
    pages.text(briefing.title, COVER_PT, bold=True, gap=18)
    for label_en, label_zh, value in (("Author", "作者", briefing.author or "—"), ("Date", "日期", briefing.date),
                                      ("Dataset", "数据集", briefing.dataset)):
        pages.text(f"{label_en if english else label_zh}: {value}", BODY_PT + 2, color=MUTED)
    contents = [f"{n}. {section.title}" for n, section in enumerate(briefing.sections, 1)]
    contents.append(f"{len(contents) + 1}. {'Sources' if english else '来源'}")
    pages.y += pages.unit(24)
    pages.text("Contents" if english else "目录", BODY_PT + 1, bold=True)
    pages.text("\n".join(contents), BODY_PT, color=INK)


def _section(pages: _Pages, briefing: Briefing, section: Section, workspace) -> None:
    pages.section_footnote = briefing.footnote(section)
    pages.text(section.title, TITLE_PT, bold=True, gap=6)
    for note in section.notes:
        pages.text(note, BODY_PT - 1, color=MUTED)
    pages.y += pages.unit(6)
    for picture in section.pictures:
        _picture(pages, picture, workspace)
    for table in section.tables:
        _table(pages, table)
    for chart in section.charts:
        _chart(pages, chart)


def _sources(pages: _Pages, briefing: Briefing) -> None:
    pages.section_footnote = ""
    pages.text("Sources" if briefing.language == "en" else "来源", TITLE_PT, bold=True, gap=8)
    for n, (source_id, text) in enumerate(briefing.sources, 1):
        pages.text(f"[{n}] {text} ({source_id})", BODY_PT - 1, gap=3)


def write_briefing_pdf(briefing: Briefing, device: str | Path | QIODevice, workspace, paper_size: str = "A4",
                       progress: Progress | None = None) -> int:
    """Write the PDF to a file name or an open device (the caller makes a file atomic); returns the page count.

    progress(done, total) returning False stops with ExportCancelled.
    """
    writer = QPdfWriter(device if isinstance(device, QIODevice) else str(device))
    writer.setResolution(300)
    writer.setTitle(briefing.title)
    writer.setCreator("Workbench")
    writer.setPageLayout(QPageLayout(QPageSize(PAPER_SIZES.get(paper_size, QPageSize.PageSizeId.A4)),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT), QPageLayout.Unit.Point))
    pages = _Pages(writer, f"{briefing.title} · {briefing.date}")
    total = len(briefing.sections) + 2
    try:
        _cover(pages, briefing)
        for done, section in enumerate(briefing.sections, 1):
            if progress is not None and not progress(done, total):
                raise ExportCancelled()
            pages.new_page()
            _section(pages, briefing, section, workspace)
        pages.new_page()
        _sources(pages, briefing)
    finally:
        pages.finish()
    if progress is not None:
        progress(total, total)
    return pages.page
