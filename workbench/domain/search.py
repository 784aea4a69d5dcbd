"""Find anything an analyst names: vendors, sources, SWOT/PEST entries, TOWS strategies and provinces.

Matching is by substring of the Chinese or English text, ignoring case, width
(full-width Latin letters typed with a Chinese input method) and spaces. Hits
that start with the query come before hits that contain it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterator

from .provinces import PROVINCES
from .workspace import Workspace

PROVINCES_TABLE = "provinces"  # not a workspace table: a hit on one selects it on the map
DEFAULT_LIMIT = 200


@dataclass(frozen=True)
class Hit:
    table: str
    key: tuple
    title: str
    detail: str = ""


def normalise(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _candidates(ws: Workspace) -> Iterator[tuple[Hit, tuple[str, ...]]]:
    for v in ws.vendors:
        yield (Hit("vendors", (v.vendor_id,), f"{v.name_zh} {v.name_en}".strip(), v.flagship_model),
               (v.name_zh, v.name_en, v.vendor_id, v.flagship_model, v.tickers))
    for s in ws.sources:
        yield (Hit("sources", (s.source_id,), s.title, " · ".join(p for p in (s.publisher, s.published) if p)),
               (s.title, s.publisher, s.published, s.source_id, s.citation))
    for a in ws.analysis_entries:
        yield (Hit("analysis_entries", (a.entry_id,), a.text, f"{a.framework.upper()} · {a.category} · {a.scope}"),
               (a.text, a.evidence, a.tags))
    for t in ws.tows_strategies:
        yield Hit("tows_strategies", (t.strategy_id,), t.text, f"TOWS {t.cell} · {t.scope}"), (t.text, t.note)
    for p in PROVINCES:
        yield Hit(PROVINCES_TABLE, (p.code,), f"{p.name_zh} {p.name_en}", p.code), (p.name_zh, p.name_en)


def search(ws: Workspace, query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Hits for query, best first; an empty query finds nothing."""
    wanted = normalise(query)
    if not wanted:
        return []
    starts, contains = [], []
    for hit, texts in _index(ws):
        if any(text.startswith(wanted) for text in texts):
            starts.append(hit)
        elif any(wanted in text for text in texts):
            contains.append(hit)
    return (starts + contains)[:limit]


def _index(ws: Workspace) -> list[tuple[Hit, tuple[str, ...]]]:
    """Every candidate with its texts normalised once, kept until one of the tables changes."""
    return ws.derived("search_index", lambda: [
        (hit, tuple(normalise(text) for text in texts if text)) for hit, texts in _candidates(ws)])
