"""A comparison as groups of rows: what the "Changes since" sheet, briefing page and slide show.

One list of groups (tier moves, scores, weights, estimates, entries) serves the
workbook, which writes both languages at once, and the briefing and deck, which
write the analyst's language: the labels come from the caller's ``t(en, zh)``.
Cells are text, or numbers with a format named per column, so the workbook can
keep numbers as numbers.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable

from workbench.domain.compare import Comparison, EntryChange, ShareRange
from workbench.domain.units import format_in_unit

Labels = Callable[[str, str], str]  # t(en, zh)
TEXT, SCORE, WEIGHT, PERCENT = "text", "score", "weight", "percent"
DELTA, POINTS = "delta", "points"  # a difference of scores or weights; of shares, in percentage points
NUMBER_FORMATS = {TEXT: None, SCORE: "0.0", WEIGHT: "0.##", PERCENT: "0.0%", DELTA: "+0.0##;-0.0##;0",
                  POINTS: '+0.0" pp";-0.0" pp";0" pp"'}
SCALE = {POINTS: 100.0}  # what a number is multiplied by before it is written with its format
NONE = "–"
DIRECTIONS = {"up": ("up", "上升"), "down": ("down", "下降"), "entered": ("entered", "新进"), "left": ("left", "退出")}
FRAMEWORK_NAMES = {"swot": "SWOT", "pest": "PEST", "tows": "TOWS"}
CATEGORY_LABELS = {"strength": ("Strength", "优势"), "weakness": ("Weakness", "劣势"),
                   "opportunity": ("Opportunity", "机会"), "threat": ("Threat", "威胁"),
                   "political": ("Political", "政治"), "economic": ("Economic", "经济"), "social": ("Social", "社会"),
                   "technological": ("Technological", "技术"), "legal": ("Legal", "法律"),
                   "environmental": ("Environmental", "环境")}


@dataclass(frozen=True)
class ChangeGroup:
    kind: str  # "tiers", "scores", "weights", "revenue_mix", "market_shares", "market_sizes", "entries"
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]  # text, or a number (None: none) shown in its column's format
    formats: tuple[str, ...]  # per column: TEXT, SCORE, WEIGHT or PERCENT
    widths: tuple[float, ...]  # relative column widths

    def text_rows(self) -> tuple[tuple[str, ...], ...]:
        """Every cell as text, numbers formatted as their column says."""
        return tuple(tuple(shown(cell, kind) for cell, kind in zip(row, self.formats)) for row in self.rows)


def shown(value: object, kind: str = TEXT) -> str:
    if value is None:
        return NONE
    if isinstance(value, str):
        return value
    if kind == PERCENT:
        return f"{float(value) * 100:.1f}%"
    if kind == POINTS:
        return f"{float(value) * 100:+.1f} pp"
    if kind == DELTA:
        return f"{float(value):+g}"
    if kind == WEIGHT:
        return f"{float(value):g}"
    return f"{float(value):.1f}"


def both_names(zh: str, en: str) -> str:
    return f"{zh} {en}".strip() if en and en != zh else zh


def _difference(old: float | None, new: float | None) -> float | None:
    return None if old is None or new is None else new - old


def _range(value: ShareRange | None, t: Labels) -> str:
    if value is None:
        return t("no estimate", "无估计")
    return " / ".join(shown(part, PERCENT) for part in (value.low, value.base, value.high))


def _tier(zh: str, en: str, tier: int | None, t: Labels) -> str:
    if tier is None:
        return t("not placed", "未入榜")
    return t(en or zh or f"Tier {tier}", zh or en or f"第{tier}梯队")


def _entry_label(entry: EntryChange, t: Labels) -> str:
    if entry.framework == "tows":
        return f"TOWS {entry.category}"
    en, zh = CATEGORY_LABELS.get(entry.category, (entry.category, entry.category))
    return f"{FRAMEWORK_NAMES.get(entry.framework, entry.framework)} · {t(en, zh)}"


def change_groups(comparison: Comparison, t: Labels, language: str) -> list[ChangeGroup]:
    """The non-empty groups, in the order a reader asks: tiers first, then what moved them, then the rest."""
    vendor, before, after, change = t("Vendor", "厂商"), t("Before", "之前"), t("After", "之后"), t("Change", "变化")
    groups = []
    moves = tuple((both_names(m.name_zh, m.name_en),
                   _tier(m.old_tier_name_zh, m.old_tier_name_en, m.old_tier, t),
                   _tier(m.new_tier_name_zh, m.new_tier_name_en, m.new_tier, t),
                   f"{m.old_rank or NONE} → {m.new_rank or NONE}",
                   ", ".join(filter(None, (t(*DIRECTIONS[m.direction]),
                                           t("set by hand", "人工调整") if m.new_overridden else ""))))
                  for m in comparison.tier_moves)
    groups.append(ChangeGroup("tiers", t("Tier moves", "梯队变化"),
                              (vendor, t("From", "原梯队"), t("To", "新梯队"), t("Rank", "排名"), t("Move", "变动")),
                              moves, (TEXT,) * 5, (2.0, 1.3, 1.3, 0.7, 1.6)))
    scores = tuple((both_names(c.vendor_name_zh, c.vendor_name_en), both_names(c.dimension_name_zh, c.dimension_name_en),
                    c.old, c.new, _difference(c.old, c.new)) for c in comparison.score_changes)
    groups.append(ChangeGroup("scores", t("Score changes", "评分变化"),
                              (vendor, t("Dimension", "维度"), before, after, change), scores,
                              (TEXT, TEXT, SCORE, SCORE, DELTA), (2.0, 1.8, 0.8, 0.8, 0.8)))
    weights = tuple((both_names(c.name_zh, c.name_en), c.old, c.new, _difference(c.old, c.new))
                    for c in comparison.weight_changes)
    groups.append(ChangeGroup("weights", t("Weight changes (%)", "权重变化 (%)"),
                              (t("Dimension", "维度"), before, after, change), weights,
                              (TEXT, WEIGHT, WEIGHT, DELTA), (2.4, 0.8, 0.8, 0.8)))
    estimates = comparison.estimate_changes
    mix = tuple((both_names(c.name_zh, c.name_en), _range(c.old, t), _range(c.new, t))
                for c in estimates.revenue_mix)
    groups.append(ChangeGroup("revenue_mix", t("Revenue mix (share of own revenue: low / base / high)",
                                               "收入占比 (占自身收入: 低 / 基准 / 高)"),
                              (vendor, before, after), mix, (TEXT,) * 3, (2.0, 1.6, 1.6)))
    shares = tuple((both_names(c.market_name_zh, c.market_name_en), both_names(c.vendor_name_zh, c.vendor_name_en),
                    _share(c.old_share, c.old_rank, t), _share(c.new_share, c.new_rank, t),
                    _difference(c.old_share, c.new_share)) for c in estimates.market_shares)
    groups.append(ChangeGroup("market_shares", t("Market shares", "市场份额"),
                              (t("Market", "市场"), vendor, before, after, change), shares,
                              (TEXT, TEXT, PERCENT, PERCENT, POINTS), (2.0, 1.6, 0.9, 0.9, 0.9)))
    sizes = tuple((both_names(c.name_zh, c.name_en), c.period,
                   format_in_unit(c.old, c.unit, language) or NONE, format_in_unit(c.new, c.unit, language) or NONE)
                  for c in estimates.market_sizes)
    groups.append(ChangeGroup("market_sizes", t("Market sizes", "市场规模"),
                              (t("Market", "市场"), t("Period", "时期"), before, after), sizes, (TEXT,) * 4,
                              (2.2, 0.8, 1.1, 1.1)))
    entries = tuple((t(label_en, label_zh), _entry_label(entry, t), both_names(entry.scope_name_zh, entry.scope_name_en),
                     _entry_text(entry, t))
                    for label_en, label_zh, listed in (("added", "新增", comparison.entries_added),
                                                       ("removed", "删除", comparison.entries_removed),
                                                       ("reworded", "修改", comparison.entries_changed))
                    for entry in listed)
    groups.append(ChangeGroup("entries", t("SWOT / PEST / TOWS entries", "SWOT / PEST / TOWS 条目"),
                              (change, t("Framework", "框架"), t("Scope", "范围"), t("Entry", "条目")), entries,
                              (TEXT,) * 4, (0.8, 1.3, 1.3, 3.6)))
    return [group for group in groups if group.rows]


def _share(share: float | None, rank: int | None, t: Labels) -> object:
    if share is not None:
        return share
    return f"{t('rank', '排名')} {rank}" if rank is not None else None


def _entry_text(entry: EntryChange, t: Labels) -> str:
    if entry.old_text is None or entry.new_text is None:
        return entry.text
    moved = ""
    if entry.old_category and entry.old_category != entry.category:
        moved = f" ({t('moved from', '原属')} {_entry_label(dataclasses.replace(entry, category=entry.old_category), t)})"
    if entry.old_text == entry.new_text:
        return entry.new_text + moved
    return f"{entry.old_text}\n→ {entry.new_text}{moved}"


# ---------------------------------------------------------------- the briefing's page and the deck's slides

BRIEFING_ROWS = 25  # per group: the page says what moved most visibly; the workbook has every row


def changes_section(workspace, comparison: Comparison, label: str, t):
    """The "Changes since <label>" section: one table per group, the workbook holding any rows left out."""
    from .sections import CHANGES_KIND, Section, Table

    groups = change_groups(comparison, t, t.language)
    tables = []
    for group in groups:
        rows = group.text_rows()
        if len(rows) > BRIEFING_ROWS:
            more = len(rows) - BRIEFING_ROWS
            rows = rows[:BRIEFING_ROWS] + ((t(f"(+{more} more in the workbook)", f"(另有 {more} 条见工作簿)"),
                                            *("",) * (len(group.headers) - 1)),)
        tables.append(Table(group.headers, rows, group.widths, title=f"{group.title} ({len(group.rows)})"))
    if not tables:
        tables.append(Table((t("Changes", "变化"),), ((t("No changes since the snapshot.", "自快照以来无变化。"),),)))
    label = label or t("snapshot", "快照")
    notes = (t(f"Snapshot “{label}” (its saved state) against the project now; tiers as on the tier board.",
               f"快照“{label}”(其已保存状态) 与当前项目对比; 梯队按梯队榜单计算。"),)
    return Section(CHANGES_KIND, t(f"Changes since “{label}”", f"自“{label}”以来的变化"), notes, tuple(tables),
                   source_ids=_cited(workspace, comparison))


def _cited(workspace, comparison: Comparison) -> tuple[str, ...]:
    """The sources of the changed figures and entries as they are now."""
    found = []

    def cite(table: str, key: tuple, field: str = "source_id") -> None:
        record = workspace.table(table).get(key)
        if record is not None and getattr(record, field, ""):
            found.append(getattr(record, field))

    for change in comparison.score_changes:
        cite("scores", (change.vendor_id, change.dimension_id))
    estimates = comparison.estimate_changes
    for change in estimates.revenue_mix:
        cite("revenue_mix", (change.vendor_id,))
    for change in estimates.market_shares:
        cite("market_shares", (change.market_id, change.vendor_id))
    for change in estimates.market_sizes:
        cite("market_definitions", (change.market_id,))
    for change in (*comparison.entries_added, *comparison.entries_changed):
        if change.framework != "tows":
            cite("analysis_entries", (change.entry_id,))
    return tuple(dict.fromkeys(found))
