"""The configuration keys containerd, CRI-O and Docker Engine document, for checking the
generated node configuration against. Each list says where it was read.

- containerd 2.x (and 1.7): the CRI runtime table of docs/cri/config.md and
  internal/cri/config/config.go at v2.3.4
  (https://github.com/containerd/containerd/blob/v2.3.4/docs/cri/config.md); the options a shim
  takes are the shim's own: runc's (BinaryName, Root, SystemdCgroup, ...), Kata's ConfigPath,
  gVisor's TypeUrl and ConfigPath (gVisor g3doc/user_guide/containerd/configuration.md).
- CRI-O: the [crio.runtime.runtimes.NAME] keys of docs/crio.conf.5.md and pkg/config/template.go
  at v1.36.3 (https://github.com/cri-o/cri-o/blob/v1.36.3/docs/crio.conf.5.md).
- Docker Engine: daemon.json "runtimes" entries and "default-runtime"
  (https://docs.docker.com/engine/daemon/alternative-runtimes/).
"""

CONTAINERD_V3_RUNTIMES_TABLE = ("plugins", "io.containerd.cri.v1.runtime", "containerd", "runtimes")
CONTAINERD_V2_RUNTIMES_TABLE = ("plugins", "io.containerd.grpc.v1.cri", "containerd", "runtimes")
CONTAINERD_RUNTIME_KEYS = {
    "runtime_type",
    "runtime_path",
    "pod_annotations",
    "container_annotations",
    "privileged_without_host_devices",
    "privileged_without_host_devices_all_devices_allowed",
    "base_runtime_spec",
    "cni_conf_dir",
    "cni_max_conf_num",
    "snapshotter",
    "sandboxer",
    "io_type",
    "options",
}
CONTAINERD_SHIM_OPTIONS = {
    "io.containerd.runc.v2": {"BinaryName", "Root", "SystemdCgroup", "NoPivotRoot", "NoNewKeyring", "CriuPath"},
    "io.containerd.runsc.v1": {"TypeUrl", "ConfigPath"},
    "kata": {"ConfigPath"},  # io.containerd.kata.v2 and kata-deploy's io.containerd.kata-<shim>.v2
}
# containerd 2.0 removed these (RELEASES.md "Deprecated config properties"): never generate them
CONTAINERD_REMOVED_KEYS = {"runtime_root", "runtime_engine", "default_runtime", "untrusted_workload_runtime"}

CRIO_RUNTIME_SECTION_KEYS = {"selinux", "default_runtime", "runtimes"}
CRIO_HANDLER_KEYS = {
    "runtime_path",
    "runtime_type",
    "runtime_root",
    "runtime_config_path",
    "inherit_default_runtime",
    "container_min_memory",
    "monitor_path",
    "monitor_cgroup",
    "monitor_exec_cgroup",
    "monitor_env",
    "privileged_without_host_devices",
    "allowed_annotations",
    "platform_runtime_paths",
    "no_sync_log",
    "default_annotations",
    "stream_websockets",
    "seccomp_profile",
    "container_create_timeout",
}
CRIO_RUNTIME_TYPES = {"oci", "vm", "pod"}

DOCKER_DAEMON_KEYS = {"runtimes", "default-runtime"}
DOCKER_RUNTIME_KEYS = {"path", "runtimeArgs", "runtimeType", "options"}

# OpenShift custom resources are not in Kubernetes' schemas: their fields, as the operators
# define them (openshift/sandboxed-containers-operator api/v1/kataconfig_types.go; OpenShift's
# ContainerRuntimeConfig in modules/config-container-runtime.adoc of openshift/openshift-docs).
KATACONFIG_SCHEMA = {
    "type": "object",
    "properties": {
        "apiVersion": {"const": "kataconfiguration.openshift.io/v1"},
        "kind": {"const": "KataConfig"},
        "metadata": {
            "type": "object",
            "properties": {"name": {"type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}},
            "required": ["name"],
        },
        "spec": {
            "type": "object",
            "properties": {
                "kataConfigPoolSelector": {"type": "object"},
                "checkNodeEligibility": {"type": "boolean"},
                "logLevel": {"type": "string"},
                "enablePeerPods": {"type": "boolean"},
            },
            "additionalProperties": False,
        },
    },
    "required": ["apiVersion", "kind", "metadata", "spec"],
    "additionalProperties": False,
}
CONTAINERRUNTIMECONFIG_SCHEMA = {
    "type": "object",
    "properties": {
        "apiVersion": {"const": "machineconfiguration.openshift.io/v1"},
        "kind": {"const": "ContainerRuntimeConfig"},
        "metadata": {"type": "object", "required": ["name"]},
        "spec": {
            "type": "object",
            "properties": {
                "machineConfigPoolSelector": {
                    "type": "object",
                    "properties": {"matchLabels": {"type": "object"}},
                    "additionalProperties": False,
                },
                "containerRuntimeConfig": {
                    "type": "object",
                    "properties": {"defaultRuntime": {"enum": ["crun", "runc"]}},
                    "additionalProperties": False,
                },
            },
            "required": ["machineConfigPoolSelector", "containerRuntimeConfig"],
            "additionalProperties": False,
        },
    },
    "required": ["apiVersion", "kind", "metadata", "spec"],
    "additionalProperties": False,
}


# nodeadm's NodeConfig (node.eks.aws/v1alpha1), the fields the EKS user data uses
# (awslabs/amazon-eks-ami nodeadm/doc/api.md and doc/examples.md, "Configuring containerd")
NODECONFIG_SCHEMA = {
    "type": "object",
    "properties": {
        "apiVersion": {"const": "node.eks.aws/v1alpha1"},
        "kind": {"const": "NodeConfig"},
        "spec": {
            "type": "object",
            "properties": {
                "containerd": {
                    "type": "object",
                    "properties": {"config": {"type": "string"}},
                    "required": ["config"],
                    "additionalProperties": False,
                }
            },
            "required": ["containerd"],
            "additionalProperties": False,
        },
    },
    "required": ["apiVersion", "kind", "spec"],
    "additionalProperties": False,
}
