"""The admission policy of each sandboxed workload, checked two ways: its two documents against
Kubernetes' own schemas (kubernetes-validate, strict), and its CEL run by a real CEL evaluator
(cel-python) against the plan's own pod example, which it must admit, and the pods it must refuse:
without a runtimeClassName, with another RuntimeClass, privileged, and in the host's namespaces.

An API server runs the same expressions; the evaluator here reads them as the CEL specification
does, so a policy that names a field wrongly or tests the wrong value fails here first."""

from __future__ import annotations

import copy
from typing import Any

import kubernetes_validate
import pytest
import yaml

from gui.domain.advice.answers import AnswerSet, load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.artifacts.admission import NAMESPACE_LABEL
from gui.domain.report.model import build_report
from tests.artifacts.cel_admission import admits
from tests.conftest import SCENARIOS, SCHEMAS


def _documents(text: str) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(text) if d is not None]


def _plan_files(shipped_data, answer_set: AnswerSet, lang: str = "en"):
    plan = build_plan(Advisor(shipped_data), answer_set)
    return build_report(shipped_data, plan, lang).plan


def _refused_variants(pod: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The pods an untrusted workload's policy must refuse, each one change from the admitted pod."""
    variants: dict[str, dict[str, Any]] = {}
    without = copy.deepcopy(pod)
    del without["spec"]["runtimeClassName"]
    variants["no RuntimeClass"] = without
    other = copy.deepcopy(pod)
    other["spec"]["runtimeClassName"] = "runc"
    variants["another RuntimeClass"] = other
    privileged = copy.deepcopy(pod)
    privileged["spec"]["containers"][0]["securityContext"]["privileged"] = True
    variants["a privileged container"] = privileged
    init = copy.deepcopy(pod)
    init["spec"]["initContainers"] = [
        {"name": "setup", "image": "busybox:1.37", "securityContext": {"privileged": True}}
    ]
    variants["a privileged init container"] = init
    ephemeral = copy.deepcopy(pod)
    ephemeral["spec"]["ephemeralContainers"] = [
        {"name": "debug", "image": "busybox:1.37", "securityContext": {"privileged": True}}
    ]
    variants["a privileged ephemeral container"] = ephemeral
    for field in ("hostNetwork", "hostPID", "hostIPC"):
        host = copy.deepcopy(pod)
        host["spec"][field] = True
        variants[field] = host
    return variants


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_mixed_cluster_policy_admits_its_pod_example_and_refuses_the_variants(shipped_data, lang: str) -> None:
    answer_set = load_answer_set(
        SCENARIOS / "cluster-own-and-customer-code.yaml", shipped_data.questions, SCHEMAS / "answers.schema.json"
    )
    plan = _plan_files(shipped_data, answer_set, lang)
    by_name = {a.filename: a for a in plan.artifacts}
    sandboxed = [w for w in plan.workloads if w.runtime_class]
    own = [w for w in plan.workloads if not w.runtime_class]
    assert sandboxed and own, "the scenario mixes a sandboxed workload with one on the node runtime"
    policies = sorted(f for f in by_name if f.startswith("admission-policy-"))
    assert policies == [f"admission-policy-{w.name}.yaml" for w in sandboxed], "one per sandboxed workload only"
    version = shipped_data.dataset.kubernetes_version
    for workload in sandboxed:
        artifact = by_name[f"admission-policy-{workload.name}.yaml"]
        assert artifact.kind == "admission-policy"
        policy, binding = _documents(artifact.text)
        for document in (policy, binding):
            assert kubernetes_validate.validate(document, version, strict=True) == version
        assert binding["spec"]["policyName"] == policy["metadata"]["name"]
        assert binding["spec"]["validationActions"] == ["Deny"]
        assert binding["spec"]["matchResources"]["namespaceSelector"] == {
            "matchLabels": {NAMESPACE_LABEL: workload.name}
        }
        assert policy["spec"]["failurePolicy"] == "Fail"
        pod = _documents(by_name[f"pod-{workload.name}.yaml"].text)[0]
        assert pod["spec"]["runtimeClassName"] == workload.runtime_class
        assert admits(policy, pod), "the plan's own pod example is admitted"
        for what, variant in _refused_variants(pod).items():
            assert not admits(policy, variant), what


def test_the_evaluator_refuses_what_cannot_be_evaluated() -> None:
    # the control for `admits`: a policy reading a field the pod lacks, without has(), refuses
    policy = {"spec": {"validations": [{"expression": "object.spec.runtimeClassName == 'gvisor'"}]}}
    assert not admits(policy, {"spec": {"containers": []}})
    assert admits(policy, {"spec": {"containers": [], "runtimeClassName": "gvisor"}})


PLATFORMS_CLASSES = {
    "kubernetes": "gvisor",
    "gke": "gvisor",
    "eks": "isolated-sandbox",
    "aks": "kata-vm-isolation",
    "openshift": "kata",
}


@pytest.mark.parametrize("platform", sorted(PLATFORMS_CLASSES))
def test_every_kubernetes_platform_gets_a_policy_for_its_own_runtime_class(shipped_data, platform: str) -> None:
    answers = {"platform": platform, "trust": "untrusted", "virtualization": "available", "isolation": "no-preference"}
    plan = _plan_files(shipped_data, AnswerSet.single(answers, shipped_data.questions))
    (workload,) = plan.workloads
    (artifact,) = [a for a in plan.artifacts if a.kind == "admission-policy"]
    policy, _ = _documents(artifact.text)
    pod = _documents(next(a for a in plan.artifacts if a.kind == "pod-example").text)[0]
    assert pod["spec"]["runtimeClassName"] == workload.runtime_class
    assert admits(policy, pod)
    assert not admits(policy, {**pod, "spec": {**pod["spec"], "runtimeClassName": "runc"}})


def test_privileges_planned_in_a_vm_are_kept_and_the_runtime_class_still_enforced(shipped_data) -> None:
    answers = {
        "platform": "kubernetes",
        "trust": "untrusted",
        "virtualization": "available",
        "privileges": "privileged",
    }
    plan = _plan_files(shipped_data, AnswerSet.single(answers, shipped_data.questions))
    (workload,) = plan.workloads
    assert workload.sandbox_id == "kata"
    (artifact,) = [a for a in plan.artifacts if a.kind == "admission-policy"]
    policy, _ = _documents(artifact.text)
    pod = _documents(next(a for a in plan.artifacts if a.kind == "pod-example").text)[0]
    privileged = _refused_variants(pod)["a privileged container"]
    assert admits(policy, privileged), "the workload's own privileges stay, inside its VM"
    assert not admits(policy, _refused_variants(pod)["no RuntimeClass"])
    assert not admits(policy, _refused_variants(pod)["hostPID"])
    assert "not privileged containers" in artifact.text


def test_no_policy_without_a_sandbox_or_without_kubernetes(shipped_data) -> None:
    for answers in ({"platform": "kubernetes", "trust": "own"}, {"platform": "single-host", "trust": "untrusted"}):
        plan = _plan_files(shipped_data, AnswerSet.single(answers, shipped_data.questions))
        assert [a for a in plan.artifacts if a.kind == "admission-policy"] == []
