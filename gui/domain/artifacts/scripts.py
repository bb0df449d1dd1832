"""Shell commands: install a sandbox on nodes you run, turn on a managed sandbox, and verify.

They are files to read and run by hand, with your own credentials; nothing here is run by the
app. Placeholders are in capitals (CLUSTER_NAME, NODE). Commands follow each project's or
vendor's documented steps, cited in each file's header.
"""

from __future__ import annotations

from gui.domain.artifacts import Artifact, Context
from gui.domain.artifacts import versions as v
from gui.domain.artifacts.kubernetes import EXAMPLE_IMAGE, SANDBOX_LABEL, pod_name
from gui.domain.artifacts.text import comments, header, yaml_text
from gui.domain.artifacts.versions import KATA_MIN_VERSION
from gui.domain.artifacts.words import word
from gui.domain.model import SandboxOffer, SandboxVariant

KATA_CHART = "oci://ghcr.io/kata-containers/kata-deploy-charts/kata-deploy"
KATA_HELM_SOURCE = "https://github.com/kata-containers/kata-containers/blob/main/docs/helm-configuration.md"
GVISOR_INSTALL_SOURCE = "https://gvisor.dev/docs/user_guide/install/"
KEYRING = "/usr/share/keyrings/gvisor-archive-keyring.gpg"
# gVisor's apt repository, as its install guide sets it up (the 'release' channel)
GVISOR_APT_STEPS = (
    "apt-get update",
    "apt-get install -y apt-transport-https ca-certificates curl gnupg",
    f"curl -fsSL https://gvisor.dev/archive.key | gpg --dearmor -o {KEYRING}",
    f'echo "deb [arch=$(dpkg --print-architecture) signed-by={KEYRING}] \\',
    '  https://storage.googleapis.com/gvisor/releases release main" > /etc/apt/sources.list.d/gvisor.list',
    "apt-get update",
)
VERIFY_SOURCE = "https://kubernetes.io/docs/concepts/containers/runtime-class/"


def _script(
    context: Context, name: str, purpose: str, versions: str, source: str, body: list[str], *more: str
) -> Artifact:
    text = "#!/bin/sh\n" + header(context, purpose, versions, source, *more) + "set -eu\n\n" + "\n".join(body) + "\n"
    return Artifact(name, "shell", f"{name}.sh", text, "sh", versions, source)


def _platform_setup(context: Context, offer: SandboxOffer) -> tuple[str, ...]:
    """What a cloud adds to installing it yourself (EKS: which instance types can run Kata)."""
    return (offer.setup.get(context.lang),) if context.plan.platform == "eks" else ()


def install_gvisor(context: Context, offer: SandboxOffer, variant: SandboxVariant) -> Artifact:
    lang = context.lang
    body = [
        *GVISOR_APT_STEPS,
        "apt-get install -y runsc",
        "",
        comments(word("install_gvisor_tarball", lang)).rstrip(),
        "",
        comments(word("register_containerd", lang, handler=variant.handler)).rstrip(),
        "install -D -m 0644 containerd-runsc.toml /etc/containerd/conf.d/runsc.toml",
        "systemctl restart containerd",
        "",
        comments(word("then_kubectl", lang)).rstrip(),
        f"#   kubectl label node NODE {SANDBOX_LABEL}={offer.runtime}",
    ]
    if context.untrusted(variant.handler):
        body.append(f"#   kubectl taint node NODE {SANDBOX_LABEL}={offer.runtime}:NoSchedule")
    return _script(
        context,
        "install-gvisor",
        word("install_gvisor", lang),
        f"gVisor {v.GVISOR_RELEASE}+ (apt 'release' channel), containerd 2.x, Linux 5.6+",
        GVISOR_INSTALL_SOURCE,
        body,
        *_platform_setup(context, offer),
    )


def kata_deploy(context: Context, variants: list[tuple[SandboxOffer, SandboxVariant]]) -> list[Artifact]:
    """kata-deploy's Helm values (only the shims the plan uses) and the command that applies them."""
    lang = context.lang
    shims = {v.handler.removeprefix("kata-"): {"enabled": True} for _, v in variants}
    values = {"shims": {"disableAll": True, **shims}, "nodeSelector": {"kata-containers": "enabled"}}
    versions = f"Kata Containers {KATA_MIN_VERSION}+ (kata-deploy Helm chart)"
    values_text = header(context, word("kata_values", lang), versions, KATA_HELM_SOURCE, word("kata_nodes", lang))
    values_file = Artifact(
        "kata-deploy-values",
        "helm-values",
        "kata-deploy-values.yaml",
        values_text + yaml_text(values),
        "yaml",
        versions,
        KATA_HELM_SOURCE,
    )
    body = [
        comments(word("kvm_nodes", lang)).rstrip(),
        "kubectl label node NODE kata-containers=enabled",
        "",
        f"helm install kata-deploy {KATA_CHART} \\",
        f"  --version {KATA_MIN_VERSION} --namespace kube-system \\",
        "  -f kata-deploy-values.yaml",
        "",
        comments(word("kata_deploy_labels", lang)).rstrip(),
        "kubectl get runtimeclass " + " ".join(v.runtime_class or v.handler for _, v in variants),
    ]
    script = _script(
        context,
        "install-kata",
        word("install_kata", lang, kata=KATA_MIN_VERSION),
        versions,
        KATA_HELM_SOURCE,
        body,
        *_platform_setup(context, variants[0][0]),
    )
    return [values_file, script]


def gke_sandbox(context: Context) -> Artifact:
    offer = next(o for o, _ in context.variants())
    body = [
        "gcloud container node-pools create gvisor-pool \\",
        "  --cluster=CLUSTER_NAME --location=LOCATION \\",
        "  --image-type=cos_containerd --sandbox type=gvisor \\",
        "  --machine-type=e2-standard-4 --num-nodes=2",
        "",
    ]
    if any(w.answers.get("gpu") == "nvidia" for w in context.sandboxed()):
        # a pod lands on a pool that has both the sandbox and the GPU; GKE installs the driver
        body += [
            comments(word("gke_sandbox_gpu", context.lang)).rstrip(),
            "gcloud container node-pools create gvisor-gpu-pool \\",
            "  --cluster=CLUSTER_NAME --location=LOCATION \\",
            "  --image-type=cos_containerd --sandbox type=gvisor \\",
            "  --accelerator type=GPU_TYPE,count=1,gpu-driver-version=latest \\",
            "  --machine-type=MACHINE_TYPE --num-nodes=1",
            "",
        ]
    body.append("kubectl get runtimeclass gvisor")
    return _script(
        context,
        "gke-sandbox",
        word("gke_sandbox", context.lang),
        "GKE Standard, GKE Sandbox",
        offer.source,
        body,
    )


def aks_sandboxing(context: Context) -> Artifact:
    offer = next(o for o, _ in context.variants())
    body = [
        "az aks nodepool add \\",
        "  --cluster-name CLUSTER_NAME --resource-group RESOURCE_GROUP --name sandboxpool \\",
        "  --os-sku AzureLinux --workload-runtime KataVmIsolation \\",
        "  --node-vm-size Standard_D4s_v3 --node-count 2",
        "",
        "kubectl get runtimeclass kata-vm-isolation",
    ]
    return _script(
        context,
        "aks-pod-sandboxing",
        word("aks_sandboxing", context.lang, cli=v.AZURE_CLI),
        f"Azure CLI {v.AZURE_CLI}+, AKS (Kubernetes {v.AKS_KUBERNETES}+)",
        offer.source,
        body,
    )


def docker_install(context: Context) -> list[Artifact]:
    """Install the plan's sandboxes on a Docker host, then start each workload in its own."""
    lang = context.lang
    found = []
    runtimes = {w.sandbox for w in context.sandboxed()}
    if "gvisor" in runtimes:
        offer = next(o for o, _ in context.variants() if o.runtime == "gvisor")
        body = [
            *GVISOR_APT_STEPS,
            "apt-get install -y runsc",
            "runsc install",
            "systemctl reload docker",
        ]
        found.append(
            _script(
                context,
                "install-gvisor",
                word("docker_install_gvisor", lang),
                f"gVisor {v.GVISOR_RELEASE}+, Docker Engine {v.docker_major(context.data)}, Linux 5.6+",
                offer.source,
                body,
            )
        )
    if "kata" in runtimes:
        offer = next(o for o, _ in context.variants() if o.runtime == "kata")
        tarball = "kata-go-static-${VERSION}-${ARCH}.tar.zst"
        body = [
            f"VERSION={KATA_MIN_VERSION}",
            f"ARCH=amd64   # {word('arch_choices', lang)}",
            "work=$(mktemp -d)",
            f'curl -fsSL -o "$work/{tarball}" \\',
            f'  "https://github.com/kata-containers/kata-containers/releases/download/$VERSION/{tarball}"',
            f'tar --zstd -xf "$work/{tarball}" -C "$work"',
            'if [ -e /opt/kata ]; then echo "/opt/kata exists: move the old install away first" >&2; exit 1; fi',
            'mv "$work/opt/kata" /opt/kata',
            "/opt/kata/bin/containerd-shim-kata-v2 --version",
            "",
            comments(word("docker_merge", lang)).rstrip(),
            "systemctl restart docker",
        ]
        found.append(
            _script(
                context,
                "install-kata",
                word("docker_install_kata", lang),
                f"Kata Containers {KATA_MIN_VERSION}+ (QEMU, Go runtime), Docker Engine {v.docker_major(context.data)}",
                offer.source,
                body,
            )
        )
    return found


def verify(context: Context) -> Artifact:
    lang = context.lang
    plan = context.plan
    node = plan.node_runtime
    assert node is not None
    node_name = context.data.dataset.runtime(node.runtime).name
    body: list[str] = []
    platform = plan.platform_info
    if platform is not None and not platform.kubernetes:
        body += ["docker info --format '{{.DefaultRuntime}} {{json .Runtimes}}'", 'echo "host kernel: $(uname -r)"']
        for workload in context.sandboxed():
            assert workload.variant is not None
            runtime = context.data.dataset.runtime(workload.recommendation or "").name
            body += [
                "",
                comments(word("verify_docker", lang, runtime=runtime)).rstrip(),
                f"kernel=$(docker run --rm --runtime={workload.variant.handler} {EXAMPLE_IMAGE} uname -r)",
                f'echo "{workload.name}: $kernel"',
            ]
    else:
        lines = ", ".join(r.line for r in node.supported_releases)
        check = (
            word("verify_nodes", lang, node=node_name, lines=lines)
            if node.supported_releases
            else word("verify_nodes_managed", lang, node=node_name)
        )
        body += [comments(check).rstrip(), "kubectl get nodes -o wide"]
        for workload in context.sandboxed():
            name = pod_name(workload)
            explain = word("verify_gvisor" if workload.sandbox == "gvisor" else "verify_kata", lang)
            body += [
                "",
                comments(f"{workload.name}: {explain}").rstrip(),
                f"kubectl apply -f pod-{workload.name}.yaml",
                f"kubectl wait --for=condition=Ready pod/{name} --timeout=180s",
                f"kubectl get pod {name} -o jsonpath='{{.spec.runtimeClassName}}{{\"\\n\"}}'",
                f"node=$(kubectl get pod {name} -o jsonpath='{{.spec.nodeName}}')",
                'echo "node kernel: $(kubectl get node "$node" -o jsonpath=\'{.status.nodeInfo.kernelVersion}\')"',
                f'echo "pod kernel:  $(kubectl exec {name} -- uname -r)"',
            ]
            if workload.sandbox == "gvisor":
                body.append(f"kubectl exec {name} -- dmesg | head -n 3 || true")
            body.append(f"kubectl delete pod {name}")
    if not context.sandboxed():
        body += ["", comments(word("verify_none", lang)).rstrip()]
    versions = (
        f"Docker Engine {v.docker_major(context.data)}"
        if platform is not None and not platform.kubernetes
        else f"kubectl, Kubernetes {context.data.dataset.kubernetes_version}"
    )
    source = (
        "https://docs.docker.com/engine/daemon/alternative-runtimes/"
        if platform and not platform.kubernetes
        else VERIFY_SOURCE
    )
    purpose = word("verify_docker_host" if platform is not None and not platform.kubernetes else "verify", lang)
    return _script(context, "verify", purpose, versions, source, body)
