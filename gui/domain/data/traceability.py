"""Whether every fact in a data folder can be traced to a source a reviewer can open.

`runtime-advisor validate --sources` runs this after the ordinary checks have passed. It asks
more than the schemas do, because the facts it covers are the ones a user acts on: the version
an install script pins, the advisory a floor is set for, the overhead a RuntimeClass reserves.

- every dated fact (a mapping with `source` or `checked`) has both;
- every pin has `source`, `checked` and `shows`, what the source shows, quoted;
- every sandbox variant with an overhead figure says in `shows` where the source states it;
- every version, figure or advisory id that a rule's, tie-break's or warning's text names is
  held by the facts its `basis` names (a note's text, a pin, a platform's entry, a table row),
  so a text cannot state a number that no source in the data shows.

Each finding names its file, line and column. They are errors (exit 2): the shipped data passes,
and the test suite runs the check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gui.domain.data.document import JsonPath, YamlDocument, mappings_in
from gui.domain.model import AdvisorData
from gui.domain.problems import Problem

# a version or figure: 1.36, 2.3.0, v26.3.0, 0.39, release-20260817.0 (its 20260817.0); and
# advisory ids. Whole numbers alone (600 MiB, 10 GiB) are too common to be told apart from prose.
_VERSION = re.compile(r"(?<![\w.])v?\d+(?:\.\d+)+")
_ADVISORY = re.compile(r"\b(?:GHSA(?:-[0-9a-z]{4}){3}|CVE-\d{4}-\d{4,})\b")
_RULE_SECTIONS = (("rules", "reason"), ("tie_breaks", "reason"), ("warnings", "text"))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _what(path: JsonPath, item: dict[str, Any]) -> str:
    for key in ("id", "line", "runtime_class", "runtime", "row", "con", "pro"):
        if item.get(key) is not None:
            return f"{key} {item[key]!r}" if key != "id" else repr(item[key])
    return ".".join(str(p) for p in path)


def _dated_facts(doc: YamlDocument) -> list[Problem]:
    found = []
    for path, item in mappings_in(doc.data):
        if ("source" in item) == ("checked" in item) or path[:1] == ("pins",):
            continue  # pins are checked below, with their own wording
        if path == ("dataset", "seed"):
            continue  # the published table: dated by its `updated`, shown as published, never re-checked
        if "source" in item:
            message = "has a source but no checked: give the day it was last compared with it (YYYY-MM-DD)"
        else:
            message = "has a checked date but no source: give the https:// address of the page that shows it"
        found.append(doc.problem(path, f"{_what(path, item)} {message}"))
    return found


def _pins(doc: YamlDocument) -> list[Problem]:
    found = []
    needs = {
        "source": "the https:// address of the page that shows it",
        "checked": "the day it was last compared with that page (YYYY-MM-DD)",
        "shows": "what that page shows, quoted (the tag, the file and line, or the sentence)",
    }
    for i, pin in enumerate(doc.data.get("pins", ())):
        for key, what in needs.items():
            if not pin.get(key):
                found.append(doc.problem(("pins", i), f"pin {pin['id']!r} ({pin['value']}) has no {key}: give {what}"))
        shows = pin.get("shows", "")
        if shows and pin["value"].removeprefix("v") not in shows:
            found.append(
                doc.problem(
                    ("pins", i, "shows"),
                    f"pin {pin['id']!r}: what its source shows does not contain its value {pin['value']}; quote the "
                    "tag or line that shows it",
                )
            )
        for advisory in pin.get("advisories", ()):
            if shows and advisory not in shows:
                found.append(
                    doc.problem(
                        ("pins", i, "advisories"),
                        f"pin {pin['id']!r}: advisory {advisory} is not in what its source shows; quote the advisory",
                    )
                )
    return found


def _overheads(doc: YamlDocument) -> list[Problem]:
    found = []
    for path, item in mappings_in(doc.data):
        if isinstance(item.get("overhead"), dict) and not item.get("shows"):
            figure = ", ".join(f"{k} {v}" for k, v in item["overhead"].items())
            found.append(
                doc.problem(
                    path,
                    f"{_what(path, item)}: overhead ({figure}) has no shows: quote where "
                    f"{item.get('source', 'its source')} states it",
                )
            )
    return found


class _Basis:
    """What each fact a basis can name holds, indexed once for all the rules' texts."""

    def __init__(self, runtimes: YamlDocument, platforms: YamlDocument | None) -> None:
        self.notes = {
            item["id"]: item
            for path, item in mappings_in(runtimes.data)
            if "id" in item and "text" in item and "notes" in path
        }
        self.pins = {pin["id"]: pin for pin in runtimes.data.get("pins", ())}
        self.platforms = {p["id"]: p for p in (platforms.data.get("platforms", ()) if platforms else ())}
        self.runtimes = runtimes.data.get("runtimes", ())

    def held_by(self, basis: list[str]) -> str:
        """Every text the facts named in `basis` hold, joined."""
        held: list[str] = []
        for ref in basis:
            kind, _, rest = ref.partition(":")
            if kind == "note" and rest in self.notes:
                held += _strings(self.notes[rest]["text"])
            elif kind == "pin" and rest in self.pins:
                held += _strings(self.pins[rest])
            elif kind == "platform" and rest in self.platforms:
                held += _strings(self.platforms[rest])
            elif kind == "seed":
                for runtime in self.runtimes:
                    held += _strings(runtime.get("seed", {}).get(rest, ""))
                    held += _strings([e for e in runtime.get("errata", ()) if e.get("row") == rest])
        return "\n".join(held)


def _unheld(text: str, held: str) -> list[str]:
    missing = []
    for token in [*_VERSION.findall(text), *_ADVISORY.findall(text)]:
        bare = token.removeprefix("v")
        if not re.search(rf"(?<![\d.])v?{re.escape(bare)}(?!\d)", held) and token not in missing:
            missing.append(token)
    return missing


def _rule_texts(rules: YamlDocument, runtimes: YamlDocument, platforms: YamlDocument | None) -> list[Problem]:
    found = []
    facts = _Basis(runtimes, platforms)
    for section, field in _RULE_SECTIONS:
        for i, entry in enumerate(rules.data.get(section, ())):
            held = facts.held_by(entry.get("basis", []))
            for lang, text in entry.get(field, {}).items():
                missing = _unheld(text, held)
                if missing:
                    found.append(
                        rules.problem(
                            (section, i, field, lang),
                            f"{section[:-1].replace('_', '-')} {entry['id']!r} ({lang}) names "
                            f"{', '.join(missing)}, which no fact in its basis ({', '.join(entry.get('basis', []))}) "
                            "holds: add the note or pin that shows it to basis, or correct the text",
                        )
                    )
    return found


def untraceable(data: AdvisorData) -> list[Problem]:
    """Every fact of `data`'s folder that cannot be traced to a source, as problems."""
    from gui.domain.data.yamlsource import read_yaml_file

    folder = Path(data.origin)
    docs: dict[str, YamlDocument] = {}
    for name in ("runtimes.yaml", "platforms.yaml", "rules.yaml"):
        doc, _ = read_yaml_file(folder / name)
        if doc is not None:
            docs[name] = doc
    found: list[Problem] = []
    runtimes = docs["runtimes.yaml"]
    platforms = docs.get("platforms.yaml")
    for doc in (runtimes, platforms):
        if doc is not None:
            found += _dated_facts(doc)
            found += _overheads(doc)
    found += _pins(runtimes)
    if "rules.yaml" in docs:
        found += _rule_texts(docs["rules.yaml"], runtimes, platforms)
    return sorted(set(found))  # a YAML alias repeats its facts at the same line
