"""Where `main.py import --into` writes: a .wbproj file or a team project URL, behind one small interface.

An import reads the project, plans its changes, then commits them as one edit: into a
file with the history recorded as the window records it; into a team project as one
transaction that refuses records someone else changed since they were read.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


class ImportTarget:
    name: str
    """How messages name the project (a file name, or the URL without its password)."""
    workspace: Any

    def commit(self, command) -> str:
        """Apply command to the workspace and store it; "" when done, else why nothing was stored."""
        raise NotImplementedError


class FileTarget(ImportTarget):
    def __init__(self, project: Path):
        from .storage.project import open_project

        self._project = project
        self.name = project.name
        self.workspace = open_project(project)  # ProjectError for the caller

    def commit(self, command) -> str:
        from . import cli_history
        from .domain import DomainError
        from .storage.project import ProjectError, save_project

        try:
            since = cli_history.history_since(self._project, self.workspace)
            command.apply(self.workspace)
            save_project(self.workspace, self._project, since=since,
                         analyst=cli_history.analyst_name() if since is not None else "")
        except (DomainError, ProjectError) as error:
            return str(error)
        return ""


class TeamTarget(ImportTarget):
    def __init__(self, url: str):
        from .cli_team import with_password
        from .storage.project_store import store_for

        def open_store(password):
            store = store_for(url, password=password)
            try:
                return store, store.open()
            except BaseException:
                store.close()
                raise

        self._store, opened = with_password(url, open_store)
        self.name = self._store.location
        self.workspace, self._synced = opened.workspace, opened.synced

    def commit(self, command) -> str:
        from .domain import DomainError
        from .storage.project import ProjectError
        from .storage.project_store import StoreUnavailable

        try:
            command.apply(self.workspace)
            outcome = self._store.save(self.workspace, self._synced, "")
        except (DomainError, ProjectError, StoreUnavailable) as error:
            return str(error)
        finally:
            self._store.close()
        if outcome.conflicts:
            changed = ", ".join(f"{c.table} {list(c.key)}" for c in outcome.conflicts[:5])
            more = f" and {len(outcome.conflicts) - 5} more" if len(outcome.conflicts) > 5 else ""
            return (f"{len(outcome.conflicts)} record(s) were changed by someone else since they were read "
                    f"({changed}{more}); run the import again")
        return ""


def import_target(location: str) -> ImportTarget | None:
    """The project to import into, or None after printing why it cannot be opened."""
    from .cli_team import store_failures
    from .storage.location_kind import is_team_location

    try:
        return TeamTarget(location) if is_team_location(location) else FileTarget(Path(location))
    except store_failures() as error:
        print(f"{error}", file=sys.stderr)
        return None
