"""The Qt face of the domain's AnswerSession: the same state, with a signal when it changes."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.engine import Recommendation
from gui.domain.advice.plan import Plan
from gui.domain.advice.presets import Preset
from gui.domain.advice.session import AnswerSession
from gui.domain.model import AdvisorData, Lang


class SessionModel(QObject):
    """Every view listens to `changed`; only this object changes the answers."""

    changed = Signal()
    languageChanged = Signal(str)
    progressChanged = Signal()  # which questions count as answered (the step list's marks)

    def __init__(
        self,
        data: AdvisorData,
        lang: Lang,
        answers: Mapping[str, str] | AnswerSet | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = AnswerSession(data, lang, answers)
        # the data folder's presets (presets.yaml) and, when that file is bad, what is wrong with it
        self.presets: tuple[Preset, ...] = ()
        self.presets_problem: str | None = None

    @property
    def data(self) -> AdvisorData:
        return self.session.data

    @property
    def lang(self) -> Lang:
        return self.session.lang

    @property
    def answers(self) -> dict[str, str]:
        return self.session.answers

    @property
    def answer_set(self) -> AnswerSet:
        return self.session.answer_set

    @property
    def result(self) -> Recommendation:
        """The ranking of the workload being edited."""
        return self.session.result

    @property
    def plan(self) -> Plan:
        return self.session.plan

    def add_workload(self, name: str) -> None:
        """Raises ValueError (with the reason, for the user) when the name cannot be used."""
        self.session.add_workload(name)
        self.changed.emit()

    def remove_workload(self, index: int) -> None:
        self.session.remove_workload(index)
        self.changed.emit()

    def select_workload(self, index: int) -> None:
        if self.session.select_workload(index):
            self.changed.emit()

    def set_answer(self, question_id: str, choice_id: str) -> None:
        was_confirmed = self.session.is_confirmed(question_id)
        if self.session.set_answer(question_id, choice_id):
            self.changed.emit()
        elif not was_confirmed:
            self.progressChanged.emit()

    def confirm(self, question_id: str) -> None:
        if not self.session.is_confirmed(question_id):
            self.session.confirm(question_id)
            self.progressChanged.emit()

    def replace_answers(self, answers: Mapping[str, str] | AnswerSet) -> None:
        self.session.replace_answers(answers)
        self.changed.emit()

    def start_from(self, answers: AnswerSet) -> None:
        self.session.start_from(answers)
        self.changed.emit()

    def reset(self) -> None:
        self.session.reset()
        self.changed.emit()

    def set_language(self, lang: Lang) -> None:
        if lang != self.session.lang:
            self.session.lang = lang
            self.languageChanged.emit(lang)
            self.changed.emit()
