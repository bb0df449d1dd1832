"""The wizard's state and flow, without Qt: answers, the live result, and which question is next.

The window only shows this. Keeping navigation here (as Electrum keeps its wizard flow in plain
Python) means the flow, including which questions may be skipped, is tested without a display.
"""

from __future__ import annotations

from collections.abc import Mapping

from gui.domain.answers import complete
from gui.domain.engine import Advisor, Recommendation
from gui.domain.model import AdvisorData, Lang


class AnswerSession:
    """The answers given so far (defaults for the rest) and the recommendation they give."""

    def __init__(self, data: AdvisorData, lang: Lang = "en", answers: Mapping[str, str] | None = None) -> None:
        self.data = data
        self.advisor = Advisor(data)
        self.lang: Lang = lang
        self._answers = complete(self._known(answers or {}), data.questions)
        self._result: Recommendation | None = None

    def _known(self, answers: Mapping[str, str]) -> dict[str, str]:
        """Only answers that fit the current questions: settings may hold answers from another version."""
        questions = self.data.questions
        return {q: c for q, c in answers.items() if q in questions.ids and c in questions.get(q).choice_ids}

    @property
    def answers(self) -> dict[str, str]:
        return dict(self._answers)

    def answer(self, question_id: str) -> str:
        return self._answers[question_id]

    def set_answer(self, question_id: str, choice_id: str) -> bool:
        """Change one answer; returns whether anything changed. Unknown ids raise KeyError."""
        if choice_id not in self.data.questions.get(question_id).choice_ids:
            raise KeyError(f"{question_id}: {choice_id}")
        if self._answers[question_id] == choice_id:
            return False
        self._answers[question_id] = choice_id
        self._result = None
        return True

    def replace_answers(self, answers: Mapping[str, str]) -> None:
        self._answers = complete(self._known(answers), self.data.questions)
        self._result = None

    def reset(self) -> None:
        self.replace_answers({})

    @property
    def result(self) -> Recommendation:
        if self._result is None:
            self._result = self.advisor.recommend(self._answers)
        return self._result

    # -- flow ---------------------------------------------------------------------------------

    def can_change_outcome(self, question_id: str) -> bool:
        """Whether any other answer to this question would change the top pick, all else equal."""
        current = self.result.recommendation
        return any(w.question == question_id and w.recommendation != current for w in self.result.what_if)

    def next_index(self, index: int, skip_settled: bool = False) -> int | None:
        """The question after `index` (None: go to the results). With `skip_settled`, questions
        that can no longer change the outcome are passed over, but never the one already on screen."""
        questions = self.data.questions.questions
        for candidate in range(index + 1, len(questions)):
            if not skip_settled or self.can_change_outcome(questions[candidate].id):
                return candidate
        return None
