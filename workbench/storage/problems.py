"""Validation reports: every problem names file, row and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # 1-based data row (the header is row 0); None for file-level problems
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


class InputError(Exception):
    """A file that cannot be read at all; carries the problems found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __reduce__(self):
        # Rebuilt from its problems, not its message, when it crosses to another process.
        return (InputError, (self.problems,))
