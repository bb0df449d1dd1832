"""Reading YAML safely while remembering where every value came from.

PyYAML's safe loader builds plain Python values but forgets positions. We compose the node
tree once, construct the values from it with the safe constructor, and walk the same tree to
record the line and column of every mapping key and sequence item, so that a schema or
cross-reference problem found later can still point at its line.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from pathlib import Path

import yaml

from gui.domain.data.document import JsonPath, YamlDocument, describe_path
from gui.domain.files import read_limited
from gui.domain.problems import InputError, Problem

# libyaml's parser (shipped in PyYAML's wheels) is about ten times faster than the pure-Python
# one, and the data is read at every start-up; both keep node positions.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Aliases let a few lines name millions of values ("billion laughs"); real data files have a
# few thousand. Counting every value as the walk meets it stops such a file before it is built.
MAX_VALUES = 200_000
MAX_DEPTH = 60
# Every number in our files is small (points, versions, counts); a larger one is a typo or an
# attack, and one beyond a float's range crashed arithmetic and JSON (OverflowError, Infinity).
# Sums of 10,000 rules of the largest allowed value stay exact in a float.
MAX_NUMBER = 1_000_000_000
# The longest text in the data is under 500 characters. A value much longer than any real one
# only slows every renderer: a 200,000-character name took a PDF 58 s, and a comparison-table
# cell taller than a page (about 2,000 characters in a fifth of the width) sends Qt's page
# layout into minutes of work. At 1,000 characters, with an erratum of as many, a cell fits.
MAX_TEXT = 1_000
MAX_KEY = 200  # keys are ids and field names
# YAML's reader refuses raw control characters, but a double-quoted "\e[31m" or "\u202e" builds
# them; in a text they would recolour a terminal or reorder what a reader sees.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


_UNREADABLE = object()


def shown_value(text: str) -> str:
    return repr(text) if len(text) <= 40 else repr(text[:37] + "...")


class _TooLarge(Exception):
    pass


class _TooDeep(Exception):
    pass


def _mark_position(mark: yaml.Mark | None) -> tuple[int, int]:
    if mark is None:
        return (1, 1)
    return (mark.line + 1, mark.column + 1)


_KEY_KINDS = {
    bool: "true/false",
    int: "number",
    float: "number",
    _dt.date: "date",
    _dt.datetime: "date and time",
    bytes: "binary value",
}


def _describe_key(written: str, value: object) -> str:
    """A key YAML read as something other than text, shown as the user wrote it."""
    if value is None:
        return f"key {written} is null" if written else "the key is empty (null)"
    return f"key {written} is a {_KEY_KINDS.get(type(value), type(value).__name__)}"


class _PositionWalker:
    """Records positions of every node and reports keys that JSON Schema cannot handle."""

    def __init__(self, name: str, constructor: yaml.constructor.SafeConstructor) -> None:
        self.name = name
        self.constructor = constructor
        self.positions: dict[JsonPath, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.count = 0

    def walk(self, node: yaml.Node, path: JsonPath) -> None:
        self.count += 1
        if self.count > MAX_VALUES:
            raise _TooLarge
        if len(path) > MAX_DEPTH:
            raise _TooDeep
        if isinstance(node, yaml.MappingNode):
            seen: dict[object, int] = {}
            for key_node, value_node in node.value:
                position = _mark_position(key_node.start_mark)
                if key_node.tag == "tag:yaml.org,2002:merge":
                    self.walk(value_node, path)
                    continue
                if not isinstance(key_node, yaml.ScalarNode):
                    # a list or mapping as a key: never built (aliases inside one can stand for
                    # billions of values, and printing it would build them all)
                    kind = "list" if isinstance(key_node, yaml.SequenceNode) else "mapping"
                    self.problems.append(Problem(self.name, *position, f"a {kind} is used as a key; keys must be text"))
                    continue
                key = self._constructed(key_node, path)
                if key is _UNREADABLE:
                    continue
                if not isinstance(key, str):
                    why = f"{_describe_key(key_node.value, key)}; keys must be text (put it in quotes)"
                    self.problems.append(Problem(self.name, *position, why))
                    continue
                if len(key) > MAX_KEY:
                    self.problems.append(
                        Problem(
                            self.name,
                            *position,
                            f"a key of {len(key):,} characters is too long; allowed: at most {MAX_KEY}",
                        )
                    )
                    continue
                if key in seen:
                    self.problems.append(
                        Problem(
                            self.name,
                            *position,
                            f"duplicate key '{key}' (first on line {seen[key]}); each key may appear once",
                        )
                    )
                seen[key] = position[0]
                key_path = (*path, key)
                self.positions[key_path] = position
                self.walk(value_node, key_path)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                item_path = (*path, index)
                self.positions[item_path] = _mark_position(item.start_mark)
                self.walk(item, item_path)
        elif isinstance(node, yaml.ScalarNode):
            self.check_scalar(node, path)

    def _constructed(self, node: yaml.ScalarNode, path: JsonPath) -> object:
        """The value of a scalar, or _UNREADABLE (with a problem) when its tag cannot read it:
        `!!int abc`, `!!bool maybe` or `!!timestamp 2020-13-45` raise plain Python errors."""
        try:
            return self.constructor.construct_object(node)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError, yaml.YAMLError):
            tag = node.tag.rsplit(":", 1)[-1]
            self.problems.append(
                Problem(
                    self.name,
                    *_mark_position(node.start_mark),
                    f"{describe_path(path)}: {shown_value(node.value)} cannot be read as {tag}; "
                    "remove the tag (!!...) or correct the value",
                )
            )
            return _UNREADABLE

    def check_scalar(self, node: yaml.ScalarNode, path: JsonPath) -> None:
        """Values their tag can read, numbers a float can hold exactly enough, texts of a sane
        length and without control characters (DESIGN.md section 6)."""
        position = _mark_position(node.start_mark)
        plain = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
        if node.tag not in plain and self._constructed(node, path) is _UNREADABLE:
            return
        if node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
            if len(node.value) > 40:  # do not even convert a number of a hundred digits
                value: object = None
            else:
                value = self._constructed(node, path)
                if value is _UNREADABLE:
                    return
            if not isinstance(value, (int, float)) or not math.isfinite(value) or abs(value) > MAX_NUMBER:
                shown = node.value if len(node.value) <= 24 else f"{node.value[:20]}... ({len(node.value)} characters)"
                self.problems.append(
                    Problem(
                        self.name,
                        *position,
                        f"{describe_path(path)}: the number {shown} is out of range; allowed: finite numbers from "
                        f"-{MAX_NUMBER:,} to {MAX_NUMBER:,} (put it in quotes if it is meant as text)",
                    )
                )
        elif (bad := _CONTROL.search(node.value)) is not None:
            self.problems.append(
                Problem(
                    self.name,
                    *position,
                    f"{describe_path(path)}: the control character U+{ord(bad.group()):04X} is not allowed "
                    "(written as an escape such as \\e or \\x1b?); allowed: printable text, tabs and line breaks",
                )
            )
        elif len(node.value) > MAX_TEXT:
            self.problems.append(
                Problem(
                    self.name,
                    *position,
                    f"{describe_path(path)}: a value of {len(node.value):,} characters is too long; "
                    f"allowed: at most {MAX_TEXT:,}",
                )
            )


def _decode(raw: bytes, name: str) -> tuple[str | None, list[Problem]]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        return None, [
            Problem(
                name,
                line,
                column,
                f"byte 0x{raw[error.start]:02x} is not valid UTF-8; save the file as UTF-8 (the only encoding allowed)",
            )
        ]
    return text.removeprefix("\ufeff"), []


def parse_yaml_text(text: str, name: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse one YAML document; return it with its positions, or the problems found."""
    loader = _SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, [Problem(name, 1, 1, "the file is empty; expected a YAML mapping")]
        walker = _PositionWalker(name, loader)
        walker.walk(node, ())
        if walker.problems:
            return None, walker.problems
        try:
            data = loader.construct_document(node)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError) as error:
            # every scalar was read once by the walk; this is a last line for what it cannot see
            return None, [Problem(name, 1, 1, f"a value cannot be read as its tag says: {error}")]
    except _TooLarge:
        return None, [
            Problem(
                name,
                1,
                1,
                f"the file is too large: more than {MAX_VALUES:,} values (are aliases (*name) repeating a large part?)",
            )
        ]
    except (_TooDeep, RecursionError):
        return None, [Problem(name, 1, 1, f"values are nested too deeply (more than {MAX_DEPTH} levels)")]
    except yaml.reader.ReaderError as error:
        before = text[: error.position]
        line, column = before.count("\n") + 1, error.position - (before.rfind("\n") + 1) + 1
        return None, [
            Problem(
                name,
                line,
                column,
                f"the non-printable character U+{error.character:04X} is not allowed in YAML; remove it",
            )
        ]
    except yaml.MarkedYAMLError as error:
        line, column = _mark_position(error.problem_mark or error.context_mark)
        problem = error.problem or "not valid YAML"
        if isinstance(error, yaml.constructor.ConstructorError) and "tag" in problem:
            problem += "; only plain YAML values are allowed (no !!python or other tags)"
        context = f" ({error.context})" if error.context else ""
        return None, [Problem(name, line, column, f"YAML syntax: {problem}{context}")]
    except yaml.YAMLError as error:  # e.g. a reader error on control characters
        return None, [Problem(name, 1, 1, f"YAML: {error}")]
    finally:
        loader.dispose()
    positions = dict(walker.positions)
    positions[()] = _mark_position(node.start_mark)
    return YamlDocument(name, data, positions), []


def read_yaml_file(path: Path, name: str | None = None) -> tuple[YamlDocument | None, list[Problem]]:
    """Read and parse `path`; unreadable, non-UTF-8 or malformed files become problems."""
    shown = name or str(path)
    try:
        raw = read_limited(path)
    except InputError as error:
        return None, [Problem(shown, 0, 0, problem.message) for problem in error.problems]
    text, problems = _decode(raw, shown)
    if text is None:
        return None, problems
    # said here, not left to the parser: YAML refuses a tab that starts a line, so "\t" or
    # "\t# note" alone would be a syntax error instead of an empty file
    if not text.strip() or all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return None, [Problem(shown, 1, 1, "the file is empty; expected a YAML mapping")]
    return parse_yaml_text(text, shown)
