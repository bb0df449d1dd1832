"""What this machine can tell about the answers (issue 15): read-only, offline, no root needed.

Reads files under `root` (the real `/`, or a fake tree in tests) and runs nothing but the
`--version` of the container runtimes it finds on the PATH folders, each with a short timeout,
no shell and no input. Every finding keeps the file or command it came from. Linux first; on
Windows and macOS it says what it cannot tell. Paths and formats: docs/inventory-facts.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from gui.domain.detect import Finding
from gui.domain.files import read_limited
from gui.domain.plain_text import without_surrogates
from gui.domain.problems import InputError

# The only programs ever run, each as `NAME --version`.
VERSION_COMMANDS = (
    "containerd",
    "crio",
    "dockerd",
    "runc",
    "crun",
    "runsc",
    "containerd-shim-kata-v2",
    "kata-runtime",
    "podman",
)
PATH_FOLDERS = ("usr/local/bin", "usr/bin", "usr/sbin", "usr/local/sbin", "bin", "sbin", "opt/kata/bin")
VERSION_TIMEOUT_SECONDS = 2.0
MAX_VERSION_BYTES = 64 * 1024  # of each stream: far more than any --version prints
# /sys/class/dmi/id/sys_vendor values of the clouds and hypervisors (docs/inventory-facts.md)
VM_VENDORS = {
    "Amazon EC2": "AWS EC2",
    "Google": "Google Compute Engine",
    "Microsoft Corporation": "Azure / Hyper-V",
    "QEMU": "QEMU/KVM",
    "VMware, Inc.": "VMware",
    "innotek GmbH": "VirtualBox",
    "Xen": "Xen",
}

Runner = Callable[[Path], str | None]


def run_version(executable: Path) -> str | None:
    """The first line `executable --version` prints, or None (not runnable, slow, failed).

    In a session of its own, so a program that leaves a child behind is ended with it. Its
    output is read with a deadline and a size cap rather than to its end: a program that
    prints without end, or hands its output to a child in a session of its own that keeps it
    open, would otherwise hold detection (and its memory) for as long as it likes."""
    try:
        process = subprocess.Popen(
            [str(executable), "--version"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={"PATH": "/usr/bin:/bin", "LC_ALL": "C"},
            start_new_session=True,
        )
    except OSError:
        return None
    assert process.stdout is not None and process.stderr is not None
    out_fd, err_fd = process.stdout.fileno(), process.stderr.fileno()
    read: dict[int, bytearray] = {out_fd: bytearray(), err_fd: bytearray()}
    deadline = time.monotonic() + VERSION_TIMEOUT_SECONDS
    answered = False  # both streams ended or were read far enough, or it ended having said a line
    try:
        with selectors.DefaultSelector() as selector:
            for pipe in (process.stdout, process.stderr):
                selector.register(pipe, selectors.EVENT_READ)
            said = False
            while not answered and (left := deadline - time.monotonic()) > 0:
                # once a line is in, look again soon for the program's end (not only for more output)
                for key, _ in selector.select(min(left, 0.05) if said else left):
                    chunk = os.read(key.fd, 4096)
                    read[key.fd] += chunk
                    if not chunk or len(read[key.fd]) >= MAX_VERSION_BYTES:
                        selector.unregister(key.fileobj)
                # a child in a session of its own may hold the pipe after the program has ended
                said = b"\n" in read[out_fd]
                enough = len(read[out_fd]) >= MAX_VERSION_BYTES
                answered = not selector.get_map() or (said and (enough or process.poll() is not None))
    finally:
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        process.stdout.close()
        process.stderr.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=1.0)
    if not answered and b"\n" not in read[out_fd] + read[err_fd]:
        return None  # still running at the deadline, with nothing said: too slow
    text = bytes(read[out_fd] or read[err_fd]).decode("utf-8", "replace").strip()
    return text.splitlines()[0][:200] if text else None


@dataclass
class MachineFacts:
    supported: bool = True  # False where detection is not implemented (Windows, macOS)
    kvm: str = "absent"  # usable | present (not usable by this user) | absent
    cpu_virtualization: str | None = None  # vmx | svm
    nested: bool | None = None
    vm_vendor: str | None = None
    versions: dict[str, str] = field(default_factory=dict)  # command -> first line of --version
    configured_runtimes: dict[str, list[str]] = field(default_factory=dict)  # containerd/crio/docker -> names
    kubelet: bool = False
    kubelet_endpoint: str | None = None
    gpus: int = 0
    cgroup: str | None = None
    kernel: str | None = None
    findings: list[Finding] = field(default_factory=list)

    def suggested_answers(self) -> dict[str, str]:
        """Only where this machine is a node (a kubelet is configured): then whether it can run
        VMs says something about the cluster's nodes. The desktop the app runs on usually is
        not a node, and its /dev/kvm or Docker says nothing about where the workloads run; the
        platform is never suggested from here (a node on GKE, EKS or AKS looks self-managed)."""
        if not self.kubelet:
            return {}
        if self.kvm == "usable":
            return {"virtualization": "available"}
        if self.vm_vendor is not None and self.cpu_virtualization is None and self.kvm == "absent":
            return {"virtualization": "unavailable"}  # a VM whose CPU offers no virtualization
        return {}


# A drop-in folder or the PCI bus holds tens of entries; a tree made to exhaust the reader holds
# millions. Past this many, the rest is not read (and a finding says so).
MAX_ENTRIES = 256


def _listing(root: Path, relative: str, suffix: str, facts: MachineFacts) -> list[Path]:
    """The entries of `root/relative` ending in `suffix` (hidden ones left out, as a shell's `*`
    does), sorted, at most MAX_ENTRIES of them; none when the folder is missing or cannot be
    listed (os.scandir's errors, never a traceback)."""
    folder = root / relative
    try:
        with os.scandir(folder) as entries:
            names = []
            for entry in entries:
                if entry.name.endswith(suffix) and not entry.name.startswith("."):
                    names.append(entry.name)
                    if len(names) > MAX_ENTRIES:
                        break
    except OSError:
        return []
    if len(names) > MAX_ENTRIES:
        facts.findings.append(
            Finding(f"more than {MAX_ENTRIES} entries; only the first {MAX_ENTRIES} read", f"/{relative}")
        )
        names = names[:MAX_ENTRIES]
    return [folder / name for name in sorted(names)]


# os.path's checks, not Path's: Path.exists() and is_file() raise PermissionError where a folder
# on the way may not be searched (Python 3.11); os.path answers False for every OSError
_exists, _is_file, _is_dir = os.path.exists, os.path.isfile, os.path.isdir


def _read(path: Path) -> str | None:
    try:
        return read_limited(path, 1024 * 1024).decode("utf-8", "replace")
    except InputError:
        return None


def _cpu(root: Path, facts: MachineFacts) -> None:
    cpuinfo = _read(root / "proc/cpuinfo") or ""
    flags = set()
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            flags |= set(line.partition(":")[2].split())
    facts.cpu_virtualization = "vmx" if "vmx" in flags else "svm" if "svm" in flags else None
    if facts.cpu_virtualization:
        facts.findings.append(Finding(f"CPU virtualization {facts.cpu_virtualization}", "/proc/cpuinfo flags"))
    for module in ("kvm_intel", "kvm_amd"):
        value = _read(root / f"sys/module/{module}/parameters/nested")
        if value is not None:
            facts.nested = value.strip() in ("Y", "1")
            state = "may" if facts.nested else "may not"
            where = f"/sys/module/{module}/parameters/nested"
            facts.findings.append(Finding(f"VMs started on this machine {state} start VMs of their own", where))
    vendor = (_read(root / "sys/class/dmi/id/sys_vendor") or "").strip()
    # the CPU's hypervisor flag says it is a VM; the vendor only names whose (a Surface laptop
    # is made by Microsoft, an EC2 .metal host by Amazon)
    if "hypervisor" in flags:
        facts.vm_vendor = VM_VENDORS.get(vendor, vendor or "a hypervisor")
        facts.findings.append(
            Finding(f"a virtual machine ({facts.vm_vendor})", "/sys/class/dmi/id/sys_vendor, /proc/cpuinfo")
        )
    kvm = root / "dev/kvm"
    if _exists(kvm):
        # opened, not os.access: a device cgroup, a nodev mount or an LSM can refuse what the
        # file's mode allows (in a container with /dev mounted, for one); opening has no effect
        try:
            descriptor = os.open(kvm, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            facts.kvm = "present"
        else:
            os.close(descriptor)
            facts.kvm = "usable"
        facts.findings.append(Finding(f"/dev/kvm {facts.kvm}", "/dev/kvm"))


def _runtimes(root: Path, facts: MachineFacts, run: Runner) -> None:
    found = {}
    for command in VERSION_COMMANDS:
        folder = next((f for f in PATH_FOLDERS if _is_file(root / f / command)), None)
        if folder is not None:
            found[command] = root / folder / command
    # side by side: nine slow programs would otherwise take nine timeouts
    with ThreadPoolExecutor(max_workers=max(1, len(found))) as pool:
        lines = dict(zip(found, pool.map(run, found.values()), strict=True))
    for command, line in lines.items():
        if line:
            facts.versions[command] = line
            facts.findings.append(Finding(line, f"{command} --version"))


# The runtimes a configuration registers, from its table headers: containerd's version 3+
# (io.containerd.cri.v1.runtime) and version 2 (io.containerd.grpc.v1.cri) forms, and CRI-O's
# [crio.runtime.runtimes.NAME]. Table headers, not a TOML parser: tomllib is not in Python 3.10,
# and a header is all that names a runtime.
_RUNTIME_TABLE = re.compile(
    # [ \t]*, not \s*: \s* runs across blank lines, and a file of them took minutes (quadratic)
    r"""^[ \t]*\[\s*(?:plugins\.["']io\.containerd\.(?:cri\.v1\.runtime|grpc\.v1\.cri)["']"""
    r"""\.containerd\.runtimes|crio\.runtime\.runtimes)"""
    r"""\.["']?([A-Za-z0-9_-]+)["']?\s*\]""",
    re.M,
)


def _toml_runtimes(text: str) -> list[str]:
    return sorted(set(_RUNTIME_TABLE.findall(text)))


def _configuration(root: Path, facts: MachineFacts) -> None:
    containerd = [root / "etc/containerd/config.toml", *_listing(root, "etc/containerd/conf.d", ".toml", facts)]
    crio = [root / "etc/crio/crio.conf", *_listing(root, "etc/crio/crio.conf.d", ".conf", facts)]
    for engine, files in (("containerd", containerd), ("crio", crio)):
        names: set[str] = set()
        for path in files:
            text = _read(path)
            if text is not None:
                names |= set(_toml_runtimes(text))
                facts.findings.append(Finding(f"{engine} configuration", "/" + str(path.relative_to(root))))
        if names:
            facts.configured_runtimes[engine] = sorted(names)
    daemon = _read(root / "etc/docker/daemon.json")
    if daemon is not None:
        facts.configured_runtimes["docker"] = _docker_runtimes(daemon, facts)
        facts.findings.append(Finding("Docker daemon configuration", "/etc/docker/daemon.json"))


def _docker_runtimes(text: str, facts: MachineFacts) -> list[str]:
    """The runtimes daemon.json registers; what makes it unreadable is itself a finding (dockerd
    refuses to start on such a file)."""
    try:
        # parse_int: an integer of thousands of digits is refused by Python's int() (ValueError)
        content = json.loads(text, parse_int=lambda digits: 0 if len(digits) > 40 else int(digits))
    except RecursionError:
        why = "values nested too deeply"
    except ValueError as error:
        why = f"not JSON ({error})"[:200]
    else:
        runtimes = content.get("runtimes", {}) if isinstance(content, dict) else {}
        if isinstance(content, dict) and isinstance(runtimes, dict):
            return sorted(without_surrogates(name) for name in runtimes)
        why = "not an object with a 'runtimes' object"
    facts.findings.append(Finding(f"Docker daemon configuration unreadable: {why}", "/etc/docker/daemon.json"))
    return []


def _kubelet(root: Path, facts: MachineFacts) -> None:
    for relative in (
        "var/lib/kubelet/config.yaml",  # kubeadm
        "var/lib/kubelet/instance-config.yaml",  # newer kubeadm
        "etc/kubernetes/kubelet/config.json",  # EKS AL2023 (nodeadm)
        "etc/kubernetes/kubelet/kubelet-config.json",  # EKS AL2
        "etc/rancher/k3s/config.yaml",  # k3s
        "etc/rancher/rke2/config.yaml",  # RKE2
        "etc/kubernetes/kubelet.conf",  # the kubeconfig of kubeadm, AKS and OpenShift nodes
    ):
        text = _read(root / relative)
        if text is None:
            continue
        facts.kubelet = True
        match = re.search(r"containerRuntimeEndpoint\"?:\s*['\"]?([^'\",\s]+)", text)
        if match:
            facts.kubelet_endpoint = match[1]
        facts.findings.append(Finding("kubelet configured", f"/{relative}"))
    flags = _read(root / "var/lib/kubelet/kubeadm-flags.env")
    if flags is not None:
        facts.kubelet = True
        match = re.search(r"--container-runtime-endpoint[= ]([^\s\"']+)", flags)
        if match and facts.kubelet_endpoint is None:
            facts.kubelet_endpoint = match[1]
        # it alone makes this machine a node: the user sees where that was read
        facts.findings.append(Finding("kubelet configured", "/var/lib/kubelet/kubeadm-flags.env"))


def _hardware(root: Path, facts: MachineFacts) -> None:
    count = len(_listing(root, "proc/driver/nvidia/gpus", "", facts))
    if not count:
        for device in _listing(root, "sys/bus/pci/devices", "", facts):
            vendor = (_read(device / "vendor") or "").strip()
            kind = (_read(device / "class") or "").strip()
            count += vendor == "0x10de" and kind.startswith("0x03")
    if count:
        facts.gpus = count
        facts.findings.append(Finding(f"{count} NVIDIA GPU(s)", "/proc/driver/nvidia/gpus, /sys/bus/pci/devices"))
    if _exists(root / "sys/fs/cgroup/cgroup.controllers"):
        facts.cgroup = "v2"
    elif _is_dir(root / "sys/fs/cgroup"):
        facts.cgroup = "v1"
    facts.kernel = (_read(root / "proc/sys/kernel/osrelease") or "").strip() or None


def detect_machine(root: Path = Path("/"), run: Runner = run_version, platform: str = sys.platform) -> MachineFacts:
    """Everything this machine tells, read-only; on Windows and macOS, that it cannot tell."""
    facts = MachineFacts()
    if not platform.startswith("linux"):
        facts.supported = False
        facts.findings.append(Finding("detection reads Linux files; on this system answer by hand", platform))
        return facts
    _cpu(root, facts)
    _runtimes(root, facts, run)
    _configuration(root, facts)
    _kubelet(root, facts)
    _hardware(root, facts)
    return facts
