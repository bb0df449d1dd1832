"""The parts of detection the machine tests pass through without looking: running a program's
`--version` (real stand-in programs here), reading /proc and /sys files, and the CPU facts."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.domain.detect.machine import Finding, MachineFacts, _cpu, _read, detect_machine, run_version
from tests.inventory.machines import MACHINE_VERSIONS, MACHINES, tree, versions


def _program(tmp_path: Path, script: str) -> Path:
    path = tmp_path / "containerd"
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(0o755)
    return path


@contextlib.contextmanager
def _standard_input(text: bytes) -> Iterator[None]:
    """This process's standard input is a pipe holding `text` while the block runs."""
    saved = os.dup(0)
    reader, writer = os.pipe()
    os.write(writer, text)
    os.close(writer)
    os.dup2(reader, 0)
    os.close(reader)
    try:
        yield
    finally:
        os.dup2(saved, 0)
        os.close(saved)


def test_a_program_runs_with_a_fixed_path_and_the_c_locale(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    assert run_version(_program(tmp_path, 'echo "$PATH $LC_ALL"\n')) == "/usr/bin:/bin C"


def test_a_program_gets_no_input(tmp_path: Path) -> None:
    program = _program(tmp_path, 'read line; echo "input: $line"\n')
    with _standard_input(b"what the terminal had\n"):
        assert run_version(program) == "input:"


def test_a_version_printed_on_standard_error_is_read(tmp_path: Path) -> None:
    assert run_version(_program(tmp_path, "echo 'runsc version release-20251110.0' >&2\n")) == (
        "runsc version release-20251110.0"
    )


def test_the_version_on_standard_output_wins_over_a_warning_on_standard_error(tmp_path: Path) -> None:
    program = _program(tmp_path, "echo 'WARN: config.toml version 2 is deprecated' >&2\necho 'containerd 2.2.0'\n")
    assert run_version(program) == "containerd 2.2.0"


def test_only_the_first_line_up_to_200_characters_is_kept(tmp_path: Path) -> None:
    program = _program(tmp_path, f"echo '{'v' * 250}'\necho 'second line'\n")
    assert run_version(program) == "v" * 200


def test_bytes_that_are_not_utf_8_are_replaced_not_fatal(tmp_path: Path) -> None:
    assert run_version(_program(tmp_path, r"printf 'crio version 1.33 \377\n'" + "\n")) == "crio version 1.33 \ufffd"


def test_a_program_that_prints_nothing_has_no_version(tmp_path: Path) -> None:
    assert run_version(_program(tmp_path, "exit 0\n")) is None


def test_files_are_read_up_to_one_mebibyte_with_bad_bytes_replaced(tmp_path: Path) -> None:
    (tmp_path / "fits").write_bytes(b"a" * (1024 * 1024 - 1) + b"\xff")
    (tmp_path / "too-large").write_bytes(b"a" * (1024 * 1024 + 1))
    assert _read(tmp_path / "fits") == "a" * (1024 * 1024 - 1) + "\ufffd"
    assert _read(tmp_path / "too-large") is None
    assert _read(tmp_path / "missing") is None


CPUINFO = "processor\t: {n}\nflags\t\t: fpu vme {flag} sse4_1\n\n"


@pytest.mark.parametrize(
    ("cpuinfo", "virtualization"),
    [
        (CPUINFO.format(n=0, flag="vmx"), "vmx"),
        (CPUINFO.format(n=0, flag="svm"), "svm"),
        (CPUINFO.format(n=0, flag="hypervisor"), None),
        # the flags of every processor count, the first's and the last's
        (CPUINFO.format(n=0, flag="vmx") + CPUINFO.format(n=1, flag="ht"), "vmx"),
        (CPUINFO.format(n=0, flag="ht") + CPUINFO.format(n=1, flag="vmx"), "vmx"),
    ],
)
def test_the_cpu_virtualization_comes_from_the_flags(tmp_path: Path, cpuinfo: str, virtualization) -> None:
    facts = MachineFacts()
    _cpu(tree(tmp_path, {"proc/cpuinfo": cpuinfo}), facts)
    assert facts.cpu_virtualization == virtualization
    expected = [Finding(f"CPU virtualization {virtualization}", "/proc/cpuinfo flags")] if virtualization else []
    assert [f for f in facts.findings if f.evidence == "/proc/cpuinfo flags"] == expected


@pytest.mark.parametrize(
    ("module", "value", "nested", "state"),
    [("kvm_intel", "Y\n", True, "may"), ("kvm_amd", "1\n", True, "may"), ("kvm_intel", "N\n", False, "may not")],
)
def test_nested_virtualization_comes_from_the_kvm_module(tmp_path: Path, module, value, nested, state) -> None:
    facts = MachineFacts()
    where = f"/sys/module/{module}/parameters/nested"
    _cpu(tree(tmp_path, {"proc/cpuinfo": "", where.lstrip("/"): value}), facts)
    assert facts.nested is nested
    assert Finding(f"VMs started on this machine {state} start VMs of their own", where) in facts.findings


def test_without_the_kvm_module_nested_virtualization_is_unknown(tmp_path: Path) -> None:
    facts = MachineFacts()
    _cpu(tree(tmp_path, {"proc/cpuinfo": CPUINFO.format(n=0, flag="vmx")}), facts)
    assert facts.nested is None


# What each machine of machines.MACHINES shows the user, with where it was read (read by
# hand against the files of each fake machine)
FINDINGS = {
    "bare metal with KVM": [
        ("CPU virtualization vmx", "/proc/cpuinfo flags"),
        ("VMs started on this machine may start VMs of their own", "/sys/module/kvm_intel/parameters/nested"),
        ("/dev/kvm usable", "/dev/kvm"),
        ("containerd containerd.io 2.2.0 1c4457e", "containerd --version"),
        ("containerd configuration", "/etc/containerd/config.toml"),
        ("kubelet configured", "/var/lib/kubelet/config.yaml"),
    ],
    "cloud VM without nested virtualization": [
        ("a virtual machine (AWS EC2)", "/sys/class/dmi/id/sys_vendor, /proc/cpuinfo"),
        ("containerd containerd.io 2.2.0 1c4457e", "containerd --version"),
        ("kubelet configured", "/var/lib/kubelet/config.yaml"),
    ],
    "GPU node": [
        ("a virtual machine (Google Compute Engine)", "/sys/class/dmi/id/sys_vendor, /proc/cpuinfo"),
        ("containerd containerd.io 2.2.0 1c4457e", "containerd --version"),
        ("2 NVIDIA GPU(s)", "/proc/driver/nvidia/gpus, /sys/bus/pci/devices"),
    ],
    "Docker-only laptop": [
        ("CPU virtualization vmx", "/proc/cpuinfo flags"),
        ("Docker version 29.0.1, build 1234567", "dockerd --version"),
        ("runc version 1.3.0", "runc --version"),
        ("Docker daemon configuration", "/etc/docker/daemon.json"),
        ("1 NVIDIA GPU(s)", "/proc/driver/nvidia/gpus, /sys/bus/pci/devices"),
    ],
    "CRI-O node": [
        ("CPU virtualization vmx", "/proc/cpuinfo flags"),
        ("/dev/kvm usable", "/dev/kvm"),
        ("crio version 1.33.2", "crio --version"),
        ("crun version 1.23", "crun --version"),
        ("crio configuration", "/etc/crio/crio.conf.d/10-crun.conf"),
        ("crio configuration", "/etc/crio/crio.conf.d/50-kata.conf"),
        ("kubelet configured", "/var/lib/kubelet/kubeadm-flags.env"),
    ],
}


@pytest.mark.parametrize("machine", list(FINDINGS))
def test_each_machine_shows_what_it_found_and_where(tmp_path: Path, machine: str) -> None:

    run, _ = versions(**MACHINE_VERSIONS)
    facts = detect_machine(tree(tmp_path / "root", MACHINES[machine]), run, platform="linux")
    assert [(f.what, f.evidence) for f in facts.findings] == FINDINGS[machine]


@pytest.mark.parametrize(
    ("sys_vendor", "named"),
    [("QEMU\n", "QEMU/KVM"), ("Hetzner\n", "Hetzner"), (None, "a hypervisor")],
)
def test_a_vm_is_named_by_its_vendor_or_as_a_hypervisor(tmp_path: Path, sys_vendor, named: str) -> None:
    files = {"proc/cpuinfo": CPUINFO.format(n=0, flag="hypervisor")}
    if sys_vendor is not None:
        files["sys/class/dmi/id/sys_vendor"] = sys_vendor
    facts = MachineFacts()
    _cpu(tree(tmp_path, files), facts)
    assert facts.vm_vendor == named
    assert Finding(f"a virtual machine ({named})", "/sys/class/dmi/id/sys_vendor, /proc/cpuinfo") in facts.findings


def test_runtimes_come_from_the_main_files_and_their_drop_in_folders(tmp_path: Path) -> None:
    root = tree(
        tmp_path,
        {
            "etc/containerd/config.toml": "version = 3\n",
            "etc/containerd/conf.d/20-runsc.toml": (
                "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runsc]\n"
            ),
            "etc/containerd/conf.d/README": "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.nope]\n",
            "etc/crio/crio.conf": "[crio.runtime.runtimes.runc]\n",
            "etc/crio/crio.conf.d/50-kata.conf": '[crio.runtime.runtimes."kata"]\n',
        },
    )
    facts = detect_machine(root, lambda _: None, platform="linux")
    assert facts.configured_runtimes == {"containerd": ["runsc"], "crio": ["kata", "runc"]}
    assert [f.evidence for f in facts.findings if f.what.endswith(" configuration")] == [
        "/etc/containerd/config.toml",
        "/etc/containerd/conf.d/20-runsc.toml",
        "/etc/crio/crio.conf",
        "/etc/crio/crio.conf.d/50-kata.conf",
    ]


@pytest.mark.parametrize("daemon_json", ["{not json", "[1, 2]", '{"runtimes": ["runsc"]}'])
def test_a_docker_configuration_that_is_not_an_object_names_no_runtime(tmp_path: Path, daemon_json: str) -> None:
    facts = detect_machine(tree(tmp_path, {"etc/docker/daemon.json": daemon_json}), lambda _: None, platform="linux")
    assert facts.configured_runtimes == {"docker": []}
    assert Finding("Docker daemon configuration", "/etc/docker/daemon.json") in facts.findings


def test_a_kvm_that_cannot_be_opened_for_reading_and_writing_is_only_present(tmp_path: Path) -> None:
    # a folder opens read-only but never read-write, as a device only the group may write to
    # (root, who runs the tests, passes every mode check, so a mode cannot show it here)
    facts = MachineFacts()
    _cpu(tree(tmp_path, {"proc/cpuinfo": "", "dev/kvm/": ""}), facts)
    assert facts.kvm == "present"
    assert Finding("/dev/kvm present", "/dev/kvm") in facts.findings


KUBELET_FILES = [
    "var/lib/kubelet/config.yaml",
    "var/lib/kubelet/instance-config.yaml",
    "etc/kubernetes/kubelet/config.json",
    "etc/kubernetes/kubelet/kubelet-config.json",
    "etc/rancher/k3s/config.yaml",
    "etc/rancher/rke2/config.yaml",
    "etc/kubernetes/kubelet.conf",
    "var/lib/kubelet/kubeadm-flags.env",
]


@pytest.mark.parametrize("relative", KUBELET_FILES)
def test_a_kubelet_is_found_by_any_one_of_its_configuration_files(tmp_path: Path, relative: str) -> None:
    facts = detect_machine(tree(tmp_path, {relative: "x"}), lambda _: None, platform="linux")
    assert facts.kubelet is True
    assert facts.findings == [Finding("kubelet configured", f"/{relative}")]


@pytest.mark.parametrize(
    ("files", "cgroup"),
    [
        ({"sys/fs/cgroup/cgroup.controllers": "cpu memory\n"}, "v2"),
        ({"sys/fs/cgroup/memory/": ""}, "v1"),
        ({}, None),
    ],
)
def test_the_cgroup_version_and_the_kernel(tmp_path: Path, files: dict, cgroup) -> None:
    files = {**files, "proc/sys/kernel/osrelease": "6.8.0-85-generic\n"}
    facts = detect_machine(tree(tmp_path, files), lambda _: None, platform="linux")
    assert (facts.cgroup, facts.kernel) == (cgroup, "6.8.0-85-generic")


@pytest.mark.parametrize(
    ("vendor", "pci_class", "gpus"),
    [
        ("0x10de", "0x030200", 1),  # NVIDIA, 3D controller
        ("0x10de", "0x040300", 0),  # NVIDIA's HDMI audio function on the same card
        ("0x1002", "0x030000", 0),  # an AMD display controller
        (None, "0x030000", 0),  # a device whose vendor cannot be read
        ("0x10de", None, 0),
    ],
)
def test_without_the_driver_nvidia_gpus_are_counted_on_the_pci_bus(tmp_path: Path, vendor, pci_class, gpus) -> None:
    device = "sys/bus/pci/devices/0000:01:00.0"
    files = {f"{device}/": ""}
    if vendor is not None:
        files[f"{device}/vendor"] = vendor + "\n"
    if pci_class is not None:
        files[f"{device}/class"] = pci_class + "\n"
    facts = detect_machine(tree(tmp_path, files), lambda _: None, platform="linux")
    assert facts.gpus == gpus


def test_a_machine_that_tells_nothing_has_no_cgroup_kernel_or_kubelet(tmp_path: Path) -> None:
    facts = detect_machine(tmp_path, lambda _: None, platform="linux")
    assert (facts.cgroup, facts.kernel, facts.kubelet, facts.gpus, facts.findings) == (None, None, False, 0, [])
