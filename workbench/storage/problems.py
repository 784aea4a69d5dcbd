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


# A report lists this many problems, then counts the rest: a broken million-row file is
# explained by its first problems, and printing all of them would take longer than fixing it.
MAX_LISTED_PROBLEMS = 1000


def capped(problems: list[Problem], limit: int = MAX_LISTED_PROBLEMS) -> list[Problem]:
    """The first `limit` problems, and one more line counting those left out."""
    if len(problems) <= limit:
        return problems
    first = problems[0].file if problems else ""
    return problems[:limit] + [Problem(first, None, None, f"{len(problems) - limit:,} more problem(s) not listed "
                                                          f"({len(problems):,} in all)")]


class InputError(Exception):
    """A file that cannot be read at all; carries the problems found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __reduce__(self):
        # Rebuilt from its problems, not its message, when it crosses to another process.
        return (InputError, (self.problems,))
