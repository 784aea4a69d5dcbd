"""What the window's helpers (Documents, Autosave) ask of the window: questions, messages, the status line.

The main window implements it; a test passes a small fake instead of a window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class Prompts(Protocol):
    def ask_unsaved_changes(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel."""

    def ask_dataset_folder(self) -> str:
        """A dataset folder, or "" when cancelled."""

    def ask_open_path(self) -> str:
        """A project file to open, or ""."""

    def ask_save_path(self) -> str:
        """Where to save the project, or ""."""

    def show_error(self, title: str, message: str) -> None:
        ...

    def show_problems(self, title: str, summary: str, problems: list) -> None:
        """A validation report: what was refused and why."""

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        """A line in the status bar; 0 keeps it until the next one."""

    def show_busy(self, message: str | None) -> None:
        """A busy bar and message while a file is read; None removes them."""

    def ask_team_location(self) -> str:
        """A team project's URL (with sslmode when chosen), or "" when cancelled."""

    def ask_password(self, location: str, message: str) -> str | None:
        """The password for location, asked at connect time and never kept; None when cancelled."""

    def ask_retry(self, title: str, message: str) -> bool:
        """The store could not be reached: True to try again."""

    def ask_conflicts(self, dialog) -> bool:
        """Run the conflict dialog; True when the analyst applied the choices."""

    def ask_snapshot_name(self) -> str:
        """A name for a new snapshot, or ""."""

    def ask_save_first(self, message: str) -> bool:
        """True to save the project before going on."""
