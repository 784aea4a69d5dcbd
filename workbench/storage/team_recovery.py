"""The analyst's own edits to a team project, as a recovery file keeps them.

A team project's workspace alone cannot be restored safely after a crash: colleagues kept
saving meanwhile, and the workspace does not say which records were the analyst's edits nor
which version of each they were made on. So the recovery manifest of a team project also
keeps, for every record the analyst changed since the last sync, the record as it was read
(the base), the version it had then, and the analyst's record. Restoring puts the base and
version back under the analyst's record, and the next save meets any later change by a
colleague as a conflict instead of overwriting it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from workbench.domain.history import changes_between, record_from_json, record_to_json, state_of
from workbench.domain.tables import SPECS_BY_NAME, Key
from workbench.domain.workspace import Workspace

from .project_store import SyncBase


@dataclass(frozen=True)
class RecoveredEdit:
    """One record the analyst changed since the last sync with the team project."""

    table: str
    key: Key
    base: Any | None
    """The record as last synced; None when the analyst added it."""
    base_version: int
    """Its version then (0 when added)."""
    mine: Any | None
    """The analyst's record; None when the analyst removed it."""


def own_edits(workspace: Workspace, synced: SyncBase) -> list[RecoveredEdit]:
    """The analyst's edits since synced: what a save would send."""
    return [RecoveredEdit(change.table, change.key, change.before,
                          synced.versions.get((change.table, change.key), 0), change.after)
            for change in changes_between(synced.state, state_of(workspace))]


def edits_to_json(edits: list[RecoveredEdit]) -> str:
    return json.dumps([{"table": edit.table, "key": list(edit.key),
                        "base": None if edit.base is None else record_to_json(edit.base),
                        "base_version": edit.base_version,
                        "mine": None if edit.mine is None else record_to_json(edit.mine)} for edit in edits],
                      ensure_ascii=False, separators=(",", ":"))


def edits_from_json(text: str) -> list[RecoveredEdit]:
    """The edits written by edits_to_json; ValueError (or KeyError/TypeError) when the text is not that."""
    edits = []
    for item in json.loads(text):
        table = item["table"]
        if table not in SPECS_BY_NAME:
            raise ValueError(f"unknown table {table!r}")
        base, mine = item["base"], item["mine"]
        if base is None and mine is None:
            raise ValueError("an edit without a record")
        edits.append(RecoveredEdit(table, tuple(item["key"]),
                                   None if base is None else record_from_json(table, base),
                                   int(item["base_version"]),
                                   None if mine is None else record_from_json(table, mine)))
    return edits


def shown_location(location: str) -> str:
    """The location as a recovery file names it: any password left out (a store's location has none)."""
    from urllib.parse import urlsplit

    from .team.urls import redact

    try:
        parts = urlsplit(location)
        if parts.password is None:
            return location
        user, _, host = parts.netloc.rpartition("@")
        return parts._replace(netloc=user.split(":", 1)[0] + "@" + host).geturl()
    except ValueError:
        return redact(location)


def recovery_key(location: str) -> str:
    """The team location as recovery files are keyed by it: the URL without its password, one spelling."""
    from .project import ProjectError
    from .team.urls import parse_team_url, redact

    try:
        return parse_team_url(location).location
    except ProjectError:
        return redact(location)
