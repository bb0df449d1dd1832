"""Kubernetes manifests: the RuntimeClass you create yourself (gVisor on self-managed nodes), a
pod example per sandboxed workload, and OpenShift's KataConfig and ContainerRuntimeConfig.

RuntimeClasses that a platform or installer creates (GKE's gvisor, AKS's kata-vm-isolation,
OpenShift's kata and kata-remote, kata-deploy's kata-<shim>) are not written again: applying a
second copy would fight with the one the platform manages.
"""

from __future__ import annotations

from typing import Any

from gui.domain.advice.plan import WorkloadPlan, headline_text
from gui.domain.artifacts import versions as v
from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.artifacts.text import header, yaml_text
from gui.domain.artifacts.words import word
from gui.domain.model import Lang, SandboxOffer, SandboxVariant

# The node label and taint that keep gVisor's pods on the nodes that have runsc: a plain key
# of the cluster's own, since no project defines one.
SANDBOX_LABEL = "sandbox-runtime"
EXAMPLE_IMAGE = "busybox:1.37"  # small, with uname and dmesg for the verification script
MAX_NAME = 63


def bounded_name(name: str, suffix: str) -> str:
    """`name` + `suffix`, the name cut so that the whole stays a valid object name (63 at most)."""
    return f"{name[: MAX_NAME - len(suffix)].rstrip('-')}{suffix}"


def pod_name(workload: WorkloadPlan) -> str:
    return bounded_name(workload.name, "-example")


def runtimeclass_gvisor(context: Context, offer: SandboxOffer, variant: SandboxVariant) -> Artifact:
    assert variant.runtime_class is not None
    lang = context.lang
    scheduling: dict[str, Any] = {"nodeSelector": {SANDBOX_LABEL: offer.runtime}}
    more = [word("runtimeclass_label_nodes", lang, label=SANDBOX_LABEL, value=offer.runtime)]
    if context.untrusted(variant.node_handler):
        scheduling["tolerations"] = [
            {"key": SANDBOX_LABEL, "operator": "Equal", "value": offer.runtime, "effect": "NoSchedule"}
        ]
        more.append(word("runtimeclass_taint_nodes", lang, label=SANDBOX_LABEL, value=offer.runtime))
    document: dict[str, Any] = {
        "apiVersion": "node.k8s.io/v1",
        "kind": "RuntimeClass",
        "metadata": {"name": variant.runtime_class},
        "handler": variant.node_handler,
    }
    if variant.overhead_memory is not None:
        overhead = {"memory": variant.overhead_memory}
        if variant.overhead_cpu is not None:
            overhead["cpu"] = variant.overhead_cpu
        document["overhead"] = {"podFixed": overhead}
    else:
        more.append(word("runtimeclass_no_overhead", lang))
    document["scheduling"] = scheduling
    versions = f"Kubernetes {context.data.dataset.kubernetes_version} (node.k8s.io/v1)"
    return Artifact(
        id=f"runtimeclass-{variant.runtime_class}",
        kind="kubernetes-manifest",
        filename=f"runtimeclass-{variant.runtime_class}.yaml",
        text=header(context, word("runtimeclass_gvisor", lang), versions, variant.source, *more) + yaml_text(document),
        language="yaml",
        applies_to=versions,
        source=variant.source,
    )


def _confidential_words(workload: WorkloadPlan, lang: Lang) -> list[str]:
    """What a confidential pod needs before it runs: the policy its platform checks inside the
    VM, or attestation for its secrets."""
    runtime_class = workload.runtime_class or ""
    file = f"pod-{workload.name}.yaml"
    if runtime_class == "confidential-sandbox":
        return [word("pod_example_nitro_confidential", lang, file=file)]
    if runtime_class == "kata-cc-isolation":
        return [word("pod_example_aks_confidential", lang, file=file)]
    if is_tee_handler(runtime_class):
        return [word("pod_example_tee", lang)]
    return []


def is_tee_handler(name: str) -> bool:
    """kata-deploy's confidential shims: kata-qemu-snp, kata-qemu-tdx and their GPU and runtime-rs kin."""
    return name.startswith("kata-") and any(part in ("snp", "tdx") for part in name.split("-"))


def _locked_down_spec(context: Context, first: dict[str, Any], limits: dict[str, Any]) -> dict[str, Any]:
    """A pod spec locked down as an untrusted tenant's should be, after `first` (what selects its
    isolation: a runtimeClassName, or hostUsers): no service account token, a non-root user,
    RuntimeDefault seccomp, no privilege escalation, a read-only root and no capabilities."""
    security: dict[str, Any] = {"runAsNonRoot": True, "runAsUser": 65534, "seccompProfile": {"type": "RuntimeDefault"}}
    if context.plan.platform == "openshift":
        # OpenShift's restricted-v2 SCC assigns each namespace's UIDs and refuses a fixed one
        del security["runAsUser"]
    return {
        **first,
        "automountServiceAccountToken": False,
        "securityContext": security,
        "containers": [
            {
                "name": "app",
                "image": EXAMPLE_IMAGE,
                "command": ["sleep", "3600"],
                "securityContext": {
                    "allowPrivilegeEscalation": False,
                    "readOnlyRootFilesystem": True,
                    "capabilities": {"drop": ["ALL"]},
                },
                "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}, "limits": limits},
            }
        ],
    }


def example_pod_spec(context: Context, workload: WorkloadPlan) -> tuple[dict[str, Any], list[str]]:
    """The spec of a pod in the workload's sandbox, locked down as an untrusted tenant's should be,
    and what its file says about it (the pod example and agent-sandbox's template share it)."""
    assert workload.variant is not None and workload.variant.runtime_class is not None
    lang = context.lang
    variant = workload.variant
    limits: dict[str, Any] = {"cpu": "500m", "memory": "256Mi"}
    node_runtime = context.plan.node_runtime
    more = [word("pod_example_runtimeclass", lang, oci=node_runtime.oci_runtime if node_runtime else "runc")]
    if workload.sandbox == "kata":
        more.append(word("pod_example_kata_seccomp", lang))
    more += _confidential_words(workload, lang)
    if workload.answers.get("gpu") == "nvidia":
        limits["memory"] = "8Gi"  # GPU work needs more than a sleeping busybox; size it to yours
        if workload.sandbox == "kata":
            limits["nvidia.com/pgpu"] = 1
            more.append(word("pod_example_gpu_vfio", lang))
        else:
            limits["nvidia.com/gpu"] = 1
            more.append(word("pod_example_gpu_nvproxy", lang))
    spec = _locked_down_spec(context, {"runtimeClassName": variant.runtime_class}, limits)
    if variant.runtime_class == "kata-cc-isolation":
        # AKS Confidential Containers pass no requests to the shim: the pod is sized by its limits
        del spec["containers"][0]["resources"]["requests"]
    return spec, more


def _pod_artifact(
    context: Context, workload: WorkloadPlan, spec: dict[str, Any], versions: str, source: str, more: list[str]
) -> Artifact:
    """The pod example file of a workload: its header (what it is, for what, from where, and
    `more`) and the pod."""
    document: dict[str, Any] = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": pod_name(workload), "labels": {"app.kubernetes.io/name": workload.name}},
        "spec": spec,
    }
    headline = headline_text(context.data, context.plan, workload, context.lang)
    return Artifact(
        id=f"pod-{workload.name}",
        kind="pod-example",
        filename=f"pod-{workload.name}.yaml",
        text=header(
            context,
            word("pod_example", context.lang, workload=workload.name, headline=headline),
            versions,
            source,
            *more,
        )
        + yaml_text(document),
        language="yaml",
        applies_to=versions,
        source=source,
    )


def pod_example(context: Context, workload: WorkloadPlan) -> Artifact:
    """A pod that runs in the workload's sandbox, locked down as an untrusted tenant's should be."""
    assert workload.variant is not None
    spec, more = example_pod_spec(context, workload)
    versions = f"Kubernetes {context.data.dataset.kubernetes_version}"
    return _pod_artifact(context, workload, spec, versions, workload.variant.source, more)


USER_NAMESPACES_SOURCE = "https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"


def hardened_pod_example(context: Context, workload: WorkloadPlan) -> Artifact:
    """A pod of code you did not write on the node runtime itself, in a user namespace: its root is
    an unprivileged user on the node. Hardening, not a sandbox: it still shares the node's kernel."""
    spec = _locked_down_spec(context, {"hostUsers": False}, {"cpu": "500m", "memory": "256Mi"})
    versions = f"Kubernetes {context.data.dataset.kubernetes_version} (user namespaces stable since 1.36)"
    more = [word("pod_hardened", context.lang), word("pod_hardened_stack", context.lang)]
    return _pod_artifact(context, workload, spec, versions, USER_NAMESPACES_SOURCE, more)


def kataconfig(context: Context, offer: SandboxOffer, variant: SandboxVariant) -> Artifact:
    lang = context.lang
    assert variant.runtime_class is not None
    peer_pods = variant.runtime_class == "kata-remote"
    spec: dict[str, Any] = {"enablePeerPods": True} if peer_pods else {}
    document = {
        "apiVersion": "kataconfiguration.openshift.io/v1",
        "kind": "KataConfig",
        "metadata": {"name": "runtime-advisor-kataconfig"},
        "spec": spec,
    }
    more = [word("kataconfig_peer_pods" if peer_pods else "kataconfig_local", lang)]
    newest = word("newest_cited", lang, release=v.pin(context.data, v.OSC_RELEASE))
    versions = f"OpenShift sandboxed containers, KataConfig kataconfiguration.openshift.io/v1 ({newest})"
    return Artifact(
        id=f"kataconfig-{variant.runtime_class}",
        kind="kubernetes-manifest",
        filename=f"kataconfig-{variant.runtime_class}.yaml",
        text=header(context, word("kataconfig", lang, rc=variant.runtime_class), versions, offer.source, *more)
        + yaml_text(document),
        language="yaml",
        applies_to=versions,
        source=offer.source,
    )
