"""The questions and their choices, as questions.yaml gives them (DESIGN.md section 3)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from gui.domain.model.basics import Lang, Scope, Text


@dataclass(frozen=True)
class Size:
    """What a sizing question's choice stands for: CPU (millicores) and memory (MiB) of a node or
    a pod, or a count of pods."""

    cpu_millis: int = 0
    memory_mib: Decimal = Decimal(0)
    count: int = 0


@dataclass(frozen=True)
class Choice:
    id: str
    text: Text
    help: Text
    size: Size | None = None  # set on the choices of sizing questions only


@dataclass(frozen=True)
class Question:
    id: str
    title: Text
    help: Text
    choices: tuple[Choice, ...]
    scope: Scope = "workload"
    short: Text | None = None  # a word or two for the step list; the title when absent
    # True: the answer sizes the capacity section (node size, pod count, pod size) and never
    # enters the ranking, so rules cannot name it and the exhaustive checks leave it at its default
    sizing: bool = False

    def label(self, lang: Lang) -> str:
        return (self.short or self.title).get(lang)

    @property
    def default(self) -> str:
        """DESIGN.md section 3: the first choice listed is the default."""
        return self.choices[0].id

    @property
    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

    def choice(self, choice_id: str) -> Choice:
        for choice in self.choices:
            if choice.id == choice_id:
                return choice
        raise KeyError(choice_id)


@dataclass(frozen=True)
class QuestionSet:
    questions: tuple[Question, ...]

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)

    def get(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def defaults(self) -> dict[str, str]:
        return {q.id: q.default for q in self.questions}

    def of_scope(self, scope: Scope) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.scope == scope)

    def ids_of_scope(self, scope: Scope) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions if q.scope == scope)

    @property
    def ranked(self) -> tuple[Question, ...]:
        """The questions whose answers can change the ranking: all but the sizing ones."""
        return tuple(q for q in self.questions if not q.sizing)
