"""agent-sandbox's SandboxTemplate and SandboxWarmPool for AI-agent workloads, checked against
agent-sandbox's own CRD schemas (vendored in tests/artifacts/vendored/, v1beta1 of tag v0.5.6,
the version 1.0.0 serves alone) and the pod inside against Kubernetes' own (kubernetes-validate)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.report.model import build_report

VENDORED = Path(__file__).resolve().parent / "vendored"
SCHEMAS = {
    "SandboxTemplate": json.loads((VENDORED / "agent-sandbox-sandboxtemplates-v1beta1.json").read_text()),
    "SandboxWarmPool": json.loads((VENDORED / "agent-sandbox-sandboxwarmpools-v1beta1.json").read_text()),
}
AGENTS = {"trust": "untrusted", "workload": "ai-agent", "virtualization": "available"}
# the sandbox each Kubernetes platform's plan puts agent code in, and its RuntimeClass
EXPECTED = {
    "kubernetes": ("kata", "kata-qemu-runtime-rs"),
    "eks": ("nitro-sandbox", "isolated-sandbox"),
    "gke": ("gvisor", "gvisor"),
    "aks": ("kata", "kata-vm-isolation"),
    "openshift": ("kata", "kata"),
}


def _files(shipped_data, answers: dict[str, str], lang: str = "en"):
    plan = build_plan(Advisor(shipped_data), AnswerSet.single(answers, shipped_data.questions))
    report = build_report(shipped_data, plan, lang)
    return report.plan, [a for a in report.plan.artifacts if a.kind == "agent-sandbox"]


def _documents(text: str) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(text) if d is not None]


def _check(document: dict[str, Any]) -> None:
    jsonschema.Draft7Validator(SCHEMAS[document["kind"]]).validate(document)


@pytest.mark.parametrize("platform", sorted(EXPECTED))
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_each_platform_gets_a_template_and_warm_pool_in_its_sandbox(shipped_data, platform: str, lang: str) -> None:
    plan, files = _files(shipped_data, {**AGENTS, "platform": platform}, lang)
    (workload,) = plan.workloads
    assert (workload.sandbox_id, workload.runtime_class) == EXPECTED[platform]
    (artifact,) = files
    template, pool = _documents(artifact.text)
    for document in (template, pool):
        assert document["apiVersion"] == "extensions.agents.x-k8s.io/v1beta1"
        _check(document)
    pod_spec = template["spec"]["podTemplate"]["spec"]
    assert pod_spec["runtimeClassName"] == workload.runtime_class
    assert template["spec"]["networkPolicy"]["egress"] == []  # the generated code gets no network
    assert template["spec"]["envVarsInjectionPolicy"] == "Disallowed"
    assert pool["spec"]["sandboxTemplateRef"]["name"] == template["metadata"]["name"]
    assert pool["spec"]["replicas"] >= 1
    # the pod inside is a valid pod of the Kubernetes version the data names
    version = shipped_data.dataset.kubernetes_version
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "check"}, "spec": pod_spec}
    assert kubernetes_validate.validate(pod, version, strict=True) == version
    assert "agent-sandbox 1.0.0 or later" in artifact.text


def test_only_sandboxed_agent_workloads_get_one(shipped_data) -> None:
    assert _files(shipped_data, {"platform": "eks", "trust": "untrusted"})[1] == []  # not an agent
    assert _files(shipped_data, {**AGENTS, "platform": "single-host"})[1] == []  # no Kubernetes
    # every kind of workload but agents: a sandbox alone does not make one
    for kind in ("general", "ci-runner", "web-stateless"):
        plan, files = _files(shipped_data, {**AGENTS, "platform": "gke", "workload": kind})
        assert plan.workloads[0].sandbox_id == "gvisor" and files == []


def test_the_vendored_schemas_refuse_what_agent_sandbox_refuses(shipped_data) -> None:
    """The control: the checks above can fail."""
    _, (artifact,) = _files(shipped_data, {**AGENTS, "platform": "gke"})
    template, pool = _documents(artifact.text)
    broken = copy.deepcopy(template)
    del broken["spec"]["podTemplate"]
    bad_policy = copy.deepcopy(template)
    bad_policy["spec"]["envVarsInjectionPolicy"] = "Sometimes"
    negative = copy.deepcopy(pool)
    negative["spec"]["replicas"] = -1
    unnamed = copy.deepcopy(pool)
    del unnamed["spec"]["sandboxTemplateRef"]
    for document in (broken, bad_policy, negative, unnamed):
        with pytest.raises(jsonschema.ValidationError):
            _check(document)
