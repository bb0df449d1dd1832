"""A cluster's inventory, from files the user saved with kubectl (issue 15; read-only, offline).

The app never runs kubectl and never opens a connection: it reads what
`kubectl get nodes -o json`, `kubectl get runtimeclass -o json` and `kubectl version -o json`
wrote, in any order, and tells which is which by content. From them: the platform (node labels
and provider IDs), each node pool's container runtime and version, kernel, OS image,
architecture and GPUs, the sandboxes a managed platform marks on its nodes, and the
RuntimeClasses already there. Every finding keeps its evidence (which file, which field).

Label names and ID formats, with their sources, are in docs/inventory-facts.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gui.domain.detect import Finding
from gui.domain.detect.kubectl_json import NodeRecord, RuntimeClassRecord, SkippedCount, read_kubectl_file
from gui.domain.problems import InputError, Problem

# The label that names a node's pool, per platform (first match wins).
POOL_LABELS = (
    "cloud.google.com/gke-nodepool",
    "eks.amazonaws.com/nodegroup",
    "karpenter.sh/nodepool",
    "kubernetes.azure.com/agentpool",
)
ROLE_PREFIX = "node-role.kubernetes.io/"  # OpenShift and kubeadm group nodes by role
OPENSHIFT_KATA_ROLE = "node-role.kubernetes.io/kata-oc"  # OpenShift sandboxed containers' nodes
FARGATE_LABEL = ("eks.amazonaws.com/compute-type", "fargate")
GKE_SANDBOX_LABEL = ("sandbox.gke.io/runtime", "gvisor")
# AKS Pod Sandboxing: the label was renamed with the feature (KataMshvVmIsolation to
# KataVmIsolation); both are accepted.
AKS_SANDBOX_LABELS = ("kubernetes.azure.com/kata-vm-isolation", "kubernetes.azure.com/kata-mshv-vm-isolation")
OPENSHIFT_LABEL = "node.openshift.io/os_id"  # rhcos, rhel (RHCOS 10), scos/centos/fedora (OKD)


@dataclass(frozen=True)
class NodePool:
    """Nodes that share a pool label (or all unlabelled nodes), as the inventory shows them."""

    name: str
    nodes: int
    runtimes: tuple[str, ...]  # containerRuntimeVersion values, e.g. containerd://2.2.1
    kernels: tuple[str, ...]
    os_images: tuple[str, ...]
    architectures: tuple[str, ...]
    gpus: int  # nvidia.com/gpu capacity over the pool's nodes
    sandbox: str | None  # "gvisor" (GKE Sandbox) or "kata" (AKS Pod Sandboxing) when marked
    handlers: tuple[str, ...]  # status.runtimeHandlers names (Kubernetes 1.30+)


@dataclass
class Inventory:
    platform: str | None = None  # a platform choice id, when the nodes tell
    platform_evidence: str = ""  # the labels that told it, comma-separated ("" for none)
    platform_votes: int = 0  # how many nodes carry it
    pools: list[NodePool] = field(default_factory=list)
    runtime_classes: list[RuntimeClassRecord] = field(default_factory=list)
    server_version: str | None = None
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every file read, in the order given
    # what was read but not understood, with its file (the report lists each)
    skipped: list[tuple[str, SkippedCount]] = field(default_factory=list)

    def suggested_answers(self) -> dict[str, str]:
        """Cluster answers the inventory settles; the person may still change each."""
        answers = {}
        if self.platform is not None:
            answers["platform"] = self.platform
        if self.platform == "aks" and any(pool.sandbox == "kata" for pool in self.pools):
            # AKS runs Pod Sandboxing pools only on VM sizes with nested virtualization (on
            # OpenShift, Kata nodes may be peer pods, which need none)
            answers["virtualization"] = "available"
        return answers


def _evidence(labels: Mapping[str, str]) -> tuple[str, str] | None:
    """The platform a node's labels name, and the label; None when they name none. A provider
    ID alone names only a cloud (kubeadm or RKE2 on GCE or Azure VMs has one too), so it is
    not evidence of the managed platform."""
    if OPENSHIFT_LABEL in labels:
        return "openshift", f"{OPENSHIFT_LABEL}={labels[OPENSHIFT_LABEL]}"
    if "cloud.google.com/gke-nodepool" in labels:
        return "gke", "cloud.google.com/gke-nodepool"
    eks = sorted(key for key in labels if key.startswith(("eks.amazonaws.com/", "karpenter.k8s.aws/")))
    if eks:
        return "eks", eks[0].split("/")[0] + "/*"
    if "kubernetes.azure.com/cluster" in labels:
        return "aks", "kubernetes.azure.com/cluster"
    return None


def _platform_of(nodes: Sequence[NodeRecord]) -> tuple[str | None, str, int]:
    """The platform the nodes' labels name (nodes without evidence do not vote: a cluster
    with a few managed node groups and many Karpenter or self-managed nodes is still EKS),
    what named it, and on how many nodes."""
    votes: Counter[tuple[str, str]] = Counter()
    for node in nodes:
        found = _evidence(node.labels)
        if found is not None:
            votes[found] += 1
    if not votes:
        return (None, "", 0) if not nodes else ("kubernetes", "", len(nodes))
    by_platform: Counter[str] = Counter()
    for (platform, _), count in votes.items():
        by_platform[platform] += count
    platform = by_platform.most_common(1)[0][0]
    # every kind of label that voted for it, the most common first (EKS: managed node groups'
    # eks.amazonaws.com/* and Karpenter's karpenter.k8s.aws/*), so the count is true of them together
    kinds = sorted(((e, c) for (p, e), c in votes.items() if p == platform), key=lambda item: (-item[1], item[0]))
    return platform, ", ".join(e for e, _ in kinds), by_platform[platform]


def _pool_name(labels: Mapping[str, str]) -> str:
    if labels.get(FARGATE_LABEL[0]) == FARGATE_LABEL[1]:
        return "fargate"
    pool = next((labels[key] for key in POOL_LABELS if key in labels), "")
    roles = sorted(k.removeprefix(ROLE_PREFIX) for k in labels if k.startswith(ROLE_PREFIX))
    if not pool and roles:  # OpenShift: worker, infra, kata-oc ...; kubeadm: control-plane
        pool = f"role {', '.join(roles)}"
    return pool


def _sandbox_of(members: Sequence[NodeRecord]) -> str | None:
    """The sandbox a managed platform marks on a pool's nodes, if any."""
    labels = [n.labels for n in members]
    if any(label.get(GKE_SANDBOX_LABEL[0]) == GKE_SANDBOX_LABEL[1] for label in labels):
        return "gvisor"
    if any(label.get(FARGATE_LABEL[0]) == FARGATE_LABEL[1] for label in labels):
        return "fargate"  # each pod in its own VM, run by AWS
    if any(OPENSHIFT_KATA_ROLE in label for label in labels):
        return "kata"  # OpenShift sandboxed containers
    if any(label.get(key, "").lower() == "true" for label in labels for key in AKS_SANDBOX_LABELS):
        return "kata"  # AKS Pod Sandboxing
    return None


def _pools(nodes: Sequence[NodeRecord]) -> list[NodePool]:
    grouped: dict[str, list[NodeRecord]] = {}
    for node in nodes:
        grouped.setdefault(_pool_name(node.labels), []).append(node)
    pools = []
    for name, members in grouped.items():
        pools.append(
            NodePool(
                name=name,
                nodes=len(members),
                runtimes=tuple(sorted({n.runtime for n in members} - {""})),
                kernels=tuple(sorted({n.kernel for n in members} - {""})),
                os_images=tuple(sorted({n.os_image for n in members} - {""})),
                architectures=tuple(sorted({n.architecture for n in members} - {""})),
                gpus=sum(n.gpus for n in members),
                sandbox=_sandbox_of(members),
                handlers=tuple(sorted({h for n in members for h in n.handlers} - {""})),
            )
        )
    return sorted(pools, key=lambda p: p.name)


def read_inventory(paths: Iterable[Path]) -> Inventory:
    """Read kubectl's JSON files; raise InputError naming every problem of every file that is
    not one of them (gui/domain/detect/kubectl_json.py)."""
    inventory = Inventory()
    nodes: list[NodeRecord] = []
    seen_nodes: set[str] = set()
    seen_classes: set[str] = set()
    problems: list[Problem] = []
    for path in paths:
        try:
            found = read_kubectl_file(path)
        except InputError as error:
            problems += error.problems
            continue
        inventory.files.append(str(path))
        inventory.skipped += [(str(path), skipped) for skipped in found.skipped]
        if found.nodes:
            for index, node in enumerate(found.nodes):
                # the same node in two files (or a file given twice) counts once; nodes without
                # a uid or a name each count
                identity = node.uid or node.name or f"{path}#{index}"
                if identity not in seen_nodes:
                    seen_nodes.add(identity)
                    nodes.append(node)
            inventory.findings.append(Finding(f"{len(found.nodes)} node(s)", f"{path}"))
        if found.runtime_classes:
            for runtime_class in found.runtime_classes:
                if runtime_class.name not in seen_classes:
                    seen_classes.add(runtime_class.name)
                    inventory.runtime_classes.append(runtime_class)
            inventory.findings.append(Finding(f"{len(found.runtime_classes)} RuntimeClass(es)", f"{path}"))
        if found.is_version:
            if found.server_version:
                inventory.server_version = found.server_version
                inventory.findings.append(
                    Finding(f"server {found.server_version}", f"{path}: serverVersion.gitVersion")
                )
            else:  # `kubectl version --client`, or no access to the cluster: kubectl's own version only
                inventory.findings.append(Finding("no server version (kubectl's own version only)", f"{path}"))
        if found.empty:
            inventory.findings.append(Finding("an empty list", f"{path}"))
    if problems:
        raise InputError(problems)
    platform, evidence, votes = _platform_of(nodes)
    if (platform is None or not evidence) and inventory.server_version:
        # no nodes given: the server's version string names some managed platforms
        for marker, name in (("-gke.", "gke"), ("-eks-", "eks")):
            if marker in inventory.server_version:
                platform = name
    inventory.platform, inventory.platform_evidence, inventory.platform_votes = platform, evidence, votes
    if platform is not None:
        inventory.findings.append(Finding(f"platform {platform}", evidence or "no platform label"))
    inventory.pools = _pools(nodes)
    return inventory
