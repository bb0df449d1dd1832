"""questions.yaml (already schema-valid) to a QuestionSet, with its cross-checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gui.domain.data.document import JsonPath, YamlDocument
from gui.domain.model import Choice, Question, QuestionSet, Text
from gui.domain.problems import Problem


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
        choices = questions.get(qid).choice_ids
        for choice in listed(value):
            if choice not in choices:
                problem((*path, qid), f"question '{qid}' has no choice '{choice}'; allowed: {', '.join(choices)}")
        when[qid] = frozenset(listed(value))
    return when


def text_of(raw: dict[str, Any]) -> Text:
    return Text(en=raw["en"], ko=raw["ko"])


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
        questions.append(
            Question(
                id=qid,
                title=text_of(raw["title"]),
                help=text_of(raw["help"]),
                choices=tuple(Choice(c["id"], text_of(c["text"]), text_of(c["help"])) for c in raw["choices"]),
                scope=raw["scope"],
                short=text_of(raw["short"]) if "short" in raw else None,
            )
        )
    return QuestionSet(tuple(questions)), problems
