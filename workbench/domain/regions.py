"""Province-level metrics for the regional heat map: values, rank, share, classes and colours.

A metric is either stored (a row of the metrics table with its province_values)
or computed from another table: vendor headquarters per province, and
industry-chain clusters per province. Unknown values stay None, never zero.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from . import entities as e
from .classify import Classes, classify
from .provinces import PROVINCES, PROVINCES_BY_CODE, resolve_province, suggest_province

VENDOR_HQ = "vendor_hq"
CLUSTERS = "clusters"
COMPUTED_SOURCE = {VENDOR_HQ: "vendors", CLUSTERS: "clusters"}  # the table each computed metric counts

# Sequential ramps from ColorBrewer 2.0 (Cynthia A. Brewer, Penn State, colorbrewer2.org),
# all marked colour-blind safe there; light = low. Keyed by the number of classes.
RAMPS: dict[str, dict[int, tuple[str, ...]]] = {
    "YlGnBu": {
        3: ("#edf8b1", "#7fcdbb", "#2c7fb8"),
        4: ("#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"),
        5: ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"),
        6: ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"),
        7: ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"),
    },
    "Blues": {
        3: ("#deebf7", "#9ecae1", "#3182bd"),
        4: ("#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"),
        5: ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"),
        6: ("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"),
        7: ("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"),
    },
    "Purples": {
        3: ("#efedf5", "#bcbddc", "#756bb1"),
        4: ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#6a51a3"),
        5: ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"),
        6: ("#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f"),
        7: ("#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"),
    },
}
RAMP_SOURCE = "ColorBrewer 2.0 (colorbrewer2.org), Cynthia A. Brewer, Penn State"
NO_DATA_COLOR = "#d9d9d9"  # drawn hatched, so it never reads as the lightest class


@dataclass(frozen=True)
class RegionMetric:
    metric_id: str
    name_zh: str
    name_en: str
    unit: str = ""
    as_of: str = ""
    national_total: float | None = None  # as published; None means "sum of the known values"
    source_id: str = ""
    note: str = ""
    computed: bool = False  # computed metrics are read-only: edit the table they count instead


@dataclass(frozen=True)
class ProvinceFigure:
    code: str
    value: float | None
    rank: int | None  # 1 = largest; ties share a rank; None when the value is unknown
    share: float | None  # of the national total, 0-1
    source_id: str = ""
    kind: str = ""
    note: str = ""


@dataclass(frozen=True)
class RegionTable:
    """One metric over all 34 divisions, in the PROVINCES order."""

    metric: RegionMetric
    figures: tuple[ProvinceFigure, ...]
    total: float | None  # what shares are of
    by_code: Mapping[str, ProvinceFigure] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_code", {f.code: f for f in self.figures})

    def values(self) -> dict[str, float | None]:
        return {f.code: f.value for f in self.figures}

    @property
    def known_count(self) -> int:
        return sum(f.value is not None for f in self.figures)


def region_metrics(workspace: Any) -> list[RegionMetric]:
    """Every province-level metric: the stored ones, then vendor HQs and clusters."""
    metrics = [RegionMetric(m.metric_id, m.name_zh, m.name_en, m.unit, m.as_of, m.national_total,
                            m.source_id, m.note) for m in workspace.metrics]
    metrics.append(RegionMetric(VENDOR_HQ, "企业总部数", "Vendor headquarters", "vendors",
                                note="Counted from the vendors table (hq_province).", computed=True))
    metrics.append(RegionMetric(CLUSTERS, "产业链集群城市数", "Industry-chain cluster cities", "cities",
                                note="Counted from the clusters table (province_code).", computed=True))
    return metrics


def find_metric(workspace: Any, metric_id: str) -> RegionMetric | None:
    return next((m for m in region_metrics(workspace) if m.metric_id == metric_id), None)


def region_table(workspace: Any, metric_id: str) -> RegionTable:
    """Values, ranks and shares of one metric; raises KeyError for an unknown metric."""
    metric = find_metric(workspace, metric_id)
    if metric is None:
        raise KeyError(metric_id)
    if metric.computed:
        counts = count_by_province(_computed_codes(workspace, metric_id))
        # Counted from a complete table: a province with no vendor has 0, not "unknown".
        raw = {p.code: (float(counts.get(p.code, 0)), metric.source_id, "computed", "") for p in PROVINCES}
    else:
        stored = {v.province_code: v for v in workspace.province_values if v.metric_id == metric_id}
        raw = {}
        for province in PROVINCES:
            record = stored.get(province.code)
            raw[province.code] = ((record.value, record.source_id or metric.source_id, record.kind, record.note)
                                  if record else (None, metric.source_id, "", ""))
    known = [value for value, *_ in raw.values() if value is not None]
    total = metric.national_total if metric.national_total else (sum(known) if known else None)
    ranks = ranks_of({code: item[0] for code, item in raw.items()})
    figures = tuple(
        ProvinceFigure(code, value, ranks.get(code), value / total if value is not None and total else None,
                       source, kind, note)
        for code, (value, source, kind, note) in raw.items())
    return RegionTable(metric, figures, total)


def _computed_codes(workspace: Any, metric_id: str) -> list[str]:
    if metric_id == VENDOR_HQ:
        return [v.hq_province for v in workspace.vendors]
    return [c.province_code for c in workspace.clusters]


def ranks_of(values: Mapping[str, float | None]) -> dict[str, int]:
    """Competition ranking (1, 2, 2, 4) of the known values, largest first."""
    ordered = sorted((v for v in values.values() if v is not None), reverse=True)
    first_place = {}
    for place, value in enumerate(ordered, start=1):
        first_place.setdefault(value, place)
    return {code: first_place[v] for code, v in values.items() if v is not None}


def count_by_province(codes: Iterable[str]) -> dict[str, int]:
    """How many of `codes` fall in each division; blanks and unknown codes are skipped."""
    counts: dict[str, int] = {}
    for code in codes:
        if code in PROVINCES_BY_CODE:
            counts[code] = counts.get(code, 0) + 1
    return counts


# ------------------------------------------------------------ a firms table, aggregated
@dataclass(frozen=True)
class UnknownProvince:
    row: int  # 1-based data row of the first occurrence
    text: str
    occurrences: int
    suggestion: str = ""  # a division's code, or ""

    def message(self) -> str:
        hint = PROVINCES_BY_CODE.get(self.suggestion)
        did_you_mean = f"; did you mean {hint.name_zh} ({hint.code})?" if hint else ""
        times = f" ({self.occurrences:,} rows)" if self.occurrences > 1 else ""
        return f"row {self.row}: unknown province {self.text!r}{times}{did_you_mean}"


@dataclass(frozen=True)
class FirmCounts:
    counts: dict[str, int]  # code -> firms; divisions without firms are absent
    unknown: tuple[UnknownProvince, ...]
    blank_rows: int


def aggregate_firms(provinces: Any) -> FirmCounts:
    """Count firms per division from a column of province codes or names (a sequence or pandas Series).

    Vectorised: rows are counted by hashing, then each distinct text is resolved
    once, so a million rows take well under a second.
    """
    import pandas as pd  # loaded only when a firms table is aggregated

    column = provinces if isinstance(provinces, pd.Series) else pd.Series(provinces, dtype=object)
    column = column.reset_index(drop=True)
    counts: dict[str, int] = {}
    unknown_raw: dict[Any, str] = {}  # raw cell -> its stripped text
    blank_rows = 0
    for raw, count in column.value_counts(sort=False, dropna=False).items():
        text = "" if raw is None or raw != raw else str(raw).strip()  # raw != raw: NaN
        code = text if text in PROVINCES_BY_CODE else resolve_province(text) if text else None
        if not text:
            blank_rows += int(count)
        elif code is None:
            unknown_raw[raw] = text
        else:
            counts[code] = counts.get(code, 0) + int(count)
    return FirmCounts(counts, _unknown_provinces(column, unknown_raw), blank_rows)


def _unknown_provinces(column: Any, unknown_raw: dict[Any, str]) -> tuple[UnknownProvince, ...]:
    """The first row of each unrecognised name, with how often it occurs and a suggestion."""
    if not unknown_raw:
        return ()
    texts = column[column.isin(list(unknown_raw))].map(unknown_raw)
    occurrences = texts.value_counts()
    found = []
    for index, text in texts.drop_duplicates().items():
        hint = suggest_province(text)
        found.append(UnknownProvince(int(index) + 1, text, int(occurrences[text]), hint.code if hint else ""))
    return tuple(found)


def firm_count_records(metric_id: str, counts: Mapping[str, int], source_id: str = "") -> list[e.ProvinceValue]:
    """One ProvinceValue per division: a complete firms table makes absent divisions zero."""
    return [e.ProvinceValue(metric_id, p.code, float(counts.get(p.code, 0)), e.Kind.REPORTED.value, source_id)
            for p in PROVINCES]


# ------------------------------------------------------------ classes and colours
@dataclass(frozen=True)
class Classing:
    """How the analyst asked for the values to be classed and coloured."""

    method: str = "quantile"
    classes: int = 5
    manual_breaks: tuple[float, ...] = ()
    ramp: str = "YlGnBu"


@dataclass(frozen=True)
class Choropleth:
    classes: Classes | None  # None: no value is known (show an empty state, not a legend)
    palette: tuple[str, ...]  # one colour per class, light to dark
    class_by_code: Mapping[str, int | None]

    def color_of(self, code: str) -> str | None:
        """The fill of a division; None means "no data"."""
        index = self.class_by_code.get(code)
        return None if index is None else self.palette[index]

    def legend(self, values: Mapping[str, float | None]) -> list[tuple[str, float, float, int]]:
        """(colour, lowest value, highest value, count) per class: the values it holds, not its bounds."""
        if self.classes is None:
            return []
        known = [v for v in values.values() if v is not None and math.isfinite(v)]
        return [(color, low, high, count)
                for color, (low, high, count) in zip(self.palette, self.classes.spans(known))]

    def no_data_count(self) -> int:
        return sum(index is None for index in self.class_by_code.values())


def format_value(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def class_label(low: float, high: float) -> str:
    """A legend row's text: the one value a class holds, or the range of its values.

    Ends that read alike once rounded (1.99999 and 2) are one value: "2 – 2" would say nothing.
    """
    low_text, high_text = format_value(low), format_value(high)
    return low_text if low_text == high_text else f"{low_text} – {high_text}"


def coverage(table: RegionTable) -> int:
    """Divisions a metric says something about: a known value above zero.

    A zero from a count over a complete table is known, but a layer where most
    divisions are zero shows little; an unknown value shows nothing.
    """
    return sum(1 for f in table.figures if f.value is not None and f.value > 0)


def default_metric(workspace: Any) -> str:
    """The metric covering the most divisions; on a tie the first listed (stored before computed)."""
    metrics = region_metrics(workspace)
    counts = [coverage(region_table(workspace, m.metric_id)) for m in metrics]
    return metrics[max(range(len(metrics)), key=lambda n: (counts[n], -n))].metric_id


def palette(ramp: str, classes: int) -> tuple[str, ...]:
    scheme = RAMPS.get(ramp) or RAMPS["YlGnBu"]
    return scheme[min(max(classes, min(scheme)), max(scheme))]


def choropleth(values: Mapping[str, float | None], classing: Classing = Classing()) -> Choropleth:
    """Classes of the known values and the class of every division.

    Raises ClassificationError for impossible settings (e.g. 9 classes, 1 manual break).
    """
    known = [v for v in values.values() if v is not None and math.isfinite(v)]
    classes = classify(known, classing.method, classing.classes, list(classing.manual_breaks))
    if classes is None:
        return Choropleth(None, (), {code: None for code in values})
    # A class per colour: distinct colours for values in different classes.
    # Fewer distinct values than asked for give fewer classes: spread the ramp's ends over them.
    colors = palette(classing.ramp, max(len(classes.upper_bounds), 3))
    if len(classes.upper_bounds) < len(colors):
        colors = _spread(colors, len(classes.upper_bounds))
    return Choropleth(classes, colors, {code: classes.class_of(v) if v is not None and math.isfinite(v) else None
                                        for code, v in values.items()})


def _spread(colors: tuple[str, ...], count: int) -> tuple[str, ...]:
    if count == 1:
        return (colors[-1],)
    step = (len(colors) - 1) / (count - 1)
    return tuple(colors[round(i * step)] for i in range(count))
