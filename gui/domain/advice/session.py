"""The wizard's state and flow, without Qt: the answer set, the workload being edited, the
live result and the plan, and which question is next.

The window only shows this. Keeping navigation here (as Electrum keeps its wizard flow in plain
Python) means the flow, including which questions may be skipped, is tested without a display.

Answers to cluster questions are shared by every workload; answers to workload questions
belong to the workload being edited (`current`). The first workload is `default`, as in an
answers file; more can be added, renamed only at creation, and removed (but the first).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from gui.domain.advice.answers import FIRST_WORKLOAD, AnswerSet, Workload, check_workload_name
from gui.domain.advice.engine import Advisor, Recommendation
from gui.domain.advice.plan import Plan, build_plan
from gui.domain.model import AdvisorData, Lang

if TYPE_CHECKING:  # the records are read only when a user imports some
    from gui.domain.proof.evidence import Evidence, Measurement


class AnswerSession:
    """The answers given so far (defaults for the rest) and the recommendation they give."""

    def __init__(
        self, data: AdvisorData, lang: Lang = "en", answers: Mapping[str, str] | AnswerSet | None = None
    ) -> None:
        self.data = data
        self.advisor = Advisor(data)
        self.lang: Lang = lang
        self._set = self._fitting(answers or {})
        self.current = 0
        self._result: Recommendation | None = None
        self._plan: Plan | None = None
        # (workload name, question id) the user has answered; "" names the cluster's questions.
        # Answers handed in (a file, the last session) count as answered; defaults do not.
        self._confirmed: set[tuple[str, str]] = set()
        # What detection or an imported inventory said, for the report ("detected" lines);
        # answers handed in afterwards make them stale, so replace_answers clears them.
        self.detected: tuple[str, ...] = ()
        self.detected_answers: dict[str, tuple[str, str]] = {}  # question -> (choice, from where)
        # verify and benchmark records imported (gui.domain.proof): held against whatever the plan
        # is now, so they stay when answers change and the report says where they no longer fit
        self.evidence: tuple[Evidence, ...] = ()
        self.measurements: tuple[Measurement, ...] = ()
        if answers:
            self.confirm_all()

    def _known(self, answers: Mapping[str, str]) -> dict[str, str]:
        """Only answers that fit the current questions: settings may hold answers from another version."""
        questions = self.data.questions
        return {q: c for q, c in answers.items() if q in questions.ids and c in questions.get(q).choice_ids}

    def _fitting(self, answers: Mapping[str, str] | AnswerSet) -> AnswerSet:
        questions = self.data.questions
        if not isinstance(answers, AnswerSet):
            return AnswerSet.single(self._known(answers), questions)
        answer_set = AnswerSet.single(self._known(answers.first), questions)
        for workload in answers.workloads[1:]:
            answer_set = answer_set.with_workload(workload.name, self._known(workload.answers), questions)
        return answer_set

    def _changed(self) -> None:
        self._result = None
        self._plan = None

    # -- answers ------------------------------------------------------------------------------

    @property
    def answer_set(self) -> AnswerSet:
        return self._set

    @property
    def answers(self) -> dict[str, str]:
        """Every question's answer for the workload being edited."""
        return self._set.answers_for(self.current)

    @property
    def workload_names(self) -> tuple[str, ...]:
        return self._set.names

    @property
    def current_name(self) -> str:
        return self._set.workloads[self.current].name

    def answer(self, question_id: str) -> str:
        return self.answers[question_id]

    def set_answer(self, question_id: str, choice_id: str) -> bool:
        """Change one answer (the cluster's, or the current workload's); returns whether anything
        changed. Unknown ids raise KeyError."""
        question = self.data.questions.get(question_id)
        if choice_id not in question.choice_ids:
            raise KeyError(f"{question_id}: {choice_id}")
        self.confirm(question_id)
        if self.answers[question_id] == choice_id:
            return False
        if question.scope == "cluster":
            self._set = AnswerSet({**self._set.cluster, question_id: choice_id}, self._set.workloads)
        else:
            workloads = list(self._set.workloads)
            mine = workloads[self.current]
            workloads[self.current] = Workload(mine.name, {**mine.answers, question_id: choice_id})
            self._set = AnswerSet(self._set.cluster, tuple(workloads))
        self._changed()
        return True

    def _key(self, question_id: str) -> tuple[str, str]:
        scope = self.data.questions.get(question_id).scope
        return ("", question_id) if scope == "cluster" else (self.current_name, question_id)

    def confirm(self, question_id: str) -> None:
        """The user has answered this question (for the workload being edited), if only by
        keeping its default and going on."""
        self._confirmed.add(self._key(question_id))

    def is_confirmed(self, question_id: str) -> bool:
        return self._key(question_id) in self._confirmed

    def confirm_all(self) -> None:
        for question in self.data.questions:
            for name in ("",) if question.scope == "cluster" else self.workload_names:
                self._confirmed.add((name, question.id))

    def replace_answers(self, answers: Mapping[str, str] | AnswerSet) -> None:
        """Answers from a file or an earlier session: every question counts as answered."""
        self._set = self._fitting(answers)
        self.current = 0
        self._changed()
        self._confirmed.clear()
        self.confirm_all()
        self.detected = ()
        self.detected_answers = {}

    def start_from(self, answers: AnswerSet) -> None:
        """A preset's answers, filled in but none of them answered yet: every question is
        asked as usual, showing the preset's choice."""
        self.replace_answers(answers)
        self._confirmed.clear()

    def reset(self) -> None:
        """Back to the defaults, none of them answered yet."""
        self.replace_answers({})
        self._confirmed.clear()

    # -- workloads ----------------------------------------------------------------------------

    def check_new_workload_name(self, name: str) -> str | None:
        """Why `name` cannot name a new workload, or None when it can."""
        return check_workload_name(name, self.workload_names)

    def add_workload(self, name: str) -> None:
        """A new workload with the default answers; it becomes the one being edited."""
        why = self.check_new_workload_name(name)
        if why is not None:
            raise ValueError(why)
        self._set = self._set.with_workload(name, {}, self.data.questions)
        self.current = len(self._set.workloads) - 1
        self._changed()

    def remove_workload(self, index: int) -> None:
        if index == 0:
            raise ValueError(f"the first workload ('{FIRST_WORKLOAD}') holds the cluster's answers and stays")
        workloads = list(self._set.workloads)
        removed = workloads.pop(index).name
        self._confirmed = {k for k in self._confirmed if k[0] != removed}
        self._set = AnswerSet(self._set.cluster, tuple(workloads))
        self.current = min(self.current, len(workloads) - 1) if self.current != index else 0
        self._changed()

    def select_workload(self, index: int) -> bool:
        if not 0 <= index < len(self._set.workloads):
            raise IndexError(index)
        if index == self.current:
            return False
        self.current = index
        self._result = None
        return True

    # -- results ------------------------------------------------------------------------------

    @property
    def result(self) -> Recommendation:
        """The ranking of the workload being edited."""
        if self._result is None:
            self._result = self.advisor.recommend(self.answers)
        return self._result

    @property
    def plan(self) -> Plan:
        """The plan for every workload."""
        if self._plan is None:
            self._plan = build_plan(self.advisor, self._set)
        return self._plan

    # -- flow ---------------------------------------------------------------------------------

    def can_change_outcome(self, question_id: str) -> bool:
        """Whether any other answer to this question would change the top pick, all else equal
        (the what-if list holds only the changes that give another pick)."""
        return any(w.question == question_id for w in self.result.what_if)

    def asks(self, question_id: str) -> bool:
        """Whether the question is asked for the workload being edited: cluster questions are
        asked once, with the first workload."""
        return self.current == 0 or self.data.questions.get(question_id).scope == "workload"

    def first_index(self) -> int:
        """The first question to ask for the workload being edited."""
        questions = self.data.questions.questions
        return next(i for i, q in enumerate(questions) if self.asks(q.id))

    def next_index(self, index: int, skip_settled: bool = False) -> int | None:
        """The question after `index` (None: go to the results). With `skip_settled`, questions
        that can no longer change the outcome are passed over, but never the one already on screen."""
        questions = self.data.questions.questions
        for candidate in range(index + 1, len(questions)):
            question_id = questions[candidate].id
            if not self.asks(question_id):
                continue
            if not skip_settled or self.can_change_outcome(question_id):
                return candidate
        return None
