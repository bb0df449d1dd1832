"""The fake machines the detection tests run on: file trees standing in for a machine's root, and
a stand-in for running each program's `--version`."""

from __future__ import annotations

from pathlib import Path

INTEL = "processor\t: 0\nflags\t\t: fpu vme de pse tsc msr pae vmx ssse3 sse4_1\n"
CLOUD_VM = "processor\t: 0\nflags\t\t: fpu vme de pse tsc msr pae hypervisor ssse3\n"


def tree(root: Path, files: dict[str, str]) -> Path:
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if relative.endswith("/"):
            path.mkdir(exist_ok=True)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def versions(**lines: str):
    """A runner that answers for the programs given and records every program it was asked to run."""
    asked: list[str] = []

    def run(executable: Path) -> str | None:
        asked.append(executable.name)
        return lines.get(executable.name.replace("-", "_"))

    return run, asked


MACHINES = {
    "bare metal with KVM": {
        "proc/cpuinfo": INTEL,
        "sys/module/kvm_intel/parameters/nested": "Y\n",
        "sys/class/dmi/id/sys_vendor": "Dell Inc.\n",
        "dev/kvm": "",
        "usr/bin/containerd": "",
        "etc/containerd/config.toml": (
            "version = 3\n[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.kata]\n"
        ),
        "var/lib/kubelet/config.yaml": "kind: KubeletConfiguration\ncontainerRuntimeEndpoint: unix:///run/containerd/containerd.sock\n",
        "sys/fs/cgroup/cgroup.controllers": "cpu memory\n",
        "proc/sys/kernel/osrelease": "6.8.0-85-generic\n",
    },
    "cloud VM without nested virtualization": {
        "proc/cpuinfo": CLOUD_VM,
        "sys/class/dmi/id/sys_vendor": "Amazon EC2\n",
        "usr/bin/containerd": "",
        "var/lib/kubelet/config.yaml": "kind: KubeletConfiguration\n",
    },
    "GPU node": {
        "proc/cpuinfo": CLOUD_VM,
        "sys/class/dmi/id/sys_vendor": "Google\n",
        "proc/driver/nvidia/gpus/0000:00:04.0/information": "Model: Tesla T4\n",
        "proc/driver/nvidia/gpus/0000:00:05.0/information": "Model: Tesla T4\n",
        "usr/bin/containerd": "",
    },
    "Docker-only laptop": {
        "proc/cpuinfo": INTEL,
        "sys/class/dmi/id/sys_vendor": "LENOVO\n",
        "usr/bin/dockerd": "",
        "usr/bin/runc": "",
        "usr/bin/kubectl": "",
        "etc/docker/daemon.json": '{"runtimes": {"runsc": {"path": "/usr/local/bin/runsc"}}}',
        "sys/bus/pci/devices/0000:01:00.0/vendor": "0x10de\n",
        "sys/bus/pci/devices/0000:01:00.0/class": "0x030000\n",
    },
    "CRI-O node": {
        "proc/cpuinfo": INTEL,
        "dev/kvm": "",
        "usr/bin/crio": "",
        "usr/bin/crun": "",
        "etc/crio/crio.conf.d/10-crun.conf": "[crio.runtime.runtimes.crun]\n",
        "etc/crio/crio.conf.d/50-kata.conf": '[crio.runtime.runtimes."kata"]\n',
        "var/lib/kubelet/kubeadm-flags.env": 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/crio/crio.sock"\n',
    },
}

# what each program of the fake machines answers to --version
MACHINE_VERSIONS = {
    "containerd": "containerd containerd.io 2.2.0 1c4457e",
    "dockerd": "Docker version 29.0.1, build 1234567",
    "crio": "crio version 1.33.2",
    "runc": "runc version 1.3.0",
    "crun": "crun version 1.23",
}
