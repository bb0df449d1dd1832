"""Problems found in user-editable input, reported as `FILE:LINE:COLUMN: message`.

Every loader collects problems instead of raising on the first one, so the user sees all of
them at once (DESIGN.md section 2) and the GUI can show the same list in a dialog.
"""

from __future__ import annotations

import re
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
        return f"{shown_safely(self.file)}:{self.line}:{self.column}: {shown_safely(self.message)}"


# Characters that would let a value from a file move the cursor, recolour the terminal, start a
# new (forged) FILE:LINE line or reorder the text around it: C0 and C1 controls, DEL, the line
# and paragraph separators, and the bidirectional overrides and isolates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
MAX_MESSAGE = 2_000


def shown_safely(text: str) -> str:
    """`text` with unsafe characters as visible escapes (a newline becomes \\n), and shortened
    when it is longer than a message should be."""
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in named:
            return named[char]
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    safe = _UNSAFE.sub(escape, text)
    if len(safe) > MAX_MESSAGE:
        safe = f"{safe[:MAX_MESSAGE]}... ({len(safe) - MAX_MESSAGE:,} more characters)"
    return safe


class InputError(Exception):
    """Bad input: carries every problem found. Callers print them and exit with status 2."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
