"""questions.yaml (already schema-valid) to a QuestionSet, with its cross-checks."""

from __future__ import annotations

from typing import Any

from gui.domain.data.document import YamlDocument
from gui.domain.model import Choice, Question, QuestionSet, Text
from gui.domain.problems import Problem


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
