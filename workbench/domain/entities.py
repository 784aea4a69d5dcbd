"""The records an analysis is made of.

Every entity is an immutable dataclass: an edit replaces a record instead of
mutating it, so undo only has to put the old record back.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum


class Kind(str, Enum):
    """How far a figure can be trusted."""

    REPORTED = "reported"
    ESTIMATE = "estimate"
    ASSESSMENT = "assessment"  # the analyst's own judgement


class Confidence(str, Enum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


SWOT_CATEGORIES = ("strength", "weakness", "opportunity", "threat")
PEST_CATEGORIES = ("political", "economic", "social", "technological", "legal", "environmental")
INDUSTRY_SCOPE = "industry"


@dataclass(frozen=True, slots=True)
class Source:
    source_id: str
    publisher: str
    title: str
    published: str = ""
    citation: str = ""
    url: str = ""
    confidence: str = Confidence.MEDIUM.value
    note: str = ""


@dataclass(frozen=True, slots=True)
class Vendor:
    vendor_id: str
    name_zh: str
    name_en: str
    hq_province: str = ""  # GB/T 2260 code of the provincial-level division
    hq_city: str = ""
    tickers: str = ""
    flagship_model: str = ""
    description: str = ""
    source_id: str = ""  # for headquarters, city, model and description
    tickers_source_id: str = ""  # the listing may come from another source than the rest


@dataclass(frozen=True, slots=True)
class Dimension:
    dimension_id: str
    name_zh: str
    name_en: str
    weight: float  # percent; weights are normalised when they do not sum to 100


@dataclass(frozen=True, slots=True)
class Score:
    vendor_id: str
    dimension_id: str
    value: float | None  # 0-100
    kind: str = Kind.ASSESSMENT.value
    source_id: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Tier:
    tier_id: int  # 1 is the leading tier
    name_zh: str
    name_en: str
    color: str  # "#rrggbb"
    min_score: float | None = None  # lower bound under the threshold rule
    last_rank: int | None = None  # last rank in the band under the rank rule


@dataclass(frozen=True, slots=True)
class TierPlacement:
    """A vendor's published baseline place and the analyst's override, if any."""

    vendor_id: str
    baseline_rank: int | None = None
    baseline_tier: int | None = None
    override_tier: int | None = None
    override_reason: str = ""
    kind: str = Kind.ASSESSMENT.value
    source_id: str = ""


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    value: str


@dataclass(frozen=True, slots=True)
class Metric:
    metric_id: str
    name_zh: str
    name_en: str
    unit: str = ""
    as_of: str = ""
    national_total: float | None = None
    source_id: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ProvinceValue:
    metric_id: str
    province_code: str
    value: float | None  # None means "not known", never zero
    kind: str = Kind.REPORTED.value
    source_id: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Cluster:
    """An industry-chain cluster city, drawn as a marker on the map."""

    cluster_id: str
    city_zh: str
    city_en: str
    province_code: str
    lon: float
    lat: float
    role: str = ""
    firms: str = ""
    source_id: str = ""  # for the city, its role and firms
    coordinates_source_id: str = ""  # sources name cities; whoever placed the marker vouches for lon/lat


@dataclass(frozen=True, slots=True)
class FilingBatch:
    batch_id: str
    regime: str  # "generative_ai" or "deep_synthesis"
    period: str  # YYYY-MM
    count: int | None
    cumulative: int | None = None
    kind: str = Kind.REPORTED.value
    source_id: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class MarketSeries:
    series_id: str
    name_zh: str
    name_en: str
    unit: str = "bn CNY"
    source_id: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class MarketPoint:
    series_id: str
    year: int
    value: float | None
    is_forecast: bool = False
    kind: str = Kind.REPORTED.value
    source_id: str = ""
    note: str = ""


KEY_FIGURE_BOUNDS = ("", "≈", ">", "<", "≥", "≤")


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A figure a source states that no other table holds: a price, a count, a growth rate, a range."""

    figure_id: str
    topic: str  # groups figures in the panel and the sheet, e.g. "token_price"
    label_zh: str
    label_en: str
    period: str = ""  # as the source gives it: "2024H1", "2024-04", "2025-2029"
    value: float | None = None  # the figure, or the low end of a range
    value_high: float | None = None  # the high end of a range such as USD 30-60M
    bound: str = ""  # one of KEY_FIGURE_BOUNDS: "≈305", ">200" as the source words it
    unit: str = ""
    kind: str = Kind.REPORTED.value
    source_id: str = ""
    note: str = ""

# Seed 002's categories of vendors by where their large-model revenue comes from.
REVENUE_MIX_CATEGORIES = ("cloud_giant", "hardware_led", "project_based", "pure_player")
UPPER_BOUND_CATEGORY = "cloud_giant"  # the share given is the whole cloud segment's: an upper bound


@dataclass(frozen=True, slots=True)
class RevenueMix:
    """收入占比: the share of a vendor's own revenue that comes from large models, as a range.

    Not a market share: it says nothing about the vendor's weight in any market.
    """

    vendor_id: str
    category: str = ""  # one of REVENUE_MIX_CATEGORIES, or "" when the source gives none
    share_low: float | None = None  # fractions 0-1
    share_base: float | None = None
    share_high: float | None = None
    caveat: str = ""  # what the source says about the figure ("preliminary, by product category")
    kind: str = Kind.ESTIMATE.value
    source_id: str = ""
    note: str = ""


# Units a market can be measured in; amounts of money are held in bn CNY.
MARKET_UNITS = ("cny_bn", "projects", "tokens_tn")
MONEY_UNIT = "cny_bn"


@dataclass(frozen=True, slots=True)
class MarketDefinition:
    """A named market: what is measured, when, in which unit, by whom. Shares are only ever of one."""

    market_id: str
    name_zh: str
    name_en: str
    scope: str = ""
    period: str = ""  # "2023", "2025H1"...
    unit: str = MONEY_UNIT  # one of MARKET_UNITS
    size: float | None = None  # in `unit`; None when the source gives none
    source_id: str = ""
    section: str = ""  # where in the source: section heading or page
    note: str = ""


@dataclass(frozen=True, slots=True)
class MarketShare:
    """A vendor's share of one named market: a share 0-1, or an amount in the market's unit, or only a rank."""

    market_id: str
    vendor_id: str
    share: float | None = None
    amount: float | None = None  # in the market's unit; gives the share when the market's size is known
    rank: int | None = None
    kind: str = Kind.REPORTED.value
    source_id: str = ""
    section: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class RevenueObservation:
    """One source's value for a revenue figure; several may disagree."""

    observation_id: str
    vendor_id: str
    field: str  # a RevenueMix field such as "share_base", or another figure such as "group_revenue"
    value: float
    in_use: bool = False
    source_id: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class AnalysisEntry:
    """One SWOT or PEST entry, for the industry or for one vendor."""

    entry_id: str
    framework: str  # "swot" or "pest"
    scope: str  # INDUSTRY_SCOPE or a vendor_id
    category: str  # one of SWOT_CATEGORIES or PEST_CATEGORIES
    text: str
    impact: int = 3  # 1-5
    likelihood: int = 3  # 1-5, likelihood or confidence
    evidence: str = ""
    source_id: str = ""
    tags: str = ""  # comma-separated


TOWS_CELLS = ("SO", "ST", "WO", "WT")


@dataclass(frozen=True, slots=True)
class TowsStrategy:
    """A strategy in the TOWS matrix, answering the SWOT entries it links."""

    strategy_id: str
    scope: str  # INDUSTRY_SCOPE or a vendor_id
    cell: str  # one of TOWS_CELLS
    text: str
    linked_entries: str = ""  # comma-separated entry_ids of analysis_entries
    note: str = ""


def field_names(entity_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(entity_type))
