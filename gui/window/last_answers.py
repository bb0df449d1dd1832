"""The answers kept between runs (QSettings): the first workload's under `lastAnswers/`, as
version 0.1 kept them, and any further workloads as JSON under `lastWorkloads`.

What is read back is only a starting point: anything that no longer fits the questions (an
older version's answers, a hand-edited settings file) is dropped with a log line, never a
reason not to start.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from gui.stored_settings import stored_text

if TYPE_CHECKING:
    from gui.domain.advice.answers import AnswerSet
    from gui.domain.model import QuestionSet

log = logging.getLogger(__name__)
WORKLOADS_KEY = "lastWorkloads"


def save_last_answers(settings: QSettings, answer_set: AnswerSet) -> None:
    settings.remove("lastAnswers")
    settings.beginGroup("lastAnswers")
    for question_id, choice_id in answer_set.first.items():
        settings.setValue(question_id, choice_id)
    settings.endGroup()
    more = [{"name": w.name, "answers": dict(w.answers)} for w in answer_set.workloads[1:]]
    settings.setValue(WORKLOADS_KEY, json.dumps(more))


def has_last_answers(settings: QSettings) -> bool:
    """Whether answers were kept, before the questions are loaded to check them: the first page
    offers "continue" on this, and load_last_answers may still find none of them usable."""
    settings.beginGroup("lastAnswers")
    try:
        return bool(settings.childKeys())
    finally:
        settings.endGroup()


def load_last_answers(settings: QSettings, questions: QuestionSet) -> AnswerSet | None:
    """The answers of the last session, or None when none were kept (a first start)."""
    from gui.domain.advice.answers import MAX_WORKLOADS, AnswerSet, check_workload_name

    settings.beginGroup("lastAnswers")
    try:
        first = {key: stored_text(settings, key, "") for key in settings.childKeys()}
    finally:
        settings.endGroup()
    known = {q: c for q, c in first.items() if q in questions.ids and c in questions.get(q).choice_ids}
    if not known:
        return None
    answer_set = AnswerSet.single(known, questions)
    try:
        more = json.loads(stored_text(settings, WORKLOADS_KEY, "[]"))
        for entry in more[:MAX_WORKLOADS]:
            name, answers = str(entry["name"]), dict(entry["answers"])
            if check_workload_name(name, answer_set.names) is None:
                fitting = {
                    q: str(c)
                    for q, c in answers.items()
                    if q in questions.ids and questions.get(q).scope == "workload" and c in questions.get(q).choice_ids
                }
                answer_set = answer_set.with_workload(name, fitting, questions)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        log.info("ignored the kept workloads in the settings: %s", error)
    return answer_set
