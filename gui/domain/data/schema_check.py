"""JSON Schema (draft-07) validation that reports problems at the offending line.

The schemas in data/schema/ are the editor-facing contract (yaml-language-server reads them);
this module turns jsonschema's errors into one plain sentence each: the field, what is
wrong, and what is allowed.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from gui.domain.data.document import JsonPath, YamlDocument, describe_path
from gui.domain.problems import Problem

_TYPE_NAMES = {
    "object": "a mapping",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}


def _kind_of(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, _dt.datetime):  # YAML reads an unquoted 2026-11-29 10:00 as one
        return f"the date and time {value.isoformat(sep=' ')}"
    if isinstance(value, _dt.date):  # and an unquoted 2026-11-29 as a date
        return f"the date {value.isoformat()}"
    return type(value).__name__  # a !!binary value: bytes


def _allowed_types(expected: str | list[str]) -> str:
    names = [expected] if isinstance(expected, str) else expected
    return " or ".join(_TYPE_NAMES.get(n, n) for n in names)


def _message(error: jsonschema.ValidationError) -> tuple[JsonPath, str]:
    path: JsonPath = tuple(error.absolute_path)
    field = describe_path(path)
    # jsonschema types these fields loosely (they may be "unset"); on a reported error they are set
    validator: Any = error.validator
    expected: Any = error.validator_value
    value: Any = error.instance
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    if validator in ("anyOf", "oneOf") and error.context:
        # An error deeper than the value itself can only come from an alternative whose type the
        # value has (a list of ids with one bad id): that is the real mistake. jsonschema's
        # best_match prefers the shallow "not a string" of the other alternative instead.
        deeper = [e for e in error.context if len(e.absolute_path) > len(path)]
        if deeper:
            return _message(max(deeper, key=lambda e: len(e.absolute_path)))
        described = schema.get("description")
        allowed = f"; allowed: {described}" if described else ""
        return path, f"{field}: {_kind_of(value)} does not fit{allowed}"
    if validator == "type":
        return path, f"{field}: expected {_allowed_types(expected)}, found {_kind_of(value)}"
    if validator == "enum":
        allowed = ", ".join(str(v) for v in expected)
        return path, f"{field}: {_kind_of(value)} is not allowed; allowed: {allowed}"
    if validator == "const":
        return path, f"{field}: must be {expected!r}, found {_kind_of(value)}"
    if validator == "required":
        missing = [name for name in expected if name not in value]
        return path, f"{field}: missing required field '{missing[0]}'" + (
            f" (also missing: {', '.join(missing[1:])})" if len(missing) > 1 else ""
        )
    if validator == "additionalProperties" and isinstance(value, dict):
        known = sorted(schema.get("properties", {}))
        extra = [k for k in value if k not in schema.get("properties", {})]
        allowed = f"; allowed: {', '.join(known)}" if known else ""
        return (*path, extra[0]), f"{describe_path((*path, extra[0]))}: unknown field{allowed}"
    if validator == "minItems":
        return path, f"{field}: needs at least {expected} item(s), found {len(value)}"
    if validator == "maxItems":
        return path, f"{field}: allows at most {expected} item(s), found {len(value)}"
    if validator == "minLength":
        return path, f"{field}: must not be empty"
    if validator == "date":
        return (
            path,
            f"{field}: {_kind_of(value)} is not a date that exists; allowed: a real date, YYYY-MM-DD or YYYY-MM",
        )
    if validator == "pattern":
        hint = schema.get("description", f"text matching {expected}")
        return path, f"{field}: {_kind_of(value)} is not allowed; allowed: {hint}"
    if validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        words = {
            "minimum": "at least",
            "maximum": "at most",
            "exclusiveMinimum": "more than",
            "exclusiveMaximum": "less than",
        }
        return path, f"{field}: {_kind_of(value)} is out of range; must be {words[validator]} {expected}"
    if validator == "minProperties":
        return path, f"{field}: must not be empty"
    if validator == "not":
        described = schema.get("description", "this combination")
        return path, f"{field}: {described} is not allowed"
    return path, f"{field}: {error.message}"


def _ecma_pattern(pattern: str) -> re.Pattern[str]:
    """A schema pattern with ECMA-262's meaning of a final `$`, which JSON Schema specifies: the
    very end of the text. Python's `$` also matches before a final newline, so "gvisor\\n" passed
    "^[a-z]+$" and an id with a trailing newline got into the data."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + "\\Z"
    return _compiled(pattern)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# The schemas' date patterns check the shape only; "2026-02-30" has it, and crashed the
# staleness check later. A value of this shape must also be a day (or month) that exists.
_DATE_SHAPE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?\Z")


def _real_date(text: str) -> bool:
    match = _DATE_SHAPE.match(text)
    if match is None:
        return True  # not a date-shaped value: the pattern alone decides
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _pattern_keyword(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    if not validator.is_type(instance, "string"):
        return
    if not _ecma_pattern(pattern).search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")
    elif not _real_date(instance):
        yield jsonschema.ValidationError(f"{instance!r} is not a date that exists", validator="date")


_StrictDraft7: Any = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft7Validator, {"pattern": _pattern_keyword}
)


@cache
def load_schema(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    jsonschema.Draft7Validator.check_schema(schema)
    return schema


def check_against_schema(document: YamlDocument, schema_path: Path) -> list[Problem]:
    """Every schema problem of `document`, in file order."""
    validator = _StrictDraft7(load_schema(schema_path))
    problems = []
    for error in validator.iter_errors(document.data):
        path, message = _message(error)
        problems.append(document.problem(path, message))
    return sorted(set(problems))
