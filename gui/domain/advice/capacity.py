"""What a workload's sandbox costs in node capacity: pods per node with and without it, and the
nodes its pods need either way (issue 27).

The figures are the scheduler's arithmetic, not a measurement: a pod takes its requests plus
its RuntimeClass's `overhead.podFixed`, a node offers its allocatable CPU and memory and at most
110 pods (Kubernetes' default kubelet `maxPods`), or the platform's documented default
(platforms.yaml `max_pods`: OpenShift's 250). Where the
RuntimeClass declares no overhead, the scheduler reserves nothing for the sandbox: the plan then
counts the dataset's per-pod estimate, says it is an estimate, and asks for a measurement. Where
no figure is published at all (EKS Nitro Sandboxes), it says so and counts none. Peer pods run
each pod in a VM of its own, off the nodes, and are said to.

Node size, pod count and pod size are the sizing questions' answers (questions.yaml,
`sizing: true`), which never enter the ranking.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from gui.domain.advice.plan import Plan, WorkloadPlan
from gui.domain.model import AdvisorData, Size
from gui.domain.quantities import cpu_millis, memory_mib

# Kubernetes' default kubelet maxPods: a node never runs more, however small the pods.
MAX_PODS_PER_NODE = 110
NODE_SIZE, POD_COUNT, POD_SIZE = "node_size", "pods", "pod_size"
# the hypervisor name of a variant whose pods each run in a cloud VM of their own
OWN_VM = "peer-pods"

# runtime-class: the RuntimeClass's overhead.podFixed, which the scheduler reserves; documented: the
# platform's or installer's figure for a sandbox whose RuntimeClass declares none; lower-bound: the
# dataset's least per-pod memory for the runtime; unpublished: no figure at all; own-vm: peer pods
Basis = Literal["runtime-class", "documented", "lower-bound", "unpublished", "own-vm"]
Bound = Literal["cpu", "memory", "pods", "peer-pods"]
# peer pods: each takes one kata.peerpods.io/vm of its worker's limit (PEERPODS_LIMIT_PER_NODE,
# 10 unless the peer-pods ConfigMap sets another; cloud-api-adaptor's webhook README)
PEER_PODS_PER_NODE = 10


@dataclass(frozen=True)
class PerNode:
    pods: int  # how many fit one node (0: not even one)
    bound: Bound  # what runs out first


@dataclass(frozen=True)
class Capacity:
    """One sandboxed workload's capacity cost."""

    node: Size  # allocatable CPU and memory of one node (or the host)
    pod: Size  # one pod's requests
    pods: int  # how many run at once
    max_pods: int | None  # per node; None on a single host (no kubelet)
    basis: Basis  # where the sandbox's per-pod cost comes from
    overhead_cpu_millis: int | None  # None: not known
    overhead_memory_mib: Decimal | None
    without: PerNode  # pods per node on the node runtime alone
    with_sandbox: PerNode | None  # None: no overhead figure to count, or the pods are off the nodes

    @property
    def nodes_without(self) -> int | None:
        return _nodes(self.pods, self.without)

    @property
    def nodes_with(self) -> int | None:
        return _nodes(self.pods, self.with_sandbox) if self.with_sandbox else None

    @property
    def extra_nodes(self) -> int | None:
        if self.nodes_with is None or self.nodes_without is None:
            return None
        return self.nodes_with - self.nodes_without


def _nodes(pods: int, per_node: PerNode) -> int | None:
    return math.ceil(pods / per_node.pods) if per_node.pods else None


def pods_per_node(node: Size, cpu_need: int, memory_need: Decimal, max_pods: int | None) -> PerNode:
    """How many pods needing `cpu_need` millicores and `memory_need` MiB fit a node, and which
    of CPU, memory or the pod limit runs out first (CPU wins a tie: it is listed first)."""
    limits: list[tuple[int, Bound]] = [
        (node.cpu_millis // cpu_need, "cpu"),
        (int(node.memory_mib // memory_need), "memory"),
    ]
    if max_pods is not None:
        limits.append((max_pods, "pods"))
    pods, bound = min(limits, key=lambda limit: limit[0])
    return PerNode(pods, bound)


def _sizes(data: AdvisorData, answers: Mapping[str, str]) -> tuple[Size, int, Size]:
    def size(question: str) -> Size:
        chosen = data.questions.get(question).choice(answers[question]).size
        assert chosen is not None, f"sizing question {question} without sizes (questions.yaml is checked for it)"
        return chosen

    return size(NODE_SIZE), size(POD_COUNT).count, size(POD_SIZE)


def _overhead(data: AdvisorData, workload: WorkloadPlan) -> tuple[Basis, int | None, Decimal | None]:
    variant = workload.variant
    if variant is not None and variant.hypervisor == OWN_VM:
        return "own-vm", None, None
    if variant is not None and variant.overhead_memory is not None:
        cpu = cpu_millis(variant.overhead_cpu) if variant.overhead_cpu else 0
        return "runtime-class", cpu, memory_mib(variant.overhead_memory)
    if variant is not None and variant.estimate_memory is not None:
        cpu = cpu_millis(variant.estimate_cpu) if variant.estimate_cpu else 0
        return "documented", cpu, memory_mib(variant.estimate_memory)
    assert workload.sandbox is not None
    estimate = data.dataset.runtime(workload.sandbox).attributes.get("pod_overhead_mib")
    if isinstance(estimate, int | float) and not isinstance(estimate, bool) and estimate > 0:
        return "lower-bound", 0, Decimal(str(estimate))
    return "unpublished", None, None


def capacity_of(data: AdvisorData, plan: Plan, workload: WorkloadPlan) -> Capacity | None:
    """The capacity cost of a sandboxed workload; None for one on the node runtime alone."""
    if workload.sandbox is None:
        return None
    if not all(q in data.questions.ids for q in (NODE_SIZE, POD_COUNT, POD_SIZE)):
        return None  # a data folder without the sizing questions: nothing to size with
    node, pods, pod = _sizes(data, workload.answers)
    platform = plan.platform_info
    max_pods = None
    if platform is None or platform.kubernetes:
        max_pods = platform.max_pods.value if platform and platform.max_pods else MAX_PODS_PER_NODE
    basis, overhead_cpu, overhead_memory = _overhead(data, workload)
    without = pods_per_node(node, pod.cpu_millis, pod.memory_mib, max_pods)
    with_sandbox = None
    if basis == "own-vm":
        # the pod's VM is in the cloud; on its worker it takes one of the node's peer-pod slots
        with_sandbox = PerNode(PEER_PODS_PER_NODE, "peer-pods")
    elif overhead_cpu is not None and overhead_memory is not None:
        with_sandbox = pods_per_node(node, pod.cpu_millis + overhead_cpu, pod.memory_mib + overhead_memory, max_pods)
    return Capacity(node, pod, pods, max_pods, basis, overhead_cpu, overhead_memory, without, with_sandbox)
