"""The "Changes since" sheet, briefing page and slides: there only with a comparison, complete, and read-only on import."""

from __future__ import annotations

import openpyxl
import pytest

from tests.factories import make_workspace
from workbench.domain import entities as e
from workbench.domain.commands import PutRecord, RemoveRecord, update
from workbench.domain.compare import compare
from workbench.domain.history import state_of, workspace_of
from workbench.storage.deliverables.changes import BRIEFING_ROWS, change_groups
from workbench.storage.deliverables.sections import CHANGES_KIND, Labels, build_briefing
from workbench.storage.excel import ExportOptions, available_sheets, export_workbook
from workbench.storage.excel_import import plan_import


def _changed_pair():
    old = make_workspace(3)
    new = workspace_of(state_of(old), old.info)
    update(new, "scores", ("v2", "compute"), value=100.0).apply(new)
    update(new, "scores", ("v2", "model"), value=100.0).apply(new)
    update(new, "dimensions", ("compute",), weight=65.0).apply(new)
    update(new, "market_shares", ("platform", "v1"), share=0.18).apply(new)
    RemoveRecord("analysis_entries", ("a2",)).apply(new)
    PutRecord("analysis_entries", e.AnalysisEntry("a3", "swot", "v1", "threat", "价格战压缩利润")).apply(new)
    return old, new


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    old, new = _changed_pair()
    path = tmp_path_factory.mktemp("changes") / "book.xlsx"
    report = export_workbook(new, path, ExportOptions(comparison=compare(old, new), changes_label="2025Q2 published"))
    return new, path, report


def _cells(sheet) -> list:
    return [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]


def test_the_sheet_is_written_only_with_a_comparison_and_is_not_offered_by_title(tmp_path):
    report = export_workbook(make_workspace(3), tmp_path / "plain.xlsx", ExportOptions())
    assert "Changes" not in report.sheets and "Changes" not in available_sheets()
    old, new = _changed_pair()
    picked = export_workbook(new, tmp_path / "picked.xlsx",
                             ExportOptions(sheets=("Vendors",), comparison=compare(old, new), changes_label="Q2"))
    assert picked.sheets == ["Changes", "Vendors"]


def test_the_sheet_lists_every_group_with_names_in_both_languages_and_numbers_as_numbers(workbook):
    _, path, report = workbook
    assert report.sheets[:2] == ["Cover", "Changes"]
    sheet = openpyxl.load_workbook(path)["Changes"]
    values = _cells(sheet)
    text = "\n".join(str(v) for v in values)
    assert "Changes since “2025Q2 published”" in sheet["A1"].value and "以来的变化" in sheet["A1"].value
    for heading in ("Tier moves 梯队变化 (3)", "Score changes 评分变化 (2)", "Weight changes (%) 权重变化 (%) (1)",
                    "Market shares 市场份额 (1)", "SWOT / PEST / TOWS entries SWOT / PEST / TOWS 条目 (2)"):
        assert heading in values, heading
    assert "腾讯 Tencent" in values and "Tier 1 第一梯队" in values and "算力能级 Compute level" in values
    assert "价格战压缩利润" in values and "生成式AI备案制度" in values and "removed 删除" in values
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "算力能级 Compute level")
    assert [sheet.cell(row, c).value for c in (3, 4, 5)] == [70, 100, 30]
    assert sheet.cell(row, 5).number_format.startswith("+")
    share = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "阿里巴巴 Alibaba")
    assert sheet.cell(share, 3).value == 0.16 and sheet.cell(share, 3).number_format == "0.0%"
    assert sheet.cell(share, 5).value == pytest.approx(2.0) and "pp" in sheet.cell(share, 5).number_format
    assert "Revenue mix" not in text  # no group without rows
    assert report.rows["Changes"] == 3 + 2 + 1 + 1 + 2


def test_an_empty_comparison_says_so(tmp_path):
    workspace = make_workspace(3)
    path = tmp_path / "same.xlsx"
    export_workbook(workspace, path, ExportOptions(comparison=compare(workspace, workspace), changes_label="Q2"))
    assert "No changes since the snapshot. 自快照以来无变化。" in _cells(openpyxl.load_workbook(path)["Changes"])


def test_the_sheet_is_read_only_on_import(workbook, tmp_path):
    workspace, path, _ = workbook
    assert plan_import(workspace, path).read_only_edits == []
    book = openpyxl.load_workbook(path)
    sheet = book["Changes"]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "算力能级 Compute level")
    sheet.cell(row, 4).value = 55
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    plan = plan_import(workspace, edited)
    assert plan.changes == [] and [(x.sheet, x.rows) for x in plan.read_only_edits] == [("Changes", (row,))]


def test_the_briefing_opens_with_the_changes_in_the_analysts_language():
    old, new = _changed_pair()
    comparison = compare(old, new)
    english = build_briefing(new, comparison=comparison, changes_label="Q2")
    chinese = build_briefing(new, language="zh", comparison=comparison, changes_label="Q2")
    section = english.sections[0]
    assert section.kind == CHANGES_KIND and section.title == "Changes since “Q2”"
    assert [t.title for t in section.tables] == ["Tier moves (3)", "Score changes (2)", "Weight changes (%) (1)",
                                                 "Market shares (1)", "SWOT / PEST / TOWS entries (2)"]
    scores = section.tables[1]
    assert scores.rows[0][2:] == ("70.0", "100.0", "+30")
    assert chinese.sections[0].title == "自“Q2”以来的变化" and chinese.sections[0].tables[0].headers[0] == "厂商"
    assert "s1" in section.source_ids  # the changed market share's source
    assert all(s.kind != CHANGES_KIND for s in build_briefing(new).sections)


def test_a_long_group_is_cut_on_the_page_and_points_to_the_workbook():
    old = make_workspace(BRIEFING_ROWS + 10)
    new = workspace_of(state_of(old), old.info)
    for vendor in list(new.vendors):
        update(new, "scores", (vendor.vendor_id, "model"), value=1.0).apply(new)
    section = build_briefing(new, comparison=compare(old, new), changes_label="Q2").sections[0]
    scores = next(t for t in section.tables if t.title.startswith("Score changes"))
    assert len(scores.rows) == BRIEFING_ROWS + 1 and scores.rows[-1][0].startswith("(+")
    assert scores.title == f"Score changes ({BRIEFING_ROWS + 10})"


def test_groups_keep_unknown_values_apart_from_zero():
    old = make_workspace(3)
    new = workspace_of(state_of(old), old.info)
    PutRecord("revenue_mix", e.RevenueMix("v1", "pure_player", None, 0.2, None, kind="assessment",
                                          source_id="s2")).apply(new)
    (mix,) = [g for g in change_groups(compare(old, new), Labels("en"), "en") if g.kind == "revenue_mix"]
    assert mix.text_rows() == (("阿里巴巴 Alibaba", "no estimate", "– / 20.0% / –"),)


def test_the_deck_puts_short_change_tables_together(tmp_path):
    from pptx import Presentation

    from workbench.storage.deliverables.deck import write_deck

    old, new = _changed_pair()
    briefing = build_briefing(new, comparison=compare(old, new), changes_label="Q2", kinds=())
    path = tmp_path / "deck.pptx"
    slides = write_deck(briefing, path, new)
    deck = Presentation(str(path))
    titled = [slide for slide in deck.slides
              if any(shape.has_text_frame and shape.text_frame.text == "Changes since “Q2”" for shape in slide.shapes)]
    texts = " ".join(shape.text_frame.text for slide in titled for shape in slide.shapes if shape.has_text_frame)
    assert 1 <= len(titled) <= 2 and slides == len(titled) + 2  # the cover and the sources besides
    for title in ("Tier moves (3)", "Score changes (2)", "SWOT / PEST / TOWS entries (2)"):
        assert title in texts
