"""Answers files (`answers: {question_id: choice_id}`) and answer sets in memory.

A question left out takes its default (its first choice); an unknown question or choice is
bad input, reported with its line and the valid ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from gui.domain.document import YamlDocument
from gui.domain.loading import read_checked
from gui.domain.model import QuestionSet
from gui.domain.problems import InputError, Problem


def check_answers(doc: YamlDocument, questions: QuestionSet) -> list[Problem]:
    problems = []
    for qid, choice in doc.data["answers"].items():
        where = ("answers", qid)
        if qid not in questions.ids:
            problems.append(doc.problem(where, f"unknown question '{qid}'; allowed: {', '.join(questions.ids)}"))
        elif choice not in questions.get(qid).choice_ids:
            allowed = ", ".join(questions.get(qid).choice_ids)
            problems.append(doc.problem(where, f"question '{qid}' has no choice '{choice}'; allowed: {allowed}"))
    return problems


def complete(answers: Mapping[str, str], questions: QuestionSet) -> dict[str, str]:
    """`answers` with every question present, in question order; missing ones at their default."""
    return {q.id: answers.get(q.id, q.default) for q in questions}


def load_answers(path: Path, questions: QuestionSet, schema: Path) -> dict[str, str]:
    """The complete answers from `path`; raise InputError naming every problem."""
    doc, problems = read_checked(path, schema)
    if doc is not None:
        problems = check_answers(doc, questions)
    if problems or doc is None:
        raise InputError(problems)
    return complete(doc.data["answers"], questions)


def answers_to_yaml(answers: Mapping[str, str], questions: QuestionSet) -> str:
    """The answers file text for `answers`, readable by `load_answers` and the CLI."""
    import yaml  # only when saving: start-up does not need the YAML writer

    ordered = complete(answers, questions)
    body = yaml.safe_dump({"answers": ordered}, sort_keys=False, allow_unicode=True)
    return "# Runtime Advisor answers: runtime-advisor recommend --answers THIS_FILE\n" + body
