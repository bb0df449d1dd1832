"""Every kind of schema problem in its own words (gui/domain/data/schema_check.py, DESIGN.md section 2:
what is wrong, and what is allowed), each on a one-field schema made here, so that no data file
has to be broken for it. The expected sentences are written out by hand."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

import pytest

from gui.domain.data.document import YamlDocument
from gui.domain.data.schema_check import check_against_schema

CASES = [
    ({"enum": ["a", "b"]}, "c", "v: the text 'c' is not allowed; allowed: a, b"),
    ({"const": 1}, 2, "v: must be 1, found the number 2"),
    ({"type": "array", "minItems": 2}, [1], "v: needs at least 2 item(s), found 1"),
    ({"type": "array", "maxItems": 1}, [1, 2], "v: allows at most 1 item(s), found 2"),
    ({"type": "string", "minLength": 1}, "", "v: must not be empty"),
    ({"type": "object", "minProperties": 1}, {}, "v: must not be empty"),
    (
        {"type": "string", "pattern": "^[a-z]+$", "description": "a lowercase word"},
        "Word",
        "v: the text 'Word' is not allowed; allowed: a lowercase word",
    ),
    ({"type": "string", "pattern": "^[0-9]+$"}, "x", "v: the text 'x' is not allowed; allowed: text matching ^[0-9]+$"),
    ({"minimum": 1}, 0, "v: the number 0 is out of range; must be at least 1"),
    ({"maximum": 10}, 11, "v: the number 11 is out of range; must be at most 10"),
    ({"exclusiveMinimum": 0}, 0, "v: the number 0 is out of range; must be more than 0"),
    ({"exclusiveMaximum": 5}, 5, "v: the number 5 is out of range; must be less than 5"),
    ({"not": {"const": 3}, "description": "three"}, 3, "v: three is not allowed"),
    ({"not": {"const": 3}}, 3, "v: this combination is not allowed"),
    (
        {"anyOf": [{"type": "string"}, {"type": "integer"}], "description": "text or a whole number"},
        1.5,
        "v: the number 1.5 does not fit; allowed: text or a whole number",
    ),
    ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, None, "v: nothing does not fit"),
    ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, [], "v: a list does not fit"),
    ({"type": "string"}, True, "v: expected text, found true (true/false)"),
    # YAML reads unquoted dates as dates, and !!binary as bytes
    ({"type": "string"}, _dt.date(2026, 11, 29), "v: expected text, found the date 2026-11-29"),
    (
        {"type": "string"},
        _dt.datetime(2026, 11, 29, 10, 5),
        "v: expected text, found the date and time 2026-11-29 10:05:00",
    ),
    ({"type": "string"}, b"hi", "v: expected text, found bytes"),
    (
        {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "2026-02-30",
        "v: the text '2026-02-30' is not a date that exists; allowed: a real date, YYYY-MM-DD or YYYY-MM",
    ),
    (
        {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}},
        {"Up": 1},
        # jsonschema reports the key's own pattern problem
        "v: the text 'Up' is not allowed; allowed: text matching ^[a-z]+$",
    ),
    (
        {"type": "object", "properties": {"b": {}, "a": {}}, "additionalProperties": False},
        {"a": 1, "c": 2},
        "v.c: unknown field; allowed: a, b",
    ),
    ({"type": "object", "properties": {}, "additionalProperties": False}, {"c": 2}, "v.c: unknown field"),
]


def _messages(tmp_path: Path, top: dict[str, Any], document: Any) -> list[str]:
    schema = tmp_path / "one.schema.json"
    schema.write_text(json.dumps({"$schema": "http://json-schema.org/draft-07/schema#", **top}), encoding="utf-8")
    return [p.message for p in check_against_schema(YamlDocument("one.yaml", document), schema)]


@pytest.mark.parametrize(("fragment", "value", "message"), CASES)
def test_each_kind_of_problem_says_what_is_wrong_and_what_is_allowed(tmp_path: Path, fragment, value, message) -> None:
    assert _messages(tmp_path, {"type": "object", "properties": {"v": fragment}}, {"v": value}) == [message]


def test_every_missing_field_is_named_the_first_and_the_others(tmp_path: Path) -> None:
    top = {"type": "object", "required": ["kind", "name", "version"]}
    assert _messages(tmp_path, top, {"name": "x"}) == [
        "the document: missing required field 'kind' (also missing: version)"
    ]
    assert _messages(tmp_path, top, {"kind": "x", "name": "x"}) == ["the document: missing required field 'version'"]
    assert _messages(tmp_path, top, {}) == ["the document: missing required field 'kind' (also missing: name, version)"]


DATE_PATTERN = "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$"


@pytest.mark.parametrize(
    ("pattern", "value", "fits"),
    [
        # JSON Schema's final `$` is the very end of the text (ECMA-262), not "before a final newline"
        ("^[a-z]+$", "gvisor", True),
        ("^[a-z]+$", "gvisor\n", False),
        # a pattern without a final `$` is not anchored at the end; an escaped one is a dollar sign
        ("^[a-z]+", "gvisor2", True),
        ("^[a-z]+\\$", "cost$", True),
        ("^[a-z]+\\$", "cost", False),
        # dates are checked against the calendar: a leap day only in a leap year
        (DATE_PATTERN, "2024-02-29", True),
        (DATE_PATTERN, "2023-02-29", False),
        (DATE_PATTERN, "2026-02", True),
        (DATE_PATTERN, "2026-13", False),
    ],
)
def test_what_a_pattern_lets_through(tmp_path: Path, pattern: str, value: str, fits: bool) -> None:
    schema = {"type": "object", "properties": {"v": {"type": "string", "pattern": pattern}}}
    assert (_messages(tmp_path, schema, {"v": value}) == []) is fits
