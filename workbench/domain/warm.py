"""What the window reads first after an open, computed where the workspace is read.

Opening a large workspace reads it on a worker thread; the results below are
kept in the workspace until their tables change, so the GUI thread finds them
ready instead of computing them on the turn that shows the new workspace.
"""

from __future__ import annotations

from .analysis import entries_by_scope
from .scoring import current_tiers
from .workspace import Workspace


def warm_caches(ws: Workspace) -> None:
    current_tiers(ws)
    entries_by_scope(ws)
