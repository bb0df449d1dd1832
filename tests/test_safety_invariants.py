"""DESIGN.md section 4.1 over every single-workload answer combination and a seeded sample of
multi-workload clusters; and controls that show the checks fail when the data is broken."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.data.loading import load_data
from gui.domain.report.json_output import report_to_json
from gui.domain.report.model import build_report
from tests.conftest import SCHEMAS
from tests.invariants import NODE_RUNTIMES, SANDBOXES_ON, SHARED_KERNEL, all_answer_sets, violations


def test_every_single_workload_combination_keeps_the_invariants(shipped_data) -> None:
    # 6 platforms x 3 x 4 x 7 workload kinds x 3 x 2 x 3 privileges x 2 x 3 x 2 x 3
    assert sum(1 for _ in all_answer_sets(shipped_data)) == 979_776
    assert violations(shipped_data) == []


def test_when_nothing_fits_what_if_says_what_would(shipped_data, advisor) -> None:
    nothing = 0
    for answers in all_answer_sets(shipped_data):
        if advisor.decide(answers).pick is not None:
            continue
        nothing += 1
        what_if = advisor.what_if(answers, None)
        assert any(w.recommendation is not None for w in what_if), answers
        # and what it promises is true
        w = next(w for w in what_if if w.recommendation is not None)
        changed = {**answers, **{question: answer for question, _, answer in w.changes}}
        assert advisor.decide(changed).pick == w.recommendation
    assert nothing > 0, "some combinations have no fit (e.g. a guest kernel on GKE)"


# --------------------------------------------------------------------- controls: broken data


def _edit_yaml(path: Path, change: Callable[[dict], None]) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _drop_rules(*ids: str) -> Callable[[dict], None]:
    def change(document: dict) -> None:
        document["rules"] = [r for r in document["rules"] if r["id"] not in ids]

    return change


def _drop_warnings(*ids: str) -> Callable[[dict], None]:
    def change(document: dict) -> None:
        document["warnings"] = [w for w in document["warnings"] if w["id"] not in ids]

    return change


def _add_rule(rule: dict) -> Callable[[dict], None]:
    def change(document: dict) -> None:
        document["rules"].append({"reason": {"en": "broken on purpose", "ko": "일부러 망가뜨림"}, **rule})

    return change


def _offer_gvisor_on_openshift(document: dict) -> None:
    openshift = next(p for p in document["platforms"] if p["id"] == "openshift")
    kubernetes = next(p for p in document["platforms"] if p["id"] == "kubernetes")
    openshift["sandboxes"].append(next(s for s in kubernetes["sandboxes"] if s["runtime"] == "gvisor"))


def _drop_confidential_variants(document: dict) -> None:
    """Every variant chosen by the confidential answer removed: confidential workloads then fall
    through to the plain Kata or Nitro classes, whose memory the node can read."""
    for platform in document["platforms"]:
        for sandbox in platform.get("sandboxes") or ():
            sandbox["variants"] = [v for v in sandbox["variants"] if "confidential" not in (v.get("when") or {})]


BROKEN = {
    # trust as a mere preference again, as in version 0.1: a database outvotes it
    "untrusted on a shared kernel": (
        {"rules.yaml": _drop_rules("untrusted-needs-sandbox")},
        "untrusted code on the shared kernel",
    ),
    "ties by file order": (
        {"rules.yaml": lambda d: d.pop("tie_breaks")},
        "a tie went to the shared kernel",
    ),
    # consistent with itself (the loader accepts it), but not with what Red Hat supports
    "gVisor on OpenShift": (
        {"rules.yaml": _drop_rules("openshift-kata-only-sandbox"), "platforms.yaml": _offer_gvisor_on_openshift},
        "sandbox gvisor on openshift",
    ),
    "Kata without virtualization": (
        {"rules.yaml": _drop_rules("kata-needs-virtualization")},
        "Kata without hardware virtualization",
    ),
    # the 2026 workloads (issue 27): each rule taken out is seen over every combination
    "agent code as the agent's authors' own": (
        {"rules.yaml": _drop_rules("agent-code-needs-sandbox")},
        "model-generated code on the shared kernel",
    ),
    "privileged untrusted code under gVisor": (
        {"rules.yaml": _drop_rules("privileged-code-in-a-vm")},
        "privileged untrusted code outside a VM per pod",
    ),
    "Docker in Docker for code you did not write": (
        {"rules.yaml": _drop_rules("nested-containers-need-sandbox")},
        "a container engine of code you did not write on the shared kernel",
    ),
    "privileged on a shared kernel without a word": (
        {"rules.yaml": _drop_warnings("privileged-shared-kernel")},
        "privileges on the shared kernel",
    ),
    "confidential code beside the node's eyes": (
        {"rules.yaml": _drop_rules("confidential-needs-a-tee")},
        "confidential workload on",
    ),
    "confidential code in a plain Kata VM": (
        {"platforms.yaml": _drop_confidential_variants},
        "through RuntimeClass",
    ),
    "the Docker CLI matters on GKE": (
        {
            "rules.yaml": _add_rule(
                {
                    "id": "docker-cli",
                    "when": {"docker_cli": "required"},
                    "prefer": {"id": "gvisor"},
                    "points": 5,
                    "basis": ["seed:kernel"],
                }
            )
        },
        "docker_cli=required changes the plan on gke",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_rule_set_fails_the_invariants(case: str, data_copy: Path) -> None:
    edits, expected = BROKEN[case]
    for name, change in edits.items():
        _edit_yaml(data_copy / name, change)
    broken = load_data(data_copy, SCHEMAS)  # the loader's own checks pass: only the invariants see it
    found = violations(broken)
    assert found, f"{case}: the invariants did not notice"
    assert any(expected in message for message in found), found[:3]


# --------------------------------------------------------------------- multi-workload clusters


def _random_answer_set(data, rng: random.Random) -> AnswerSet:
    questions = data.questions
    answer_set = AnswerSet.single({q.id: rng.choice(q.choice_ids) for q in questions}, questions)
    for n in range(rng.randint(1, 3)):
        answers = {q.id: rng.choice(q.choice_ids) for q in questions.of_scope("workload")}
        answer_set = answer_set.with_workload(f"w{n + 2}", answers, questions)
    return answer_set


def test_a_seeded_sample_of_clusters_keeps_the_invariants(shipped_data, advisor) -> None:
    rng = random.Random(20261129)
    for _ in range(300):
        answer_set = _random_answer_set(shipped_data, rng)
        plan = build_plan(advisor, answer_set)
        platform = plan.platform
        assert plan.node_runtime is not None and plan.node_runtime.runtime in NODE_RUNTIMES[platform]
        ids = {(n.workload, n.id) for n in plan.notes}
        for index, workload in enumerate(plan.workloads):
            answers = answer_set.answers_for(index)
            decision = advisor.decide(answers)
            assert workload.recommendation == decision.pick and workload.tied_with == decision.tied_with
            pick = workload.recommendation
            if pick in SHARED_KERNEL:
                assert pick == plan.node_runtime.runtime, "one node runtime for the whole cluster"
                assert workload.sandbox is None and workload.runtime_class is None
                if answers["trust"] == "untrusted":
                    assert (workload.name, "untrusted-shared-kernel") in ids
            elif pick is not None:
                assert pick in SANDBOXES_ON[platform] and workload.sandbox == pick
                # by a RuntimeClass (its handler may be the platform's own: Nitro Sandboxes), or on a
                # single host by a Docker runtime
                assert workload.runtime_class or workload.handler, "a sandbox is always selected by something"
                kubernetes = platform != "single-host"
                assert (workload.runtime_class is not None) == kubernetes
            else:
                assert (workload.name, "no-fit") in ids
            if workload.tied_with:
                assert (workload.name, "tie") in ids, "a tie is never hidden"
            if workload.result.score is not None and workload.result.score < 0:
                assert (workload.name, "weak-fit") in ids


def test_the_json_plan_has_every_design_key(shipped_data, advisor) -> None:
    rng = random.Random(7)
    answer_set = _random_answer_set(shipped_data, rng)
    result = json.loads(json.dumps(report_to_json(build_report(shipped_data, build_plan(advisor, answer_set), "en"))))
    assert {"recommendation", "tied_with", "answers", "ranking", "what_if", "plan", "dataset"} <= set(result)
    plan = result["plan"]
    assert {"platform", "node_runtime", "workloads", "artifacts", "warnings"} <= set(plan)
    assert {"runtime", "oci_runtime", "reasons"} <= set(plan["node_runtime"])
    names = [w["name"] for w in plan["workloads"]]
    assert names[0] == "default" and names == list(answer_set.names)
    for workload in plan["workloads"]:
        assert {"name", "answers", "recommendation", "tied_with", "sandbox", "runtime_class", "handler"} <= set(
            workload
        )
        assert {"ranking", "what_if", "fit"} <= set(workload)
    assert result["recommendation"] == plan["workloads"][0]["recommendation"]
    assert {"as_of", "sources"} <= set(result["dataset"])


def test_decide_agrees_with_the_full_ranking(shipped_data, advisor) -> None:
    rng = random.Random(3)
    sets = list(all_answer_sets(shipped_data))
    for answers in rng.sample(sets, 2000):
        decision = advisor.decide(answers)
        result = Advisor(shipped_data).recommend(answers) if rng.random() < 0.05 else advisor.recommend(answers)
        assert decision.pick == result.recommendation
        assert decision.tied_with == result.tied_with_top
        assert decision.score == result.score
        assert decision.node_runtime == result.node_runtime


def test_a_tie_is_named_in_every_format(shipped_data, advisor) -> None:
    from gui.domain.report.markdown import render_markdown
    from gui.domain.report.text import render_text
    from gui.rendering.report_html import report_html

    # vetted third-party code on self-managed Kubernetes, many small pods per node: gVisor's +1
    # for defence in depth, -0.5 for installing it yourself and -0.5 for its kernel's memory per
    # pod leave it level with containerd; the tie goes to the sandbox because the code is not
    # the user's own
    answers = {**shipped_data.questions.defaults(), "trust": "third-party", "density": "high"}
    plan = build_plan(advisor, AnswerSet.single(answers, shipped_data.questions))
    assert (plan.first.recommendation, plan.first.tied_with, plan.first.fit) == ("gvisor", ("containerd",), "tie")
    report = build_report(shipped_data, plan, "en")
    reason = "At equal scores the sandbox goes first, because you did not write this code."
    text = render_text(report)
    assert "(tied with containerd)" in text and f"tied with containerd. {reason}" in text
    markdown = render_markdown(report)
    assert f"- **default**: tied with containerd. {reason}" in markdown
    assert "| tie, score +0.0 |" in markdown
    assert "tied with containerd" in report_html(report)
    assert report_to_json(report)["tied_with"] == ["containerd"]
    assert any(w["id"] == "tie" for w in report_to_json(report)["plan"]["warnings"])
