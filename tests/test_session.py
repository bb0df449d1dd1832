"""The wizard's flow without Qt: answers, the live result, and which question comes next."""

from __future__ import annotations

import pytest

from gui.domain.advice.session import AnswerSession


def test_starts_from_defaults_and_ignores_stale_answers(shipped_data) -> None:
    session = AnswerSession(shipped_data, answers={"platform": "openshift", "gone": "x", "trust": "nobody"})
    assert session.answers == {**shipped_data.questions.defaults(), "platform": "openshift"}


def test_set_answer_recomputes_and_rejects_unknown_choices(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    assert session.result.recommendation == "containerd"
    assert session.set_answer("platform", "single-host")
    assert session.result.recommendation == "docker"
    assert not session.set_answer("platform", "single-host")
    with pytest.raises(KeyError) as caught:
        session.set_answer("platform", "mainframe")
    assert caught.value.args == ("platform: mainframe",)  # the question and the choice refused
    assert session.answers["platform"] == "single-host"


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
    virtualization = shipped_data.questions.ids.index("virtualization")
    assert session.next_index(2, skip_settled=True) == virtualization
    assert session.next_index(virtualization, skip_settled=True) is None
    assert session.next_index(2, skip_settled=False) == 3


def test_workloads_share_the_cluster_answers_and_keep_their_own(shipped_data) -> None:
    session = AnswerSession(shipped_data, answers={"platform": "gke"})
    session.add_workload("customer-code")
    assert session.current == 1 and session.current_name == "customer-code"
    assert session.answers["platform"] == "gke", "cluster answers are shared"
    session.set_answer("trust", "untrusted")
    assert session.result.recommendation == "gvisor"
    session.set_answer("density", "high")  # a cluster question: every workload sees it
    assert session.answer_set.cluster["density"] == "high"
    session.select_workload(0)
    assert session.answers["trust"] == "own" and session.answers["density"] == "high"
    assert [w.recommendation for w in session.plan.workloads] == ["containerd", "gvisor"]


def test_a_later_workload_is_asked_only_its_own_questions(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    session.add_workload("batch")
    order, index = [session.first_index()], session.first_index()
    while (index := session.next_index(index)) is not None:
        order.append(index)
    asked = [shipped_data.questions.questions[i].id for i in order]
    assert asked == list(shipped_data.questions.ids_of_scope("workload"))


def test_workload_names_are_checked_and_the_first_stays(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    assert "already used" in session.check_new_workload_name("default")
    assert "not allowed" in session.check_new_workload_name("Customer Code")
    with pytest.raises(ValueError):
        session.add_workload("-bad")
    session.add_workload("web")
    with pytest.raises(ValueError):
        session.remove_workload(0)
    session.remove_workload(1)
    assert session.workload_names == ("default",) and session.current == 0


def test_a_question_counts_as_answered_once_the_user_answers_it(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    assert not any(session.is_confirmed(q) for q in shipped_data.questions.ids), "defaults are not answers"
    session.confirm("platform")  # kept the default and went on
    session.set_answer("trust", "untrusted")
    assert session.is_confirmed("platform") and session.is_confirmed("trust")
    assert not session.is_confirmed("workload")
    # a workload question is answered per workload; a cluster question once for all
    session.add_workload("batch")
    assert not session.is_confirmed("trust") and session.is_confirmed("platform")
    session.set_answer("trust", "own")
    session.select_workload(0)
    assert session.is_confirmed("trust")
    session.remove_workload(1)
    session.add_workload("batch")
    assert not session.is_confirmed("trust"), "a new workload of the same name starts unanswered"
    session.reset()
    assert not any(session.is_confirmed(q) for q in shipped_data.questions.ids)


def test_answers_handed_in_count_as_answered(shipped_data) -> None:
    session = AnswerSession(shipped_data, answers={"platform": "openshift"})
    assert all(session.is_confirmed(q) for q in shipped_data.questions.ids)
    session.replace_answers({"trust": "untrusted"})
    assert all(session.is_confirmed(q) for q in shipped_data.questions.ids)
