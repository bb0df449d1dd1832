"""The words every part of the model uses: the languages, a text in both, answers and the
conditions on them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from gui.domain.language import LANGUAGES as LANGUAGES  # re-exported: the model says both
from gui.domain.language import Lang as Lang

AttributeValue = str | bool | float | int | None
# DESIGN.md section 3: a cluster question has one answer for the whole platform, a workload
# question one answer per workload.
Scope = Literal["cluster", "workload"]
SCOPES: tuple[Scope, ...] = ("cluster", "workload")
# The question whose choices name the platforms of platforms.yaml (DESIGN.md section 3).
PLATFORM_QUESTION = "platform"
Answers = Mapping[str, frozenset[str]]  # question id -> the choices a condition accepts


def answers_match(when: Answers, answers: Mapping[str, str]) -> bool:
    """Whether every question named in `when` has one of the listed answers."""
    return all(answers.get(q) in choices for q, choices in when.items())


@dataclass(frozen=True)
class Text:
    en: str
    ko: str

    def get(self, lang: Lang) -> str:
        return self.ko if lang == "ko" else self.en
