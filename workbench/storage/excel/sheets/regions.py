"""The Regions sheet: a province metric as a table, a tile-grid cartogram of coloured cells, and the map image."""

from __future__ import annotations

import struct

from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from workbench.domain.contrast import readable_text_color
from workbench.domain.provinces import PROVINCES_BY_CODE
from workbench.domain.regions import RAMP_SOURCE, Classing, choropleth, class_label, default_metric, format_value, \
    region_table
from workbench.storage.geometry import load_province_geometry

from ..registry import sheet
from ..writer import Column, SheetWriter

COLUMNS = (
    Column("Province code"),
    Column("省份"),
    Column("Province"),
    Column("Value", number_format="#,##0.##"),
    Column("Rank"),
    Column("Share of national total", number_format="0.0%"),
    Column("Class"),
    Column("Source ID"),
    Column("Note", wrap=True),
)
GRID_COLUMN = len(COLUMNS) + 2  # one empty column between the table and the tile grid
GRID_TOP = 4
NO_DATA_FILL = PatternFill("lightUp", fgColor="8C8C8C", bgColor="D9D9D9")  # hatched, as on the map


class PngImage(Image):
    """An image from PNG bytes, without Pillow: the size comes from the PNG header."""

    def __init__(self, data: bytes):
        if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
            raise ValueError("not a PNG image")
        self.ref = data
        self.width, self.height = struct.unpack(">II", data[16:24])
        self.format = "png"

    def _data(self) -> bytes:
        return self.ref


def _fill(color: str | None) -> PatternFill:
    return NO_DATA_FILL if color is None else PatternFill("solid", fgColor=color.lstrip("#").upper())


def _text_color(color: str | None) -> str:
    """Black or white, whichever reaches the higher WCAG contrast on the fill (both hatch colours for no data)."""
    if color is None:
        return readable_text_color(NO_DATA_FILL.fgColor.rgb[-6:], NO_DATA_FILL.bgColor.rgb[-6:])
    return readable_text_color(color)


@sheet("Regions", order=30, description="A province-level metric: table, tile-grid cartogram and map")
def regions_sheet(ws, workspace, options, out: SheetWriter) -> None:
    metric_id = options.regions_metric or default_metric(workspace)
    table = region_table(workspace, metric_id)
    classing = options.regions_classing or Classing()
    values = table.values()
    colors = choropleth(values, classing)

    rows = []
    for figure in table.figures:
        province = PROVINCES_BY_CODE[figure.code]
        index = colors.class_by_code.get(figure.code)
        rows.append((figure.code, province.name_zh, province.name_en, figure.value, figure.rank, figure.share,
                     "no data" if index is None else index + 1, figure.source_id, figure.note))
    out.table(ws, COLUMNS, rows)
    _class_rules(ws, colors, len(rows))

    metric = table.metric
    title = ws.cell(1, GRID_COLUMN)
    out.set(title, f"{metric.name_zh} {metric.name_en}" + (f" ({metric.unit})" if metric.unit else ""))
    title.font = out.styles.label
    total = f"national total {format_value(table.total)}" if table.total else "no national total"
    out.set(ws.cell(2, GRID_COLUMN), f"as of {metric.as_of or '—'}; {total}; classes: {classing.method}; "
                                     f"colours: {classing.ramp} from {RAMP_SOURCE}")
    ws.cell(2, GRID_COLUMN).font = out.styles.subtitle
    last_row = _tile_grid(ws, table, colors, out)
    last_row = _legend(ws, colors, values, last_row + 2, out)
    _map_image(ws, options.map_png, last_row + 2, out)


def _class_rules(ws, colors, row_count: int) -> None:
    """The values coloured by the app's classes, as rules on their bounds, so the colours follow edits in Excel."""
    if colors.classes is None or not row_count:
        return
    cells = f"D2:D{row_count + 1}"
    bounds = colors.classes.upper_bounds
    for index, (color, bound) in enumerate(zip(colors.palette, bounds)):
        conditions = ["ISNUMBER($D2)"]
        if index:
            conditions.append(f"$D2>{bounds[index - 1]!r}")
        if index < len(bounds) - 1:  # the top class takes everything above, as the app's does
            conditions.append(f"$D2<={bound!r}")
        fill = PatternFill("solid", start_color=color.lstrip("#").upper(), end_color=color.lstrip("#").upper())
        ws.conditional_formatting.add(cells, FormulaRule(formula=[f"AND({','.join(conditions)})"], fill=fill,
                                                         font=Font(color=_text_color(color)), stopIfTrue=True))


def _tile_grid(ws, table, colors, out: SheetWriter) -> int:
    """One cell per division, filled with its class colour: it stays editable in Excel."""
    grid = load_province_geometry().tile_grid
    rows = max(r for r, _ in grid.values()) + 1
    columns = max(c for _, c in grid.values()) + 1
    for offset in range(columns):
        ws.column_dimensions[get_column_letter(GRID_COLUMN + offset)].width = 11
    for offset in range(rows):
        ws.row_dimensions[GRID_TOP + offset].height = 34
    for code, (row, col) in grid.items():
        cell = ws.cell(GRID_TOP + row, GRID_COLUMN + col)
        value = table.by_code[code].value
        color = colors.color_of(code)
        out.set(cell, f"{PROVINCES_BY_CODE[code].short_zh}\n{'—' if value is None else format_value(value)}")
        cell.fill = _fill(color)
        cell.font = Font(bold=True, color=_text_color(color))
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    return GRID_TOP + rows - 1


def _legend(ws, colors, values, top: int, out: SheetWriter) -> int:
    out.set(ws.cell(top, GRID_COLUMN), "Legend 图例")
    ws.cell(top, GRID_COLUMN).font = out.styles.label
    entries = [(color, class_label(low, high), count) for color, low, high, count in colors.legend(values)]
    if colors.classes is None:
        entries = []
        out.set(ws.cell(top + 1, GRID_COLUMN + 1), "No province has a value for this metric.")
    if colors.no_data_count():
        entries.append((None, "no data (unknown, not zero)", colors.no_data_count()))
    for offset, (color, text, count) in enumerate(entries, start=1):
        ws.cell(top + offset, GRID_COLUMN).fill = _fill(color)
        out.set(ws.cell(top + offset, GRID_COLUMN + 1), text)
        out.set(ws.cell(top + offset, GRID_COLUMN + 2), count)
    return top + max(len(entries), 1)


def _map_image(ws, png: bytes | None, row: int, out: SheetWriter) -> None:
    anchor = f"{get_column_letter(GRID_COLUMN)}{row}"
    try:
        image = PngImage(png) if png else None
    except ValueError:
        image = None
    if image is None:
        out.set(ws[anchor], "The map image was not included: export from the window to embed it.")
        out.report.warnings.append("Regions: the map image was not included (no rendered map was given).")
        return
    scale = min(1.0, 720 / image.width)  # about the width of the tile grid and legend
    image.width, image.height = int(image.width * scale), int(image.height * scale)
    ws.add_image(image, anchor)

