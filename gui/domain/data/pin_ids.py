"""The ids of the pins (data/runtimes.yaml, `pins`) that the code reads.

A module of its own, with no imports, so that the dataset loader can check them without
loading the artifact writers.
"""

# The pins the artifacts read, by id. The dataset loader checks that each exists
# (gui/domain/data/build_dataset.py), so a data folder without one is refused
# with its file and line instead of failing while a plan's files are written.
KATA_RELEASE = "kata-release"  # the release kata-deploy's chart and the static tarball install
KATA_FLOOR = "kata-floor"  # the oldest release without a known advisory that a plan could hit
GVISOR_NEWEST = "gvisor-newest-release"  # the newest gVisor tag the data cites (install takes latest)
GVISOR_LINUX = "gvisor-linux"  # the oldest Linux kernel gVisor runs on
CRIO_FOR_GVISOR = "crio-for-gvisor"  # gVisor's CRI-O guide: minimal CRI-O version
OPENSHIFT_CRUN_DEFAULT = "openshift-crun-default"  # new OpenShift installs run crun from this release
OSC_RELEASE = "osc-release"  # the OpenShift sandboxed containers release the KataConfig is for
AZURE_CLI = "azure-cli"  # AKS Pod Sandboxing: the Azure CLI it needs
AKS_KUBERNETES = "aks-kubernetes"  # AKS Pod Sandboxing: the oldest Kubernetes it runs on
GPU_OPERATOR_RELEASE = "gpu-operator-release"  # the GPU Operator chart the Kata GPU script installs
GPU_OPERATOR_FLOOR = "gpu-operator-floor"  # Kata's GPU guide: the oldest GPU Operator it supports
AGENT_SANDBOX_RELEASE = "agent-sandbox-release"  # the agent-sandbox release the templates are for

PINS_THE_CODE_READS = (
    KATA_RELEASE,
    KATA_FLOOR,
    GVISOR_NEWEST,
    GVISOR_LINUX,
    CRIO_FOR_GVISOR,
    OPENSHIFT_CRUN_DEFAULT,
    OSC_RELEASE,
    AZURE_CLI,
    AKS_KUBERNETES,
    GPU_OPERATOR_RELEASE,
    GPU_OPERATOR_FLOOR,
    AGENT_SANDBOX_RELEASE,
)
