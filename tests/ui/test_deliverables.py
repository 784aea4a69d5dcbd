"""The PDF briefing and the slide deck: pages, slides, sources, Chinese text, paper, and failures that write nothing."""

from __future__ import annotations

import errno
import shutil
import subprocess

import pytest
from pptx import Presentation
from pypdf import PdfReader

from workbench.cli import main
from workbench.storage import atomic
from workbench.storage.dataset import load_dataset
from workbench.storage.deliverables.output import briefing_for
from workbench.storage.deliverables.pdf_text import ideograph_of
from workbench.storage.excel import ExportError, ExportOptions
from workbench.storage.opening import BUNDLED_DATASET
from workbench.ui.deliverables.export import export_file
from workbench.ui.session import Session

POINTS = {"A4": (595, 842), "Letter": (612, 792)}


@pytest.fixture(scope="module")
def bundled():
    return load_dataset(BUNDLED_DATASET).workspace


def page_texts(path) -> list[str]:
    """Each page's text with the spacing the extraction guesses between glyphs taken out."""
    return ["".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_briefing_has_a_cover_a_page_per_section_and_a_sources_page(qapp, bundled, tmp_path, paper):
    options = ExportOptions(language="zh", author="张三", paper_size=paper)
    written = export_file(bundled, tmp_path / "briefing.pdf", options)
    briefing = briefing_for(bundled, options)
    reader = PdfReader(tmp_path / "briefing.pdf")
    assert written.parts == len(reader.pages) >= len(briefing.sections) + 2
    for page in reader.pages:  # one paper size throughout
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == POINTS[paper]
    texts = page_texts(tmp_path / "briefing.pdf")
    assert "张三" in texts[0] and briefing.title.split()[0] in texts[0]
    for section in briefing.sections:  # every section starts a page, in order
        assert any(text.startswith("".join(section.title.split())) for text in texts[1:])
    sources_page = next(n for n, text in enumerate(texts) if text.startswith("来源"))
    assert sources_page >= len(briefing.sections)  # after every section
    listed = "".join(texts[sources_page:])
    for source_id, _ in briefing.sources:
        assert f"({source_id})" in listed
    assert "filings" in "".join(texts)  # no ligature glyphs: English words are found too


def test_briefing_text_is_chinese_and_searchable(qapp, bundled, tmp_path):
    export_file(bundled, tmp_path / "briefing.pdf", ExportOptions(language="zh"))
    text = "".join(page_texts(tmp_path / "briefing.pdf"))
    # Ideographs, not the radicals that share their glyphs: a search for 第一梯队 or 科大讯飞 finds them.
    assert "第一梯队" in text and "科大讯飞" in text and "百度" in text
    assert not [ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF]


def test_radicals_map_to_their_ideographs():
    assert ideograph_of(0x2F00) == "一" and ideograph_of(0x2EDC) == "飞" and ideograph_of(0x4E00) is None


def test_briefing_cites_only_sources_the_sections_use(bundled):
    briefing = briefing_for(bundled, ExportOptions(sections=("tiers",)))
    assert [s.kind for s in briefing.sections] == ["tiers"]
    assert {sid for sid, _ in briefing.sources} == set(briefing.sections[0].source_ids)


def test_deck_has_native_tables_and_charts_and_a_sources_footnote_on_each_slide(qapp, bundled, tmp_path):
    written = export_file(bundled, tmp_path / "deck.pptx", ExportOptions(language="zh"))
    deck = Presentation(tmp_path / "deck.pptx")
    slides = list(deck.slides)
    assert written.parts == len(slides)
    assert round(deck.slide_width / deck.slide_height, 2) == round(16 / 9, 2)
    assert any(shape.has_table for slide in slides for shape in slide.shapes)
    assert any(shape.has_chart for slide in slides for shape in slide.shapes)
    assert any(shape.shape_type == 13 for slide in slides for shape in slide.shapes)  # the map, a picture
    texts = [" ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame) for slide in slides]
    content = [text for text in texts[1:] if not text.startswith("来源")]
    assert content and all("来源: " in text for text in content), [t for t in content if "来源: " not in t]
    assert sum("来源: [" in text for text in content) >= len(content) - 1  # only TOWS cites no published source
    assert texts[-1].startswith("来源")


def test_deck_opens_in_libreoffice_impress_with_every_slide(qapp, bundled, tmp_path):
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if binary is None:
        pytest.skip("LibreOffice is not installed (scripts/setup.sh --test installs it)")
    written = export_file(bundled, tmp_path / "deck.pptx", ExportOptions())
    profile = tmp_path / "profile"
    command = [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(tmp_path / "deck.pptx")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    converted = tmp_path / "out" / "deck.pdf"
    assert result.returncode == 0 and converted.is_file(), result.stdout + result.stderr
    assert len(PdfReader(converted).pages) == written.parts


@pytest.mark.parametrize("suffix", [".pdf", ".pptx"])
def test_cli_writes_each_format(tmp_path, capsys, suffix):
    out = tmp_path / f"out{suffix}"
    assert main(["export", "--out", str(out), "--language", "zh", "--paper", "Letter"]) == 0
    assert out.stat().st_size > 0 and ("pages" if suffix == ".pdf" else "slides") in capsys.readouterr().out


def test_cli_refuses_a_wrong_extension(tmp_path, capsys):
    assert main(["export", "--out", str(tmp_path / "briefing.docx")]) == 2
    assert ".pdf" in capsys.readouterr().err and not list(tmp_path.iterdir())


def failing_replace(error_number: int):
    def replace(source, target):
        raise OSError(error_number, {errno.ENOSPC: "No space left on device",
                                     errno.EACCES: "Permission denied"}[error_number])
    return replace


@pytest.mark.parametrize("suffix", [".pdf", ".pptx", ".xlsx"])
@pytest.mark.parametrize("error_number", [errno.ENOSPC, errno.EACCES])
def test_cli_failure_leaves_the_old_file_and_no_partial_one(tmp_path, capsys, monkeypatch, suffix, error_number):
    # A full folder, or a file another program holds open (Windows refuses to replace it), fail at the swap.
    out = tmp_path / f"out{suffix}"
    out.write_bytes(b"the previous export")
    monkeypatch.setattr(atomic.os, "replace", failing_replace(error_number))
    assert main(["export", "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert f"Could not write {out.name}" in error and "close it there" in error
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_export_into_a_missing_folder_is_a_message(qapp, bundled, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_file(bundled, tmp_path / "missing" / "briefing.pdf", ExportOptions())


# ---------------------------------------------------------------- the window


def test_dialog_switches_between_sheets_and_sections_and_remembers_paper(qtbot, workspace, settings):
    from workbench.ui.export_dialog import ExportDialog

    dialog = ExportDialog(workspace, settings, kind="pdf")
    qtbot.addWidget(dialog)
    assert dialog.kind() == "pdf" and dialog.sections_group.isVisibleTo(dialog)
    assert not dialog.sheets_group.isVisibleTo(dialog)
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("Letter"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    for row in range(dialog.section_list.count()):
        item = dialog.section_list.item(row)
        if item.data(0x0100) == "map":
            item.setCheckState(item.checkState().Unchecked)
    options = dialog.options()
    assert options.paper_size == "Letter" and options.language == "en" and "map" not in options.sections
    dialog.accept()
    again = ExportDialog(workspace, settings, kind="pptx")
    qtbot.addWidget(again)
    assert again.options().paper_size == "Letter" and "map" not in again.options().sections
    assert not again.paper_box.isEnabled()  # slides are 16:9 whatever the paper
    again.format_box.setCurrentIndex(again.format_box.findData("xlsx"))
    assert again.sheets_group.isVisibleTo(again) and again.options().sections is None


@pytest.mark.parametrize("kind", ["pdf", "pptx"])
def test_window_exports_a_briefing_and_slides(make_window, workspace, monkeypatch, tmp_path, kind):
    window = make_window(Session(workspace))
    offered = []
    monkeypatch.setattr(window, "ask_export_options", lambda k="xlsx": (ExportOptions(language="zh"), k))
    monkeypatch.setattr(window, "ask_export_path", lambda filters, suffix: offered.append(suffix) or
                        str(tmp_path / "out"))
    assert window.documents.export(kind)
    assert offered == [f".{kind}"] and (tmp_path / f"out.{kind}").stat().st_size > 0
    assert window.statusBar().currentMessage().startswith("Exported")


def test_window_refuses_a_wrong_extension_and_keeps_working(make_window, workspace, monkeypatch, tmp_path):
    window = make_window(Session(workspace))
    errors = []
    monkeypatch.setattr(window, "ask_export_options", lambda k="xlsx": (ExportOptions(), "pdf"))
    monkeypatch.setattr(window, "ask_export_path", lambda filters, suffix: str(tmp_path / "briefing.xlsx"))
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    assert not window.documents.export("pdf")
    assert len(errors) == 1 and ".pdf" in errors[0] and not list(tmp_path.iterdir())
    monkeypatch.setattr(window, "ask_export_path", lambda filters, suffix: str(tmp_path / "briefing.pdf"))
    assert window.documents.export("pdf")  # the window goes on working


def test_window_failure_shows_a_message_and_writes_nothing(make_window, workspace, monkeypatch, tmp_path):
    window = make_window(Session(workspace))
    errors = []
    monkeypatch.setattr(window, "ask_export_options", lambda k="xlsx": (ExportOptions(), "pptx"))
    monkeypatch.setattr(window, "ask_export_path", lambda filters, suffix: str(tmp_path / "deck.pptx"))
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    monkeypatch.setattr(atomic.os, "replace", failing_replace(errno.ENOSPC))
    assert not window.documents.export("pptx")
    assert len(errors) == 1 and "No space left" in errors[0] and not list(tmp_path.iterdir())
