"""Registry of file exporters; the UI builds its file-dialog filters from it.

An exporter registers itself with ``@exporter(label, extensions=[...])``.
Modules holding exporters are listed in ``_EXPORTER_MODULES`` and imported on
first use, so listing exporters stays cheap (no openpyxl import).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

_EXPORTER_MODULES = ("workbench.storage.excel",)


@dataclass(frozen=True)
class Exporter:
    label: str
    extensions: tuple[str, ...]
    function: Callable

    @property
    def dialog_filter(self) -> str:
        """A Qt file-dialog filter such as ``Excel workbook (*.xlsx)``."""
        patterns = " ".join(f"*.{ext}" for ext in self.extensions)
        return f"{self.label} ({patterns})"


_registry: dict[str, Exporter] = {}


def exporter(label: str, extensions: list[str] | tuple[str, ...]) -> Callable[[Callable], Callable]:
    """Register the decorated function as the exporter for ``label``."""
    normalised = tuple(ext.lower().lstrip(".") for ext in extensions)
    if not normalised:
        raise ValueError(f"exporter {label!r} needs at least one file extension")

    def register(function: Callable) -> Callable:
        _registry[label] = Exporter(label, normalised, function)
        return function

    return register


def exporters() -> list[Exporter]:
    """Every registered exporter, in registration order."""
    for module in _EXPORTER_MODULES:
        importlib.import_module(module)
    return list(_registry.values())


def exporter_for(filename: str) -> Exporter | None:
    """The exporter whose extension matches ``filename``, if any."""
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return next((item for item in exporters() if suffix in item.extensions), None)
