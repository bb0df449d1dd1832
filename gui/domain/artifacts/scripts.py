"""Shell commands: install a sandbox on nodes you run, and turn on a managed sandbox (verify.py checks it).

They are files to read and run by hand, with your own credentials; nothing here is run by the
app. Names to fill in are environment variables checked up front (`: "${CLUSTER_NAME:?...}"`)
or arguments, so a script never runs a placeholder. Commands follow each project's or vendor's
documented steps, cited in each file's header. A step that would leave a node broken (a
container runtime that does not read the new configuration) is checked before it is taken.
"""

from __future__ import annotations

from typing import Any

from gui.domain.artifacts import versions as v
from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.artifacts.kubernetes import SANDBOX_LABEL, is_tee_handler
from gui.domain.artifacts.shell import require_set, shell_note, shell_script
from gui.domain.artifacts.text import header, yaml_text
from gui.domain.artifacts.words import word
from gui.domain.model import SandboxOffer, SandboxVariant

KATA_CHART = "oci://ghcr.io/kata-containers/kata-deploy-charts/kata-deploy"
KATA_HELM_SOURCE = "https://github.com/kata-containers/kata-containers/blob/main/docs/helm-configuration.md"
KATA_GPU_SOURCE = "https://github.com/kata-containers/kata-containers/blob/main/docs/use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU.md"
KATA_INSTALL_SOURCE = "https://github.com/kata-containers/kata-containers/blob/main/docs/installation.md"
GVISOR_INSTALL_SOURCE = "https://gvisor.dev/docs/user_guide/install/"
GVISOR_CRIO_SOURCE = "https://github.com/google/gvisor/blob/master/g3doc/user_guide/containerd/crio.md"
OPENSHIFT_CRUN_SOURCE = "https://github.com/openshift/openshift-docs/blob/main/modules/config-container-runtime.adoc"
AKS_SOURCE = "https://learn.microsoft.com/en-us/azure/aks/use-pod-sandboxing"
KEYRING = "/usr/share/keyrings/gvisor-archive-keyring.gpg"
# gVisor's apt repository, as its install guide sets it up (the 'release' channel); --batch
# --yes so that running the script again does not stop at the existing keyring
GVISOR_APT_STEPS = (
    "apt-get update",
    "apt-get install -y apt-transport-https ca-certificates curl gnupg",
    "curl -fsSL https://gvisor.dev/archive.key | \\",
    f"  gpg --batch --yes --dearmor -o {KEYRING}",
    f'echo "deb [arch=$(dpkg --print-architecture) signed-by={KEYRING}] \\',
    '  https://storage.googleapis.com/gvisor/releases release main" > /etc/apt/sources.list.d/gvisor.list',
    "apt-get update",
    "apt-get install -y runsc",
)
# gVisor's CRI-O guide: the shim reads this file; grouping = true is required
RUNSC_TOML = ('binary_name = "/usr/bin/runsc"', "grouping = true", "", "[runsc_config]")
# Docker: this plan's daemon.json merged into the host's (jq's * merges objects deeply), then a
# reload, which takes new runtimes without stopping running containers
MERGE_DAEMON_JSON = (
    "if [ -f /etc/docker/daemon.json ]; then",
    '  command -v jq >/dev/null || { echo "jq is needed to merge daemon.json" >&2; exit 1; }',
    "  cp /etc/docker/daemon.json /etc/docker/daemon.json.before-runtime-advisor",
    "  jq -s '.[0] * .[1]' /etc/docker/daemon.json.before-runtime-advisor daemon.json > /etc/docker/daemon.json",
    "else",
    "  install -D -m 0644 daemon.json /etc/docker/daemon.json",
    "fi",
    "systemctl reload docker",
)


def _gvisor_apt(context: Context) -> str:
    """What a gVisor file installed from the apt channel is for."""
    return word("gvisor_apt", context.lang, release=v.pin(context.data, v.GVISOR_NEWEST))


def _gvisor_latest(context: Context) -> str:
    """What a gVisor file that downloads the latest release is for."""
    return word("gvisor_latest", context.lang, release=v.pin(context.data, v.GVISOR_NEWEST))


def _kata_words(context: Context) -> dict[str, str]:
    """The Kata release the scripts install, the floor, and what the floor fixes (the advisories'
    ids where they are published, else the fixes as the release names them)."""
    floor = context.data.dataset.pins[v.KATA_FLOOR]
    fixes = floor.fixes.get(context.lang) if floor.fixes is not None else ""
    return {
        "release": v.pin(context.data, v.KATA_RELEASE),
        "floor": floor.value,
        "advisory": " / ".join(floor.advisories) or fixes,
    }


def install_gvisor(context: Context, offer: SandboxOffer, variant: SandboxVariant) -> Artifact:
    """Self-managed nodes: gVisor from its apt repository, registered with containerd 2.x (the
    drop-in, once config.toml is seen to read it) or with CRI-O (the shim's grouping file)."""
    lang = context.lang
    handler = variant.node_handler
    body = [
        *GVISOR_APT_STEPS,
        "",
        "if systemctl is-active -q crio; then",
        "  " + shell_note(word("crio_grouping", lang)).replace("\n", "\n  "),
        "  cat > /etc/containerd/runsc.toml <<'EOF'",
        *RUNSC_TOML,
        "EOF",
        f"  install -D -m 0644 crio-{handler}.conf /etc/crio/crio.conf.d/99-gvisor.conf",
        "  systemctl restart crio",
        "else",
        "  " + shell_note(word("register_containerd", lang, handler=handler)).replace("\n", "\n  "),
        "  config=/etc/containerd/config.toml",
        "  grep -Eq '^[[:space:]]*imports[[:space:]]*=.*/etc/containerd/conf\\.d' \"$config\" || {",
        '    echo "$config does not import /etc/containerd/conf.d: add the imports line" >&2; exit 1; }',
        "  grep -Eq '^[[:space:]]*version[[:space:]]*=[[:space:]]*[34]' \"$config\" || {",
        '    echo "$config is below config version 3: containerd config migrate first" >&2; exit 1; }',
        f"  install -D -m 0644 containerd-{handler}.toml /etc/containerd/conf.d/{handler}.toml",
        "  systemctl restart containerd",
        f"  containerd config dump | grep -q 'runtimes.{handler}]' || {{",
        f'    echo "containerd did not register runtime {handler}" >&2; exit 1; }}',
        "fi",
        "",
        shell_note(word("then_kubectl", lang)),
        f"#   kubectl label node NODE {SANDBOX_LABEL}={offer.runtime}",
    ]
    if context.untrusted(handler):
        body.append(f"#   kubectl taint node NODE {SANDBOX_LABEL}={offer.runtime}:NoSchedule")
    return shell_script(
        context,
        "install-gvisor",
        word("install_gvisor", lang, crio=v.pin(context.data, v.CRIO_FOR_GVISOR)),
        f"{_gvisor_apt(context)}, containerd 2.x / "
        f"CRI-O {v.pin(context.data, v.CRIO_FOR_GVISOR)}+, Linux {v.pin(context.data, v.GVISOR_LINUX)}+",
        GVISOR_INSTALL_SOURCE,
        body,
    )


def eks_user_data_gvisor(context: Context, offer: SandboxOffer, variant: SandboxVariant) -> Artifact:
    """EKS on Amazon Linux 2023: nodeadm writes containerd's configuration and reads no conf.d
    drop-ins, so the runtime goes into a NodeConfig part of the node's user data, beside a shell
    part that installs gVisor's release tarball (the AMI has no apt)."""
    from gui.domain.artifacts.node_config import containerd_runtime_table

    lang = context.lang
    boundary = "RUNTIME-ADVISOR"
    script = [
        "#!/bin/sh",
        header(
            context,
            word("eks_user_data", lang),
            f"{_gvisor_latest(context)}, EKS Amazon Linux 2023 nodes (nodeadm)",
            GVISOR_INSTALL_SOURCE,
        ).rstrip(),
        "set -eu",
        "ARCH=$(uname -m)",
        "URL=https://storage.googleapis.com/gvisor/releases/release/latest/${ARCH}",
        "work=$(mktemp -d)",
        'curl -fsSL -o "$work/gvisor.tar.bz2" "${URL}/gvisor.tar.bz2"',
        'curl -fsSL -o "$work/gvisor.tar.bz2.sha512" "${URL}/gvisor.tar.bz2.sha512"',
        '(cd "$work" && sha512sum -c gvisor.tar.bz2.sha512)',
        "command -v bzip2 >/dev/null || dnf install -y bzip2",
        'tar -xjf "$work/gvisor.tar.bz2" -C /usr/local/bin',
        'rm -rf "$work"',
    ]
    table = containerd_runtime_table(
        variant.node_handler,
        {"runtime_type": "io.containerd.runsc.v1", "runtime_path": "/usr/local/bin/containerd-shim-runsc-v1"},
    )
    # written by hand: the TOML reads best as a literal block, which PyYAML does not choose
    node_config = [
        "apiVersion: node.eks.aws/v1alpha1",
        "kind: NodeConfig",
        "spec:",
        "  containerd:",
        "    config: |",
        *("      " + line if line else "" for line in table.rstrip("\n").split("\n")),
    ]
    text = "\n".join(
        [
            "MIME-Version: 1.0",
            f'Content-Type: multipart/mixed; boundary="{boundary}"',
            "",
            f"--{boundary}",
            'Content-Type: text/x-shellscript; charset="utf-8"',
            "",
            *script,
            "",
            f"--{boundary}",
            "Content-Type: application/node.eks.aws",
            "",
            "---",
            shell_note(word("eks_containerd_17", lang)),
            *node_config,
            "",
            f"--{boundary}--",
            "",
        ]
    )
    versions = f"{_gvisor_latest(context)}, EKS (Amazon Linux 2023, nodeadm)"
    source = "https://github.com/awslabs/amazon-eks-ami/blob/main/nodeadm/doc/examples.md"
    return Artifact(
        f"eks-user-data-{variant.node_handler}",
        "node-user-data",
        f"eks-user-data-{variant.node_handler}.mime",
        text,
        "text",
        versions,
        source,
    )


# the node labels Node Feature Discovery puts on TEE hosts, which kata-deploy's TEE GPU classes select
_TEE_NODE_LABELS = {"snp": "amd.feature.node.kubernetes.io/snp", "tdx": "intel.feature.node.kubernetes.io/tdx"}


def _tee_of(handler: str) -> str:
    return "snp" if "snp" in handler.split("-") else "tdx"


def kata_deploy(context: Context, variants: list[tuple[SandboxOffer, SandboxVariant]]) -> list[Artifact]:
    """kata-deploy's Helm values (only the shims the plan uses) and the script that applies them
    (with NVIDIA's GPU Operator first when a shim passes GPUs through)."""
    lang = context.lang
    shims: dict[str, Any] = {}
    for _, variant in variants:
        handler = variant.node_handler
        shim: dict[str, Any] = {"enabled": True}
        if is_tee_handler(handler) and "nvidia" not in handler:
            # kata-deploy gives its GPU TEE classes a TEE node selector, not the plain ones:
            # without it a confidential pod may land on a Kata node without SEV-SNP or TDX
            shim["runtimeClass"] = {"nodeSelector": {_TEE_NODE_LABELS[_tee_of(handler)]: "true"}}
        shims[handler.removeprefix("kata-")] = shim
    values: dict[str, Any] = {"shims": {"disableAll": True, **shims}, "nodeSelector": {"kata-containers": "enabled"}}
    tee = any(is_tee_handler(v.node_handler) for _, v in variants)
    gpu = any("nvidia-gpu" in variant.node_handler for _, variant in variants)
    if tee and not gpu:
        # Node Feature Discovery labels the SEV-SNP or TDX nodes and counts their TEE keys (the GPU
        # Operator brings its own NFD when there are GPUs; one NFD per cluster)
        values["node-feature-discovery"] = {"enabled": True}
    kata = word("kata_versions", lang, **_kata_words(context))
    versions = f"Kata Containers {kata} (kata-deploy, Helm)"
    node_words = [word("kata_nodes", lang)] + ([word("kata_tee_nodes", lang)] if tee else [])
    values_text = header(context, word("kata_values", lang), versions, KATA_HELM_SOURCE, *node_words)
    values_file = Artifact(
        "kata-deploy-values",
        "helm-values",
        "kata-deploy-values.yaml",
        values_text + yaml_text(values),
        "yaml",
        versions,
        KATA_HELM_SOURCE,
    )
    nodes = "the nodes with SEV-SNP or TDX turned on" if tee else "the nodes that can run VMs (/dev/kvm)"
    body = [
        f'[ "$#" -gt 0 ] || {{ echo "usage: $0 NODE [NODE ...]: {nodes}" >&2; exit 2; }}',
        'for node in "$@"; do',
        '  kubectl label node "$node" kata-containers=enabled --overwrite',
        "done",
        "",
    ]
    if gpu:
        body += [
            shell_note(word("gpu_operator", lang, floor=v.pin(context.data, v.GPU_OPERATOR_FLOOR))),
            "helm repo add nvidia https://helm.ngc.nvidia.com/nvidia && helm repo update",
            "helm install --wait --generate-name -n gpu-operator --create-namespace \\",
            f"  nvidia/gpu-operator --version {v.pin(context.data, v.GPU_OPERATOR_RELEASE)} \\",
            "  --set sandboxWorkloads.enabled=true \\",
            "  --set sandboxWorkloads.defaultWorkload=vm-passthrough \\",
            "  --set sandboxWorkloads.mode=kata \\",
            "  --set nfd.enabled=true --set nfd.nodefeaturerules=true",
            "",
        ]
    body += [
        shell_note(word("kata_version", lang, **_kata_words(context))),
        f'KATA_VERSION="${{KATA_VERSION:-{v.pin(context.data, v.KATA_RELEASE)}}}"',
        f"helm install kata-deploy {KATA_CHART} \\",
        '  --version "$KATA_VERSION" --namespace kube-system \\',
        "  -f kata-deploy-values.yaml --wait --timeout 10m",
        "",
        shell_note(word("kata_deploy_labels", lang)),
        "kubectl get runtimeclass " + " ".join(v.runtime_class or v.node_handler for _, v in variants),
    ]
    more: list[str] = []
    if context.plan.platform == "eks":
        # which EC2 instances can run VMs at all; GPU passthrough narrows it to GPU metal types
        more.append(word("eks_gpu_metal", lang) if gpu else variants[0][0].setup.get(lang))
        more.append(word("eks_nodeadm", lang))
    source = KATA_GPU_SOURCE if gpu else KATA_HELM_SOURCE
    script = shell_script(
        context,
        "install-kata",
        word("install_kata", lang, **_kata_words(context)),
        versions,
        source,
        body,
        *more,
    )
    return [values_file, script]


def gke_sandbox(context: Context) -> Artifact:
    offer = next(o for o, _ in context.variants())
    body = [
        *require_set("CLUSTER_NAME", "LOCATION"),
        "",
        "gcloud container node-pools create gvisor-pool \\",
        '  --cluster="$CLUSTER_NAME" --location="$LOCATION" \\',
        "  --image-type=cos_containerd --sandbox type=gvisor \\",
        "  --machine-type=e2-standard-4 --num-nodes=2",
        "",
    ]
    if any(w.answers.get("gpu") == "nvidia" for w in context.sandboxed()):
        # a pod lands on a pool that has both the sandbox and the GPU; GKE installs the driver
        body += [
            shell_note(word("gke_sandbox_gpu", context.lang)),
            *require_set("GPU_TYPE", "MACHINE_TYPE"),
            "gcloud container node-pools create gvisor-gpu-pool \\",
            '  --cluster="$CLUSTER_NAME" --location="$LOCATION" \\',
            "  --image-type=cos_containerd --sandbox type=gvisor \\",
            '  --accelerator type="$GPU_TYPE",count=1,gpu-driver-version=latest \\',
            '  --machine-type="$MACHINE_TYPE" --num-nodes=1',
            "",
        ]
    body += [
        'gcloud container clusters get-credentials "$CLUSTER_NAME" --location="$LOCATION"',
        "kubectl get runtimeclass gvisor",
    ]
    return shell_script(
        context, "gke-sandbox", word("gke_sandbox", context.lang), "GKE Standard, GKE Sandbox", offer.source, body
    )


def aks_scripts(context: Context) -> list[Artifact]:
    """One set-up script per AKS offering the plan uses: Pod Sandboxing, Confidential Containers."""
    found = []
    variants = [v for _, v in context.variants()]
    if any(v.runtime_class != "kata-cc-isolation" for v in variants):
        found.append(aks_sandboxing(context))
    confidential = next((v for v in variants if v.runtime_class == "kata-cc-isolation"), None)
    if confidential is not None:
        found.append(_aks_confidential(context, confidential))
    return found


def aks_sandboxing(context: Context) -> Artifact:
    offer = next(o for o, v in context.variants() if v.runtime_class != "kata-cc-isolation")
    body = [
        *require_set("CLUSTER_NAME", "RESOURCE_GROUP"),
        "",
        "az aks nodepool add \\",
        '  --cluster-name "$CLUSTER_NAME" --resource-group "$RESOURCE_GROUP" --name sandboxpool \\',
        "  --os-sku AzureLinux --workload-runtime KataVmIsolation \\",
        "  --node-vm-size Standard_D4s_v3 --node-count 2",
        'az aks update --name "$CLUSTER_NAME" --resource-group "$RESOURCE_GROUP"',
        "",
        'az aks get-credentials --name "$CLUSTER_NAME" --resource-group "$RESOURCE_GROUP"',
        "kubectl get runtimeclass kata-vm-isolation",
    ]
    return shell_script(
        context,
        "aks-pod-sandboxing",
        word("aks_sandboxing", context.lang, cli=v.pin(context.data, v.AZURE_CLI)),
        f"Azure CLI {v.pin(context.data, v.AZURE_CLI)}+, AKS (Kubernetes {v.pin(context.data, v.AKS_KUBERNETES)}+)",
        AKS_SOURCE if offer.source.startswith(AKS_SOURCE) else offer.source,
        body,
    )


def _aks_confidential(context: Context, variant: SandboxVariant) -> Artifact:
    """AKS Confidential Containers (preview) on an existing cluster, in the order of Microsoft's
    guide: the preview extensions and feature, a KataCcIsolation node pool on SEV-SNP VMs, the
    cluster update; AKS creates RuntimeClass kata-cc-isolation."""
    body = [
        *require_set("CLUSTER_NAME", "RESOURCE_GROUP"),
        "",
        "az extension add --name aks-preview --upgrade",
        "az extension add --name confcom --upgrade",
        'az feature register --namespace "Microsoft.ContainerService" --name "KataCcIsolationPreview"',
        shell_note(word("aks_feature_wait", context.lang)),
        "state() {",
        "  az feature show --namespace Microsoft.ContainerService --name KataCcIsolationPreview \\",
        "    --query properties.state -o tsv",
        "}",
        "tries=0",
        'until [ "$(state)" = Registered ]; do',
        "  tries=$((tries + 1))",
        '  [ "$tries" -le 60 ] || { echo "KataCcIsolationPreview is not Registered yet" >&2; exit 1; }',
        "  sleep 30",
        "done",
        'az provider register --namespace "Microsoft.ContainerService"',
        "",
        shell_note(word("aks_workload_identity", context.lang)),
        'az aks update --name "$CLUSTER_NAME" --resource-group "$RESOURCE_GROUP" \\',
        "  --enable-oidc-issuer --enable-workload-identity",
        "",
        "az aks nodepool add \\",
        '  --cluster-name "$CLUSTER_NAME" --resource-group "$RESOURCE_GROUP" --name ccpool \\',
        "  --os-sku AzureLinux --workload-runtime KataCcIsolation \\",
        "  --node-vm-size Standard_DC8as_cc_v5 --node-count 2",
        'az aks update --name "$CLUSTER_NAME" --resource-group "$RESOURCE_GROUP"',
        "",
        'az aks get-credentials --name "$CLUSTER_NAME" --resource-group "$RESOURCE_GROUP"',
        "kubectl get runtimeclass kata-cc-isolation",
    ]
    return shell_script(
        context,
        "aks-confidential-containers",
        word("aks_confidential", context.lang),
        f"Azure CLI {v.pin(context.data, v.AZURE_CLI)}+ with aks-preview and confcom, AKS (preview)",
        variant.source,
        body,
    )


def openshift_crun(context: Context) -> Artifact:
    """Workers on crun as the plan says: Red Hat's documented way for clusters upgraded from 4.17
    (delete the override MachineConfig); nothing to do on new 4.18+ clusters."""
    override = "00-override-worker-generated-crio-default-container-runtime"
    body = [
        f"if oc get machineconfig {override} >/dev/null 2>&1; then",
        f"  oc delete machineconfig {override}",
        "  oc get machineconfigpool worker",
        "else",
        '  echo "the workers already run crun: nothing to do"',
        "fi",
        shell_note(word("crun_control_plane", context.lang)),
        "#   oc delete machineconfig 00-override-master-generated-crio-default-container-runtime",
    ]
    return shell_script(
        context,
        "openshift-crun",
        word("crun_openshift", context.lang),
        f"OpenShift {v.pin(context.data, v.OPENSHIFT_CRUN_DEFAULT)}+",
        OPENSHIFT_CRUN_SOURCE,
        body,
    )


def docker_install(context: Context) -> list[Artifact]:
    """Install the plan's sandboxes on a Docker host and register them through daemon.json."""
    lang = context.lang
    found = []
    runtimes = {w.sandbox for w in context.sandboxed()}
    docker = f"Docker Engine {v.docker_major(context.data)}"
    if "gvisor" in runtimes:
        body = [*GVISOR_APT_STEPS, "", *MERGE_DAEMON_JSON]
        found.append(
            shell_script(
                context,
                "install-gvisor",
                word("docker_install_gvisor", lang),
                f"{_gvisor_apt(context)}, {docker}, Linux {v.pin(context.data, v.GVISOR_LINUX)}+",
                GVISOR_INSTALL_SOURCE,
                body,
            )
        )
    if "kata" in runtimes:
        tarball = "kata-static-${VERSION}-${ARCH}.tar.zst"
        body = [
            '[ -c /dev/kvm ] || { echo "no /dev/kvm: this host cannot run Kata\'s VMs" >&2; exit 1; }',
            shell_note(word("kata_version", lang, **_kata_words(context))),
            f'VERSION="${{KATA_VERSION:-{v.pin(context.data, v.KATA_RELEASE)}}}"',
            'case "$(uname -m)" in',
            "  x86_64) ARCH=amd64 ;;",
            "  aarch64) ARCH=arm64 ;;",
            "  s390x) ARCH=s390x ;;",
            "  ppc64le) ARCH=ppc64le ;;",
            '  *) echo "unsupported architecture: $(uname -m)" >&2; exit 1 ;;',
            "esac",
            'if [ -e /opt/kata ]; then echo "/opt/kata exists: move the old install away first" >&2; exit 1; fi',
            "work=$(mktemp -d)",
            f'curl -fsSL -o "$work/{tarball}" \\',
            f'  "https://github.com/kata-containers/kata-containers/releases/download/$VERSION/{tarball}"',
            f'tar --zstd -xf "$work/{tarball}" -C /',
            'rm -rf "$work"',
            "/opt/kata/runtime-rs/bin/containerd-shim-kata-v2 --version",
            "",
            *MERGE_DAEMON_JSON,
        ]
        found.append(
            shell_script(
                context,
                "install-kata",
                word("docker_install_kata", lang),
                f"Kata Containers {word('kata_versions', lang, **_kata_words(context))} (runtime-rs, QEMU), {docker}",
                KATA_INSTALL_SOURCE,
                body,
            )
        )
    return found
