"""The sections a briefing and a slide deck share, as plain data: titles, notes, tables, chart series, pictures.

Nothing here draws: the PDF renderer (Qt's PDF writer, in the ui) and the PPTX
writer lay out the same sections, so the two deliverables cannot drift apart.
Every section lists the sources its figures cite; the Sources page lists those.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from workbench.domain import analysis
from workbench.domain.baseline import baseline_of
from workbench.domain.entities import INDUSTRY_SCOPE
from workbench.domain.regions import RAMP_SOURCE, Classing, choropleth, class_label, default_metric, region_table
from workbench.domain.revenue_figures import revenue_figures
from workbench.domain.scoring import compute_tiers
from workbench.domain.units import format_in_unit

SECTION_KINDS = ("tiers", "map", "revenue_mix", "market_shares", "swot", "pest", "tows")
CHANGES_KIND = "changes"  # what moved since a snapshot: there when the export is given a comparison
TIER_ROWS = 20  # the board shows the leading vendors; the workbook has them all
SWOT_LABELS = {"strength": ("Strengths", "优势"), "weakness": ("Weaknesses", "劣势"),
               "opportunity": ("Opportunities", "机会"), "threat": ("Threats", "威胁")}
PEST_LABELS = {"political": ("Political", "政治"), "economic": ("Economic", "经济"), "social": ("Social", "社会"),
               "technological": ("Technological", "技术"), "legal": ("Legal", "法律"),
               "environmental": ("Environmental", "环境")}
ENTRIES_PER_BOX = 5  # one idea per page: the strongest entries of each box


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty
    title: str = ""  # drawn above the table (a section with several tables says which is which)


@dataclass(frozen=True)
class Chart:
    kind: str  # "bar" (horizontal bars), "line" or "scatter"
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]  # (name, one value per category)
    percent: bool = False  # values are fractions shown as percentages


@dataclass(frozen=True)
class Picture:
    """A picture the renderer asks a registered picture maker for (see storage.pictures)."""

    name: str  # "map"
    arguments: dict = field(default_factory=dict)
    legend: tuple[tuple[str, str], ...] = ()  # (colour "#rrggbb", label)


@dataclass(frozen=True)
class Section:
    kind: str  # one of SECTION_KINDS, or CHANGES_KIND
    title: str
    notes: tuple[str, ...] = ()  # captions under the title: baseline, caveats, units
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    pictures: tuple[Picture, ...] = ()
    source_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Briefing:
    title: str
    author: str
    date: str
    dataset: str
    language: str
    sections: tuple[Section, ...]
    sources: tuple[tuple[str, str], ...]  # (source id, citation) for every source the sections cite

    def source_number(self, source_id: str) -> int:
        return next((n for n, (sid, _) in enumerate(self.sources, 1) if sid == source_id), 0)

    def footnote(self, section: Section) -> str:
        numbers = [str(self.source_number(s)) for s in section.source_ids if self.source_number(s)]
        if not numbers:  # TOWS strategies: the analyst's own, answering entries cited on their pages
            return ("Sources: analyst assessment, no published source" if self.language == "en"
                    else "来源: 分析师评估, 无公开来源")
        cited = f"[{'] ['.join(numbers)}]"
        return f"Sources: {cited} (see the Sources page)" if self.language == "en" else f"来源: {cited} (见来源页)"


class Labels:
    """Bilingual text: the analyst's language first."""

    def __init__(self, language: str):
        self.language = language

    def __call__(self, en: str, zh: str) -> str:
        return zh if self.language == "zh" else en


def _unique(ids) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in ids if i))


def _percent(value: float | None) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value * 100:.1f}%"


def citation(source) -> str:
    parts = [source.publisher, f"“{source.title}”" if source.title else "", source.published, source.citation]
    text = ", ".join(p for p in parts if p)
    return f"{text} <{source.url}>" if source.url else text


# ---------------------------------------------------------------- the sections


def tier_section(workspace, t: Labels) -> Section:
    result = compute_tiers(workspace)
    tiers = {tier.tier_id: tier for tier in workspace.tiers}
    rows, names, composites = [], [], []
    for i in result.order()[:TIER_ROWS]:
        vendor_id = result.vendor_ids[i]
        vendor = workspace.vendors.get((vendor_id,))
        tier = tiers.get(int(result.tiers[i]))
        name = vendor.name_zh if vendor else vendor_id
        scored = result.is_scored(i)
        composite = float(result.composites[i])
        rows.append((str(int(result.ranks[i])) if scored else "–", name,
                     (tier.name_zh if t.language == "zh" else tier.name_en or tier.name_zh) if tier else "",
                     f"{composite:.1f}" if scored else t("unscored", "未评分"),
                     t("override", "调整") if result.overridden[i] else ""))
        if scored:
            names.append(name)
            composites.append(round(composite, 2))
    board = Table((t("Rank", "排名"), t("Vendor", "厂商"), t("Tier", "梯队"), t("Composite", "综合得分"),
                   t("Set by hand", "人工调整")), tuple(rows), (0.6, 1.6, 1.4, 1.0, 1.0))
    normalised = result.weights.normalised
    weights = Table((t("Dimension", "维度"), t("Weight", "权重"), t("Normalised", "归一化")),
                    tuple((f"{d.name_zh} {d.name_en}", f"{d.weight:g}", _percent(float(normalised[n])))
                          for n, d in enumerate(workspace.dimensions)), (2.4, 0.8, 1.0))
    baseline = baseline_of(workspace)
    kind = t("analyst assessment", "分析师评估") if baseline.is_assessment else ", ".join(baseline.kinds)
    caption = (f"{t('Baseline', '基线')}: {baseline.label or t('baseline ranking', '基线排名')} — "
               f"{kind or t('no placement records', '无记录')}, {baseline.date or t('undated', '未注明日期')}")
    chart = Chart("bar", t("Composite score", "综合得分"), tuple(names),
                  ((t("Composite", "综合得分"), tuple(composites)),))
    sources = _unique([*baseline.source_ids, *(s.source_id for s in workspace.scores)])
    return Section("tiers", t("Tier board", "梯队榜单"), (caption, *result.problems), (board, weights), (chart,),
                   source_ids=sources)


def map_section(workspace, t: Labels, metric_id: str = "", classing: Classing | None = None) -> Section:
    metric_id = metric_id or default_metric(workspace)
    table = region_table(workspace, metric_id)
    colors = choropleth(table.values(), classing or Classing())
    legend = tuple((color, f"{class_label(low, high)} ({count})") for color, low, high, count in
                   colors.legend(table.values()))
    if colors.no_data_count():
        legend += (("#d9d9d9", f"{t('no data', '无数据')} ({colors.no_data_count()})"),)
    metric = table.metric
    name = metric.name_zh if t.language == "zh" else metric.name_en or metric.name_zh
    unit = f" ({metric.unit})" if metric.unit else ""
    notes = (f"{name}{unit}{', ' + metric.as_of if metric.as_of else ''}",
             t(f"Classes: quantiles; colours: {RAMP_SOURCE}", f"分级: 分位数; 配色: {RAMP_SOURCE}"))
    picture = Picture("map", {"metric_id": metric_id, "classing": classing}, legend)
    top = sorted((f for f in table.figures if f.value is not None), key=lambda f: f.rank or 0)[:10]
    from workbench.domain.provinces import PROVINCES_BY_CODE

    rows = tuple((str(f.rank), PROVINCES_BY_CODE[f.code].name_zh if f.code in PROVINCES_BY_CODE else f.code,
                  class_label(f.value, f.value), _percent(f.share)) for f in top)
    leaders = Table((t("Rank", "排名"), t("Province", "省份"), t("Value", "数值"), t("Share", "占比")), rows)
    sources = _unique([metric.source_id, *(f.source_id for f in table.figures if f.value is not None)])
    return Section("map", t("Regional heat map", "区域热力图"), notes, (leaders,), pictures=(picture,),
                   source_ids=sources)


def revenue_mix_section(workspace, t: Labels, scenario: str) -> Section:
    figures = revenue_figures(workspace)
    rows, names, bases = [], [], []
    for row in figures.mix:
        low, base, high = row.shares
        shown = [("≤ " if row.upper_bound and value is not None else "") + _percent(value) for value in (low, base, high)]
        rows.append((row.name_zh, row.record.category.replace("_", " "), *shown))
        chosen = getattr(row.record, f"share_{scenario}")
        if chosen is not None:
            names.append(row.name_zh)
            bases.append(round(chosen, 4))
    for vendor_id in figures.no_estimate:
        vendor = workspace.vendors.get((vendor_id,))
        rows.append((vendor.name_zh if vendor else vendor_id, "", t("no estimate", "无估计"), "", ""))
    table = Table((t("Vendor", "厂商"), t("Category", "类别"), t("Low", "低"), t("Base", "基准"), t("High", "高")),
                  tuple(rows), (1.4, 1.4, 0.8, 0.8, 0.8))
    chart = Chart("bar", t(f"Revenue mix ({scenario})", f"收入占比 ({scenario})"), tuple(names),
                  ((t("Share of own revenue", "占自身收入"), tuple(bases)),), percent=True)
    notes = (t("Share of each vendor's own revenue from large models; not a market share. "
               "≤: the whole cloud segment's share, an upper bound.",
               "各厂商自身收入中来自大模型的占比, 非市场份额。≤: 整个云业务的占比, 为上限。"),)
    return Section("revenue_mix", t("Revenue mix", "收入占比"), notes, (table,), (chart,) if names else (),
                   source_ids=_unique(r.record.source_id for r in figures.mix))


def market_sections(workspace, t: Labels) -> list[Section]:
    """One page per named market that has shares: the shares, the remainder, concentration."""
    sections = []
    for view in revenue_figures(workspace).markets:
        if not view.shares:
            continue
        definition = view.definition
        ranked = view.ranked()
        rows = [(s.name, _percent(s.share) if s.share is not None else
                 (f"{t('rank', '排名')} {s.record.rank}" if s.record.rank else "")) for s in ranked]
        rows.append((t("Others / not attributed", "其他 / 未归属"), _percent(view.remainder)))
        with_share = [s for s in ranked if s.share is not None]
        chart = Chart("bar", t("Market share", "市场份额"), tuple(s.name for s in with_share),
                      ((t("Share", "份额"), tuple(round(s.share, 4) for s in with_share)),), percent=True)
        name = definition.name_zh if t.language == "zh" else definition.name_en or definition.name_zh
        size = (format_in_unit(definition.size, definition.unit, t.language) if definition.size is not None
                else t("size not given", "规模未给出"))
        notes = [f"{name} — {definition.period} — {size}"]
        if view.concentration:
            c = view.concentration
            notes.append(f"CR3 {_percent(c.cr3)}, CR5 {_percent(c.cr5)} ({t('named vendors only', '仅计已列厂商')}); "
                         f"HHI {c.hhi_low:,.0f}–{c.hhi_high:,.0f}")
        sections.append(Section("market_shares", f"{t('Market share', '市场份额')}: {name}", tuple(notes),
                                (Table((t("Vendor", "厂商"), t("Share", "份额")), tuple(rows), (2.0, 1.0)),),
                                (chart,) if with_share else (),
                                source_ids=_unique([definition.source_id, *(s.record.source_id for s in view.shares)])))
    return sections


def analysis_section(workspace, t: Labels, framework: str, scope: str) -> Section | None:
    labels = SWOT_LABELS if framework == "swot" else PEST_LABELS
    rows, sources = [], []
    for category, (en, zh) in labels.items():
        entries = analysis.by_priority(analysis.entries_in(workspace, framework, scope, category))
        if not entries:
            continue
        shown = entries[:ENTRIES_PER_BOX]
        more = len(entries) - len(shown)
        text = "\n".join(f"• {entry.text}" for entry in shown)
        if more:
            text += "\n" + t(f"(+{more} more in the workbook)", f"(另有 {more} 条见工作簿)")
        rows.append((t(en, zh), text))
        sources += [entry.source_id for entry in shown]
    if not rows:
        return None
    name = "SWOT" if framework == "swot" else "PEST"
    return Section(framework, f"{name}: {analysis.scope_label(workspace, scope)}",
                   tables=(Table((t("Factor", "因素"), t("Entries (strongest first)", "条目 (按重要性)")),
                                 tuple(rows), (0.8, 4.0)),), source_ids=_unique(sources))


def tows_section(workspace, t: Labels, scope: str) -> Section | None:
    strategies = analysis.strategies_in(workspace, scope)
    if not strategies:
        return None
    order = {cell: n for n, cell in enumerate(("SO", "ST", "WO", "WT"))}
    rows = tuple((s.cell, s.text) for s in sorted(strategies, key=lambda s: order.get(s.cell, 9)))
    return Section("tows", f"TOWS: {analysis.scope_label(workspace, scope)}",
                   (t("Strategies answering the SWOT entries they link.", "针对所关联 SWOT 条目的策略。"),),
                   (Table((t("Cell", "象限"), t("Strategy", "策略")), rows, (0.5, 4.3)),))


def build_briefing(workspace, *, language: str = "en", author: str = "", title: str = "",
                   scenario: str = "base", scopes: tuple[str, ...] | None = None,
                   kinds: tuple[str, ...] = SECTION_KINDS, regions_metric: str = "",
                   regions_classing: Classing | None = None, today: dt.date | None = None,
                   comparison=None, changes_label: str = "") -> Briefing:
    """The sections asked for; with a comparison, "Changes since <changes_label>" comes first."""
    t = Labels(language)
    sections: list[Section] = []
    if comparison is not None:
        from .changes import changes_section

        sections.append(changes_section(workspace, comparison, changes_label, t))
    if "tiers" in kinds:
        sections.append(tier_section(workspace, t))
    if "map" in kinds:
        sections.append(map_section(workspace, t, regions_metric, regions_classing))
    if "revenue_mix" in kinds:
        sections.append(revenue_mix_section(workspace, t, scenario))
    if "market_shares" in kinds:
        sections += market_sections(workspace, t)
    chosen = list(scopes) if scopes is not None else [INDUSTRY_SCOPE]
    for scope in chosen:
        for framework in ("swot", "pest"):
            if framework in kinds and (section := analysis_section(workspace, t, framework, scope)):
                sections.append(section)
        if "tows" in kinds and (section := tows_section(workspace, t, scope)):
            sections.append(section)
    cited = _unique(s for section in sections for s in section.source_ids)
    by_id = {source.source_id: source for source in workspace.sources}
    sources = tuple((sid, citation(by_id[sid]) if sid in by_id else sid) for sid in cited)
    info = workspace.info
    return Briefing(title or getattr(info, "title", "") or "Workbench", author,
                    (today or dt.date.today()).isoformat(), getattr(info, "title", "") or "", language,
                    tuple(sections), sources)
