"""The domain values: dataset, questions, platforms and rules, as loaded and cross-checked.

All frozen: once loaded, data never changes under the engine or the window. Texts keep both
languages; callers pick one with `Text.get(lang)`. One module per data file (questions.py,
dataset.py for runtimes.yaml, platforms.py, rules.py) on the shared words of basics.py;
data.py holds them together. Every name is importable from `gui.domain.model`.
"""

from __future__ import annotations

from gui.domain.model.basics import (
    LANGUAGES,
    PLATFORM_QUESTION,
    SCOPES,
    Answers,
    AttributeValue,
    Lang,
    Scope,
    Text,
    answers_match,
)
from gui.domain.model.data import AdvisorData
from gui.domain.model.dataset import (
    AttributeSpec,
    Dataset,
    Erratum,
    Note,
    Pin,
    Release,
    Runtime,
    SeedInfo,
    SeedItem,
    SeedRow,
)
from gui.domain.model.platforms import NodeRuntimeOption, Platform, PodLimit, SandboxOffer, SandboxVariant
from gui.domain.model.questions import Choice, Question, QuestionSet, Size
from gui.domain.model.rules import Advisory, Condition, Operator, Rule, TieBreak

__all__ = [
    "AdvisorData",
    "Advisory",
    "Answers",
    "AttributeSpec",
    "AttributeValue",
    "Choice",
    "Condition",
    "Dataset",
    "Erratum",
    "LANGUAGES",
    "Lang",
    "NodeRuntimeOption",
    "Note",
    "Operator",
    "PLATFORM_QUESTION",
    "Pin",
    "Platform",
    "PodLimit",
    "Question",
    "QuestionSet",
    "Release",
    "Rule",
    "Runtime",
    "SCOPES",
    "SandboxOffer",
    "SandboxVariant",
    "Scope",
    "SeedInfo",
    "SeedItem",
    "SeedRow",
    "Size",
    "Text",
    "TieBreak",
    "answers_match",
]
