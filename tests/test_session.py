"""The wizard's flow without Qt: answers, the live result, and which question comes next."""

from __future__ import annotations

import pytest

from gui.domain.session import AnswerSession


def test_starts_from_defaults_and_ignores_stale_answers(shipped_data) -> None:
    session = AnswerSession(shipped_data, answers={"platform": "openshift", "gone": "x", "trust": "nobody"})
    assert session.answers == {**shipped_data.questions.defaults(), "platform": "openshift"}


def test_set_answer_recomputes_and_rejects_unknown_choices(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    assert session.result.recommendation == "cri-o"
    assert session.set_answer("platform", "single-host")
    assert session.result.recommendation == "docker"
    assert not session.set_answer("platform", "single-host")
    with pytest.raises(KeyError):
        session.set_answer("platform", "mainframe")


def test_next_index_walks_every_question_by_default(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    order, index = [0], 0
    while (index := session.next_index(index)) is not None:
        order.append(index)
    assert order == list(range(len(shipped_data.questions)))


def test_settled_questions_are_skipped_when_asked(shipped_data) -> None:
    # with a separate kernel required and no virtualization nothing fits; only answers that
    # lift those constraints can change that, so e.g. the workload question is settled
    session = AnswerSession(shipped_data, answers={"isolation": "separate-kernel", "virtualization": "unavailable"})
    assert not session.can_change_outcome("workload")
    assert session.can_change_outcome("virtualization")
    assert session.next_index(2, skip_settled=True) == 6
    assert session.next_index(6, skip_settled=True) is None
    assert session.next_index(2, skip_settled=False) == 3
