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

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gui.domain.files import read_limited
from gui.domain.problems import InputError, Problem

# kubectl prints a node in about 1.7 KB indented: 5,000 nodes are 8.5 MiB, and the largest
# clusters Kubernetes supports (5,000 nodes) stay far below this. Read whole, so it is the
# memory an endless source may take before it is refused.
MAX_INVENTORY_BYTES = 64 * 1024 * 1024

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


@dataclass(frozen=True)
class RuntimeClassFound:
    name: str
    handler: str


@dataclass(frozen=True)
class Finding:
    """One fact and where it was read."""

    what: str
    evidence: str


@dataclass
class Inventory:
    platform: str | None = None  # a platform choice id, when the nodes tell
    platform_evidence: str = ""  # the labels that told it, comma-separated ("" for none)
    platform_votes: int = 0  # how many nodes carry it
    pools: list[NodePool] = field(default_factory=list)
    runtime_classes: list[RuntimeClassFound] = field(default_factory=list)
    server_version: str | None = None
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every file read, in the order given

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


def _problem(path: Path, message: str, line: int = 0, column: int = 0) -> Problem:
    return Problem(str(path), line, column, message)


def _load_json(path: Path) -> Any:
    raw = read_limited(path, MAX_INVENTORY_BYTES)
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InputError([_problem(path, f"byte {error.start} is not UTF-8; save kubectl's output as it is")]) from None
    except json.JSONDecodeError as error:
        raise InputError(
            [_problem(path, f"not JSON ({error.msg}); save it with kubectl ... -o json", error.lineno, error.colno)]
        ) from None
    except RecursionError:
        raise InputError([_problem(path, "values nested too deeply for a kubectl listing")]) from None


def _kind_of(document: Any) -> str | None:
    """nodes, runtimeclasses or version, from the document's own fields."""
    if not isinstance(document, dict):
        return None
    if "serverVersion" in document or "clientVersion" in document:
        return "version"
    items = document.get("items")
    if isinstance(items, list):
        kinds = {item.get("kind") for item in items if isinstance(item, dict)}
        if document.get("kind") == "NodeList" or kinds == {"Node"}:
            return "nodes"
        if document.get("kind") == "RuntimeClassList" or kinds == {"RuntimeClass"}:
            return "runtimeclasses"
        if not items:
            return "empty"
    if document.get("kind") == "Node":
        return "node"
    if document.get("kind") == "RuntimeClass":
        return "runtimeclass"
    return None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _evidence(labels: Mapping[str, Any]) -> tuple[str, str] | None:
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


def _platform_of(nodes: Sequence[Mapping[str, Any]]) -> tuple[str | None, str, int]:
    """The platform the nodes' labels name (nodes without evidence do not vote: a cluster
    with a few managed node groups and many Karpenter or self-managed nodes is still EKS),
    what named it, and on how many nodes."""
    votes: Counter[tuple[str, str]] = Counter()
    for node in nodes:
        found = _evidence(_mapping(_mapping(node.get("metadata")).get("labels")))
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


def _pools(nodes: Sequence[Mapping[str, Any]]) -> list[NodePool]:
    grouped: dict[str, list[Mapping[str, Any]]] = {}
    for node in nodes:
        labels = _mapping(_mapping(node.get("metadata")).get("labels"))
        roles = sorted(k.removeprefix(ROLE_PREFIX) for k in labels if k.startswith(ROLE_PREFIX))
        if labels.get(FARGATE_LABEL[0]) == FARGATE_LABEL[1]:
            pool = "fargate"
        else:
            pool = next((_text(labels[key]) for key in POOL_LABELS if key in labels), "")
            if not pool and roles:  # OpenShift: worker, infra, kata-oc ...; kubeadm: control-plane
                pool = f"role {', '.join(roles)}"
        grouped.setdefault(pool, []).append(node)
    pools = []
    for name, members in grouped.items():
        infos = [_mapping(_mapping(n.get("status")).get("nodeInfo")) for n in members]
        pool_labels = [_mapping(_mapping(n.get("metadata")).get("labels")) for n in members]
        sandbox = None
        if any(label.get(GKE_SANDBOX_LABEL[0]) == GKE_SANDBOX_LABEL[1] for label in pool_labels):
            sandbox = "gvisor"
        elif any(label.get(FARGATE_LABEL[0]) == FARGATE_LABEL[1] for label in pool_labels):
            sandbox = "fargate"  # each pod in its own VM, run by AWS
        elif any(OPENSHIFT_KATA_ROLE in label for label in pool_labels):
            sandbox = "kata"  # OpenShift sandboxed containers
        elif any(_text(label.get(key)).lower() == "true" for label in pool_labels for key in AKS_SANDBOX_LABELS):
            sandbox = "kata"  # AKS Pod Sandboxing
        gpus = 0
        for node in members:
            capacity = _mapping(_mapping(node.get("status")).get("capacity")).get("nvidia.com/gpu", "0")
            gpus += int(capacity) if isinstance(capacity, str) and capacity.isdigit() else 0
        handlers = {
            _text(_mapping(h).get("name"))
            for n in members
            for h in _mapping(n.get("status")).get("runtimeHandlers") or []
            if isinstance(h, dict)
        }
        pools.append(
            NodePool(
                name=name,
                nodes=len(members),
                runtimes=tuple(sorted({_text(i.get("containerRuntimeVersion")) for i in infos} - {""})),
                kernels=tuple(sorted({_text(i.get("kernelVersion")) for i in infos} - {""})),
                os_images=tuple(sorted({_text(i.get("osImage")) for i in infos} - {""})),
                architectures=tuple(sorted({_text(i.get("architecture")) for i in infos} - {""})),
                gpus=gpus,
                sandbox=sandbox,
                handlers=tuple(sorted(handlers - {""})),
            )
        )
    return sorted(pools, key=lambda p: p.name)


def read_inventory(paths: Iterable[Path]) -> Inventory:
    """Read kubectl's JSON files; raise InputError naming every file that is not one of them."""
    inventory = Inventory()
    nodes: list[Mapping[str, Any]] = []
    seen: set[str] = set()
    problems: list[Problem] = []
    for path in paths:
        try:
            document = _load_json(path)
        except InputError as error:
            problems += error.problems
            continue
        kind = _kind_of(document)
        inventory.files.append(str(path))
        if kind in ("nodes", "node"):
            found = document["items"] if kind == "nodes" else [document]
            for item in found:  # the same node in two files (or a file given twice) counts once
                meta = _mapping(item.get("metadata"))
                identity = _text(meta.get("uid")) or _text(meta.get("name")) or str(id(item))
                if identity not in seen:
                    seen.add(identity)
                    nodes.append(item)
            inventory.findings.append(Finding(f"{len(found)} node(s)", f"{path}"))
        elif kind in ("runtimeclasses", "runtimeclass"):
            classes = document["items"] if kind == "runtimeclasses" else [document]
            for item in classes:
                name = _text(_mapping(item.get("metadata")).get("name"))
                if name not in {rc.name for rc in inventory.runtime_classes}:
                    inventory.runtime_classes.append(RuntimeClassFound(name, _text(item.get("handler"))))
            inventory.findings.append(Finding(f"{len(classes)} RuntimeClass(es)", f"{path}"))
        elif kind == "version":
            server = _text(_mapping(document.get("serverVersion")).get("gitVersion"))
            if server:
                inventory.server_version = server
                inventory.findings.append(Finding(f"server {server}", f"{path}: serverVersion.gitVersion"))
            else:  # `kubectl version --client`, or no access to the cluster: kubectl's own version only
                inventory.findings.append(Finding("no server version (kubectl's own version only)", f"{path}"))
        elif kind == "empty":
            inventory.findings.append(Finding("an empty list", f"{path}"))
        else:
            problems.append(
                _problem(
                    path,
                    "not a kubectl listing the app reads; allowed: the JSON of `kubectl get nodes -o json`, "
                    "`kubectl get runtimeclass -o json` or `kubectl version -o json`",
                    1,
                    1,
                )
            )
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
