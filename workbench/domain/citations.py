"""Every figure names its source, and every source cited by a figure says who published what, and when.

A row "holds a figure" when one of its numbers is filled in (or, for vendors,
one of the facts stated about them). Text judgements such as SWOT/PEST entries
are not figures: citing them is encouraged, not required.
"""

from __future__ import annotations

import re
import typing
from dataclasses import fields
from functools import cache
from typing import Any, Iterable

from . import entities as e
from .tables import SPECS_BY_NAME

# Tables of judgements in words, not figures.
UNCITED_TABLES = frozenset({"analysis_entries"})
# Text fields stating a fact that a source has to vouch for, by table.
FACT_TEXT_FIELDS = {"vendors": ("hq_province", "hq_city", "tickers")}
# Figure fields that may name a source of their own; when it is empty the row's source_id covers them.
OWN_SOURCE_FIELDS = {"vendors": {"tickers": "tickers_source_id"},
                     "clusters": {"lon": "coordinates_source_id", "lat": "coordinates_source_id"}}
# The parts of a source that make it a citation a reader can follow.
CITATION_FIELDS = ("publisher", "title", "published")
# "2025", "2025-04" or "2025-04-08": as precise as the source is known.
_PUBLISHED = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")

CitationProblem = tuple[str, int, str, str]  # (table, 0-based index in the table, field, message)


@cache  # type hints are slow to read, and a load asks once per record
def figure_fields(table: str) -> tuple[str, ...]:
    """The fields of `table` whose values are figures: numbers that are not part of the key, and stated facts."""
    spec = SPECS_BY_NAME[table]
    hints = typing.get_type_hints(spec.entity_type)
    numbers = tuple(f.name for f in fields(spec.entity_type)
                    if f.name not in spec.key_fields and _is_number(hints[f.name]))
    return numbers + FACT_TEXT_FIELDS.get(table, ())


def _is_number(annotation: Any) -> bool:
    members = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    return any(m in (int, float) for m in members)


@cache
def cited_tables() -> tuple[str, ...]:
    """The tables whose figure rows need a source."""
    return tuple(name for name, spec in SPECS_BY_NAME.items()
            if name != "sources" and name not in UNCITED_TABLES
            and "source_id" in {f.name for f in fields(spec.entity_type)} and figure_fields(name))


def citation_problems(tables: dict[str, Iterable[Any]]) -> list[CitationProblem]:
    """Figure rows without a source, and the cited sources lacking publisher, title or a publication date."""
    sources = list(tables.get("sources", ()))
    problems: list[CitationProblem] = []
    cited: set[str] = set()
    for name in cited_tables():
        own = OWN_SOURCE_FIELDS.get(name, {})
        figures = figure_fields(name)
        for index, record in enumerate(tables.get(name, ())):
            uncited = False
            for field_name in figures:
                if getattr(record, field_name) in (None, ""):
                    continue
                source_id = (getattr(record, own[field_name]) if field_name in own else "") or record.source_id
                if source_id.strip():
                    cited.add(source_id)
                else:
                    uncited = True
            if uncited:
                problems.append((name, index, "source_id", "this figure has no source; cite one from sources"))
    for index, source in enumerate(sources):
        if source.source_id in cited:
            problems += [("sources", index, field, message) for field, message in source_citation_problems(source)]
    return problems


def source_citation_problems(source: e.Source) -> list[tuple[str, str]]:
    """(field, message) for each part of a citation the source lacks."""
    problems = []
    for name in CITATION_FIELDS:
        if not getattr(source, name).strip():
            what = "publication date (YYYY, YYYY-MM or YYYY-MM-DD)" if name == "published" else name
            problems.append((name, f"source {source.source_id!r} is cited by figures but has no {what}"))
    published = source.published.strip()
    if published and not _PUBLISHED.fullmatch(published):
        problems.append(("published", f"{published!r} is not a date like 2025, 2025-04 or 2025-04-08"))
    return problems
