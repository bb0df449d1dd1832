"""What a platform (a choice of the `platform` question) runs and offers: node runtimes,
sandboxes and how each is selected (platforms.yaml)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from gui.domain.model.basics import Answers, Text, answers_match
from gui.domain.model.dataset import Note


@dataclass(frozen=True)
class NodeRuntimeOption:
    """A node runtime a platform runs (or lets you run), with the OCI runtime beneath it."""

    runtime: str
    oci_runtime: str
    reason: Text  # why this node runtime and OCI runtime on this platform
    source: str
    checked: str
    alternative: Text | None = None  # said when another option of the platform is chosen instead


@dataclass(frozen=True)
class SandboxVariant:
    """How a sandbox is selected on a platform: the first variant whose `when` matches a
    workload's answers is used (e.g. a GPU-capable Kata hypervisor for GPU workloads)."""

    when: Answers
    runtime_class: str | None  # None where there is no Kubernetes (a single host)
    # the RuntimeClass handler, or the Docker runtime name on a single host; None where the
    # platform creates the RuntimeClass and does not publish its handler (EKS Nitro Sandboxes)
    handler: str | None
    hypervisor: str | None
    overhead_memory: str | None  # RuntimeClass overhead.podFixed, as Kubernetes quantities
    overhead_cpu: str | None
    why: Text
    source: str
    checked: str
    # a variant that is a product of its own (AKS Confidential Containers beside Pod Sandboxing,
    # EKS's confidential mode beside isolated mode) names it and how it is turned on
    offering: Text | None = None
    setup: Text | None = None
    # what each pod's sandbox takes where the RuntimeClass declares no overhead, as documented
    estimate_memory: str | None = None
    estimate_cpu: str | None = None

    @property
    def node_handler(self) -> str:
        """The handler of a sandbox the plan configures on nodes itself (gVisor, Kata, Docker
        runtimes), where the data always names one."""
        if self.handler is None:
            raise ValueError("a sandbox configured on the nodes needs its handler in platforms.yaml")
        return self.handler


@dataclass(frozen=True)
class SandboxOffer:
    runtime: str
    offering: Text  # the product or project name on this platform, e.g. "GKE Sandbox"
    setup: Text  # how it is turned on, in a sentence
    variants: tuple[SandboxVariant, ...]
    source: str
    checked: str

    def variant_for(self, answers: Mapping[str, str]) -> SandboxVariant | None:
        return next((v for v in self.variants if answers_match(v.when, answers)), None)

    def as_offered_by(self, variant: SandboxVariant) -> SandboxOffer:
        """This offer as the workload gets it: under the variant's own name and set-up, where it
        has them."""
        if variant.offering is None and variant.setup is None:
            return self
        return replace(self, offering=variant.offering or self.offering, setup=variant.setup or self.setup)


@dataclass(frozen=True)
class PodLimit:
    """The most pods a node of the platform runs by default (kubelet maxPods), as documented."""

    value: int
    text: Text  # what sets it, e.g. "OpenShift's default maxPods"
    source: str


@dataclass(frozen=True)
class Platform:
    """What a platform (a choice of the `platform` question) runs and offers."""

    id: str
    name: Text
    kubernetes: bool
    node_runtimes: tuple[NodeRuntimeOption, ...]  # in order of preference
    sandboxes: tuple[SandboxOffer, ...]
    notes: tuple[Note, ...] = ()
    managed_nodes: bool = False  # the platform picks the node runtime's version
    max_pods: PodLimit | None = None  # None: Kubernetes' default applies

    def sandbox(self, runtime_id: str) -> SandboxOffer | None:
        return next((s for s in self.sandboxes if s.runtime == runtime_id), None)

    def node_option(self, runtime_id: str) -> NodeRuntimeOption | None:
        return next((n for n in self.node_runtimes if n.runtime == runtime_id), None)

    @property
    def offered(self) -> frozenset[str]:
        return frozenset(n.runtime for n in self.node_runtimes) | frozenset(s.runtime for s in self.sandboxes)
