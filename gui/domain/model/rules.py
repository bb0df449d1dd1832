"""The rules, tie-breaks and advisories of rules.yaml, and the conditions they test."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from gui.domain.model.basics import Answers, AttributeValue, Text, answers_match
from gui.domain.model.dataset import Runtime

Operator = Literal["in", "gt", "ge", "lt", "le"]


@dataclass(frozen=True)
class Condition:
    """`attribute` is one of `values` (op "in"), or compares with `threshold`."""

    attribute: str
    op: Operator
    values: frozenset[AttributeValue] = frozenset()
    threshold: float = 0.0

    def holds(self, attributes: Mapping[str, AttributeValue]) -> bool:
        value = attributes.get(self.attribute)
        if self.op == "in":
            return value in self.values
        if value is None or isinstance(value, (bool, str)):
            return False
        number = float(value)
        return {
            "gt": number > self.threshold,
            "ge": number >= self.threshold,
            "lt": number < self.threshold,
            "le": number <= self.threshold,
        }[self.op]


@dataclass(frozen=True)
class Rule:
    id: str
    kind: Literal["exclude", "prefer"]
    when: Answers
    match: tuple[Condition, ...]
    points: float
    reason: Text
    basis: tuple[str, ...]


@dataclass(frozen=True)
class TieBreak:
    """Between runtimes with equal scores, those matching `match` go first when `when` holds
    (DESIGN.md section 4.1: a tie between a shared kernel and a sandbox goes to the sandbox
    unless the code is the user's own)."""

    id: str
    when: Answers
    match: tuple[Condition, ...]
    reason: Text
    basis: tuple[str, ...]


@dataclass(frozen=True)
class Advisory:
    """A warning or a precondition the plan states for a workload when its answers match
    `when` and its headline runtime matches `headline`."""

    id: str
    kind: Literal["warning", "precondition"]
    when: Answers
    headline: tuple[Condition, ...]
    text: Text
    basis: tuple[str, ...]

    def applies(self, answers: Mapping[str, str], runtime: Runtime | None) -> bool:
        """`runtime` is the workload's headline, None when nothing fits: then only advisories
        that name no headline apply."""
        if not answers_match(self.when, answers):
            return False
        if runtime is None:
            return not self.headline
        return all(c.holds(runtime.attributes) for c in self.headline)
