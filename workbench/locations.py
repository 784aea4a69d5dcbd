"""Where the app's own data lives: the bundled datasets and the resources (map, translations, icons).

In the repository they sit at the top level, beside `workbench/`. An installed wheel
and the offline bundle carry them inside the package as `workbench/_data/`, found
through importlib.resources; the source layout is the fallback for a checkout
(editable installs and `python main.py`). No Qt here: storage and the CLI use it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

BUNDLED_DATASET_NAME = "cn-multimodal-llm-2025"
PACKAGED_DATA = "_data"  # the folder inside the package that a wheel or bundle carries


@cache
def _data_root() -> Path:
    from importlib.resources import files

    package = files("workbench")
    packaged = package / PACKAGED_DATA
    if packaged.is_dir():
        # Installed packages live in real folders here (no zip imports), so this is a Path.
        return Path(str(packaged))
    return Path(str(package)).resolve().parent  # a source checkout


def datasets_dir() -> Path:
    return _data_root() / "datasets"


def resources_dir() -> Path:
    return _data_root() / "resources"


def bundled_dataset() -> Path:
    return datasets_dir() / BUNDLED_DATASET_NAME
