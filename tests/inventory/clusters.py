"""Inventories in the shapes `kubectl get nodes -o json`, `kubectl get runtimeclass -o json`
and `kubectl version -o json` write, for five kinds of cluster. Field names follow the
Kubernetes API (k8s.io/api core/v1 Node, NodeStatus.NodeInfo, node/v1 RuntimeClass); labels and
provider IDs are the documented ones, each with its source (docs/inventory-facts.md has them
all with commits and dates)."""

from __future__ import annotations

from typing import Any


def node(
    name: str,
    labels: dict[str, str],
    runtime: str,
    provider: str = "",
    kernel: str = "6.8.0-1021-gcp",
    os_image: str = "Container-Optimized OS from Google",
    gpus: int = 0,
    handlers: tuple[str, ...] = ("runc",),
    architecture: str = "amd64",
) -> dict[str, Any]:
    capacity = {"cpu": "4", "memory": "16374580Ki", "pods": "110"}
    if gpus:
        capacity["nvidia.com/gpu"] = str(gpus)
    spec: dict[str, Any] = {"podCIDR": "10.4.0.0/24"}
    if provider:
        spec["providerID"] = provider
    return {
        "apiVersion": "v1",
        "kind": "Node",
        "metadata": {
            "name": name,
            "labels": {
                "kubernetes.io/hostname": name,
                "kubernetes.io/arch": architecture,
                "kubernetes.io/os": "linux",
                **labels,
            },
        },
        "spec": spec,
        "status": {
            "capacity": capacity,
            "allocatable": capacity,
            "nodeInfo": {
                "architecture": architecture,
                "containerRuntimeVersion": runtime,
                "kernelVersion": kernel,
                "kubeProxyVersion": "",
                "kubeletVersion": "v1.33.5",
                "operatingSystem": "linux",
                "osImage": os_image,
            },
            # Kubernetes 1.30+: the handlers the node's runtime offers
            "runtimeHandlers": [{"name": h, "features": {"recursiveReadOnlyMounts": True}} for h in handlers],
        },
    }


def node_list(*nodes: dict[str, Any]) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": ""}, "items": list(nodes)}


def runtime_classes(*pairs: tuple[str, str]) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "List",
        "metadata": {"resourceVersion": ""},
        "items": [
            {"apiVersion": "node.k8s.io/v1", "kind": "RuntimeClass", "metadata": {"name": name}, "handler": handler}
            for name, handler in pairs
        ],
    }


def version(server: str) -> dict[str, Any]:
    return {
        "clientVersion": {"major": "1", "minor": "34", "gitVersion": "v1.34.1", "platform": "linux/amd64"},
        "kustomizeVersion": "v5.7.1",
        "serverVersion": {"major": "1", "minor": "33", "gitVersion": server, "platform": "linux/amd64"},
    }


# GKE: cloud.google.com/gke-nodepool (cluster-autoscaler's GkeNodePoolLabel); providerID
# gce://PROJECT/ZONE/NAME (cloud-provider-gcp); GKE Sandbox pools labelled
# sandbox.gke.io/runtime=gvisor (google/gvisor test/kubernetes/testcluster); RuntimeClass gvisor.
GKE = {
    "nodes": node_list(
        node(
            "gke-main-default-1",
            {"cloud.google.com/gke-nodepool": "default-pool", "cloud.google.com/gke-os-distribution": "cos"},
            "containerd://2.0.4",
            "gce://proj/europe-west1-b/gke-main-default-1",
        ),
        node(
            "gke-main-sandbox-1",
            {"cloud.google.com/gke-nodepool": "sandbox-pool", "sandbox.gke.io/runtime": "gvisor"},
            "containerd://2.0.4",
            "gce://proj/europe-west1-b/gke-main-sandbox-1",
            handlers=("runc", "gvisor"),
        ),
    ),
    "runtimeclasses": runtime_classes(("gvisor", "gvisor")),
    "version": version("v1.33.5-gke.1080000"),
}

# EKS managed node group: eks.amazonaws.com/nodegroup and capacityType (EKS user guide,
# managed-node-update-behavior.adoc); providerID aws:///ZONE/INSTANCE (karpenter-provider-aws).
EKS = {
    "nodes": node_list(
        node(
            "ip-10-0-1-10.ec2.internal",
            {
                "eks.amazonaws.com/nodegroup": "general",
                "eks.amazonaws.com/capacityType": "ON_DEMAND",
                "node.kubernetes.io/instance-type": "m7i.xlarge",
            },
            "containerd://1.7.27",
            "aws:///us-east-1a/i-0abc1234def567890",
            kernel="6.1.132-147.221.amzn2023.x86_64",
            os_image="Amazon Linux 2023.7.20250414",
        ),
        node(
            "ip-10-0-2-20.ec2.internal",
            {"eks.amazonaws.com/nodegroup": "gpu", "node.kubernetes.io/instance-type": "g5.xlarge"},
            "containerd://1.7.27",
            "aws:///us-east-1b/i-0def1234abc567890",
            kernel="6.1.132-147.221.amzn2023.x86_64",
            os_image="Amazon Linux 2023.7.20250414",
            gpus=1,
            handlers=("runc", "nvidia"),
        ),
    ),
    "runtimeclasses": runtime_classes(),
    "version": version("v1.33.5-eks-3025e55"),
}

# AKS: kubernetes.azure.com/agentpool and kubernetes.azure.com/cluster (AKS "use-labels");
# providerID azure:///subscriptions/... (cloud-provider-azure); Pod Sandboxing pools labelled
# kubernetes.azure.com/kata-vm-isolation=true (the older kata-mshv-vm-isolation also read);
# RuntimeClass kata-vm-isolation with handler kata (AgentBaker registers runtime kata).
AKS = {
    "nodes": node_list(
        node(
            "aks-nodepool1-123-vmss000000",
            {
                "kubernetes.azure.com/agentpool": "nodepool1",
                "kubernetes.azure.com/cluster": "MC_rg_aks_westeurope",
                "kubernetes.azure.com/os-sku": "Ubuntu",
            },
            "containerd://1.7.28-1",
            "azure:///subscriptions/s/resourceGroups/mc_rg/providers/Microsoft.Compute/virtualMachineScaleSets/aks-nodepool1-123-vmss/virtualMachines/0",
            kernel="5.15.0-1089-azure",
            os_image="Ubuntu 22.04.5 LTS",
        ),
        node(
            "aks-katapool-456-vmss000000",
            {
                "kubernetes.azure.com/agentpool": "katapool",
                "kubernetes.azure.com/cluster": "MC_rg_aks_westeurope",
                "kubernetes.azure.com/os-sku": "AzureLinux",
                "kubernetes.azure.com/kata-vm-isolation": "true",
            },
            "containerd://2.0.0",
            "azure:///subscriptions/s/resourceGroups/mc_rg/providers/Microsoft.Compute/virtualMachineScaleSets/aks-katapool-456-vmss/virtualMachines/0",
            kernel="6.6.85.1-2.azl3",
            os_image="Microsoft Azure Linux 3.0",
            handlers=("runc", "kata"),
        ),
    ),
    "runtimeclasses": runtime_classes(("kata-vm-isolation", "kata"), ("runc", "runc")),
    "version": version("v1.33.3"),
}

# OpenShift: node.openshift.io/os_id from /etc/os-release ID (rhcos; rhel on RHCOS 10) set by
# the machine-config-operator; CRI-O 1.33 with crun; OpenShift sandboxed containers' RuntimeClass kata.
OPENSHIFT = {
    "nodes": node_list(
        node(
            "worker-0.ocp.example",
            {"node.openshift.io/os_id": "rhcos", "node-role.kubernetes.io/worker": ""},
            "cri-o://1.33.5-3.rhaos4.20.gitd0ea985.el9",
            kernel="5.14.0-570.49.1.el9_6.x86_64",
            os_image="Red Hat Enterprise Linux CoreOS 9.6.20251002-0 (Plow)",
            handlers=("crun", "runc", "kata"),
        ),
        # OpenShift sandboxed containers give the nodes it runs Kata on the kata-oc role
        node(
            "worker-1.ocp.example",
            {
                "node.openshift.io/os_id": "rhcos",
                "node-role.kubernetes.io/worker": "",
                "node-role.kubernetes.io/kata-oc": "",
            },
            "cri-o://1.33.5-3.rhaos4.20.gitd0ea985.el9",
            kernel="5.14.0-570.49.1.el9_6.x86_64",
            os_image="Red Hat Enterprise Linux CoreOS 9.6.20251002-0 (Plow)",
            handlers=("crun", "runc", "kata"),
        ),
    ),
    "runtimeclasses": runtime_classes(("kata", "kata")),
    "version": version("v1.33.5"),
}

# kubeadm: none of the above; control-plane role label; containerd 2.2 (end of life 2026-11-06).
KUBEADM = {
    "nodes": node_list(
        node(
            "cp-1",
            {"node-role.kubernetes.io/control-plane": ""},
            "containerd://2.2.0",
            kernel="6.8.0-85-generic",
            os_image="Ubuntu 24.04.3 LTS",
        ),
        node(
            "worker-1",
            {},
            "containerd://2.2.0",
            kernel="6.8.0-85-generic",
            os_image="Ubuntu 24.04.3 LTS",
            architecture="arm64",
        ),
    ),
    "runtimeclasses": runtime_classes(("runsc", "runsc")),
    "version": version("v1.34.1"),
}

CLUSTERS = {"gke": GKE, "eks": EKS, "aks": AKS, "openshift": OPENSHIFT, "kubernetes": KUBEADM}
