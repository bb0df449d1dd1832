"""The exact wording of the problems bad data gets (DESIGN.md section 2: `FILE:LINE:COLUMN:
what is wrong, and what is allowed`), where the existing tests check only a part of it: keys
that are not text, values a tag cannot read, the JSON Schema's expected types, and rule
conditions that do not fit an attribute."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.domain.data.build_rules import _RulesBuilder
from gui.domain.data.yamlsource import parse_yaml_text, shown_value
from gui.domain.model import AttributeSpec, Text
from gui.domain.problems import InputError
from tests.conftest import SCHEMAS

KEYS_MUST_BE_TEXT = "keys must be text (put it in quotes)"


def _problems(text: str) -> list[str]:
    _, problems = parse_yaml_text(text, "f.yaml")
    return [str(p) for p in problems]


def test_a_key_that_is_not_text_says_what_it_is() -> None:
    assert _problems("a: 1\n1: x\n") == [f"f.yaml:2:1: key 1 is a number; {KEYS_MUST_BE_TEXT}"]
    assert _problems("2.5: x\n") == [f"f.yaml:1:1: key 2.5 is a number; {KEYS_MUST_BE_TEXT}"]
    assert _problems("a: 1\ntrue: x\n") == [f"f.yaml:2:1: key true is a true/false; {KEYS_MUST_BE_TEXT}"]
    assert _problems("? \n: x\n") == [f"f.yaml:1:2: the key is empty (null); {KEYS_MUST_BE_TEXT}"]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("~: x\n", "key ~ is null"),
        ("2026-11-29: x\n", "key 2026-11-29 is a date"),
        ("2026-11-29 10:00:00: x\n", "key 2026-11-29 10:00:00 is a date and time"),
        ("!!binary aGk=: x\n", "key aGk= is a binary value"),
        ("Yes: x\n", "key Yes is a true/false"),  # YAML 1.1 reads Yes as true: the reason to quote it
        ("0x1F: x\n", "key 0x1F is a number"),
    ],
)
def test_a_key_that_is_not_text_is_shown_as_written_not_as_python_shows_it(text: str, what: str) -> None:
    assert _problems(text) == [f"f.yaml:1:1: {what}; {KEYS_MUST_BE_TEXT}"]


def test_a_value_its_tag_cannot_read_is_shown_shortened() -> None:
    assert _problems("a: !!int abc\n") == [
        "f.yaml:1:4: a: 'abc' cannot be read as int; remove the tag (!!...) or correct the value"
    ]
    assert shown_value("x" * 40) == repr("x" * 40)
    assert shown_value("x" * 41) == repr("x" * 37 + "...")
    assert shown_value("") == "''"


def _load_broken(data_copy: Path, name: str, old: str, new: str) -> list[str]:
    from gui.domain.data.loading import load_data

    target = data_copy / name
    text = target.read_text("utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(InputError) as caught:
        load_data(data_copy, SCHEMAS)
    return [p.message for p in caught.value.problems]


def test_the_schema_says_which_types_are_allowed(data_copy: Path) -> None:
    messages = _load_broken(data_copy, "runtimes.yaml", 'as_of: "2026-12-07"', "as_of: 20261207")
    assert "dataset.as_of: expected text, found the number 20261207" in messages


def test_a_field_that_may_be_empty_says_so(data_copy: Path) -> None:
    messages = _load_broken(data_copy, "runtimes.yaml", "eol: null", "eol: 5")
    assert any(m.endswith(".eol: expected text or nothing, found the number 5") for m in messages), messages


def test_a_rule_condition_that_does_not_fit_the_attribute(data_copy: Path) -> None:
    messages = _load_broken(
        data_copy, "rules.yaml", "exclude: {kernel: [shared, partial]}", "exclude: {kernel: [shared, bogus]}"
    )
    assert "attribute 'kernel' is one of shared, partial, isolated; 'bogus' is not one of them" in messages


def test_an_attribute_is_described_by_its_kind() -> None:
    def spec(kind, values=(), unit="") -> AttributeSpec:
        return AttributeSpec("a", kind, values, unit, Text("A", "A"), Text("s", "s"))

    assert _RulesBuilder._describe(spec("enum", ("x", "y"))) == "one of x, y"
    assert _RulesBuilder._describe(spec("boolean")) == "true or false"
    assert _RulesBuilder._describe(spec("number", unit="MiB")) == "a number in MiB"
    assert _RulesBuilder._describe(spec("number")) == "a number"


def _first_untrusted_rule() -> int:
    """The index of the first rule written `when: {trust: untrusted}`, the line these tests break."""
    import yaml

    from tests.conftest import DATA

    rules = yaml.safe_load((DATA / "rules.yaml").read_text(encoding="utf-8"))["rules"]
    return next(i for i, r in enumerate(rules) if r.get("when") == {"trust": "untrusted"})


@pytest.mark.parametrize(("written", "kind"), [("5", "the number 5"), ("{}", "a mapping"), ("~", "nothing")])
def test_a_value_that_fits_none_of_the_alternatives_says_what_would(data_copy: Path, written: str, kind: str) -> None:
    # the schema's own description of the alternatives (rules.schema.json, when_value)
    new = f"when: {{trust: {written}}}"
    assert _load_broken(data_copy, "rules.yaml", "when: {trust: untrusted}", new) == [
        f"rules[{_first_untrusted_rule()}].when.trust: {kind} does not fit; "
        "allowed: a choice id or a list of choice ids"
    ]


def test_a_mistake_inside_one_alternative_is_named_where_it_is(data_copy: Path) -> None:
    # a list of ids is one alternative: its bad item is the real mistake, not "does not fit"
    problems = _load_broken(data_copy, "rules.yaml", "when: {trust: untrusted}", "when: {trust: [Untrusted]}")
    assert problems == [
        f"rules[{_first_untrusted_rule()}].when.trust[0]: the text 'Untrusted' is not allowed; "
        "allowed: a lowercase id: letters, digits, '-' or '_', starting with a letter"
    ]


def test_a_platform_offering_a_runtime_the_data_does_not_have_names_the_allowed_ones(data_copy: Path) -> None:
    messages = _load_broken(data_copy, "platforms.yaml", "      - runtime: gvisor\n", "      - runtime: runz\n")
    assert messages == ["unknown runtime 'runz'; allowed: cri-o, containerd, docker, gvisor, kata, nitro-sandbox"]
