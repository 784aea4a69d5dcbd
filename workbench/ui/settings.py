"""The analyst's preferences, kept in an INI file with a schema version."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "Workbench"
APPLICATION = "Workbench"
MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 30.0
PAPER_SIZES = ("A4", "Letter")
AMOUNT_UNITS = ("", "zh", "en")  # follow the language, 亿元, bn CNY

# Bump when a key changes meaning, and add a step to _MIGRATIONS.
SCHEMA_VERSION = 1


def _settings_file() -> Path:
    home = os.environ.get("WORKBENCH_HOME")
    if home:
        return Path(home) / "workbench.ini"
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(folder or Path.home() / ".workbench") / "workbench.ini"


# Each entry upgrades a file from that version to the next. Version 0 (a file
# without a stamp) needs no change yet, so the table starts empty.
_MIGRATIONS: dict[int, Callable[[QSettings], None]] = {}


def _is_url(path: str | os.PathLike) -> bool:
    return isinstance(path, str) and "://" in path


class Settings:
    """Typed accessors over QSettings; nothing else reads or writes the file."""

    def __init__(self, path: Path | None = None):
        self.path = path or _settings_file()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._migrate()

    def _migrate(self) -> None:
        version = int(self._store.value("schema_version", 0))
        if version > SCHEMA_VERSION:
            return  # written by a newer release: read what we understand, change nothing
        for step in range(version, SCHEMA_VERSION):
            if step in _MIGRATIONS:
                _MIGRATIONS[step](self._store)
        self._store.setValue("schema_version", SCHEMA_VERSION)

    def sync(self) -> None:
        self._store.sync()

    # ------------------------------------------------------------ files
    def recent_files(self) -> list[str]:
        return [str(p) for p in self._store.value("files/recent", [], type=list) if p]

    def add_recent_file(self, path: str | os.PathLike) -> None:
        """A file (kept resolved) or a team project's URL (kept as given: callers pass it without password)."""
        path = str(path) if _is_url(path) else str(Path(path).resolve())
        files = [path] + [p for p in self.recent_files() if p != path]
        self._store.setValue("files/recent", files[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        self._store.setValue("files/recent", [p for p in self.recent_files() if p != path])

    def last_project(self) -> str | None:
        """The project open when the app last closed, if it still exists."""
        path = str(self._store.value("files/last_project", "") or "")
        return path if path and Path(path).is_file() else None

    def set_last_project(self, path: str | os.PathLike | None) -> None:
        self._store.setValue("files/last_project", str(Path(path).resolve()) if path else "")

    # ------------------------------------------------------------ window
    def window_geometry(self) -> QByteArray:
        return self._store.value("window/geometry", QByteArray(), type=QByteArray)

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def window_state(self) -> QByteArray:
        return self._store.value("window/state", QByteArray(), type=QByteArray)

    def set_window_state(self, state: QByteArray) -> None:
        self._store.setValue("window/state", state)

    # ------------------------------------------------------------ preferences
    def language(self) -> str:
        """"en", "zh_CN", or "" to follow the system locale."""
        return str(self._store.value("ui/language", "") or "")

    def set_language(self, language: str) -> None:
        self._store.setValue("ui/language", language)

    def units(self) -> str:
        """How amounts are shown: "zh" (亿元), "en" (bn CNY), or "" to follow the language."""
        units = str(self._store.value("ui/units", "") or "")
        return units if units in AMOUNT_UNITS else ""

    def set_units(self, units: str) -> None:
        self._store.setValue("ui/units", units if units in AMOUNT_UNITS else "")

    def paper_size(self) -> str:
        """The paper printed and exported pages are laid out for: "A4" (the default) or "Letter"."""
        size = str(self._store.value("export/paper_size", PAPER_SIZES[0]) or "")
        return size if size in PAPER_SIZES else PAPER_SIZES[0]

    def set_paper_size(self, size: str) -> None:
        if size not in PAPER_SIZES:
            raise ValueError(f"unknown paper size {size!r}: use one of {', '.join(PAPER_SIZES)}")
        self._store.setValue("export/paper_size", size)

    def author_name(self) -> str:
        """Written on exported workbooks."""
        return str(self._store.value("export/author", "") or "")

    def set_author_name(self, name: str) -> None:
        self._store.setValue("export/author", name)

    def autosave_seconds(self) -> float:
        """Idle time after an edit before unsaved edits go to the recovery file; 0 turns autosave off."""
        try:
            return max(0.0, float(self._store.value("autosave/seconds", DEFAULT_AUTOSAVE_SECONDS)))
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_SECONDS

    def set_autosave_seconds(self, seconds: float) -> None:
        self._store.setValue("autosave/seconds", float(seconds))

    def default_dataset(self) -> str:
        """The dataset folder or project opened when there is no last project; "" means the bundled one."""
        return str(self._store.value("files/default_dataset", "") or "")

    def set_default_dataset(self, path: str) -> None:
        self._store.setValue("files/default_dataset", path)

    def app_folder(self) -> Path:
        """The folder of the settings file; recovery files of unsaved analyses go there too."""
        return self.path.parent

    def deliverable_choices(self) -> dict:
        """The last briefing or deck export: sections left out and the labels' language ("" follows the window)."""
        return {
            "excluded_sections": [str(s) for s in self._store.value("export/excluded_sections", [], type=list) if s],
            "language": str(self._store.value("export/label_language", "") or ""),
        }

    def set_deliverable_choices(self, excluded_sections: list[str], language: str) -> None:
        self._store.setValue("export/excluded_sections", list(excluded_sections))
        self._store.setValue("export/label_language", language)

    def export_choices(self) -> dict:
        """The last export's choices: sheets and scopes left out, and the scenario."""
        return {
            "excluded_sheets": [str(s) for s in self._store.value("export/excluded_sheets", [], type=list) if s],
            "excluded_scopes": [str(s) for s in self._store.value("export/excluded_scopes", [], type=list) if s],
            "scenario": str(self._store.value("export/scenario", "base") or "base"),
        }

    def set_export_choices(self, excluded_sheets: list[str], excluded_scopes: list[str], scenario: str) -> None:
        # What was left out is stored, so a sheet or vendor added later is exported by default.
        self._store.setValue("export/excluded_sheets", list(excluded_sheets))
        self._store.setValue("export/excluded_scopes", list(excluded_scopes))
        self._store.setValue("export/scenario", scenario)
