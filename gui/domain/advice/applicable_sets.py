"""Which rules and tie-breaks apply to an answer set, as one integer: the engine decides each
distinct set once (answer sets under which the same rules apply, on the same platform, decide the
same way), which is what lets every answer combination of a workload be checked in CI."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from gui.domain.model import QuestionSet

When = tuple[tuple[str, frozenset[str]], ...]  # a rule's `when` as (question, accepted choices)


class ApplicableSets:
    def __init__(self, questions: QuestionSet, whens: Sequence[When]) -> None:
        # per question, per answer (None: not answered), a bit for each `when` that answer does
        # not rule out; ANDing one mask per question leaves the bits of the `when`s that hold
        masks = []
        for question in questions:
            by_answer: dict[str | None, int] = {}
            for answer in (None, *(c.id for c in question.choices)):
                bits = 0
                for bit, when in enumerate(whens):
                    allowed = dict(when).get(question.id)
                    if allowed is None or answer in allowed:
                        bits |= 1 << bit
                by_answer[answer] = bits
            masks.append((question.id, by_answer))
        self._masks = tuple(masks)

    def of(self, answers: Mapping[str, str]) -> int | None:
        """The bits of the `when`s these answers meet; None when an answer is not a choice of its
        question (the caller then decides without memoising). Answers to questions the data does
        not have are named by no `when`."""
        bits = -1
        for question, by_answer in self._masks:
            mask = by_answer.get(answers.get(question))
            if mask is None:
                return None
            bits &= mask
        return bits
