"""agent-sandbox's SandboxTemplate and SandboxWarmPool for a workload of AI agents: the same
locked-down pod as the plan's pod example, in the plan's sandbox, with the network of the code a
model generates closed, and a warm pool so that agents do not wait for a sandbox to start.

agent-sandbox (kubernetes-sigs) is what the three clouds' agent offerings build on; from 1.0.0 it
serves only v1beta1 (the pin agent-sandbox-release). tests/artifacts/ checks these files against
its own CRD schemas.
"""

from __future__ import annotations

from typing import Any

from gui.domain.advice.plan import WorkloadPlan, headline_text
from gui.domain.artifacts import versions as v
from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.artifacts.kubernetes import bounded_name, example_pod_spec
from gui.domain.artifacts.text import header, yaml_text
from gui.domain.artifacts.words import word

API = "extensions.agents.x-k8s.io/v1beta1"
SOURCE = "https://github.com/kubernetes-sigs/agent-sandbox"
WARM_REPLICAS = 2  # a couple ready: enough to hide a start, few enough to cost little while idle


def wants_agent_sandbox(workload: WorkloadPlan) -> bool:
    return workload.answers.get("workload") == "ai-agent" and workload.runtime_class is not None


def agent_sandbox(context: Context, workload: WorkloadPlan) -> Artifact:
    lang = context.lang
    spec, more = example_pod_spec(context, workload)
    name = bounded_name(workload.name, "-sandbox")
    agent_loop = {"app.kubernetes.io/component": "agent-loop", "app.kubernetes.io/part-of": workload.name}
    template: dict[str, Any] = {
        "apiVersion": API,
        "kind": "SandboxTemplate",
        "metadata": {"name": name, "labels": {"app.kubernetes.io/name": workload.name}},
        "spec": {
            "podTemplate": {"metadata": {"labels": {"app.kubernetes.io/name": workload.name}}, "spec": spec},
            "networkPolicy": {"ingress": [{"from": [{"podSelector": {"matchLabels": agent_loop}}]}], "egress": []},
            "envVarsInjectionPolicy": "Disallowed",
        },
    }
    pool: dict[str, Any] = {
        "apiVersion": API,
        "kind": "SandboxWarmPool",
        "metadata": {"name": bounded_name(name, "-warm")},
        "spec": {"replicas": WARM_REPLICAS, "sandboxTemplateRef": {"name": name}},
    }
    release = v.pin(context.data, v.AGENT_SANDBOX_RELEASE)
    versions = f"agent-sandbox {release} or later ({API})"
    headline = headline_text(context.data, context.plan, workload, lang)
    text = header(
        context,
        word("agent_sandbox", lang, workload=workload.name, headline=headline),
        versions,
        SOURCE,
        *more,
        word("agent_sandbox_network", lang, workload=workload.name),
        word("agent_sandbox_env", lang),
        word("agent_sandbox_warm_pool", lang, replicas=str(WARM_REPLICAS)),
    )
    return Artifact(
        id=f"agent-sandbox-{workload.name}",
        kind="agent-sandbox",
        filename=f"agent-sandbox-{workload.name}.yaml",
        text=text + yaml_text(template) + "---\n" + yaml_text(pool),
        language="yaml",
        applies_to=versions,
        source=SOURCE,
    )
