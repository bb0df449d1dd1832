"""The parts of detection the machine tests pass through without looking: running a program's
`--version` (real stand-in programs here), reading /proc and /sys files, and the CPU facts."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.domain.detect import Finding, MachineFacts, _cpu, _read, run_version
from tests.inventory.test_detect import tree


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
        # the flags of every processor count (the first one shows it here)
        (CPUINFO.format(n=0, flag="vmx") + CPUINFO.format(n=1, flag="ht"), "vmx"),
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
