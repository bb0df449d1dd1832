"""The plan's artifacts: files that set it up, as pure functions from a plan to text.

One module per kind of file: Kubernetes manifests (kubernetes.py), node configuration for
containerd, CRI-O and Docker (node_config.py), and shell commands to install, turn on and verify
(scripts.py). Which files a plan gets depends on its platform: on self-managed clusters you
install the sandbox yourself, on GKE, AKS and OpenShift the platform does and the artifacts are
the commands or resources that turn it on. Every file starts with comments (in the report's
language) saying what it is for, which versions it is for and where its facts come from;
JSON files cannot carry comments, so `applies_to` and `source` say it beside them.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui._version import __version__
from gui.domain.model import AdvisorData, Lang, SandboxOffer, SandboxVariant
from gui.domain.plan import Plan, WorkloadPlan

KINDS = (
    "kubernetes-manifest",
    "containerd-config",
    "crio-config",
    "docker-daemon-json",
    "pod-example",
    "shell",
    "helm-values",  # kata-deploy's Helm values
    "node-user-data",  # EC2 user data (MIME multi-part) for EKS nodes
)


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

    def untrusted(self, handler: str) -> bool:
        return any(
            w.answers.get("trust") == "untrusted"
            for w in self.sandboxed()
            if w.variant and w.variant.handler == handler
        )

    @property
    def version(self) -> str:
        return __version__


def build_artifacts(data: AdvisorData, plan: Plan, lang: Lang, generated_on: str) -> tuple[Artifact, ...]:
    """Every file that sets `plan` up, in the order a reader applies them."""
    from gui.domain.artifacts import kubernetes, node_config, scripts

    context = Context(data, plan, lang, generated_on)
    platform = plan.platform_info
    if platform is None or plan.node_runtime is None:
        return ()
    found: list[Artifact] = []
    if platform.id in ("kubernetes", "eks"):
        for offer, variant in context.variants():
            if offer.runtime == "gvisor":
                if platform.id == "kubernetes":
                    found.append(scripts.install_gvisor(context, offer, variant))
                    found += node_config.containerd_gvisor(context, offer, variant)
                    found.append(node_config.crio_gvisor(context, offer, variant))
                else:  # EKS nodes: nodeadm owns containerd's configuration
                    found.append(scripts.eks_user_data_gvisor(context, offer, variant))
                found.append(kubernetes.runtimeclass_gvisor(context, offer, variant))
        kata = [(o, v) for o, v in context.variants() if o.runtime == "kata"]
        if kata:
            found += scripts.kata_deploy(context, kata)
            if platform.id == "kubernetes":
                # the by-hand alternative to kata-deploy, for the shims kata-static ships as they are
                # (GPU passthrough needs kata-deploy with NVIDIA's GPU Operator)
                for offer, variant in kata:
                    if "nvidia" not in variant.handler:
                        found += node_config.containerd_kata(context, offer, variant)
                        found.append(node_config.crio_kata(context, offer, variant))
    elif platform.id == "gke" and context.sandboxed():
        found.append(scripts.gke_sandbox(context))
    elif platform.id == "aks" and context.sandboxed():
        found.append(scripts.aks_sandboxing(context))
    elif platform.id == "openshift":
        found.append(scripts.openshift_crun(context))
        for offer, variant in context.variants():
            found.append(kubernetes.kataconfig(context, offer, variant))
    elif platform.id == "single-host" and context.sandboxed():
        found += scripts.docker_install(context)
        found.append(node_config.docker_daemon_json(context))
    if platform.kubernetes:
        found += [kubernetes.pod_example(context, w) for w in context.sandboxed()]
    found.append(scripts.verify(context))
    return tuple(found)
