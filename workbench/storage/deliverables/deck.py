"""The slide deck (PPTX, 16:9) from the briefing's sections: native tables and charts, a picture for the map.

One idea per slide: a section's tables, chart and picture each get a slide, and
a table too long for one slide goes on over the next under its header. Every
slide carries the section's sources as a footnote; the last slides list them.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.util import Emu, Inches, Pt

from ..excel.options import ExportCancelled
from ..pictures import make_picture
from .sections import CHANGES_KIND, Briefing, Chart, Picture, Section, Table

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
LEFT, TOP, BODY_WIDTH = Inches(0.5), Inches(1.25), Inches(12.333)
BODY_HEIGHT = Inches(5.3)  # above the footnote
INK, MUTED = RGBColor(0x1F, 0x2D, 0x3A), RGBColor(0x5F, 0x6B, 0x73)
LINES_PER_SLIDE = 15  # table lines at 11 pt (header included) that LibreOffice and PowerPoint fit in BODY_HEIGHT
CHARS_PER_LINE = 120  # across the whole body width at 11 pt (CJK counted double)
LINE = Emu(int(BODY_HEIGHT / LINES_PER_SLIDE))  # the height one table line takes
SOURCES_PER_SLIDE = 8
Progress = Callable[[int, int], bool]


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _lines(text: str, share: float) -> int:
    """Lines a cell's text takes in a column holding `share` of the body width."""
    per_line = max(8, int(CHARS_PER_LINE * share))
    return sum(max(1, -(-_width(part) // per_line)) for part in str(text).split("\n"))


def _table_lines(table: Table) -> int:
    """Lines the whole table takes, its header included."""
    widths = table.widths or (1.0,) * len(table.headers)
    shares = [w / sum(widths) for w in widths]
    return 1 + sum(max(_lines(cell, share) for cell, share in zip(row, shares)) for row in table.rows)


def _chunks(table: Table) -> list[tuple[tuple[str, ...], ...]]:
    """The table's rows split so that each slide's rows fit its height."""
    widths = table.widths or (1.0,) * len(table.headers)
    shares = [w / sum(widths) for w in widths]
    chunks, current, used = [], [], 1
    for row in table.rows:
        lines = max(_lines(cell, share) for cell, share in zip(row, shares))
        if current and used + lines > LINES_PER_SLIDE:
            chunks.append(tuple(current))
            current, used = [], 1
        current.append(row)
        used += lines
    if current or not chunks:
        chunks.append(tuple(current))
    return chunks


class _Deck:
    def __init__(self, briefing: Briefing):
        self.briefing = briefing
        self.presentation = Presentation()
        self.presentation.slide_width, self.presentation.slide_height = WIDTH, HEIGHT
        self.blank = self.presentation.slide_layouts[6]

    def slide(self, title: str, footnote: str = "", subtitle: str = ""):
        slide = self.presentation.slides.add_slide(self.blank)
        self._text(slide, title, LEFT, Inches(0.35), BODY_WIDTH, Inches(0.6), 26, bold=True)
        if subtitle:
            self._text(slide, subtitle, LEFT, Inches(0.85), BODY_WIDTH, Inches(0.4), 12, color=MUTED)
        if footnote:
            self._text(slide, footnote, LEFT, Inches(6.75), BODY_WIDTH, Inches(0.35), 10, color=MUTED)
        return slide

    @staticmethod
    def _text(slide, text: str, left, top, width, height, size: int, bold: bool = False, color=INK):
        box = slide.shapes.add_textbox(left, top, width, height)
        frame = box.text_frame
        frame.word_wrap = True
        for n, line in enumerate(text.split("\n")):
            paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            run = paragraph.add_run()
            run.text = line
            run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, color
        return box

    def table(self, section: Section, table: Table, footnote: str) -> None:
        chunks = _chunks(table)
        for n, rows in enumerate(chunks):
            title = section.title if len(chunks) == 1 else f"{section.title} ({n + 1}/{len(chunks)})"
            subtitle = " · ".join(filter(None, (table.title, *section.notes[:1])))
            self._grid(self.slide(title, footnote, subtitle), table, rows, TOP)

    def stacked_tables(self, section: Section, footnote: str) -> None:
        """Short tables one under another, each under its title, while they fit a slide; a long one on its own."""
        slide, used = None, 0
        for table in section.tables:
            lines = _table_lines(table) + 1  # its title
            if lines > LINES_PER_SLIDE:
                self.table(section, table, footnote)
                slide = None
                continue
            if slide is None or used + lines > LINES_PER_SLIDE:
                slide, used = self.slide(section.title, footnote, " · ".join(section.notes[:1])), 0
            top = TOP + LINE * used
            self._text(slide, table.title, LEFT, top, BODY_WIDTH, LINE, 12, bold=True)
            self._grid(slide, table, table.rows, top + LINE)
            used += lines

    def _grid(self, slide, table: Table, rows, top) -> None:
        widths = table.widths or (1.0,) * len(table.headers)
        shape = slide.shapes.add_table(len(rows) + 1, len(table.headers), LEFT, top, BODY_WIDTH,
                                       Inches(0.3) * (len(rows) + 1))
        grid = shape.table
        for column, width in enumerate(widths):
            grid.columns[column].width = Emu(int(BODY_WIDTH * width / sum(widths)))
        for column, header in enumerate(table.headers):
            self._cell(grid.cell(0, column), header, bold=True)
        for row_index, row in enumerate(rows, 1):
            for column, value in enumerate(row):
                self._cell(grid.cell(row_index, column), value)

    @staticmethod
    def _cell(cell, text: str, bold: bool = False) -> None:
        frame = cell.text_frame
        frame.word_wrap = True
        for n, line in enumerate(str(text).split("\n")):
            paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            run = paragraph.add_run()
            run.text = line
            run.font.size, run.font.bold = Pt(11), bold
        cell.margin_top = cell.margin_bottom = Inches(0.03)

    def chart(self, section: Section, chart: Chart, footnote: str) -> None:
        if not chart.categories:
            return
        slide = self.slide(f"{section.title}: {chart.title}", footnote, " · ".join(section.notes[:1]))
        data = CategoryChartData(number_format="0.0%" if chart.percent else "0.0")
        data.categories = list(chart.categories)
        for name, values in chart.series:
            data.add_series(name, list(values))
        kind = {"bar": XL_CHART_TYPE.BAR_CLUSTERED, "line": XL_CHART_TYPE.LINE_MARKERS}.get(
            chart.kind, XL_CHART_TYPE.BAR_CLUSTERED)
        graphic = slide.shapes.add_chart(kind, LEFT, TOP, BODY_WIDTH, BODY_HEIGHT, data).chart
        graphic.has_legend = False
        graphic.font.size = Pt(11)
        if chart.kind == "bar":
            graphic.category_axis.reverse_order = True  # the first category at the top
            plot = graphic.plots[0]
            plot.has_data_labels = True
            plot.data_labels.number_format = data.number_format
            plot.data_labels.number_format_is_linked = False
            plot.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
        if chart.percent:
            graphic.value_axis.minimum_scale = 0
            graphic.value_axis.maximum_scale = max(1.0, *(v for _, values in chart.series for v in values))
            graphic.value_axis.tick_labels.number_format = "0%"
            graphic.value_axis.tick_labels.number_format_is_linked = False

    def picture(self, section: Section, picture: Picture, workspace, footnote: str) -> None:
        arguments = {k: v for k, v in picture.arguments.items() if v}
        png = make_picture(picture.name, workspace, **arguments)
        slide = self.slide(section.title, footnote, " · ".join(section.notes))
        if png is None:
            self._text(slide, "(the map picture needs the map renderer; see the Regions table)", LEFT, TOP,
                       BODY_WIDTH, Inches(0.5), 14, color=MUTED)
        else:
            slide.shapes.add_picture(io.BytesIO(png), LEFT, TOP, height=BODY_HEIGHT)
        legend = "\n".join(f"■ {label}" for _, label in picture.legend)
        box = self._text(slide, legend, Inches(9.6), TOP, Inches(3.2), BODY_HEIGHT, 12)
        for paragraph, (color, _) in zip(box.text_frame.paragraphs, picture.legend):
            paragraph.runs[0].font.color.rgb = RGBColor.from_string(color.lstrip("#").upper())

    def cover(self) -> None:
        b = self.briefing
        english = b.language == "en"
        slide = self.presentation.slides.add_slide(self.blank)
        self._text(slide, b.title, LEFT, Inches(2.3), BODY_WIDTH, Inches(1.5), 36, bold=True)
        lines = [f"{'Author' if english else '作者'}: {b.author or '—'}", f"{'Date' if english else '日期'}: {b.date}",
                 f"{'Dataset' if english else '数据集'}: {b.dataset}"]
        self._text(slide, "\n".join(lines), LEFT, Inches(4.2), BODY_WIDTH, Inches(1.5), 16, color=MUTED)

    def sources(self) -> None:
        b = self.briefing
        entries = [f"[{n}] {text} ({source_id})" for n, (source_id, text) in enumerate(b.sources, 1)]
        chunks = [entries[i:i + SOURCES_PER_SLIDE] for i in range(0, len(entries), SOURCES_PER_SLIDE)] or [[]]
        for n, chunk in enumerate(chunks):
            title = "Sources" if b.language == "en" else "来源"
            slide = self.slide(title if len(chunks) == 1 else f"{title} ({n + 1}/{len(chunks)})")
            self._text(slide, "\n".join(chunk), LEFT, TOP, BODY_WIDTH, BODY_HEIGHT, 12)


def write_deck(briefing: Briefing, path: str | Path, workspace, progress: Progress | None = None) -> int:
    """Write the PPTX to path (the caller makes it atomic); returns the slide count."""
    deck = _Deck(briefing)
    deck.cover()
    total = len(briefing.sections) + 1
    for done, section in enumerate(briefing.sections, 1):
        if progress is not None and not progress(done, total):
            raise ExportCancelled()
        footnote = briefing.footnote(section)
        for picture in section.pictures:
            deck.picture(section, picture, workspace, footnote)
        if section.kind == CHANGES_KIND:  # several short tables: as few slides as they fit on
            deck.stacked_tables(section, footnote)
        else:
            for table in section.tables:
                deck.table(section, table, footnote)
        for chart in section.charts:
            deck.chart(section, chart, footnote)
    deck.sources()
    deck.presentation.save(str(path))
    if progress is not None:
        progress(total, total)
    return len(deck.presentation.slides)
