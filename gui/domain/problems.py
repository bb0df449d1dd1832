"""Problems found in user-editable input, reported as `FILE:LINE:COLUMN: message`.

Every loader collects problems instead of raising on the first one, so the user sees all of
them at once (DESIGN.md section 2) and the GUI can show the same list in a dialog.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gui.domain.plain_text import escaped_controls


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, at a 1-based line and column (0 when unknown)."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{shown_safely(self.file)}:{self.line}:{self.column}: {shown_safely(self.message)}"


MAX_MESSAGE = 2_000


def shown_safely(text: str) -> str:
    """`text` as one safe line of a message: every character a terminal acts on as a visible
    escape (a newline becomes \\n: a value from a file cannot start a new, forged FILE:LINE
    line, move the cursor or reorder the text around it; see gui/domain/plain_text.py), and
    shortened when it is longer than a message should be."""
    safe = escaped_controls(text, keep_line_breaks=False)
    if len(safe) > MAX_MESSAGE:
        safe = f"{safe[:MAX_MESSAGE]}... ({len(safe) - MAX_MESSAGE:,} more characters)"
    return safe


class InputError(Exception):
    """Bad input: carries every problem found. Callers print them and exit with status 2."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
