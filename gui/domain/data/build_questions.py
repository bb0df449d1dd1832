"""questions.yaml (already schema-valid) to a QuestionSet, with its cross-checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gui.domain.data.document import JsonPath, YamlDocument
from gui.domain.model import Choice, Question, QuestionSet, Size, Text
from gui.domain.problems import Problem
from gui.domain.quantities import cpu_millis, memory_mib


def listed(value: object) -> list[Any]:
    """A YAML value that may be one item or a list of them, as a list."""
    return value if isinstance(value, list) else [value]


def when_of(
    questions: QuestionSet, path: JsonPath, raw: dict[str, Any], problem: Callable[[JsonPath, str], None]
) -> dict[str, frozenset[str]]:
    """A `when:` mapping (question -> choice or choices) checked against the questions; each
    unknown question or choice is a problem at its line, and an unknown question is left out."""
    when: dict[str, frozenset[str]] = {}
    for qid, value in raw.items():
        if qid not in questions.ids:
            problem((*path, qid), f"unknown question '{qid}'; allowed: {', '.join(questions.ids)}")
            continue
        if questions.get(qid).sizing:
            ranked = ", ".join(q.id for q in questions.ranked)
            problem(
                (*path, qid),
                f"'{qid}' is a sizing question: it sizes the capacity section and cannot be a condition; "
                f"conditions may name: {ranked}",
            )
            continue
        choices = questions.get(qid).choice_ids
        for choice in listed(value):
            if choice not in choices:
                problem((*path, qid), f"question '{qid}' has no choice '{choice}'; allowed: {', '.join(choices)}")
        when[qid] = frozenset(listed(value))
    return when


def text_of(raw: dict[str, Any]) -> Text:
    return Text(en=raw["en"], ko=raw["ko"])


def _size_of(raw: dict[str, Any] | None) -> Size | None:
    if raw is None:
        return None
    if "count" in raw:
        return Size(count=raw["count"])
    return Size(cpu_millis=cpu_millis(raw["cpu"]), memory_mib=memory_mib(raw["memory"]))


def _size_problems(doc: YamlDocument, qi: int, raw: dict[str, Any]) -> list[Problem]:
    """A sizing question sizes every choice the same way (all CPU and memory, or all counts);
    other questions' choices carry no size."""
    problems = []
    kinds = set()
    for ci, choice in enumerate(raw["choices"]):
        where = ("questions", qi, "choices", ci)
        size = choice.get("size")
        if not raw.get("sizing"):
            if size is not None:
                problems.append(
                    doc.problem(
                        (*where, "size"),
                        "only a sizing question's choices have a size; "
                        "add 'sizing: true' to the question or remove the size",
                    )
                )
            continue
        if size is None:
            problems.append(
                doc.problem(
                    where,
                    f"choice '{choice['id']}' of sizing question '{raw['id']}' has no size; "
                    "give it {cpu: ..., memory: ...} or {count: N}",
                )
            )
            continue
        kinds.add("count" if "count" in size else "resources")
        if "cpu" in size:
            for key, read in (("cpu", cpu_millis), ("memory", memory_mib)):
                try:
                    if read(size[key]) <= 0:
                        raise ValueError(f"{key} must be more than zero")
                except ValueError as error:
                    problems.append(doc.problem((*where, "size", key), str(error)))
    if len(kinds) > 1:
        problems.append(
            doc.problem(
                ("questions", qi, "choices"),
                f"the choices of sizing question '{raw['id']}' mix counts with CPU and memory; "
                "give them all the same kind of size",
            )
        )
    return problems


def build_questions(doc: YamlDocument) -> tuple[QuestionSet, list[Problem]]:
    problems: list[Problem] = []
    questions: list[Question] = []
    seen: dict[str, int] = {}
    for qi, raw in enumerate(doc.data["questions"]):
        qid = raw["id"]
        if qid in seen:
            problems.append(
                doc.problem(
                    ("questions", qi, "id"),
                    f"duplicate question id '{qid}' (also questions[{seen[qid]}]); question ids must be unique",
                )
            )
        seen.setdefault(qid, qi)
        choice_seen: set[str] = set()
        for ci, choice in enumerate(raw["choices"]):
            if choice["id"] in choice_seen:
                problems.append(
                    doc.problem(
                        ("questions", qi, "choices", ci, "id"),
                        f"duplicate choice id '{choice['id']}' in question '{qid}'; "
                        "choice ids must be unique within a question",
                    )
                )
            choice_seen.add(choice["id"])
        size_problems = _size_problems(doc, qi, raw)
        problems += size_problems
        questions.append(
            Question(
                id=qid,
                title=text_of(raw["title"]),
                help=text_of(raw["help"]),
                choices=tuple(
                    Choice(
                        c["id"],
                        text_of(c["text"]),
                        text_of(c["help"]),
                        None if size_problems else _size_of(c.get("size")),
                    )
                    for c in raw["choices"]
                ),
                scope=raw["scope"],
                short=text_of(raw["short"]) if "short" in raw else None,
                sizing=bool(raw.get("sizing", False)),
            )
        )
    return QuestionSet(tuple(questions)), problems
