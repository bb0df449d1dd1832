"""Reading a YAML file (gui/domain/data/yamlsource.py read_yaml_file): what counts as an empty file,
a byte order mark, and where a file that cannot be read is placed. Expected problems are
written out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.domain.data.yamlsource import parse_yaml_text, read_yaml_file

EMPTY = "the file is empty; expected a YAML mapping"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"  \n\t\n",
        b"# a\n\n# b\n",
        b"  # indented\n    # comments\n",
        b"\t# after a tab\n",  # YAML itself refuses a tab that starts a line
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf# a\n",
        b"\xef\xbb\xbf\t\n",
    ],
    ids=[
        "nothing",
        "blanks",
        "comments",
        "indented comments",
        "a tab and a comment",
        "a byte order mark",
        "a mark and a comment",
        "a mark and a tab",
    ],
)
def test_a_file_without_content_is_empty_at_its_first_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(content)
    doc, problems = read_yaml_file(path)
    assert doc is None
    assert [str(p) for p in problems] == [f"{path}:1:1: {EMPTY}"]


@pytest.mark.parametrize(
    ("content", "data"),
    [
        (b"\xef\xbb\xbfkey: 1\n", {"key": 1}),  # saved by an editor that writes a byte order mark
        (b"# a comment first\nkey: 1\n", {"key": 1}),
        (b'key: "# not a comment"\n', {"key": "# not a comment"}),
    ],
)
def test_a_file_with_content_is_read(tmp_path: Path, content: bytes, data: dict) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(content)
    doc, problems = read_yaml_file(path)
    assert problems == [] and doc is not None and doc.data == data


def test_a_file_that_cannot_be_read_has_no_line(tmp_path: Path) -> None:
    doc, problems = read_yaml_file(tmp_path)
    assert doc is None and [str(p) for p in problems] == [f"{tmp_path}:0:0: is a folder; expected a file"]
    doc, problems = read_yaml_file(tmp_path / "gone.yaml", name="gone (shown)")
    assert [str(p) for p in problems] == ["gone (shown):0:0: file not found"]


RANGE = "allowed: finite numbers from -1,000,000,000 to 1,000,000,000 (put it in quotes if it is meant as text)"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("1000000001", "1000000001"),
        ("-1000000001", "-1000000001"),
        (".nan", ".nan"),
        ("-.inf", "-.inf"),
        ("1" * 24, "1" * 24),  # 24 characters are shown whole
        ("1" * 25, "1" * 20 + "... (25 characters)"),
        ("9" * 41, "9" * 20 + "... (41 characters)"),  # not even converted
    ],
)
def test_a_number_out_of_range_is_named_where_it_is(written: str, shown: str) -> None:
    doc, problems = parse_yaml_text(f"a:\n  b: {written}\n", "f.yaml")
    assert doc is None
    assert [str(p) for p in problems] == [f"f.yaml:2:6: a.b: the number {shown} is out of range; {RANGE}"]


@pytest.mark.parametrize("written", ["1000000000", "-1000000000", "0x10", "1_000", "!!int '12'"])
def test_numbers_up_to_the_limit_are_read(written: str) -> None:
    doc, problems = parse_yaml_text(f"a: {written}\n", "f.yaml")
    assert problems == [] and doc is not None and abs(doc.data["a"]) <= 1_000_000_000


def test_a_value_its_tag_cannot_read_is_named() -> None:
    doc, problems = parse_yaml_text('a: !!float "x"\n', "f.yaml")
    assert [str(p) for p in problems] == [
        "f.yaml:1:4: a: 'x' cannot be read as float; remove the tag (!!...) or correct the value"
    ]


@pytest.mark.parametrize("tag", ["timestamp", "bool"])
def test_a_value_another_tag_cannot_read_is_named(tag: str) -> None:
    doc, problems = parse_yaml_text(f'a: !!{tag} "x"\n', "f.yaml")
    assert [str(p) for p in problems] == [
        f"f.yaml:1:4: a: 'x' cannot be read as {tag}; remove the tag (!!...) or correct the value"
    ]


def test_a_tagged_value_that_reads_is_still_held_to_the_length_limit() -> None:
    import base64

    from gui.domain.data.yamlsource import MAX_TEXT

    encoded = base64.b64encode(b"x" * MAX_TEXT).decode()  # 1,336 characters
    doc, problems = parse_yaml_text(f"a: !!binary {encoded}\n", "f.yaml")
    assert [str(p) for p in problems] == [
        "f.yaml:1:4: a: a value of 1,336 characters is too long; allowed: at most 1,000"
    ]


def test_values_up_to_the_limit_are_read_and_one_more_is_refused() -> None:
    from gui.domain.data.yamlsource import MAX_VALUES

    # the document and `a` count as values too
    at_limit = "a: [" + ",".join(["1"] * (MAX_VALUES - 2)) + "]\n"
    doc, problems = parse_yaml_text(at_limit, "f.yaml")
    assert problems == [] and doc is not None and len(doc.data["a"]) == MAX_VALUES - 2
    doc, problems = parse_yaml_text(at_limit.replace("[", "[1,", 1), "f.yaml")
    assert doc is None
    assert [str(p) for p in problems] == [
        "f.yaml:1:1: the file is too large: more than 200,000 values (are aliases (*name) repeating a large part?)"
    ]


def test_nesting_up_to_the_limit_is_read_and_one_level_more_is_refused() -> None:
    from gui.domain.data.yamlsource import MAX_DEPTH

    doc, problems = parse_yaml_text("a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n", "f.yaml")
    assert problems == [] and doc is not None
    doc, problems = parse_yaml_text("a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n", "f.yaml")
    assert [str(p) for p in problems] == ["f.yaml:1:1: values are nested too deeply (more than 60 levels)"]


def test_keys_merged_in_with_a_merge_key_are_placed_where_they_are_written() -> None:
    text = "base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n"
    doc, problems = parse_yaml_text(text, "f.yaml")
    assert problems == [] and doc is not None
    assert doc.data == {"base": {"x": 1}, "item": {"x": 1, "y": 2}}
    assert doc.where(("item", "x")) == (1, 11)  # in the anchored mapping it came from
    assert doc.where(("item", "y")) == (4, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[a, b]: 1\n{c: 1}: 2\n",
            ["1:1: a list is used as a key; keys must be text", "2:1: a mapping is used as a key; keys must be text"],
        ),
        (
            "? !!int x\n: 1\n? !!int y\n: 2\n",
            [
                "1:3: the document: 'x' cannot be read as int; remove the tag (!!...) or correct the value",
                "3:3: the document: 'y' cannot be read as int; remove the tag (!!...) or correct the value",
            ],
        ),
        (
            "1: a\ntrue: b\n",
            [
                "1:1: key 1 is a number; keys must be text (put it in quotes)",
                "2:1: key true is a true/false; keys must be text (put it in quotes)",
            ],
        ),
        (
            "k" * 201 + ": 1\n" + "j" * 202 + ": 2\n",
            [
                "1:1: a key of 201 characters is too long; allowed: at most 200",
                "2:1: a key of 202 characters is too long; allowed: at most 200",
            ],
        ),
    ],
    ids=["list-and-mapping", "unreadable", "not-text", "too-long"],
)
def test_every_bad_key_of_a_mapping_is_reported(text: str, expected: list[str]) -> None:
    doc, problems = parse_yaml_text(text, "f.yaml")
    assert doc is None
    assert [str(p) for p in problems] == [f"f.yaml:{e}" for e in expected]


def test_a_key_at_the_length_limit_is_read() -> None:
    doc, problems = parse_yaml_text("k" * 200 + ": 1\n", "f.yaml")
    assert problems == [] and doc is not None and doc.data == {"k" * 200: 1}


def test_a_value_with_a_tag_of_no_known_kind_is_named_with_its_tag() -> None:
    doc, problems = parse_yaml_text("key: !local bar\n", "f.yaml")
    assert [str(p) for p in problems] == [
        "f.yaml:1:6: key: 'bar' cannot be read as !local; remove the tag (!!...) or correct the value"
    ]


def test_a_raw_control_character_is_named_where_it_is() -> None:
    doc, problems = parse_yaml_text("x: 1\ny: a\x07\n", "f.yaml")
    message = "the non-printable character U+0007 is not allowed in YAML; remove it"
    assert [str(p) for p in problems] == [f"f.yaml:2:5: {message}"]


def test_the_document_is_placed_at_its_first_value_after_comments() -> None:
    doc, problems = parse_yaml_text("# about\n\nkey: 1\n", "f.yaml")
    assert problems == [] and doc is not None
    assert doc.where(()) == (3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# only a comment\n", f"1:1: {EMPTY}"),
        (
            "a: !!python/object:os.system {x: 1}\n",
            "1:4: YAML syntax: could not determine a constructor for the tag "
            "'tag:yaml.org,2002:python/object:os.system'; only plain YAML values are allowed "
            "(no !!python or other tags)",
        ),
        # a tag the scanner refuses is a syntax problem, not a constructor's: no advice on tags
        ("a: !x!foo 1\n", "1:4: YAML syntax: found undefined tag handle (while parsing a node)"),
        ("a:\n  - [1, 2\n", "3:1: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence)"),
        ("a: b: c\n", "1:5: YAML syntax: mapping values are not allowed in this context"),
        ("x: 1\ny: 2\nz: a\x07\n", "3:5: the non-printable character U+0007 is not allowed in YAML; remove it"),
    ],
    ids=["comments-only", "python-tag", "undefined-handle", "unclosed", "no-context", "control-on-line-3"],
)
def test_text_that_is_not_a_plain_yaml_mapping_is_named_where_it_goes_wrong(text: str, expected: str) -> None:
    doc, problems = parse_yaml_text(text, "f.yaml")
    assert doc is None
    assert [str(p) for p in problems] == [f"f.yaml:{expected}"]
