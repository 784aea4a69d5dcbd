"""Open whatever the analyst points at: a dataset folder or a saved project."""

from __future__ import annotations

from pathlib import Path

from ..locations import bundled_dataset
from .problems import Problem

PROJECT_SUFFIX = ".wbproj"
BUNDLED_DATASET = bundled_dataset()


def is_project(path: str | Path) -> bool:
    return Path(path).suffix.lower() == PROJECT_SUFFIX


def open_workspace(path: str | Path | None = None):
    """Load a dataset folder (or its datapackage.json) or a project file.

    Returns a LoadResult: a workspace, or None with the problems that stopped it.
    """
    from .dataset import LoadResult, load_dataset

    path = Path(path) if path else BUNDLED_DATASET
    if is_project(path):
        from .project import ProjectError, open_project

        try:
            return LoadResult(open_project(path), [])
        except ProjectError as error:
            return LoadResult(None, error.problems or [Problem(path.name, None, None, str(error))])
    if path.name == "datapackage.json":
        path = path.parent
    if not path.exists():
        return LoadResult(None, [Problem(path.name, None, None, "no such file or folder")])
    if not path.is_dir():
        return LoadResult(None, [Problem(path.name, None, None,
                                         f"not a dataset folder or a {PROJECT_SUFFIX} project")])
    return load_dataset(path)
