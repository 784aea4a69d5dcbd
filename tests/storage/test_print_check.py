"""The exported workbook prints as one document: LibreOffice, headless, prints it to PDF and the pages are read.

Every page on the chosen paper, no sheet sprawling past its bound, no chart
cut by a page break, no text below 8 pt. scripts/setup.sh --test installs
LibreOffice Calc; where it is missing the test skips.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter

import openpyxl
import pytest

from workbench.domain.compare import compare
from workbench.storage.dataset import load_dataset
from workbench.storage.excel import ExportOptions, export_workbook
from workbench.storage.excel.printing import PAPERS, POINTS_PER_INCH, printable
from workbench.storage.opening import BUNDLED_DATASET

from .test_libreoffice import TIMEOUT_S, soffice

pdfplumber = pytest.importorskip("pdfplumber")

MIN_FONT_POINTS = 8.0
PAPER_TOLERANCE = 2.0  # points: PDF page sizes are rounded
# Pages each sheet may take on A4 or Letter, as measured when this check was written; a change of
# layout that adds pages must say so here. Sheets wider than a page print over two pages across,
# their rows a few lines high, rather than squeezed below 8 pt (Sources: long citations and notes).
MAX_PAGES = {"Vendors": 4, "Tier List": 4, "Regions": 5, "Revenue Mix": 4, "Market": 2, "Market Share": 3,
             "Key figures": 7, "Market Concentration": 3, "SWOT": 4, "PEST": 2, "Sources": 12, "Changes": 4}
DEFAULT_MAX_PAGES = 1  # the cover, and the short tables
EMU_PER_POINT = 12700


@pytest.fixture(scope="module", params=["A4", "Letter"])
def printed(request, tmp_path_factory):
    binary = soffice()
    folder = tmp_path_factory.mktemp(f"print_{request.param}")
    workbook = folder / "export.xlsx"
    workspace = load_dataset(BUNDLED_DATASET).workspace
    report = export_workbook(workspace, workbook,
                             ExportOptions(paper_size=request.param, map_png=_magenta_png(),
                                           comparison=compare(_earlier(workspace), workspace),
                                           changes_label="an earlier snapshot with a long name 较早的快照"))
    command = [binary, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(folder), str(workbook)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S,
                            env={**os.environ, "HOME": str(folder)})
    pdf_path = folder / "export.pdf"
    assert result.returncode == 0 and pdf_path.is_file(), result.stdout + result.stderr
    with pdfplumber.open(pdf_path) as pdf:
        pages = [_page_facts(page) for page in pdf.pages]
    return request.param, workbook, report, pages


def _earlier(workspace):
    """The workspace as it might have been at a snapshot: other scores and weights, an entry not yet written."""
    from workbench.domain.commands import RemoveRecord, update
    from workbench.domain.history import state_of, workspace_of

    earlier = workspace_of(state_of(workspace), workspace.info)
    for score in list(earlier.scores)[::3]:
        update(earlier, "scores", (score.vendor_id, score.dimension_id), value=max(0.0, score.value - 12)).apply(earlier)
    dimension = earlier.dimensions.records()[0]
    update(earlier, "dimensions", (dimension.dimension_id,), weight=dimension.weight + 10).apply(earlier)
    for entry in list(earlier.analysis_entries)[:4]:
        RemoveRecord("analysis_entries", (entry.entry_id,)).apply(earlier)
    return earlier


MAP_COLOUR = (255, 0, 255)  # the stand-in map is magenta: nothing else on the pages is


def _magenta_png(width: int = 1400, height: int = 1000) -> bytes:
    """A stand-in for the rendered map, as big as the window draws it."""
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (width, height), MAP_COLOUR).save(buffer, format="PNG")
    return buffer.getvalue()


def _page_facts(page) -> dict:
    chars = [c for c in page.chars if c["text"].strip()]
    # The sheet's name is printed in the header, in the top margin.
    header = "".join(c["text"] for c in chars if c["top"] < 0.75 * POINTS_PER_INCH)
    return {"width": float(page.width), "height": float(page.height), "header": header,
            "text": "".join(c["text"] for c in chars),
            # Rotated labels (a vertical axis title) report no meaningful size; upright text is the test.
            "sizes": [c["size"] for c in chars if c["upright"]]}


def _sheet_of(page: dict, titles: list[str]) -> str | None:
    header = page["header"].replace(" ", "")
    # the longest title first: "Market Share" must not be read as "Market"
    for title in sorted(titles, key=len, reverse=True):
        if title.replace(" ", "") in header:
            return title
    return None


def test_every_page_has_the_chosen_paper(printed):
    paper_size, _, _, pages = printed
    paper = PAPERS[paper_size]
    for number, page in enumerate(pages, start=1):
        size = sorted((page["width"], page["height"]))
        assert abs(size[0] - paper.width) <= PAPER_TOLERANCE and abs(size[1] - paper.height) <= PAPER_TOLERANCE, \
            f"page {number} is {page['width']:.0f}×{page['height']:.0f} pt, not {paper_size}"


def test_every_page_names_its_sheet_and_no_sheet_sprawls(printed):
    _, _, report, pages = printed
    sheets = [_sheet_of(page, report.sheets) for page in pages]
    assert None not in sheets, f"pages without a sheet name in the header: {sheets}"
    counts = Counter(sheets)
    assert set(counts) == set(report.sheets)
    for title, count in counts.items():
        assert count <= MAX_PAGES.get(title, DEFAULT_MAX_PAGES), f"{title} prints on {count} pages"


def test_no_text_below_eight_points(printed):
    _, _, _, pages = printed
    for number, page in enumerate(pages, start=1):
        smallest = min(page["sizes"], default=MIN_FONT_POINTS)
        assert smallest >= MIN_FONT_POINTS - 0.05, f"page {number}: text at {smallest:.1f} pt"


def test_each_chart_starts_a_page_and_fits_on_it(printed):
    """Structure: every chart and image begins a row below a manual page break and is no taller than a page."""
    paper_size, workbook, _, _ = printed
    book = openpyxl.load_workbook(workbook)
    drawings = 0
    for ws in book.worksheets:
        breaks = {brk.id for brk in ws.row_breaks.brk}
        scale = (ws.page_setup.scale or 100) / 100
        _, room = printable(PAPERS[paper_size], ws.page_setup.orientation == "landscape")
        for drawing in [*ws._charts, *ws._images]:
            drawings += 1
            marker = drawing.anchor._from
            # brk ids are the 0-based row a page starts at; the drawing sits one row below it
            assert marker.row - 1 in breaks, f"{ws.title}: a drawing at row {marker.row + 1} does not start a page"
            height = drawing.anchor.ext.height / EMU_PER_POINT if drawing.anchor.ext else drawing.height * 0.75
            assert height * scale <= room, f"{ws.title}: a drawing {height:.0f} pt high does not fit a page"
    assert drawings, "the bundled dataset's export draws charts"


def _chart_title(chart) -> str:
    return "".join(run.t for paragraph in chart.title.tx.rich.p for run in (paragraph.r or []))


def _visible(page, chars, resolution: int = 36) -> bool:
    """Whether any of `chars` shows when the page is rendered: a chart beside the printed cell range is
    still in the PDF, clipped away, so text extraction alone would find it on every page of its sheet."""
    image = page.to_image(resolution=resolution).original.convert("L")
    zoom = resolution / 72
    for c in chars:
        box = (int(c["x0"] * zoom), int(c["top"] * zoom), int(c["x1"] * zoom) + 1, int(c["bottom"] * zoom) + 1)
        if 0 <= box[0] and 0 <= box[1] and box[2] <= image.width and box[3] <= image.height \
                and image.crop(box).getextrema()[0] < 160:
            return True
    return False


def _title_chars(page, title: str) -> list:
    """The characters of `title` where the page prints it as one run (spaces aside)."""
    squeezed = title.replace(" ", "")
    chars = [c for c in page.chars if c["text"].strip()]
    text = "".join(c["text"] for c in chars)
    found, start = [], text.find(squeezed)
    while start >= 0:
        found.append(chars[start:start + len(squeezed)])
        start = text.find(squeezed, start + 1)
    return found


def test_no_chart_straddles_a_page_break(printed):
    """In the PDF: each chart's title shows on exactly one page, and the chart ends above that page's margin."""
    paper_size, workbook, _, _ = printed
    book = openpyxl.load_workbook(workbook)
    charts = [(ws, chart) for ws in book.worksheets for chart in ws._charts]
    assert charts, "the bundled dataset's export draws charts"
    with pdfplumber.open(workbook.with_suffix(".pdf")) as pdf:
        for ws, chart in charts:
            title = _chart_title(chart)
            scale = (ws.page_setup.scale or 100) / 100
            height = chart.anchor.ext.height / EMU_PER_POINT * scale
            shown = [(page, run) for page in pdf.pages for run in _title_chars(page, title) if _visible(page, run)]
            assert len(shown) == 1, f"chart {title!r} shows on {len(shown)} pages"
            page, run = shown[0]
            chart_top = min(c["top"] for c in run) - 12 * scale  # the title sits a little below the chart's edge
            bottom_margin = float(page.height) - 0.75 * POINTS_PER_INCH
            assert chart_top + height <= bottom_margin + 1, f"chart {title!r} runs past the bottom of its page"


def test_the_map_image_prints_whole_on_one_page(printed):
    """Rendered, the magenta stand-in map shows on exactly one page, all of it inside the margins."""
    _, workbook, _, _ = printed
    shown = []
    with pdfplumber.open(workbook.with_suffix(".pdf")) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            if not page.images:
                continue
            image = page.to_image(resolution=18).original.convert("RGB")
            if any(r > 200 and g < 80 and b > 200 for _, (r, g, b) in image.getcolors(maxcolors=1 << 20)):
                shown.append((number, page))
    assert len(shown) == 1, f"the map shows on pages {[number for number, _ in shown]}"
    number, page = shown[0]
    margin = 0.5 * POINTS_PER_INCH - 1
    for picture in page.images:
        assert picture["x0"] >= margin and picture["x1"] <= float(page.width) - margin, f"page {number}"
        assert picture["top"] >= margin and picture["bottom"] <= float(page.height) - margin, f"page {number}"


def test_no_swot_grid_is_split_from_its_title(printed):
    """Each scope's grid prints whole: a page holding a Strengths quadrant holds its Threats too."""
    _, _, _, pages = printed
    swot_pages = [page for page in pages if _sheet_of(page, ["SWOT"]) == "SWOT"]
    assert swot_pages
    for number, page in enumerate(swot_pages, start=1):
        assert page["text"].count("Strengths") == page["text"].count("Threats"), f"SWOT page {number}"
