"""SWOT, PEST and TOWS: reading entries by scope and category, and the edits that keep links whole.

The order of entries inside a category is the order of their records in the
analysis_entries table, so reordering is a move of the record. TOWS strategies
link entries by id, which is why moves and edits never break a link; only a
delete has to rewrite the strategies that named the entry, in the same Batch.
"""

from __future__ import annotations

import dataclasses
from typing import Iterable

from . import entities as e
from .commands import Batch, PutRecord, RemoveRecord, update
from .rules import DomainError, Problem
from .workspace import Workspace

ENTRIES = "analysis_entries"
STRATEGIES = "tows_strategies"
FRAMEWORKS = {"swot": e.SWOT_CATEGORIES, "pest": e.PEST_CATEGORIES}
PEST_CORE = e.PEST_CATEGORIES[:4]  # PESTLE adds the last two, legal and environmental


def categories_of(framework: str, pestle: bool = True) -> tuple[str, ...]:
    if framework == "pest" and not pestle:
        return PEST_CORE
    return FRAMEWORKS[framework]


def priority(entry: e.AnalysisEntry) -> int:
    """Impact times likelihood: 1 (ignore) to 25 (act now)."""
    return entry.impact * entry.likelihood


def entries_in(ws: Workspace, framework: str, scope: str, category: str | None = None) -> list[e.AnalysisEntry]:
    """The entries of one scope (and category), in their recorded order."""
    # Every SWOT/PEST list asks for its own scope and category: with thousands of entries,
    # one pass per edit of the table instead of one per list.
    in_scope = entries_by_scope(ws).get((framework, scope), ())
    return [entry for entry in in_scope if category is None or entry.category == category]


def entries_by_scope(ws: Workspace) -> dict[tuple[str, str], list[e.AnalysisEntry]]:
    """The entries of each (framework, scope), kept until the table changes; must not be modified."""
    return ws.analysis_entries.derived("entries_by_scope", _entries_by_scope)


def _entries_by_scope(table: Iterable[e.AnalysisEntry]) -> dict[tuple[str, str], list[e.AnalysisEntry]]:
    index: dict[tuple[str, str], list[e.AnalysisEntry]] = {}
    for entry in table:
        index.setdefault((entry.framework, entry.scope), []).append(entry)
    return index


def by_priority(entries: Iterable[e.AnalysisEntry]) -> list[e.AnalysisEntry]:
    """Highest priority first; ties keep their recorded order."""
    return sorted(entries, key=priority, reverse=True)


def scopes_with_entries(ws: Workspace, framework: str | None = None) -> list[str]:
    """The industry first, then every vendor that has entries, in vendor order."""
    used = {entry.scope for entry in ws.analysis_entries if framework is None or entry.framework == framework}
    vendors = [vendor.vendor_id for vendor in ws.vendors if vendor.vendor_id in used]
    others = sorted(used - set(vendors) - {e.INDUSTRY_SCOPE})  # scopes of vendors since removed
    return [e.INDUSTRY_SCOPE] + vendors + others


def scope_label(ws: Workspace, scope: str) -> str:
    if scope == e.INDUSTRY_SCOPE:
        return "行业 Industry"
    vendor = ws.vendors.get((scope,))
    return f"{vendor.name_zh} {vendor.name_en}".strip() if vendor else scope


def _entry(ws: Workspace, entry_id: str) -> e.AnalysisEntry:
    entry = ws.analysis_entries.get((entry_id,))
    if entry is None:
        raise DomainError([("entry_id", f"there is no entry {entry_id!r}")])
    return entry


def _new_id(existing: Iterable[tuple], prefix: str) -> str:
    taken = {key[0] for key in existing}
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def new_entry_id(ws: Workspace, framework: str, scope: str, category: str) -> str:
    return _new_id(ws.analysis_entries.keys(), f"{framework}-{scope}-{category[0]}")


def _table_index(ws: Workspace, entry_id: str | None, framework: str, scope: str, category: str,
                 position: int | None) -> int | None:
    """Where in the table an entry goes to sit at `position` in its category (None: at the end).

    Indexes count the table without the entry itself, the way PutRecord inserts.
    """
    keys = [key for key in ws.analysis_entries.keys() if key != (entry_id,)]
    others = [entry for entry in entries_in(ws, framework, scope, category) if entry.entry_id != entry_id]
    if not others:
        return None  # a new entry goes last; a moved one keeps its row
    if position is None or position >= len(others):
        return keys.index((others[-1].entry_id,)) + 1
    return keys.index((others[max(0, position)].entry_id,))


# ------------------------------------------------------------------ entry commands
def add_entry(ws: Workspace, framework: str, scope: str, category: str, text: str, position: int | None = None,
              label: str = "Add entry", **fields) -> PutRecord:
    """A new entry at `position` in its category (at the end when None); validated when applied."""
    entry = e.AnalysisEntry(new_entry_id(ws, framework, scope, category), framework, scope, category, text, **fields)
    return PutRecord(ENTRIES, entry, _table_index(ws, None, framework, scope, category, position), label)


def move_entry(ws: Workspace, entry_id: str, category: str, position: int | None = None,
               label: str = "Move entry") -> PutRecord:
    """Move an entry to `position` in `category` of the same framework and scope."""
    entry = _entry(ws, entry_id)
    if category not in FRAMEWORKS[entry.framework]:
        raise DomainError([("category", f"{category!r} is not a {entry.framework.upper()} category")])
    moved = dataclasses.replace(entry, category=category)
    index = _table_index(ws, entry_id, entry.framework, entry.scope, category, position)
    return PutRecord(ENTRIES, moved, index, label)


def reorder_entry(ws: Workspace, entry_id: str, step: int, label: str = "Reorder entry") -> PutRecord | None:
    """Move an entry `step` places up (negative) or down in its category; None when it cannot go further."""
    entry = _entry(ws, entry_id)
    siblings = [s.entry_id for s in entries_in(ws, entry.framework, entry.scope, entry.category)]
    position = siblings.index(entry_id) + step
    if not 0 <= position < len(siblings):
        return None
    return move_entry(ws, entry_id, entry.category, position, label)


def copy_entry(ws: Workspace, entry_id: str, scope: str, category: str | None = None, position: int | None = None,
               label: str = "Copy entry") -> PutRecord:
    """A copy with a new id in another scope (TOWS links stay with the original)."""
    entry = _entry(ws, entry_id)
    category = category or entry.category
    if category not in FRAMEWORKS[entry.framework]:
        raise DomainError([("category", f"{category!r} is not a {entry.framework.upper()} category")])
    copy = dataclasses.replace(entry, entry_id=new_entry_id(ws, entry.framework, scope, category),
                               scope=scope, category=category)
    return PutRecord(ENTRIES, copy, _table_index(ws, None, entry.framework, scope, category, position), label)


def linking_strategies(ws: Workspace, entry_id: str) -> list[e.TowsStrategy]:
    return [s for s in ws.tows_strategies if entry_id in linked_ids(s)]


def delete_entry(ws: Workspace, entry_id: str, label: str = "Delete entry") -> Batch:
    """Remove an entry and, in the same undo step, its id from every strategy that linked it."""
    _entry(ws, entry_id)
    unlinks = [update(ws, STRATEGIES, (s.strategy_id,), label,
                      linked_entries=_join(i for i in linked_ids(s) if i != entry_id))
               for s in linking_strategies(ws, entry_id)]
    return Batch((*unlinks, RemoveRecord(ENTRIES, (entry_id,), label)), label)


# ------------------------------------------------------------------ TOWS
def linked_ids(strategy: e.TowsStrategy) -> list[str]:
    return [part.strip() for part in strategy.linked_entries.split(",") if part.strip()]


def _join(ids: Iterable[str]) -> str:
    return ",".join(ids)


def check_links(ws: Workspace, strategy: e.TowsStrategy) -> list[Problem]:
    """TOWS links must name existing SWOT entries of the strategy's own scope."""
    problems: list[Problem] = []
    for entry_id in linked_ids(strategy):
        entry = ws.analysis_entries.get((entry_id,))
        if entry is None:
            problems.append(("linked_entries", f"there is no entry {entry_id!r}"))
        elif entry.framework != "swot":
            problems.append(("linked_entries", f"{entry_id!r} is a PEST entry; a strategy answers SWOT entries"))
        elif entry.scope != strategy.scope:
            problems.append(("linked_entries", f"{entry_id!r} belongs to another scope ({entry.scope})"))
    return problems


def strategies_in(ws: Workspace, scope: str, cell: str | None = None) -> list[e.TowsStrategy]:
    return [s for s in ws.tows_strategies if s.scope == scope and (cell is None or s.cell == cell)]


def _checked(ws: Workspace, strategy: e.TowsStrategy, index: int | None, label: str) -> PutRecord:
    problems = check_links(ws, strategy)
    if problems:
        raise DomainError(problems)
    return PutRecord(STRATEGIES, strategy, index, label)


def add_strategy(ws: Workspace, scope: str, cell: str, text: str, linked: Iterable[str] = (),
                 label: str = "Add strategy") -> PutRecord:
    strategy_id = _new_id(ws.tows_strategies.keys(), f"tows-{scope}-{cell.lower()}")
    return _checked(ws, e.TowsStrategy(strategy_id, scope, cell, text, _join(linked)), None, label)


def set_links(ws: Workspace, strategy_id: str, entry_ids: Iterable[str], label: str = "Link entries") -> PutRecord:
    strategy = ws.tows_strategies.get((strategy_id,))
    if strategy is None:
        raise DomainError([("strategy_id", f"there is no strategy {strategy_id!r}")])
    unique = list(dict.fromkeys(entry_ids))
    return _checked(ws, dataclasses.replace(strategy, linked_entries=_join(unique)), None, label)


def link_entry(ws: Workspace, strategy_id: str, entry_id: str, label: str = "Link entry") -> PutRecord:
    strategy = ws.tows_strategies.get((strategy_id,))
    current = linked_ids(strategy) if strategy else []
    return set_links(ws, strategy_id, [*current, entry_id], label)


def unlink_entry(ws: Workspace, strategy_id: str, entry_id: str, label: str = "Unlink entry") -> PutRecord:
    strategy = ws.tows_strategies.get((strategy_id,))
    current = linked_ids(strategy) if strategy else []
    return set_links(ws, strategy_id, [i for i in current if i != entry_id], label)


def delete_strategy(ws: Workspace, strategy_id: str, label: str = "Delete strategy") -> RemoveRecord:
    return RemoveRecord(STRATEGIES, (strategy_id,), label)
