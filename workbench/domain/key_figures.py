"""Key figures as the panel and the sheet show them: grouped by topic, filings side by side with the batches.

The filing totals of different sources disagree (309 by 2024-11 in seed 003, 302 by
2024-12 officially, 327 and 346 by 2025-03): they are listed together, by period,
so the difference is seen rather than averaged away.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import entities as e

# Topics in display order; a topic not listed here follows them in the order met.
TOPICS = ("filings", "models", "token_price", "ai_industry", "training_cost")
FILINGS_TOPIC = "filings"
PRICE_TOPIC = "token_price"
GENERATIVE_AI = "generative_ai"


@dataclass(frozen=True)
class FigureRow:
    """One line of the key figures: where it comes from (table and key) and what to show."""

    table: str
    key: tuple
    topic: str
    label_zh: str
    label_en: str
    period: str
    value: float | None = None
    value_high: float | None = None
    bound: str = ""
    unit: str = ""
    kind: str = ""
    source_id: str = ""
    note: str = ""
    batch_count: int | None = None  # filing batches: filed in the batch
    batch_cumulative: int | None = None  # filing batches: filed in total by then


def format_value(value: float | None, value_high: float | None = None, bound: str = "") -> str:
    """'≈305', '30–60', '>1,000', '1.5'; empty when not known."""
    if value is None:
        return ""
    text = _number(value) if value_high is None else f"{_number(value)}–{_number(value_high)}"
    return f"{bound}{text}"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def key_figure_rows(workspace: Any) -> list[tuple[str, list[FigureRow]]]:
    """(topic, rows) in display order; the filings topic holds the generative-AI filing batches too."""
    groups: dict[str, list[FigureRow]] = {topic: [] for topic in TOPICS}
    for figure in workspace.key_figures:
        groups.setdefault(figure.topic, []).append(_figure_row(figure))
    batches = [_batch_row(b) for b in workspace.filing_batches if b.regime == GENERATIVE_AI]
    if batches:
        # Stable sort by period: a batch comes before a figure of the same month, as it happened first.
        groups[FILINGS_TOPIC] = sorted(batches + groups[FILINGS_TOPIC], key=lambda row: row.period)
    return [(topic, rows) for topic, rows in groups.items() if rows]


def price_points(workspace: Any) -> list[tuple[str, float]]:
    """(period, price) of the token price trend, in period order."""
    points = [(f.period, f.value) for f in workspace.key_figures if f.topic == PRICE_TOPIC and f.value is not None]
    return sorted(points)


def _figure_row(figure: e.KeyFigure) -> FigureRow:
    return FigureRow("key_figures", (figure.figure_id,), figure.topic, figure.label_zh, figure.label_en,
                     figure.period, figure.value, figure.value_high, figure.bound, figure.unit, figure.kind,
                     figure.source_id, figure.note)


def _batch_row(batch: e.FilingBatch) -> FigureRow:
    return FigureRow("filing_batches", (batch.batch_id,), FILINGS_TOPIC, "生成式人工智能服务备案",
                     "Generative-AI service filings", batch.period, kind=batch.kind, unit="services",
                     source_id=batch.source_id, note=batch.note, batch_count=batch.count,
                     batch_cumulative=batch.cumulative)
