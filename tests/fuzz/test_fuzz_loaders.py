"""Fuzzing the loaders: mutated and generated YAML either loads or gives the structured error
(file, line, message). Nothing else may come out: no other exception, no hang."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.domain.advice.answers import load_answer_set
from gui.domain.data.loading import load_data
from gui.domain.model import AdvisorData
from gui.domain.problems import InputError
from tests.conftest import DATA, SCHEMAS

FILES = ("runtimes.yaml", "questions.yaml", "platforms.yaml", "rules.yaml")
ORIGINALS = {name: (DATA / name).read_text(encoding="utf-8") for name in FILES}
FUZZ = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(["shared", "kubernetes", "untrusted", "gvisor", "en", "ko"]),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=25,
)


@st.composite
def mutated(draw, text: str) -> str:
    lines = text.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(
            st.sampled_from(["delete", "duplicate", "indent", "dedent", "value", "garbage", "truncate", "swap"])
        )
        line = lines[index]
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, line)
        elif action == "indent":
            lines[index] = "  " + line
        elif action == "dedent":
            lines[index] = line[2:] if line.startswith("  ") else line
        elif action == "value" and ":" in line:
            key = line.split(":", 1)[0]
            value = draw(
                st.sampled_from(
                    [
                        "",
                        " 3",
                        " -1.5",
                        " true",
                        " null",
                        " [a, b]",
                        " {x: 1}",
                        " .nan",
                        ' "unknown"',
                        " !!python/object:os.system x",
                        " &a x",
                        " *a",
                        " ~",
                    ]
                )
            )
            lines[index] = f"{key}:{value}\n"
        elif action == "garbage":
            lines.insert(index, draw(st.text(max_size=20)) + "\n")
        elif action == "truncate":
            lines = lines[:index]
        elif action == "swap" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
    return "".join(lines)


def load_outcome(folder: Path) -> AdvisorData | InputError:
    try:
        return load_data(folder, SCHEMAS)
    except InputError as error:
        assert error.problems, "an InputError always names at least one problem"
        for problem in error.problems:
            assert problem.file and problem.message
            assert problem.line >= 0 and problem.column >= 0
            assert Path(problem.file).name in FILES or Path(problem.file) == folder
        return error


def fresh_copy(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "data"
    folder.mkdir()
    for name in FILES:
        (folder / name).write_text(ORIGINALS[name], encoding="utf-8")
    return folder


@FUZZ
@given(data=st.data(), name=st.sampled_from(FILES))
def test_mutated_data_files(tmp_path_factory, data, name: str) -> None:
    folder = fresh_copy(tmp_path_factory)
    (folder / name).write_text(data.draw(mutated(ORIGINALS[name])), encoding="utf-8")
    load_outcome(folder)


@FUZZ
@given(document=documents, name=st.sampled_from(FILES))
def test_generated_data_files(tmp_path_factory, document, name: str) -> None:
    folder = fresh_copy(tmp_path_factory)
    (folder / name).write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    assert isinstance(load_outcome(folder), InputError)


@FUZZ
@given(raw=st.binary(max_size=200), name=st.sampled_from(FILES))
def test_random_bytes(tmp_path_factory, raw: bytes, name: str) -> None:
    folder = fresh_copy(tmp_path_factory)
    (folder / name).write_bytes(raw)
    assert isinstance(load_outcome(folder), InputError)


def test_alias_bomb_is_refused_quickly(tmp_path_factory) -> None:
    folder = fresh_copy(tmp_path_factory)
    bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for level in "bcdefghij":
        previous = chr(ord(level) - 1)
        bomb.append(f"{level}: &{level} [" + ", ".join([f"*{previous}"] * 9) + "]")
    (folder / "rules.yaml").write_text("\n".join(bomb) + "\n", encoding="utf-8")
    outcome = load_outcome(folder)
    assert isinstance(outcome, InputError)
    assert "too large" in outcome.problems[0].message


def test_deep_nesting_is_refused(tmp_path_factory) -> None:
    folder = fresh_copy(tmp_path_factory)
    (folder / "rules.yaml").write_text("rules: " + "[" * 100 + "]" * 100 + "\n", encoding="utf-8")
    outcome = load_outcome(folder)
    assert isinstance(outcome, InputError)
    assert "nested too deeply" in outcome.problems[0].message


def test_nan_points_are_refused(tmp_path_factory) -> None:
    folder = fresh_copy(tmp_path_factory)
    text = ORIGINALS["rules.yaml"].replace("    points: 4\n", "    points: .nan\n", 1)
    (folder / "rules.yaml").write_text(text, encoding="utf-8")
    outcome = load_outcome(folder)
    assert isinstance(outcome, InputError)
    assert "points" in outcome.problems[0].message and "finite" in outcome.problems[0].message


@FUZZ
@given(document=documents)
def test_generated_answers_files(tmp_path_factory, shipped_data, document) -> None:
    path = tmp_path_factory.mktemp("answers") / "a.yaml"
    path.write_text(yaml.safe_dump({"answers": document} if isinstance(document, dict) else document), encoding="utf-8")
    try:
        answers = load_answer_set(path, shipped_data.questions, SCHEMAS / "answers.schema.json").first
    except InputError as error:
        assert all(p.file == str(path) and p.message for p in error.problems)
    else:
        assert set(answers) == set(shipped_data.questions.ids)


@FUZZ
@given(raw=st.binary(max_size=300))
def test_random_answers_bytes(tmp_path_factory, shipped_data, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("answers") / "a.yaml"
    path.write_bytes(raw)
    try:
        load_answer_set(path, shipped_data.questions, SCHEMAS / "answers.schema.json")
    except InputError as error:
        assert all(p.file == str(path) and p.message for p in error.problems)
