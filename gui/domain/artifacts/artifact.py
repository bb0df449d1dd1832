"""What an artifact is (one file of a plan, with what it is for and where its facts come from), its
kinds, and the context the writers of every kind read."""

from __future__ import annotations

from dataclasses import dataclass

from gui._version import __version__
from gui.domain.advice.plan import Plan, WorkloadPlan
from gui.domain.model import AdvisorData, Lang, SandboxOffer, SandboxVariant

KINDS = (
    "kubernetes-manifest",
    "containerd-config",
    "crio-config",
    "docker-daemon-json",
    "pod-example",
    "shell",
    "helm-values",  # kata-deploy's Helm values
    "node-user-data",  # EC2 user data (MIME multi-part)
    "agent-sandbox",  # agent-sandbox's SandboxTemplate and SandboxWarmPool for agent workloads
    "admission-policy",  # a ValidatingAdmissionPolicy and its binding per sandboxed workload
)


# the Kubernetes platforms whose pod examples may ask for a user namespace (Context.hardened)
HARDENED_PLATFORMS = ("kubernetes", "gke", "eks", "aks")


@dataclass(frozen=True)
class Artifact:
    """A file that sets part of the plan up."""

    id: str
    kind: str  # one of KINDS
    filename: str
    text: str
    language: str  # for fenced blocks and highlighting: yaml, toml, json, sh
    applies_to: str = ""  # the versions it is for
    source: str = ""  # the document its facts come from
    note: str = ""  # how to apply it, for a file that cannot carry comments (JSON)


@dataclass(frozen=True)
class Context:
    """What every generator needs: the data, the plan, the language and the header line."""

    data: AdvisorData
    plan: Plan
    lang: Lang
    generated_on: str

    def sandboxed(self, runtime: str | None = None) -> list[WorkloadPlan]:
        return [w for w in self.plan.workloads if w.variant is not None and (runtime is None or w.sandbox == runtime)]

    def variants(self) -> list[tuple[SandboxOffer, SandboxVariant]]:
        """Each sandbox variant the plan uses once, in workload order."""
        seen: list[tuple[SandboxOffer, SandboxVariant]] = []
        for workload in self.sandboxed():
            assert workload.offer is not None and workload.variant is not None
            if all(v.handler != workload.variant.handler for _, v in seen):
                seen.append((workload.offer, workload.variant))
        return seen

    def hardened(self) -> list[WorkloadPlan]:
        """Workloads of code you did not write that run on the node runtime itself (third-party
        code, or a shared kernel accepted for untrusted or model-generated code), on Kubernetes
        platforms where the node stack is yours or the cloud's: their pod example adds a user
        namespace (hostUsers: false) as hardening. Not on OpenShift, whose restricted SCC decides
        the pod's users, not with privileges, which a user namespace does not combine with, and
        never in a sandbox (Nitro Sandboxes refuse such pods)."""
        if self.plan.platform not in HARDENED_PLATFORMS:
            return []
        return [
            w
            for w in self.plan.workloads
            if w.variant is None
            and w.recommendation is not None
            and (w.answers.get("trust") != "own" or w.answers.get("workload") == "ai-agent")
            and w.answers.get("privileges", "none") == "none"
        ]

    def untrusted(self, handler: str) -> bool:
        return any(
            w.answers.get("trust") == "untrusted"
            for w in self.sandboxed()
            if w.variant and w.variant.handler == handler
        )

    @property
    def version(self) -> str:
        return __version__
