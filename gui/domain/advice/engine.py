"""The rule engine: exclusions, scores with per-rule reasons, a full ranking, and what-if.

Which runtimes a rule's attribute conditions match never depends on the answers, so it is
worked out once per data set (through an index of attribute values) and every evaluation only
asks which rules apply and adds up. That keeps a full recommendation with what-if analysis
far below one frame on the shipped data, linear in rules x matches on large data, and every
answer combination of one workload (tens of thousands) well inside the two seconds the
exhaustive safety tests are budgeted.

Two steps come after the rules when the data describes platforms (platforms.yaml):
- the node runtime: a node runs one container runtime, so of the node runtimes a platform
  offers, the first one not excluded by a cluster-wide rule is this plan's; the others are
  excluded from every workload's ranking with the platform's reason;
- ties: runtimes with equal scores are ordered by the data's tie-breaks (a tie between a
  shared kernel and a sandbox goes to the sandbox unless the code is the user's own), then
  by the dataset's order. A tie is still a tie: `tied_with_top` names it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from gui.domain.advice.applicable_sets import ApplicableSets
from gui.domain.advice.attribute_index import AttributeIndex
from gui.domain.model import PLATFORM_QUESTION, AdvisorData, Rule, Text, TieBreak

# Scores are sums of points like 0.5 and -1.5; rounding keeps ties exact and output tidy.
_SCORE_DIGITS = 6
NODE_RUNTIME_RULE = "node-runtime"

Fit = Literal["strong", "fair", "close-call", "tie", "weak", "only-fit", "none"]
# A lead of less than one point is a close call; two or more is a strong fit.
CLOSE_CALL_BELOW = 1.0
STRONG_FROM = 2.0


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
    """Changing `question` from `current` to `answer` (and, with them, each (question, current,
    answer) of `also`) makes `recommendation` the top pick."""

    question: str
    current: str
    answer: str
    recommendation: str | None
    # Filled only when nothing fits and no single answer gives a fit: two answers that each ask
    # for the same thing (a VM for privileged code, and a separate kernel) must both change.
    also: tuple[tuple[str, str, str], ...] = ()

    @property
    def changes(self) -> tuple[tuple[str, str, str], ...]:
        """Every (question, current, answer) the suggestion changes, in question order."""
        return ((self.question, self.current, self.answer), *self.also)


@dataclass(frozen=True)
class Recommendation:
    """One workload's ranking of the headlines: a node runtime (no sandbox) or a sandbox."""

    answers: Mapping[str, str]
    ranking: tuple[RuntimeResult, ...]
    what_if: tuple[WhatIf, ...]
    node_runtime: str | None = None
    tie_break: TieBreak | None = None  # what settled a tie at the top; None: the dataset's order

    @property
    def recommendation(self) -> str | None:
        top = self.ranking[0] if self.ranking else None
        return top.runtime if top is not None and not top.excluded else None

    @property
    def score(self) -> float | None:
        return self.ranking[0].score if self.recommendation is not None else None

    @property
    def tied_with_top(self) -> tuple[str, ...]:
        """Other runtimes with exactly the top score (shown so a tie is never hidden)."""
        if self.recommendation is None:
            return ()
        top = self.ranking[0].score
        return tuple(r.runtime for r in self.ranking[1:] if not r.excluded and r.score == top)

    @property
    def margin(self) -> float | None:
        """The top's lead over the next runtime that is not excluded (None: nothing else fits)."""
        if self.recommendation is None:
            return None
        others = [r for r in self.ranking[1:] if not r.excluded]
        return round(self.ranking[0].score - others[0].score, _SCORE_DIGITS) if others else None

    @property
    def fit(self) -> Fit:
        """How the pick stands, in a word: ties and weak fits are their own states."""
        score = self.score
        if score is None:
            return "none"
        if self.tied_with_top:
            return "tie"
        if score < 0:
            return "weak"
        margin = self.margin
        if margin is None:
            return "only-fit"
        if margin < CLOSE_CALL_BELOW:
            return "close-call"
        return "strong" if margin >= STRONG_FROM else "fair"


@dataclass(frozen=True)
class Decision:
    """The outcome alone: the pick, its score, what it is tied with, the node runtime."""

    pick: str | None
    score: float | None
    tied_with: tuple[str, ...]
    node_runtime: str | None


@dataclass(frozen=True)
class _CompiledRule:
    rule: Rule
    # `when` as (question, accepted choices) pairs: tuples iterate faster than a mapping's items
    when: tuple[tuple[str, frozenset[str]], ...]
    matched: tuple[int, ...]
    reason: Reason
    # `matched` as a bit per runtime: the pair search ORs exclusions instead of tallying scores
    mask: int


@dataclass(frozen=True)
class _CompiledTieBreak:
    tie_break: TieBreak
    when: tuple[tuple[str, frozenset[str]], ...]
    matched: frozenset[int]


def _applies(when: tuple[tuple[str, frozenset[str]], ...], answers: Mapping[str, str]) -> bool:
    # a plain loop: all() over a generator costs a third more here, on the hottest path
    for question, choices in when:  # noqa: SIM110
        if answers.get(question) not in choices:
            return False
    return True


MAX_PAIRS = 8  # two-answer suggestions listed when nothing fits: enough to choose from


class Advisor:
    """Evaluates one loaded data set for any answers."""

    def __init__(self, data: AdvisorData) -> None:
        self.data = data
        self.runtimes = data.dataset.runtimes
        self._index_of = {r.id: i for i, r in enumerate(self.runtimes)}
        index = AttributeIndex(self.runtimes)
        self._rules: list[_CompiledRule] = []
        for rule in data.rules:
            points = rule.points if rule.kind == "prefer" else None
            reason = Reason(rule.id, rule.kind, points, rule.reason, rule.basis)
            when = tuple(rule.when.items())
            matched = tuple(sorted(index.matching_all(rule.match)))
            mask = sum(1 << i for i in matched)
            self._rules.append(_CompiledRule(rule, when, matched, reason, mask))
        self._excluding = [c for c in self._rules if c.rule.kind == "exclude"]
        self._preferring = [c for c in self._rules if c.rule.kind == "prefer"]
        cluster_ids = set(data.questions.ids_of_scope("cluster"))
        # exclusions that hold for the whole platform decide which node runtime it can run
        self._cluster_exclusions = [c for c in self._excluding if set(c.rule.when) <= cluster_ids]
        self._tie_breaks = [
            _CompiledTieBreak(t, tuple(t.when.items()), index.matching_all(t.match)) for t in data.tie_breaks
        ]
        self._node_layer = frozenset(i for i, r in enumerate(self.runtimes) if r.layer == "node")
        self._node_layer_mask = sum(1 << i for i in self._node_layer)
        self._every_runtime = (1 << len(self.runtimes)) - 1
        self._node_cache: dict[tuple[str, ...], str | None] = {}
        self._cluster_ids = tuple(sorted(cluster_ids))
        self._applicable = ApplicableSets(
            data.questions, [c.when for c in self._rules] + [t.when for t in self._tie_breaks]
        )
        self._decisions: dict[tuple[int, str | None], Decision] = {}

    # -- the node runtime ---------------------------------------------------------------------

    def node_runtime(self, answers: Mapping[str, str]) -> str | None:
        """The node runtime the platform runs for these answers: the first the platform offers
        that no cluster-wide rule excludes. None without platform data, or when none is left."""
        key = tuple(answers.get(q, "") for q in self._cluster_ids)
        if key in self._node_cache:
            return self._node_cache[key]
        platform = self.data.platforms.get(answers.get(PLATFORM_QUESTION, ""))
        chosen = None
        if platform is not None:
            excluded = {i for c in self._cluster_exclusions if _applies(c.when, answers) for i in c.matched}
            chosen = next(
                (o.runtime for o in platform.node_runtimes if self._index_of.get(o.runtime) not in excluded), None
            )
        self._node_cache[key] = chosen
        return chosen

    def _not_this_node_runtime(self, answers: Mapping[str, str], chosen: str) -> Reason:
        """Why another node runtime is not in the plan. The platform's other options, with when to
        choose one (their `alternative`), are in the plan's node runtime part; an option's
        `alternative` names the platform's first choice, so it cannot explain this ranking when
        that choice was excluded and another one chosen."""
        platform = self.data.platforms[answers[PLATFORM_QUESTION]]
        name = self.data.dataset.runtime(chosen).name
        text = Text(
            f"This plan runs {name} on the nodes, and a node runs one container runtime.",
            f"이 계획의 노드 런타임: {name}. 노드 하나에는 컨테이너 런타임이 하나만 돕니다.",
        )
        return Reason(NODE_RUNTIME_RULE, "exclude", None, text, (f"platform:{platform.id}",))

    # -- evaluation -------------------------------------------------------------------------

    def _tally(self, answers: Mapping[str, str]) -> tuple[list[float], list[bool], str | None]:
        n = len(self.runtimes)
        scores = [0.0] * n
        excluded = [False] * n
        for compiled in self._excluding:
            if _applies(compiled.when, answers):
                for i in compiled.matched:
                    excluded[i] = True
        for compiled in self._preferring:
            if _applies(compiled.when, answers):
                points = compiled.rule.points
                for i in compiled.matched:
                    scores[i] += points
        node = self.node_runtime(answers)
        if node is not None:
            keep = self._index_of[node]
            for i in self._node_layer:
                if i != keep:
                    excluded[i] = True
        return [round(s, _SCORE_DIGITS) for s in scores], excluded, node

    def _tie_keys(self, answers: Mapping[str, str]) -> list[tuple[int, ...]]:
        """Per runtime, 0 for each applicable tie-break it matches (first ones weigh most)."""
        applicable = [t for t in self._tie_breaks if _applies(t.when, answers)]
        return [tuple(0 if i in t.matched else 1 for t in applicable) for i in range(len(self.runtimes))]

    def _order(self, scores: list[float], excluded: list[bool], ties: list[tuple[int, ...]]) -> list[int]:
        """Survivors by score, ties by the tie-breaks then dataset order; then the excluded."""
        return sorted(
            range(len(self.runtimes)),
            key=lambda i: (excluded[i], -scores[i] if not excluded[i] else 0, ties[i] if not excluded[i] else (), i),
        )

    def decide(self, answers: Mapping[str, str]) -> Decision:
        """The top pick and its ties without building reasons: for what-if, the live panel and
        the exhaustive safety checks, which evaluate hundreds of thousands of answer sets. Answer
        sets under which the same rules and tie-breaks apply, on the same platform, decide the
        same way, so each such set is decided once."""
        applicable = self._applicable.of(answers)
        if applicable is None:
            return self._decide(answers)
        key = (applicable, answers.get(PLATFORM_QUESTION))
        found = self._decisions.get(key)
        if found is None:
            found = self._decisions[key] = self._decide(answers)
        return found

    def _decide(self, answers: Mapping[str, str]) -> Decision:
        scores, excluded, node = self._tally(answers)
        best = None
        tied: list[int] = []
        for i in range(len(self.runtimes)):
            if excluded[i]:
                continue
            if best is None or scores[i] > scores[best]:
                best, tied = i, [i]
            elif scores[i] == scores[best]:
                tied.append(i)
        if best is None:
            return Decision(None, None, (), node)
        if len(tied) > 1 and self._tie_breaks:
            ties = self._tie_keys(answers)
            best = min(tied, key=lambda i: (ties[i], i))
        others = tuple(self.runtimes[i].id for i in tied if i != best)
        return Decision(self.runtimes[best].id, scores[best], others, node)

    def top_pick(self, answers: Mapping[str, str]) -> str | None:
        return self.decide(answers).pick

    def _decisive_tie_break(self, answers: Mapping[str, str], order: list[int], scores: list[float]) -> TieBreak | None:
        top = order[0]
        rivals = [i for i in order[1:] if scores[i] == scores[top]]
        for compiled in self._tie_breaks:
            applies = _applies(compiled.when, answers) and top in compiled.matched
            if applies and any(i not in compiled.matched for i in rivals):
                return compiled.tie_break
        return None

    def rank(self, answers: Mapping[str, str]) -> tuple[RuntimeResult, ...]:
        return self.evaluate(answers)[0]

    def evaluate(self, answers: Mapping[str, str]) -> tuple[tuple[RuntimeResult, ...], str | None, TieBreak | None]:
        """The ranking, the node runtime it assumes, and the tie-break that settled a tie at the top."""
        exclusions: list[list[Reason]] = [[] for _ in self.runtimes]
        contributions: list[list[Reason]] = [[] for _ in self.runtimes]
        for compiled in self._rules:
            if _applies(compiled.when, answers):
                target = exclusions if compiled.rule.kind == "exclude" else contributions
                for i in compiled.matched:
                    target[i].append(compiled.reason)
        node = self.node_runtime(answers)
        if node is not None:
            keep = self._index_of[node]
            for i in sorted(self._node_layer):
                if i != keep and not exclusions[i]:
                    exclusions[i].append(self._not_this_node_runtime(answers, node))
        scores = [round(sum((r.points or 0.0 for r in c), 0.0), _SCORE_DIGITS) for c in contributions]
        excluded = [bool(e) for e in exclusions]
        order = self._order(scores, excluded, self._tie_keys(answers))
        ranking = tuple(
            RuntimeResult(
                runtime=self.runtimes[i].id,
                score=scores[i],
                excluded=excluded[i],
                exclusions=tuple(exclusions[i]),
                # biggest effect first: that is the order a reader wants the "why" in
                contributions=tuple(sorted(contributions[i], key=lambda r: -abs(r.points or 0.0))),
            )
            for i in order
        )
        tie_break = None
        if ranking and not ranking[0].excluded and len(order) > 1:
            tie_break = self._decisive_tie_break(answers, [i for i in order if not excluded[i]], scores)
        return ranking, node, tie_break

    def what_if(self, answers: Mapping[str, str], current_pick: str | None) -> tuple[WhatIf, ...]:
        """Every single-answer change that changes the top pick, in question order; and when
        nothing fits and no single change gives a fit, the pairs of changes that give one."""
        single = self._changes(answers)
        found = []
        for question, current, choice in single:
            pick = self.top_pick({**answers, question: choice})
            if pick != current_pick:
                found.append(WhatIf(question, current, choice, pick))
        if current_pick is None and not any(w.recommendation for w in found):
            found += self._pairs_that_fit(answers, single)
        return tuple(found)

    def _changes(self, answers: Mapping[str, str]) -> list[tuple[str, str, str]]:
        return [
            (question.id, current, choice)
            for question in self.data.questions.ranked  # a sizing answer never changes the pick
            for current in (answers.get(question.id, question.default),)
            for choice in question.choice_ids
            if choice != current
        ]

    def _anything_fits(self, answers: Mapping[str, str]) -> bool:
        """Whether any runtime survives the hard constraints: what top_pick is not None says, from
        the exclusions alone. The pair search asks it of every pair (over a thousand when nothing
        fits), and scoring them all made it grow faster than the rules did."""
        excluded = 0
        for compiled in self._excluding:
            if _applies(compiled.when, answers):
                excluded |= compiled.mask
        node = self.node_runtime(answers)
        if node is not None:
            excluded |= self._node_layer_mask & ~(1 << self._index_of[node])
        return excluded != self._every_runtime

    def _pairs_that_fit(self, answers: Mapping[str, str], single: list[tuple[str, str, str]]) -> list[WhatIf]:
        pairs = []
        for n, (question, current, choice) in enumerate(single):
            for other, other_current, other_choice in single[n + 1 :]:
                if other == question:
                    continue
                changed = {**answers, question: choice, other: other_choice}
                pick = self.top_pick(changed) if self._anything_fits(changed) else None
                if pick is not None:
                    pairs.append(WhatIf(question, current, choice, pick, ((other, other_current, other_choice),)))
                    if len(pairs) == MAX_PAIRS:
                        return pairs
        return pairs

    def recommend(self, answers: Mapping[str, str]) -> Recommendation:
        """`answers` must be complete (see answers.complete)."""
        ranking, node, tie_break = self.evaluate(answers)
        top = ranking[0] if ranking and not ranking[0].excluded else None
        pick = top.runtime if top is not None else None
        return Recommendation(dict(answers), ranking, self.what_if(answers, pick), node, tie_break)
