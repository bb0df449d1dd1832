"""Which files a plan gets, by platform, in the order a reader applies them."""

from __future__ import annotations

from gui.domain.advice.plan import Plan
from gui.domain.artifacts import admission, agent_sandbox, benchmark, kubernetes, node_config, scripts, verify
from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.model import AdvisorData, Lang


def build_artifacts(data: AdvisorData, plan: Plan, lang: Lang, generated_on: str) -> tuple[Artifact, ...]:
    """Every file that sets `plan` up, in the order a reader applies them."""
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
                # (GPU passthrough needs kata-deploy with NVIDIA's GPU Operator; the confidential
                # shims need kata-deploy's guest-pull snapshotter set-up and attestation)
                for offer, variant in kata:
                    handler = variant.node_handler
                    if "nvidia" not in handler and not kubernetes.is_tee_handler(handler):
                        found += node_config.containerd_kata(context, offer, variant)
                        found.append(node_config.crio_kata(context, offer, variant))
    elif platform.id == "gke" and context.sandboxed():
        found.append(scripts.gke_sandbox(context))
    elif platform.id == "aks" and context.sandboxed():
        found += scripts.aks_scripts(context)
    elif platform.id == "openshift":
        found.append(scripts.openshift_crun(context))
        for offer, variant in context.variants():
            found.append(kubernetes.kataconfig(context, offer, variant))
    elif platform.id == "single-host" and context.sandboxed():
        found += scripts.docker_install(context)
        found.append(node_config.docker_daemon_json(context))
    if platform.kubernetes:
        found += [kubernetes.pod_example(context, w) for w in context.sandboxed()]
        found += [admission.admission_policy(context, w) for w in context.sandboxed()]
        found += [kubernetes.hardened_pod_example(context, w) for w in context.hardened()]
        found += [
            agent_sandbox.agent_sandbox(context, w) for w in context.sandboxed() if agent_sandbox.wants_agent_sandbox(w)
        ]
    found.append(verify.verify(context))
    if (measuring := benchmark.benchmark(context)) is not None:
        found.append(measuring)
    return tuple(found)
