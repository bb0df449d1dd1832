"""The domain values: dataset, questions and rules, as loaded and cross-checked.

All frozen: once loaded, data never changes under the engine or the window. Texts keep both
languages; callers pick one with `Text.get(lang)`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["en", "ko"]
LANGUAGES: tuple[Lang, ...] = ("en", "ko")
AttributeValue = str | bool | float | int | None


@dataclass(frozen=True)
class Text:
    en: str
    ko: str

    def get(self, lang: Lang) -> str:
        return self.ko if lang == "ko" else self.en


# ---------------------------------------------------------------------------- questions


@dataclass(frozen=True)
class Choice:
    id: str
    text: Text
    help: Text


@dataclass(frozen=True)
class Question:
    id: str
    title: Text
    help: Text
    choices: tuple[Choice, ...]

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


# ---------------------------------------------------------------------------- dataset


@dataclass(frozen=True)
class AttributeSpec:
    id: str
    kind: Literal["enum", "boolean", "number"]
    values: tuple[str, ...]
    unit: str
    label: Text
    source: Text


@dataclass(frozen=True)
class SeedRow:
    id: str
    published: str
    label: Text


@dataclass(frozen=True)
class SeedItem:
    """A pro or con as the table printed it, with its rendering in the other language."""

    text: Text
    published_lang: Lang

    @property
    def published(self) -> str:
        return self.text.get(self.published_lang)


@dataclass(frozen=True)
class Erratum:
    """A correction beside a published cell (`row`) or a pro/con (`pro`/`con`, from 1)."""

    target_kind: Literal["row", "pro", "con"]
    target: str | int
    correction: Text
    source: str


@dataclass(frozen=True)
class Note:
    id: str
    date: str
    text: Text
    source: str


@dataclass(frozen=True)
class Runtime:
    id: str
    name: str
    column: str
    seed: Mapping[str, str]
    pros: tuple[SeedItem, ...]
    cons: tuple[SeedItem, ...]
    attributes: Mapping[str, AttributeValue]
    links: tuple[str, ...] = ()
    errata: tuple[Erratum, ...] = ()
    notes: tuple[Note, ...] = ()

    def erratum_for(self, kind: str, target: str | int) -> Erratum | None:
        for erratum in self.errata:
            if erratum.target_kind == kind and erratum.target == target:
                return erratum
        return None


@dataclass(frozen=True)
class SeedInfo:
    title: str
    source: str
    copy: str
    updated: str
    about: Text


@dataclass(frozen=True)
class Dataset:
    title: Text
    as_of: str
    seed: SeedInfo
    sources: tuple[str, ...]
    rows: tuple[SeedRow, ...]
    attributes: Mapping[str, AttributeSpec]
    runtimes: tuple[Runtime, ...]
    notes: tuple[Note, ...] = ()

    @property
    def runtime_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.runtimes)

    def runtime(self, runtime_id: str) -> Runtime:
        for runtime in self.runtimes:
            if runtime.id == runtime_id:
                return runtime
        raise KeyError(runtime_id)

    def all_notes(self) -> dict[str, Note]:
        found = {note.id: note for note in self.notes}
        for runtime in self.runtimes:
            found.update((note.id, note) for note in runtime.notes)
        return found


# ---------------------------------------------------------------------------- rules

Operator = Literal["in", "gt", "ge", "lt", "le"]


@dataclass(frozen=True)
class Condition:
    """`attribute` is one of `values` (op "in"), or compares with `threshold`."""

    attribute: str
    op: Operator
    values: frozenset[AttributeValue] = frozenset()
    threshold: float = 0.0


@dataclass(frozen=True)
class Rule:
    id: str
    kind: Literal["exclude", "prefer"]
    when: Mapping[str, frozenset[str]]
    match: tuple[Condition, ...]
    points: float
    reason: Text
    basis: tuple[str, ...]

    def applies(self, answers: Mapping[str, str]) -> bool:
        return all(answers.get(q) in choices for q, choices in self.when.items())


@dataclass(frozen=True)
class AdvisorData:
    """Everything the engine and the window need, loaded from one data folder."""

    dataset: Dataset
    questions: QuestionSet
    rules: tuple[Rule, ...]
    origin: str = field(default="", compare=False)
