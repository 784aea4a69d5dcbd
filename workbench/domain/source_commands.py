"""Adding, merging and deleting sources without leaving any figure citing a source that is gone."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from . import entities as e
from .commands import Batch, Command, PutRecord, RemoveRecord
from .new_ids import check_new_id, slug, unique_id
from .rules import DomainError
from .tables import TABLE_SPECS
from .workspace import Workspace



@dataclass(frozen=True)
class Citation:
    """One field of one record that names a source."""

    table: str
    record: Any
    field: str


def citation_fields(entity_type: type) -> tuple[str, ...]:
    """The fields of an entity that name a source: `source_id` and any `<part>_source_id`."""
    if entity_type is e.Source:
        return ()
    return tuple(f.name for f in dataclasses.fields(entity_type) if f.name.endswith("source_id"))


def citations_of(workspace: Workspace, source_id: str) -> list[Citation]:
    found = []
    for spec in TABLE_SPECS:
        fields = citation_fields(spec.entity_type)
        if not fields:
            continue
        for record in workspace.table(spec.name):
            found.extend(Citation(spec.name, record, name) for name in fields if getattr(record, name) == source_id)
    return found


def suggest_source_id(workspace: Workspace, publisher: str, published: str = "") -> str:
    """A short, unique id such as `idc_2024` from the publisher's Latin letters and the year."""
    year = published[:4] if published[:4].isdigit() else ""
    base = slug(publisher, "source", 20)
    return unique_id(f"{base}_{year}" if year else base, workspace.sources.keys())


def add_source(workspace: Workspace, source: e.Source, label: str = "Add source") -> PutRecord:
    source_id = check_new_id(source.source_id, workspace.sources.keys(), "source_id", "source")
    return PutRecord("sources", dataclasses.replace(source, source_id=source_id), label=label)


def delete_source(workspace: Workspace, source_id: str, replacement: str | None = None,
                  label: str = "Delete source") -> Batch:
    """Remove a source; every figure citing it must move to `replacement` in the same step.

    A cited source without a replacement is refused, naming how many figures cite it:
    a figure is never left without its source.
    """
    if (source_id,) not in workspace.sources:
        raise DomainError([("source_id", f"there is no source {source_id!r}")])
    cited = citations_of(workspace, source_id)
    if replacement == source_id or (replacement is not None and (replacement,) not in workspace.sources):
        raise DomainError([("replacement", f"choose another existing source than {source_id!r}")])
    if cited and replacement is None:
        tables = sorted({c.table for c in cited})
        raise DomainError([("source_id", f"{len(cited)} figure(s) in {', '.join(tables)} cite {source_id!r}: "
                                         "choose a source to cite instead")])
    commands: list[Command] = []
    changed: dict[tuple[str, tuple], Any] = {}
    for citation in cited:  # one record may cite the source in several fields
        spec = workspace.table(citation.table).spec
        key = (citation.table, spec.key_of(citation.record))
        record = changed.get(key, citation.record)
        changed[key] = dataclasses.replace(record, **{citation.field: replacement})
    commands.extend(PutRecord(table, record, label=label, validate=False) for (table, _key), record in changed.items())
    commands.append(RemoveRecord("sources", (source_id,), label))
    return Batch(tuple(commands), label)


def merge_sources(workspace: Workspace, duplicate_id: str, keep_id: str, label: str = "Merge sources") -> Batch:
    """The duplicate's citations move to the kept source, and the duplicate goes; one undo step."""
    return delete_source(workspace, duplicate_id, replacement=keep_id, label=label)
