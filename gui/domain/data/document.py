"""A parsed data file: its value and where each part of it came from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from gui.domain.problems import Problem

JsonPath = tuple[str | int, ...]


def describe_path(path: JsonPath) -> str:
    """`runtimes[2].attributes.kernel` style, as a reader of the YAML would name it."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the document"


def mappings_in(value: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    """Every mapping in a parsed value, outermost first, with its path."""
    if isinstance(value, dict):
        yield path, value
        for key, item in value.items():
            yield from mappings_in(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from mappings_in(item, (*path, index))


@dataclass
class YamlDocument:
    """A parsed file: its display name, its value, and a position for every path in it."""

    name: str
    data: Any
    positions: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: JsonPath) -> tuple[int, int]:
        """The position of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            found = self.positions.get(tuple(path[:end]))
            if found is not None:
                return found
        return (1, 1)

    def problem(self, path: JsonPath, message: str) -> Problem:
        line, column = self.where(path)
        return Problem(self.name, line, column, message)
