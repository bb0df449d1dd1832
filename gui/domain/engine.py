"""The rule engine: exclusions, scores with per-rule reasons, a full ranking, and what-if.

Which runtimes a rule's attribute conditions match never depends on the answers, so it is
worked out once per data set (through an index of attribute values) and every evaluation only
asks which rules apply and adds up. That keeps a full recommendation with what-if analysis
far below one frame on the shipped data, and linear in rules x matches on large data.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from gui.domain.model import AdvisorData, AttributeValue, Condition, Rule, Runtime, Text

# Scores are sums of points like 0.5 and -1.5; rounding keeps ties exact and output tidy.
_SCORE_DIGITS = 6


@dataclass(frozen=True)
class Reason:
    """One rule's effect on one runtime: an exclusion (points None) or a contribution."""

    rule: str
    kind: Literal["exclude", "prefer"]
    points: float | None
    text: Text
    basis: tuple[str, ...]


@dataclass(frozen=True)
class RuntimeResult:
    runtime: str
    score: float
    excluded: bool
    exclusions: tuple[Reason, ...]
    contributions: tuple[Reason, ...]

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return self.exclusions + self.contributions


@dataclass(frozen=True)
class WhatIf:
    """Changing `question` from `current` to `answer` makes `recommendation` the top pick."""

    question: str
    current: str
    answer: str
    recommendation: str | None


@dataclass(frozen=True)
class Recommendation:
    answers: Mapping[str, str]
    ranking: tuple[RuntimeResult, ...]
    what_if: tuple[WhatIf, ...]

    @property
    def recommendation(self) -> str | None:
        top = self.ranking[0] if self.ranking else None
        return top.runtime if top is not None and not top.excluded else None

    @property
    def tied_with_top(self) -> tuple[str, ...]:
        """Other runtimes with exactly the top score (shown so a tie is never hidden)."""
        if self.recommendation is None:
            return ()
        top = self.ranking[0].score
        return tuple(r.runtime for r in self.ranking[1:] if not r.excluded and r.score == top)


class _AttributeIndex:
    """Which runtimes have which attribute values, for matching conditions without scanning."""

    def __init__(self, runtimes: Sequence[Runtime]) -> None:
        self.all = frozenset(range(len(runtimes)))
        self.by_value: dict[str, dict[AttributeValue, set[int]]] = {}
        numbers: dict[str, list[tuple[float, int]]] = {}
        for index, runtime in enumerate(runtimes):
            for name, value in runtime.attributes.items():
                self.by_value.setdefault(name, {}).setdefault(value, set()).add(index)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    numbers.setdefault(name, []).append((float(value), index))
        self.sorted_numbers = {name: sorted(pairs) for name, pairs in numbers.items()}
        self.sorted_keys = {name: [v for v, _ in pairs] for name, pairs in self.sorted_numbers.items()}

    def matching(self, condition: Condition) -> frozenset[int]:
        if condition.op == "in":
            values = self.by_value.get(condition.attribute, {})
            found: set[int] = set()
            for wanted in condition.values:
                found |= values.get(wanted, set())
            return frozenset(found)
        pairs = self.sorted_numbers.get(condition.attribute, [])
        keys = self.sorted_keys.get(condition.attribute, [])
        t = condition.threshold
        if condition.op == "gt":
            chosen = pairs[bisect.bisect_right(keys, t) :]
        elif condition.op == "ge":
            chosen = pairs[bisect.bisect_left(keys, t) :]
        elif condition.op == "lt":
            chosen = pairs[: bisect.bisect_left(keys, t)]
        else:
            chosen = pairs[: bisect.bisect_right(keys, t)]
        return frozenset(index for _, index in chosen)


@dataclass(frozen=True)
class _CompiledRule:
    rule: Rule
    matched: tuple[int, ...]
    reason: Reason


class Advisor:
    """Evaluates one loaded data set for any answers."""

    def __init__(self, data: AdvisorData) -> None:
        self.data = data
        self.runtimes = data.dataset.runtimes
        index = _AttributeIndex(self.runtimes)
        self._rules: list[_CompiledRule] = []
        for rule in data.rules:
            matched = index.all
            for condition in rule.match:
                matched = matched & index.matching(condition)
            points = rule.points if rule.kind == "prefer" else None
            reason = Reason(rule.id, rule.kind, points, rule.reason, rule.basis)
            self._rules.append(_CompiledRule(rule, tuple(sorted(matched)), reason))

    # -- evaluation -------------------------------------------------------------------------

    def _tally(self, answers: Mapping[str, str]) -> tuple[list[float], list[bool]]:
        scores = [0.0] * len(self.runtimes)
        excluded = [False] * len(self.runtimes)
        for compiled in self._rules:
            if not compiled.rule.applies(answers):
                continue
            if compiled.rule.kind == "exclude":
                for i in compiled.matched:
                    excluded[i] = True
            else:
                points = compiled.rule.points
                for i in compiled.matched:
                    scores[i] += points
        return [round(s, _SCORE_DIGITS) for s in scores], excluded

    def _order(self, scores: list[float], excluded: list[bool]) -> list[int]:
        """Survivors by score (ties in dataset order), then excluded ones in dataset order."""
        return sorted(range(len(self.runtimes)), key=lambda i: (excluded[i], -scores[i] if not excluded[i] else 0, i))

    def top_pick(self, answers: Mapping[str, str]) -> str | None:
        scores, excluded = self._tally(answers)
        best: int | None = None
        for i in range(len(self.runtimes)):
            if not excluded[i] and (best is None or scores[i] > scores[best]):
                best = i
        return None if best is None else self.runtimes[best].id

    def rank(self, answers: Mapping[str, str]) -> tuple[RuntimeResult, ...]:
        exclusions: list[list[Reason]] = [[] for _ in self.runtimes]
        contributions: list[list[Reason]] = [[] for _ in self.runtimes]
        for compiled in self._rules:
            if compiled.rule.applies(answers):
                target = exclusions if compiled.rule.kind == "exclude" else contributions
                for i in compiled.matched:
                    target[i].append(compiled.reason)
        scores = [round(sum((r.points or 0.0 for r in c), 0.0), _SCORE_DIGITS) for c in contributions]
        excluded = [bool(e) for e in exclusions]
        return tuple(
            RuntimeResult(
                runtime=self.runtimes[i].id,
                score=scores[i],
                excluded=excluded[i],
                exclusions=tuple(exclusions[i]),
                # biggest effect first: that is the order a reader wants the "why" in
                contributions=tuple(sorted(contributions[i], key=lambda r: -abs(r.points or 0.0))),
            )
            for i in self._order(scores, excluded)
        )

    def what_if(self, answers: Mapping[str, str], current_pick: str | None) -> tuple[WhatIf, ...]:
        """Every single-answer change that changes the top pick, in question order."""
        found = []
        for question in self.data.questions:
            current = answers.get(question.id, question.default)
            for choice in question.choice_ids:
                if choice == current:
                    continue
                changed = {**answers, question.id: choice}
                pick = self.top_pick(changed)
                if pick != current_pick:
                    found.append(WhatIf(question.id, current, choice, pick))
        return tuple(found)

    def recommend(self, answers: Mapping[str, str]) -> Recommendation:
        """`answers` must be complete (see answers.complete)."""
        ranking = self.rank(answers)
        top = ranking[0] if ranking and not ranking[0].excluded else None
        pick = top.runtime if top is not None else None
        return Recommendation(dict(answers), ranking, self.what_if(answers, pick))
