"""Small helpers for tests that break data files on purpose and check where the error points."""

from __future__ import annotations

from pathlib import Path


def replace_once(path: Path, old: str, new: str) -> int:
    """Replace the single occurrence of `old` in `path` by `new`; return the 1-based line where
    `new` starts, so tests can assert the reported line without hard-coding it."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    start = text.index(old)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[:start].count("\n") + 1


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th occurrence of `needle` in `path`."""
    text = path.read_text(encoding="utf-8")
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text[:index].count("\n") + 1
