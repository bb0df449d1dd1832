"""Which facts in a data folder have not been checked against their sources for too long.

Every note, erratum, release line and platform fact carries `checked: YYYY-MM-DD`, the day it
was last compared with its source. `runtime-advisor validate --stale-after DAYS` lists those
checked more than DAYS before the dataset's `as_of` date, each at its file and line, so a
maintainer knows what to re-check first (docs/updating-the-data.md says how). They are
warnings: the data is still valid.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gui.domain.data.document import JsonPath, YamlDocument, mappings_in
from gui.domain.model import AdvisorData

CHECKED_FILES = ("runtimes.yaml", "platforms.yaml")


def _dated(value: Any) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    """Every mapping under `value` that has a `checked` date, with its path."""
    return ((path, item) for path, item in mappings_in(value) if isinstance(item.get("checked"), str))


def _what(path: JsonPath, item: dict[str, Any]) -> str:
    if "id" in item:
        return f"'{item['id']}'"
    for key in ("row", "con", "pro", "line", "runtime", "runtime_class"):
        if key in item and item[key] is not None:
            return f"{key} {item[key]}"
    return ".".join(str(p) for p in path)


def stale_in(doc: YamlDocument, as_of: _dt.date, days: int) -> list[str]:
    found = []
    for path, item in _dated(doc.data):
        try:
            checked = _dt.date.fromisoformat(item["checked"])
        except ValueError:
            continue  # the schema reports a malformed date
        age = (as_of - checked).days
        if age > days:
            line, column = doc.where((*path, "checked"))
            source = item.get("source", "its source")
            found.append(
                f"{doc.name}:{line}:{column}: warning: {_what(path, item)} was last checked on {checked}, "
                f"{age} days before the dataset's as_of date {as_of} (more than {days}); re-check it against {source}"
            )
    return found


def stale_facts(data: AdvisorData, days: int) -> list[str]:
    """Warnings for the facts of `data` checked more than `days` before its as_of date."""
    from gui.domain.data.yamlsource import read_yaml_file

    as_of = _dt.date.fromisoformat(data.dataset.as_of)
    found: list[str] = []
    for name in CHECKED_FILES:
        doc, _ = read_yaml_file(Path(data.origin) / name)
        if doc is not None:
            found += stale_in(doc, as_of, days)
    return found
