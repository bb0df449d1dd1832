"""Answers files and answer sets in memory: the cluster's answers and one or more workloads.

Version 1 files (`answers:` alone) describe one workload. Version 2 files add `workloads:`,
each with a unique name and answers to workload questions only (DESIGN.md section 3):

    answers: {platform: kubernetes, trust: own}        # cluster answers + the first workload's
    workloads:
      - name: customer-code
        answers: {trust: untrusted, workload: web-stateless}

A question left out takes its default (its first choice); an unknown question or choice, a
cluster question inside `workloads`, or a repeated name is bad input, reported with its line
and what is allowed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gui.domain.data.document import YamlDocument
from gui.domain.data.loading import read_checked
from gui.domain.model import QuestionSet
from gui.domain.problems import InputError, Problem

FIRST_WORKLOAD = "default"
# Names become Kubernetes object names and file names in the plan's artifacts: a DNS label.
WORKLOAD_NAME = re.compile(r"[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")
# The most workloads one plan holds: the answers file's schema allows the first workload and
# MAX_WORKLOADS - 1 under `workloads` (data/schema/answers.schema.json, maxItems), and the window
# stops at the same count, so what it makes it can save and open again.
MAX_WORKLOADS = 50


@dataclass(frozen=True)
class Workload:
    """A named workload and its answers to the workload questions (complete, question order)."""

    name: str
    answers: Mapping[str, str]


@dataclass(frozen=True)
class AnswerSet:
    """The cluster's answers (complete) and the workloads on it (at least one)."""

    cluster: Mapping[str, str]
    workloads: tuple[Workload, ...]

    def answers_for(self, index: int) -> dict[str, str]:
        """Every question's answer for one workload: the cluster's and the workload's own."""
        return {**self.cluster, **self.workloads[index].answers}

    @property
    def first(self) -> dict[str, str]:
        return self.answers_for(0)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(w.name for w in self.workloads)

    @classmethod
    def single(cls, answers: Mapping[str, str], questions: QuestionSet) -> AnswerSet:
        """One workload (named `default`) from a flat set of answers, as a version 1 file has."""
        full = complete(answers, questions)
        return cls(
            cluster={q.id: full[q.id] for q in questions.of_scope("cluster")},
            workloads=(Workload(FIRST_WORKLOAD, {q.id: full[q.id] for q in questions.of_scope("workload")}),),
        )

    def with_workload(self, name: str, answers: Mapping[str, str], questions: QuestionSet) -> AnswerSet:
        own = {q.id: answers.get(q.id, q.default) for q in questions.of_scope("workload")}
        return AnswerSet(self.cluster, (*self.workloads, Workload(name, own)))


def every_combination(questions: QuestionSet) -> Iterator[dict[str, str]]:
    """Every complete answer set of one workload, in question order (979,776 for the shipped
    questions): what the safety checks and the exhaustive benchmark walk through. Sizing
    questions stay at their defaults: they never enter the ranking (a test checks that they
    change nothing but the capacity section)."""
    ids = questions.ids
    choices = [(q.default,) if q.sizing else q.choice_ids for q in questions]
    for combination in itertools.product(*choices):
        yield dict(zip(ids, combination, strict=True))


def complete(answers: Mapping[str, str], questions: QuestionSet) -> dict[str, str]:
    """`answers` with every question present, in question order; missing ones at their default."""
    return {q.id: answers.get(q.id, q.default) for q in questions}


def check_workload_name(name: str, taken: Sequence[str]) -> str | None:
    """Why `name` cannot name a new workload beside `taken`, or None when it can."""
    if len(taken) >= MAX_WORKLOADS:
        return f"a plan holds at most {MAX_WORKLOADS} workloads (as many as an answers file can); remove one first"
    if not WORKLOAD_NAME.fullmatch(name):
        return (
            f"workload name {name!r} is not allowed; use lowercase letters, digits and '-', "
            "starting and ending with a letter or digit, at most 63 characters"
        )
    if name in taken:
        return f"workload name '{name}' is already used; names must be unique (taken: {', '.join(taken)})"
    return None


def _check_answer(
    doc: YamlDocument, where: tuple[str | int, ...], qid: str, choice: str, questions: QuestionSet
) -> list[Problem]:
    if qid not in questions.ids:
        return [doc.problem(where, f"unknown question '{qid}'; allowed: {', '.join(questions.ids)}")]
    if choice not in questions.get(qid).choice_ids:
        allowed = ", ".join(questions.get(qid).choice_ids)
        return [doc.problem(where, f"question '{qid}' has no choice '{choice}'; allowed: {allowed}")]
    return []


def check_answers(doc: YamlDocument, questions: QuestionSet, root: tuple[str | int, ...] = ()) -> list[Problem]:
    """Every problem of the answers at `root` in `doc` (the whole file, or one preset of
    presets.yaml, which holds the same `answers` and `workloads`)."""
    content = doc.data
    for key in root:
        content = content[key]
    problems = []
    for qid, choice in content["answers"].items():
        problems += _check_answer(doc, (*root, "answers", qid), qid, choice, questions)
    workload_ids = questions.ids_of_scope("workload")
    names = [FIRST_WORKLOAD]
    for index, entry in enumerate(content.get("workloads") or ()):
        name = entry["name"]
        why = check_workload_name(name, names)
        if why is not None:
            if name == FIRST_WORKLOAD:
                why += "; the first workload (the one under 'answers') is named 'default'"
            problems.append(doc.problem((*root, "workloads", index, "name"), why))
        names.append(name)
        for qid, choice in (entry.get("answers") or {}).items():
            where = (*root, "workloads", index, "answers", qid)
            if qid in questions.ids and qid not in workload_ids:
                problems.append(
                    doc.problem(
                        where,
                        f"'{qid}' is a cluster question: answer it once, under the top-level 'answers'; "
                        f"a workload may answer only: {', '.join(workload_ids)}",
                    )
                )
            else:
                problems += _check_answer(doc, where, qid, choice, questions)
    return problems


def answer_set_from(data: Mapping[str, object], questions: QuestionSet) -> AnswerSet:
    """The AnswerSet of an answers file's (already checked) content."""
    first = data["answers"]
    assert isinstance(first, Mapping)
    answer_set = AnswerSet.single(first, questions)
    for entry in data.get("workloads") or ():  # type: ignore[attr-defined]
        answer_set = answer_set.with_workload(entry["name"], entry.get("answers") or {}, questions)
    return answer_set


@dataclass(frozen=True)
class AnswersFile:
    """An answers file as read: its answer set, and which questions it answers itself under
    `answers` (the rest took their defaults). An inventory fills only what the file leaves out."""

    answer_set: AnswerSet
    given: frozenset[str]
    # per workload under `workloads`, the questions the file answers itself
    given_workloads: Mapping[str, frozenset[str]] = field(default_factory=dict)


def read_answers_file(path: Path, questions: QuestionSet, schema: Path) -> AnswersFile:
    """The answers in `path` (version 1 or 2), read once: standard input or a pipe cannot be read
    a second time, and a second reading gave a plan other than the file's (issue 25); raise
    InputError naming every problem."""
    doc, problems = read_checked(path, schema)
    if doc is not None:
        problems = check_answers(doc, questions)
    if problems or doc is None:
        raise InputError(problems)
    given_workloads = {
        entry["name"]: frozenset(entry.get("answers") or {}) for entry in doc.data.get("workloads") or ()
    }
    return AnswersFile(answer_set_from(doc.data, questions), frozenset(doc.data["answers"]), given_workloads)


def load_answer_set(path: Path, questions: QuestionSet, schema: Path) -> AnswerSet:
    """The answers in `path` (version 1 or 2); raise InputError naming every problem."""
    return read_answers_file(path, questions, schema).answer_set


def answers_to_yaml(answers: Mapping[str, str] | AnswerSet, questions: QuestionSet) -> str:
    """The answers file text, readable by `load_answer_set` and the CLI: version 1 for one
    workload, version 2 (with `workloads:`) for more."""
    import yaml  # only when saving: start-up does not need the YAML writer

    answer_set = answers if isinstance(answers, AnswerSet) else AnswerSet.single(answers, questions)
    content: dict[str, object] = {"answers": complete(answer_set.first, questions)}
    if len(answer_set.workloads) > 1:
        content["workloads"] = [{"name": w.name, "answers": dict(w.answers)} for w in answer_set.workloads[1:]]
    body = yaml.safe_dump(content, sort_keys=False, allow_unicode=True)
    return "# Runtime Advisor answers: runtime-advisor recommend --answers THIS_FILE\n" + body
