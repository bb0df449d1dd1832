"""Detecting this machine, over fake file trees: only the listed `--version` commands run, each
with a timeout; no socket is opened; the findings and the answers they suggest."""

from __future__ import annotations

import socket
import stat
import subprocess
from pathlib import Path

import pytest

from gui.domain.detect import machine as detect
from gui.domain.detect.machine import VERSION_COMMANDS, MachineFacts, detect_machine
from tests.inventory.machines import INTEL, MACHINE_VERSIONS, MACHINES, tree, versions

# Suggestions only where the machine is a node (a kubelet is configured): a desktop's /dev/kvm
# or Docker says nothing about where the workloads run, and the platform is never suggested.
EXPECTED = {
    "bare metal with KVM": (
        {"virtualization": "available"},
        {"containerd": ["kata"]},
        "unix:///run/containerd/containerd.sock",
        0,
    ),
    "cloud VM without nested virtualization": ({"virtualization": "unavailable"}, {}, None, 0),
    "GPU node": ({}, {}, None, 2),
    "Docker-only laptop": ({}, {"docker": ["runsc"]}, None, 1),
    "CRI-O node": ({"virtualization": "available"}, {"crio": ["crun", "kata"]}, "unix:///var/run/crio/crio.sock", 0),
}


@pytest.mark.parametrize("machine", list(MACHINES))
def test_each_kind_of_machine(tmp_path: Path, machine: str) -> None:
    root = tree(tmp_path / "root", MACHINES[machine])
    run, asked = versions(**MACHINE_VERSIONS)
    facts = detect_machine(root, run, platform="linux")
    answers, configured, endpoint, gpus = EXPECTED[machine]
    assert facts.suggested_answers() == answers
    assert facts.configured_runtimes == configured
    assert (facts.kubelet_endpoint, facts.gpus) == (endpoint, gpus)
    # only programs that exist, and only the listed ones (kubectl is there on the laptop)
    present = {Path(p).name for p in MACHINES[machine] if p.startswith("usr/bin/")}
    assert set(asked) == present & set(VERSION_COMMANDS)
    assert all(f.evidence for f in facts.findings)


def test_kvm_present_but_not_usable(tmp_path: Path, monkeypatch) -> None:
    """Opened, not judged by its mode: a device cgroup or nodev mount refuses what the mode allows."""
    root = tree(tmp_path / "root", {"proc/cpuinfo": INTEL, "dev/kvm": "", "var/lib/kubelet/config.yaml": "x"})
    real_open = detect.os.open

    def refused(path, *args, **kwargs):
        if str(path).endswith("dev/kvm"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(detect.os, "open", refused)
    facts = detect_machine(root, versions()[0], platform="linux")
    assert facts.kvm == "present" and "virtualization" not in facts.suggested_answers()


def test_other_systems_say_they_cannot_tell(tmp_path: Path) -> None:
    for platform in ("win32", "darwin"):
        facts = detect_machine(tmp_path, versions()[0], platform=platform)
        assert not facts.supported and facts.suggested_answers() == {}
        assert [(f.what, f.evidence) for f in facts.findings] == [
            ("detection reads Linux files; on this system answer by hand", platform)
        ]


def test_only_version_commands_run_with_a_timeout_and_no_socket(tmp_path: Path, monkeypatch) -> None:
    """The real runner over fake programs that record how they were called."""
    log = tmp_path / "calls.log"
    files = {"proc/cpuinfo": INTEL}
    root = tree(tmp_path / "root", files)
    for name in (*VERSION_COMMANDS, "kubectl", "docker", "systemctl"):
        program = root / "usr/bin" / name
        program.parent.mkdir(parents=True, exist_ok=True)
        program.write_text(f'#!/bin/sh\necho "{name} $*" >> {log}\necho "{name} version 1.0"\n', encoding="utf-8")
        program.chmod(program.stat().st_mode | stat.S_IXUSR)
    started: list[dict[str, object]] = []

    class RecordingPopen(subprocess.Popen):
        def __init__(self, *args, **kwargs):
            started.append(kwargs)
            super().__init__(*args, **kwargs)

    def no_socket(*args, **kwargs):
        raise AssertionError("detection opened a socket")

    monkeypatch.setattr(detect.subprocess, "Popen", RecordingPopen)
    monkeypatch.setattr(socket, "socket", no_socket)
    facts = detect_machine(root, platform="linux")
    calls = sorted(log.read_text(encoding="utf-8").splitlines())
    assert calls == sorted(f"{name} --version" for name in VERSION_COMMANDS)
    # each in a session of its own (ended with its children at the deadline), reading nothing
    assert started and all(k["start_new_session"] and k["stdin"] == subprocess.DEVNULL for k in started)
    assert facts.versions["runsc"] == "runsc version 1.0"


def test_a_program_that_hangs_is_given_up(tmp_path: Path) -> None:
    root = tree(tmp_path / "root", {})
    program = root / "usr/bin/containerd"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\nsleep 30\n", encoding="utf-8")
    program.chmod(0o755)
    assert detect_machine(root, platform="linux").versions == {}


def test_a_desktop_suggests_nothing_and_a_metal_host_is_no_vm(tmp_path: Path) -> None:
    laptop = tree(tmp_path / "laptop", {"proc/cpuinfo": INTEL, "dev/kvm": "", "usr/bin/dockerd": "",
                                        "sys/class/dmi/id/sys_vendor": "Microsoft Corporation\n"})  # fmt: skip
    facts = detect_machine(laptop, versions(dockerd="Docker version 29.0.1")[0], platform="linux")
    assert facts.suggested_answers() == {} and facts.vm_vendor is None and facts.kvm == "usable"
    metal = tree(tmp_path / "metal", {"proc/cpuinfo": INTEL, "sys/class/dmi/id/sys_vendor": "Amazon EC2\n"})
    assert detect_machine(metal, versions()[0], platform="linux").vm_vendor is None


def test_runtime_names_are_table_names_not_option_tables() -> None:
    from gui.domain.detect.machine import _toml_runtimes

    text = (
        "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc]\n"
        "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]\n"
        '[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.nvidia.options]\n'
        "[crio.runtime.runtimes.kata]\n"
    )
    assert _toml_runtimes(text) == ["kata", "runc"]


def test_probes_run_side_by_side_and_leave_no_process_behind(tmp_path: Path) -> None:
    import os
    import time

    root = tree(tmp_path / "root", {})
    marker = tmp_path / "children"
    for name in VERSION_COMMANDS:
        program = root / "usr/bin" / name
        program.parent.mkdir(parents=True, exist_ok=True)
        program.write_text(f"#!/bin/sh\nsleep 30 &\necho $! >> {marker}\nsleep 30\n", encoding="utf-8")
        program.chmod(0o755)
    start = time.monotonic()
    assert detect_machine(root, platform="linux").versions == {}
    assert time.monotonic() - start < detect.VERSION_TIMEOUT_SECONDS * 3, "nine timeouts in a row"
    time.sleep(0.2)
    for pid in marker.read_text(encoding="utf-8").split():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            continue
        state = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").split()[2]
        assert state == "Z", f"process {pid} was left running"


@pytest.mark.parametrize(
    ("facts", "suggested"),
    [
        # a cloud VM whose CPU shows no virtualization and has no /dev/kvm: nested VMs are off
        (MachineFacts(kubelet=True, vm_vendor="Amazon EC2", cpu_virtualization=None, kvm="absent"), "unavailable"),
        # bare metal without /dev/kvm (the module not loaded): it could run VMs once loaded
        (MachineFacts(kubelet=True, vm_vendor=None, cpu_virtualization=None, kvm="absent"), None),
        # a VM that shows vmx (nested virtualization on) but has not loaded kvm yet
        (MachineFacts(kubelet=True, vm_vendor="Google", cpu_virtualization="vmx", kvm="absent"), None),
        # a VM with /dev/kvm there but not usable by this user: it can run VMs
        (MachineFacts(kubelet=True, vm_vendor="Google", cpu_virtualization=None, kvm="present"), None),
        (MachineFacts(kubelet=True, vm_vendor="Google", cpu_virtualization="vmx", kvm="usable"), "available"),
        # not a node: nothing is suggested, whatever it can do
        (MachineFacts(kubelet=False, vm_vendor="Amazon EC2", cpu_virtualization=None, kvm="absent"), None),
    ],
)
def test_virtualization_is_unavailable_only_on_a_vm_with_no_sign_of_it(facts: MachineFacts, suggested) -> None:
    assert facts.suggested_answers().get("virtualization") == suggested
