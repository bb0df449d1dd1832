"""The plan's warnings say which runtimes they are about, and each workload gets its own: the
survivors of mutmut's run over plan.py that no golden report covers (TESTING.md)."""

from __future__ import annotations

from gui.domain.advice.answers import every_combination, load_answer_set
from gui.domain.advice.plan import plan_for
from tests.conftest import SCENARIOS, SCHEMAS

TWO_SANDBOXES = SCENARIOS / "cluster-two-sandboxes.yaml"  # gVisor for default, Kata for tenant-db


def _two_sandbox_plan(shipped_data):
    answers = load_answer_set(TWO_SANDBOXES, shipped_data.questions, SCHEMAS / "answers.schema.json")
    return plan_for(shipped_data, answers)


def test_the_several_sandboxes_warning_names_both(shipped_data) -> None:
    plan = _two_sandbox_plan(shipped_data)
    (note,) = [n for n in plan.notes if n.id == "several-sandboxes"]
    assert note.workload is None and note.kind == "warning"
    assert note.text.en.startswith("This plan installs more than one sandbox on your nodes (gVisor, Kata Containers): ")
    assert "(gVisor, Kata Containers)" in note.text.ko


def test_each_workload_gets_only_its_own_notes(shipped_data) -> None:
    plan = _two_sandbox_plan(shipped_data)
    for name in ("default", "tenant-db"):
        own = plan.notes_for(name)
        assert own, name
        assert {n.workload for n in own} == {name}
        assert len(own) == len([n for n in plan.notes if n.workload == name])


def test_a_weak_fit_warning_names_the_runtime(shipped_data) -> None:
    """The first single-workload combination (in the questions' own order) whose pick scores
    below zero; the sentence is written out by hand."""
    found = None
    for answers in every_combination(shipped_data.questions):
        plan = plan_for(shipped_data, answers)
        weak = [n for n in plan.notes if n.id == "weak-fit"]
        if weak:
            found = (plan, weak[0])
            break
    assert found is not None, "no answers give a weak fit: the test needs another way to reach one"
    plan, note = found
    name = shipped_data.dataset.runtime(plan.workloads[0].result.recommendation).name
    assert note.text.en == f"{name} is a weak fit: its score is below zero, so more counts against it than for it."
    assert note.text.ko == f"약한 선택입니다: {name}. 점수가 0보다 낮아 장점보다 단점이 많습니다."
