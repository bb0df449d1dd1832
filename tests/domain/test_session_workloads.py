"""The wizard's workloads without Qt (gui/domain/advice/session.py): adding, removing and selecting
workloads, which answers count as given, and what a fresh set of answers resets. The question
order is data/questions.yaml's: platform (cluster), trust, isolation, workload, startup, gpu
(workload), then density, virtualization, docker_cli, maturity (cluster)."""

from __future__ import annotations

import pytest

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.session import AnswerSession


def test_an_added_workload_starts_from_the_defaults_and_is_edited_next(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    session.set_answer("trust", "untrusted")
    session.add_workload("batch")
    assert session.workload_names == ("default", "batch")
    assert session.current == 1 and session.current_name == "batch"
    assert session.answer("trust") == "own"  # the default, not the first workload's answer
    with pytest.raises(ValueError, match="already used"):
        session.add_workload("batch")
    with pytest.raises(ValueError, match="not allowed"):
        session.add_workload("Not A Name")
    assert session.workload_names == ("default", "batch")


def test_the_plan_follows_added_and_removed_workloads(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    assert [w.name for w in session.plan.workloads] == ["default"]
    session.add_workload("batch")
    assert [w.name for w in session.plan.workloads] == ["default", "batch"]
    session.remove_workload(1)
    assert [w.name for w in session.plan.workloads] == ["default"]


def test_the_first_workload_cannot_be_removed(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    session.add_workload("batch")
    with pytest.raises(ValueError, match="'default'"):
        session.remove_workload(0)


def test_removing_the_workload_being_edited_goes_back_to_the_first(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    session.add_workload("a")
    session.add_workload("b")
    session.select_workload(1)
    session.remove_workload(1)
    assert session.workload_names == ("default", "b")
    assert session.current == 0


def test_removing_another_workload_keeps_the_one_being_edited_in_range(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    for name in ("a", "b", "c"):
        session.add_workload(name)
    assert session.current == 3
    session.remove_workload(1)  # "a": the one being edited ("c") is now the last, at 2
    assert session.workload_names == ("default", "b", "c")
    assert session.current == 2 and session.current_name == "c"
    session.select_workload(1)
    session.remove_workload(2)
    assert session.current == 1 and session.current_name == "b"


def test_a_removed_workloads_answers_no_longer_count_as_given(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    session.add_workload("a")
    session.set_answer("trust", "untrusted")
    assert session.is_confirmed("trust")
    session.remove_workload(1)
    session.add_workload("a")
    assert not session.is_confirmed("trust")
    assert session.answer("trust") == "own"


def test_selecting_a_workload_gives_its_own_result(shipped_data) -> None:
    session = AnswerSession(shipped_data, answers={"platform": "kubernetes", "virtualization": "available"})
    session.add_workload("customer-code")
    session.set_answer("trust", "untrusted")
    untrusted_pick = session.result.recommendation
    assert untrusted_pick in ("gvisor", "kata")
    assert session.select_workload(0) is True
    assert session.current == 0
    assert session.result.recommendation == "containerd"
    assert session.select_workload(0) is False
    assert session.select_workload(1) is True
    assert session.result.recommendation == untrusted_pick
    for wrong in (2, -1):
        with pytest.raises(IndexError) as caught:
            session.select_workload(wrong)
        assert caught.value.args == (wrong,)  # the index asked for, for whoever reads the traceback


def test_answers_count_as_given_per_workload_and_cluster_answers_once(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    assert not session.is_confirmed("trust") and not session.is_confirmed("platform")
    session.confirm("platform")
    session.confirm("trust")
    session.add_workload("b")
    assert session.is_confirmed("platform")  # the cluster's, shared
    assert not session.is_confirmed("trust")  # b's own
    # questions asked of a later workload: only its own (workload-scope) ones
    assert session.asks("trust") and not session.asks("platform") and not session.asks("density")
    assert session.first_index() == 1
    assert session.next_index(5) == 6  # gpu, then privileges
    assert session.next_index(6) == 7  # confidential
    assert session.next_index(7) == 13  # after it, the cluster's questions, then pods
    assert session.next_index(13) == 14  # pod_size
    assert session.next_index(14) is None  # the last question
    session.select_workload(0)
    assert session.asks("platform") and session.first_index() == 0


def test_replacing_the_answers_starts_over_with_every_answer_given(shipped_data) -> None:
    session = AnswerSession(shipped_data)
    session.add_workload("b")
    session.detected = ("platform gke, from a label",)
    session.detected_answers = {"platform": ("gke", "inventory")}
    answers = AnswerSet.single({"platform": "gke"}, shipped_data.questions).with_workload(
        "tenant", {"trust": "untrusted"}, shipped_data.questions
    )
    session.replace_answers(answers)
    assert session.workload_names == ("default", "tenant")
    assert session.current == 0
    assert session.answer("platform") == "gke"
    assert session.detected == () and session.detected_answers == {}
    assert all(session.is_confirmed(q) for q in shipped_data.questions.ids)
    session.select_workload(1)
    assert session.answer("trust") == "untrusted" and session.is_confirmed("trust")
    assert session.result.recommendation == "gvisor"  # GKE Sandbox, for untrusted code on GKE


def test_reset_goes_back_to_defaults_with_nothing_given(shipped_data) -> None:
    session = AnswerSession(shipped_data, answers={"platform": "openshift"})
    assert session.is_confirmed("platform")
    session.add_workload("b")
    session.reset()
    assert session.workload_names == ("default",)
    assert session.answers == shipped_data.questions.defaults()
    assert not any(session.is_confirmed(q) for q in shipped_data.questions.ids)


def test_answers_from_another_version_are_dropped_per_workload(shipped_data) -> None:
    answers = AnswerSet.single({"platform": "eks"}, shipped_data.questions).with_workload(
        "b", {"trust": "untrusted"}, shipped_data.questions
    )
    session = AnswerSession(shipped_data, answers=answers)
    assert session.workload_names == ("default", "b")
    assert session.answer("platform") == "eks"
    session.select_workload(1)
    assert session.answer("trust") == "untrusted"
