"""Bad input of every kind is a message with its file and line, never a traceback or a hang:
numbers of any size in every number field, any Unicode (control characters included) in every
place an answers file holds text, files of any size from every kind of source, over-long
values and keys, ids with a trailing newline (DESIGN.md section 6)."""

from __future__ import annotations

import json
import math
import os
import re
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from gui.domain.advice.answers import AnswerSet, load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.data import yamlsource
from gui.domain.data.loading import DATA_FILES, load_data
from gui.domain.files import MAX_INPUT_BYTES
from gui.domain.problems import InputError
from gui.domain.report.json_output import report_to_json
from gui.domain.report.model import build_report
from tests.conftest import DATA, SCHEMAS

HYPOTHESIS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
SHIPPED = {name: yaml.safe_load((DATA / name).read_text(encoding="utf-8")) for name in DATA_FILES}


def _number_paths(value: Any, path: tuple = ()) -> Iterator[tuple]:
    """Every place in a document that holds a number (not a boolean)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _number_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _number_paths(item, (*path, index))
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield path


NUMBER_FIELDS = [(name, path) for name in DATA_FILES for path in _number_paths(SHIPPED[name])]


def test_the_data_has_number_fields_to_attack() -> None:
    files = {name for name, _ in NUMBER_FIELDS}
    assert "rules.yaml" in files and "runtimes.yaml" in files and len(NUMBER_FIELDS) > 40


def _set(document: Any, path: tuple, value: Any) -> Any:
    copy = json.loads(json.dumps(document))
    target = copy
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return copy


numbers = st.one_of(
    st.integers(),
    st.integers(min_value=10**9, max_value=10**400),
    st.integers(min_value=-(10**400), max_value=-(10**9)),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([math.inf, -math.inf, math.nan, 1e308, -1e308, 10**9, 10**9 + 1, 2**63, 1e-320]),
)


def _yaml_number(number: int | float) -> str:
    """The number as YAML 1.1 reads it back as a number (its floats need a dot: 1e5 is text)."""
    if isinstance(number, int):
        return str(number)
    if math.isnan(number):
        return ".nan"
    if math.isinf(number):
        return ".inf" if number > 0 else "-.inf"
    return f"{number:.17e}"


@HYPOTHESIS
@given(field=st.sampled_from(NUMBER_FIELDS), number=numbers)
def test_any_number_in_any_number_field(tmp_path_factory, field, number) -> None:
    name, path = field
    folder = tmp_path_factory.mktemp("numbers")
    for other in DATA_FILES:
        (folder / other).write_bytes((DATA / other).read_bytes())
    # written by hand: yaml.safe_dump cannot write every float (it rounds), and JSON-style text is YAML
    text = json.dumps(_set(SHIPPED[name], path, "NUMBER_HERE"), ensure_ascii=False, indent=1)
    literal = _yaml_number(number)
    text = text.replace('"NUMBER_HERE"', literal)
    (folder / name).write_text(text, encoding="utf-8")
    line = text[: text.index(literal)].count("\n") + 1 if literal in text else None
    in_range = (isinstance(number, int) or math.isfinite(number)) and abs(number) <= yamlsource.MAX_NUMBER
    try:
        data = load_data(folder, SCHEMAS)
    except InputError as error:
        assert error.problems, "an InputError names its problems"
        if not in_range:
            assert any(p.line == line and "out of range" in p.message for p in error.problems), error.problems
        return
    assert in_range, f"{number!r} was accepted"
    # what loaded must work all the way to JSON that others can read (no Infinity, no NaN)
    answers = AnswerSet.single({}, data.questions)
    report = build_report(data, build_plan(Advisor(data), answers), "en")
    json.dumps(report_to_json(report), allow_nan=False)


# ----------------------------------------------------------------------------- text anywhere

any_text = st.text(alphabet=st.characters(codec=None), max_size=40)  # every code point, controls too
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@HYPOTHESIS
@given(key=any_text, value=any_text, name=any_text)
def test_any_text_in_an_answers_file_gives_safe_messages(tmp_path_factory, shipped_data, key, value, name) -> None:
    path = tmp_path_factory.mktemp("answers") / "a.yaml"
    content = {"answers": {key: value, "trust": value}, "workloads": [{"name": name, "answers": {key: value}}]}
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    try:
        load_answer_set(path, shipped_data.questions, SCHEMAS / "answers.schema.json")
    except InputError as error:
        for problem in error.problems:
            shown = str(problem)
            assert shown.startswith(f"{path}:{problem.line}:{problem.column}: ")
            assert not CONTROL.search(shown), f"a raw control character reaches the terminal: {shown!r}"
            assert len(shown) < 3000


@pytest.mark.parametrize("id_field", ["answers key", "answers value", "workload name"])
def test_a_trailing_newline_is_not_part_of_an_id(tmp_path: Path, shipped_data, id_field: str) -> None:
    content: dict[str, Any] = {"answers": {"trust": "untrusted"}}
    if id_field == "answers key":
        content["answers"] = {"trust\n": "untrusted"}
    elif id_field == "answers value":
        content["answers"] = {"trust": "untrusted\n"}
    else:
        content["workloads"] = [{"name": "web\n"}]
    path = tmp_path / "a.yaml"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(InputError):
        load_answer_set(path, shipped_data.questions, SCHEMAS / "answers.schema.json")


def _patterns(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if isinstance(schema.get("pattern"), str):
            yield schema["pattern"]
        for value in schema.values():
            yield from _patterns(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _patterns(value)


PATTERNS = sorted({p for f in SCHEMAS.glob("*.json") for p in _patterns(json.loads(f.read_text(encoding="utf-8")))})


@HYPOTHESIS
@given(data=st.data())
def test_no_schema_pattern_accepts_a_trailing_newline(data) -> None:
    """Every pattern of every schema, with a value it accepts: that value plus a newline is refused."""
    from gui.domain.data.schema_check import _StrictDraft7

    pattern = data.draw(st.sampled_from(PATTERNS))
    value = data.draw(st.from_regex(re.compile(pattern.replace("$", r"\Z")), fullmatch=True))
    validator = _StrictDraft7({"type": "string", "pattern": pattern})
    assume(validator.is_valid(value))  # e.g. "0000-00" has a date's shape but is no date
    assert not validator.is_valid(value + "\n")


@pytest.mark.parametrize(
    ("escape", "what"),
    [
        ("\\e[31m", "control character U+001B"),
        ("\\x1b]0;title\\x07", "control character U+001B"),
        ("\\u202e", "control character U+202E"),
        ("\\x00", "control character U+0000"),
        ("\\r", "control character U+000D"),
        # no character: no UTF-8 or Qt string can hold one; the YAML reader itself refuses it
        ("\\ud800", "YAML syntax: found invalid Unicode character escape code"),
    ],
)
def test_control_characters_built_by_escapes_are_refused_in_data(data_copy: Path, escape: str, what: str) -> None:
    rules = data_copy / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    old = "      en: You require a separate guest kernel per pod;"
    end = "gVisor puts its own user-space kernel in front of it).\n"
    quoted = text.replace(old, f'      en: "You require{escape} a separate guest kernel per pod;', 1)
    rules.write_text(quoted.replace(end, end[:-1] + '"\n', 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_data(data_copy, SCHEMAS)
    problem = caught.value.problems[0]
    assert (
        f"the {what} is not allowed" in problem.message or problem.message.startswith(what)
    ) and problem.line == text[: text.index(old)].count("\n") + 1


# ----------------------------------------------------------------------------- sizes


@pytest.mark.parametrize("field", ["a text", "a key"])
def test_over_long_values_and_keys_are_refused(data_copy: Path, field: str) -> None:
    questions = data_copy / "questions.yaml"
    text = questions.read_text(encoding="utf-8")
    if field == "a text":
        long = "x" * (yamlsource.MAX_TEXT + 1)
        questions.write_text(
            text.replace("questions:\n", f"questions:\n# {long}\n", 1) + f"extra: {long}\n", encoding="utf-8"
        )
        expected = f"a value of {yamlsource.MAX_TEXT + 1:,} characters is too long"
    else:
        long = "k" * (yamlsource.MAX_KEY + 1)
        questions.write_text(text + f"{long}: 1\n", encoding="utf-8")
        expected = f"a key of {yamlsource.MAX_KEY + 1:,} characters is too long"
    with pytest.raises(InputError) as caught:
        load_data(data_copy, SCHEMAS)
    assert [
        p
        for p in caught.value.problems
        if expected in p.message and p.line == text.count("\n") + 2 - (field == "a key")
    ]


def _sources(tmp_path: Path) -> Iterator[tuple[str, Path, threading.Thread | None]]:
    """Every kind of too-large input: a huge (sparse) file, an endless device, an endless pipe."""
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.write(b"answers: {trust: own}\n# ")
        handle.truncate(100 * 1024 * 1024)
    yield "a 100 MB file", huge, None
    yield "an endless device", Path("/dev/zero"), None
    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    stop = threading.Event()

    def endless_writer() -> None:
        try:
            with fifo.open("wb") as pipe:
                while not stop.is_set():
                    pipe.write(b"a: 1\n" * 10_000)
        except (BrokenPipeError, OSError):
            pass

    # a writer end held open from the start: a FIFO without a writer reads as empty, so without
    # it the reader could open the pipe before the thread does and see an empty file
    held = os.open(fifo, os.O_RDWR)
    writer = threading.Thread(target=endless_writer, daemon=True)
    writer.start()
    try:
        yield "an endless pipe", fifo, writer
    finally:
        stop.set()
        os.close(held)


@pytest.mark.parametrize("kind", ["answers", *DATA_FILES])
def test_too_large_inputs_are_refused_without_taking_the_memory(
    tmp_path: Path, data_copy: Path, shipped_data, kind: str
) -> None:
    for what, source, writer in _sources(tmp_path):
        tracemalloc.start()
        try:
            if kind == "answers":
                with pytest.raises(InputError) as caught:
                    load_answer_set(source, shipped_data.questions, SCHEMAS / "answers.schema.json")
            else:
                target = data_copy / kind
                target.unlink()
                target.symlink_to(source)
                with pytest.raises(InputError) as caught:
                    load_data(data_copy, SCHEMAS)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert any("too large" in p.message and "MiB" in p.message for p in caught.value.problems), (what, caught.value)
        assert peak < 4 * MAX_INPUT_BYTES, f"{what}: {peak:,} bytes at the peak"
        if writer is not None:
            writer.join(timeout=0)


def test_a_fifo_whose_writer_opens_after_us_is_read_whole(tmp_path: Path) -> None:
    """`mkfifo f; producer > f & runtime-advisor recommend --answers f`: the producer's open
    completes only once we have opened, so a read right after our open used to see end of file
    (the answers "empty", the producer left blocked); each round gives the writer another delay."""
    from gui.domain.files import read_limited

    for round_number in range(40):
        fifo = tmp_path / f"answers-{round_number}.yaml"
        os.mkfifo(fifo)

        def producer(path: Path = fifo, delay: float = (round_number % 4) / 1000) -> None:
            time.sleep(delay)
            with path.open("wb") as pipe:
                pipe.write(b"answers: {trust: own}\n")

        writer = threading.Thread(target=producer, daemon=True)
        writer.start()
        assert read_limited(fifo) == b"answers: {trust: own}\n", round_number
        writer.join(timeout=5)
        assert not writer.is_alive()


# ----------------------------------------------------------------------------- tags, keys, dates

BAD_TAGS = ["!!int abc", '!!int ""', "!!int 0b", "!!float abc", "!!bool maybe", "!!timestamp garbage",
            "!!timestamp 2020-13-45", "!!binary zz"]  # fmt: skip


@pytest.mark.parametrize("tagged", BAD_TAGS)
def test_a_value_its_tag_cannot_read_is_a_problem_at_its_line(
    tmp_path: Path, data_copy: Path, shipped_data, tagged: str
) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text(f"answers:\n  trust: {tagged}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_answer_set(answers, shipped_data.questions, SCHEMAS / "answers.schema.json")
    assert (caught.value.problems[0].line, "cannot be read as") == (
        2,
        "cannot be read as",
    ) and "cannot be read as" in caught.value.problems[0].message
    questions = data_copy / "questions.yaml"
    lines = questions.read_text(encoding="utf-8").count("\n")
    with questions.open("a", encoding="utf-8") as handle:
        handle.write(f"extra: {tagged}\n")
    with pytest.raises(InputError) as caught:
        load_data(data_copy, SCHEMAS)
    assert any(p.line == lines + 1 and "cannot be read as" in p.message for p in caught.value.problems)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("shape", ["list", "mapping"])
def test_an_alias_bomb_inside_a_key_is_refused_unbuilt(tmp_path: Path, shipped_data, shape: str) -> None:
    levels = ["&l0 [x, x, x, x, x, x, x, x, x, x]"] + [f"&l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, 9)]
    key = (
        f"[{', '.join(levels)}]"
        if shape == "list"
        else "{" + ", ".join(f"k{n}: {v}" for n, v in enumerate(levels)) + "}"
    )
    path = tmp_path / "a.yaml"
    path.write_text(f"answers:\n  ? {key}\n  : own\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_answer_set(path, shipped_data.questions, SCHEMAS / "answers.schema.json")
    assert f"a {shape} is used as a key" in caught.value.problems[0].message and caught.value.problems[0].line == 2


def _date_paths(value: Any, path: tuple = ()) -> Iterator[tuple]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _date_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _date_paths(item, (*path, index))
    elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value):
        yield path


DATE_FIELDS = [(name, path) for name in DATA_FILES for path in _date_paths(SHIPPED[name])]


IMPOSSIBLE_DAYS = ["2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2025-02-29", "2026-01-00"]
IMPOSSIBLE_MONTHS = ["2026-13", "2026-00", "2026-99"]


@HYPOTHESIS
@given(field=st.sampled_from(DATE_FIELDS), choice=st.integers(0, 100))
def test_a_date_that_does_not_exist_is_refused_in_every_date_field(tmp_path_factory, field, choice: int) -> None:
    name, path = field
    shipped = SHIPPED[name]
    target = shipped
    for part in path:
        target = target[part]
    options = IMPOSSIBLE_MONTHS if len(target) == 7 else IMPOSSIBLE_DAYS  # the field's own precision
    bad = options[choice % len(options)]
    folder = tmp_path_factory.mktemp("dates")
    for other in DATA_FILES:
        (folder / other).write_bytes((DATA / other).read_bytes())
    text = json.dumps(_set(shipped, path, bad), ensure_ascii=False, indent=1)
    (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_data(folder, SCHEMAS)
    assert any("is not a date that exists" in p.message for p in caught.value.problems), caught.value.problems


def test_the_data_has_date_fields_to_attack() -> None:
    assert len(DATE_FIELDS) > 50 and {name for name, _ in DATE_FIELDS} >= {"runtimes.yaml", "platforms.yaml"}
