"""What moved since a snapshot: tier moves, score and weight changes, estimates, entries added or removed.

Written only when the export is given a comparison (ExportOptions.comparison). A
report sheet: import reads nothing back from it, and an edit there is reported,
not applied. Each group is a heading, a header row and its rows, kept on one page
where it fits; numbers stay numbers.
"""

from __future__ import annotations

from openpyxl.styles import Alignment

from ...deliverables.changes import NUMBER_FORMATS, SCALE, TEXT, ChangeGroup, change_groups
from ..registry import sheet
from ..writer import LINE_HEIGHT, MAX_LINES, SheetWriter, header_width, line_count

TITLE = "Changes"
WIDTH_BUDGET = 130  # characters across: a landscape page of A4 or Letter at full scale
FIRST_GROUP_ROW = 4
TITLE_SCALE = 18 / 11  # the title font against the cells'
NOTE_SCALE = 12 / 11
MIN_WIDTH = 10
WRAP_SHARE = 0.85  # of a cell's width counted on when wrapping: fonts (Chinese most) run wider than counted


def _bilingual(en: str, zh: str) -> str:
    return f"{en} {zh}"


@sheet(TITLE, order=5, description="What changed since a snapshot: tier moves, scores, weights, estimates, entries",
       when=lambda options: getattr(options, "comparison", None) is not None)
def changes_sheet(ws, workspace, options, out: SheetWriter) -> None:
    styles = out.styles
    label = options.changes_label or "snapshot"
    out.set(ws["A1"], f"Changes since “{label}” 自“{label}”以来的变化")
    ws["A1"].font = styles.title
    out.set(ws["A2"], "The saved state the snapshot names, compared with the project as exported. Tiers are "
                      "computed as on the tier board (weights, rule, overrides). "
                      "快照所记录的已保存状态与导出时的项目相比; 梯队按梯队榜单的规则计算 (权重、规则、人工调整)。")
    ws["A2"].font = styles.subtitle
    groups = change_groups(options.comparison, _bilingual, options.language)
    widths = _column_widths(groups)
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + column)].width = width
    _wrap_note(ws, widths)
    row, written = FIRST_GROUP_ROW, 0
    if not groups:
        out.set(ws.cell(row, 1), "No changes since the snapshot. 自快照以来无变化。")
        ws.cell(row, 1).font = styles.label
    for group in groups:
        row = _write_group(ws, out, group, row, widths) + 2  # a blank row between groups
        written += len(group.rows)
    out.report.rows[ws.title] = written


def _column_widths(groups: list[ChangeGroup]) -> list[int]:
    """One set of widths for every group: each column as wide as its widest group asks, within the page.

    No column is narrower than the longest word of any header it carries, so headers wrap but are never cut.
    """
    if not groups:  # only the title, the note and "no changes"
        return [WIDTH_BUDGET // 2] * 2
    count = max(len(group.headers) for group in groups)
    shares, floors = [0.0] * count, [MIN_WIDTH] * count
    for group in groups:
        total = sum(group.widths)
        for column, (width, header) in enumerate(zip(group.widths, group.headers)):
            shares[column] = max(shares[column], width / total)
            floors[column] = max(floors[column], header_width(header) + 2)
    room = WIDTH_BUDGET - sum(floors)
    total = sum(shares)
    return [floor + max(0, int(room * share / total)) for floor, share in zip(floors, shares)]


def _wrap_note(ws, widths: list[int]) -> None:
    """The title and the note wrap across the table's width: a long snapshot name never runs off the page."""
    for row, font_scale in ((1, TITLE_SCALE), (2, NOTE_SCALE)):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        ws.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        # A line to spare: mixed Chinese and Latin text wraps a little earlier than counted.
        lines = line_count(ws.cell(row, 1).value, int((sum(widths) - 2) / font_scale)) + 1
        ws.row_dimensions[row].height = LINE_HEIGHT * font_scale * lines


def _write_group(ws, out: SheetWriter, group: ChangeGroup, row: int, widths: list[int]) -> int:
    """The group from ``row``; returns the last row written. A group with fewer columns than the sheet
    spreads its last column (the entry's text) over the rest."""
    styles = out.styles
    first, count = row, len(group.headers)
    spread = count < len(widths)
    last_width = sum(widths[count - 1:])
    out.set(ws.cell(row, 1), f"{group.title} ({len(group.rows)})")
    ws.cell(row, 1).font = styles.label
    row += 1
    for column, header in enumerate(group.headers, start=1):
        cell = ws.cell(row, column)
        out.set(cell, header)
        cell.font, cell.fill, cell.alignment = styles.header, styles.header_fill, styles.header_alignment
    if spread:
        ws.merge_cells(start_row=row, start_column=count, end_row=row, end_column=len(widths))
    for values in group.rows:
        row += 1
        lines = 1
        for column, (value, kind) in enumerate(zip(values, group.formats), start=1):
            cell = ws.cell(row, column)
            number = kind != TEXT and isinstance(value, (int, float))
            out.set(cell, value * SCALE.get(kind, 1) if number else value)
            cell.alignment = styles.wrap
            if number:
                cell.number_format = NUMBER_FORMATS[kind]
            width = last_width if column == count else widths[column - 1]
            lines = max(lines, line_count(value, int((width - 2) * WRAP_SHARE)))
        if spread:
            ws.merge_cells(start_row=row, start_column=count, end_row=row, end_column=len(widths))
        if lines > 1:
            ws.row_dimensions[row].height = LINE_HEIGHT * min(lines, MAX_LINES)
    # The heading, the header and the first rows on one page: a heading never ends a page alone.
    out.keep_together(ws, first, min(row, first + 6))
    return row
