"""Problems found in user-editable input, reported as `FILE:LINE:COLUMN: message`.

Every loader collects problems instead of raising on the first one, so the user sees all of
them at once (DESIGN.md section 2) and the GUI can show the same list in a dialog.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, at a 1-based line and column (0 when unknown)."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class InputError(Exception):
    """Bad input: carries every problem found. Callers print them and exit with status 2."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
