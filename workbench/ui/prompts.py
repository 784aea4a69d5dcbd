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
