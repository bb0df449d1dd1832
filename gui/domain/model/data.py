"""Everything loaded from one data folder, together."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gui.domain.model.dataset import Dataset
from gui.domain.model.platforms import Platform
from gui.domain.model.questions import QuestionSet
from gui.domain.model.rules import Advisory, Rule, TieBreak


@dataclass(frozen=True)
class AdvisorData:
    """Everything the engine and the window need, loaded from one data folder."""

    dataset: Dataset
    questions: QuestionSet
    rules: tuple[Rule, ...]
    origin: str = field(default="", compare=False)
    tie_breaks: tuple[TieBreak, ...] = ()
    advisories: tuple[Advisory, ...] = ()
    platforms: Mapping[str, Platform] = field(default_factory=dict)
