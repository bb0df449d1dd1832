"""Kata on self-managed nodes: where Kata's static release puts each shim (docs/installation.md:
the Rust runtime under /opt/kata/runtime-rs, the Go runtime under /opt/kata/bin), and the NVIDIA
GPU Operator installed beside kata-deploy only when a workload runs Kata with GPUs."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from gui.domain.advice.answers import load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.artifacts.build import build_artifacts
from gui.domain.artifacts.node_config import kata_static_paths
from tests.conftest import SCENARIOS, SCHEMAS

DEFAULTS = "/opt/kata/share/defaults/kata-containers"


def test_rust_shims_and_go_shims_live_in_their_own_places() -> None:
    assert kata_static_paths("kata-qemu-runtime-rs") == (
        "/opt/kata/runtime-rs/bin/containerd-shim-kata-v2",
        f"{DEFAULTS}/runtime-rs/configuration-qemu-runtime-rs.toml",
    )
    # Dragonball is built into the Rust runtime, though its name does not say so
    assert kata_static_paths("kata-dragonball") == (
        "/opt/kata/runtime-rs/bin/containerd-shim-kata-v2",
        f"{DEFAULTS}/runtime-rs/configuration-dragonball.toml",
    )
    assert kata_static_paths("kata-qemu-nvidia-gpu") == (
        "/opt/kata/bin/containerd-shim-kata-v2",
        f"{DEFAULTS}/configuration-qemu-nvidia-gpu.toml",
    )


def _kata_deploy_text(shipped_data, scenario: str) -> str:
    schema = SCHEMAS / "answers.schema.json"
    answers = load_answer_set(SCENARIOS / f"{scenario}.yaml", shipped_data.questions, schema)
    artifacts = build_artifacts(shipped_data, build_plan(Advisor(shipped_data), answers), "en", "2026-11-29")
    return next(a.text for a in artifacts if a.id == "install-kata")


def test_the_gpu_operator_comes_only_with_gpu_workloads(shipped_data) -> None:
    with_gpu = _kata_deploy_text(shipped_data, "gpu-separate-kernel-kubernetes")
    assert "nvidia/gpu-operator" in with_gpu
    # and kata-deploy is still installed before it
    assert with_gpu.index("kata-deploy") < with_gpu.index("nvidia/gpu-operator")
    without = _kata_deploy_text(shipped_data, "separate-kernel-virt")
    assert "kata-deploy" in without and "gpu-operator" not in without


STAND_IN = '#!/bin/sh\necho "$(basename "$0") $*" >> "$CALLS"\n'
KATA_DEPLOY = (
    "helm install kata-deploy oci://ghcr.io/kata-containers/kata-deploy-charts/kata-deploy --version 4.3.0 "
    "--namespace kube-system -f kata-deploy-values.yaml --wait --timeout 10m"
)


def _run_install(text: str, tmp_path: Path, *nodes: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    script = tmp_path / "install-kata.sh"
    script.write_text(text, "utf-8")
    (tmp_path / "bin").mkdir()
    for program in ("helm", "kubectl"):
        (tmp_path / "bin" / program).write_text(STAND_IN, "utf-8")
        (tmp_path / "bin" / program).chmod(0o755)
    calls = tmp_path / "calls"
    env = {"PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}", "CALLS": str(calls)}
    done = subprocess.run(["sh", str(script), *nodes], env=env, text=True, capture_output=True, timeout=60)
    return done, calls.read_text("utf-8").splitlines() if calls.exists() else []


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_the_gpu_install_labels_the_nodes_then_the_gpu_operator_then_kata_deploy(shipped_data, tmp_path: Path) -> None:
    text = _kata_deploy_text(shipped_data, "gpu-separate-kernel-kubernetes")
    done, calls = _run_install(text, tmp_path, "n1", "n2")
    assert done.returncode == 0, done.stderr
    # NVIDIA's GPU Operator for Kata: sandbox workloads passed through to VMs, by kata
    assert calls == [
        "kubectl label node n1 kata-containers=enabled --overwrite",
        "kubectl label node n2 kata-containers=enabled --overwrite",
        "helm repo add nvidia https://helm.ngc.nvidia.com/nvidia",
        "helm repo update",
        "helm install --wait --generate-name -n gpu-operator --create-namespace nvidia/gpu-operator --version v26.7.0 "
        "--set sandboxWorkloads.enabled=true --set sandboxWorkloads.defaultWorkload=vm-passthrough "
        "--set sandboxWorkloads.mode=kata --set nfd.enabled=true --set nfd.nodefeaturerules=true",
        KATA_DEPLOY,
        "kubectl get runtimeclass kata-qemu-nvidia-gpu",
    ]


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_the_install_asks_for_the_nodes_first(shipped_data, tmp_path: Path) -> None:
    done, calls = _run_install(_kata_deploy_text(shipped_data, "separate-kernel-virt"), tmp_path)
    assert done.returncode == 2 and "usage:" in done.stderr and calls == []


@pytest.mark.parametrize(
    ("gpu", "files"),
    [
        # GPU passthrough needs kata-deploy with NVIDIA's GPU Operator: no by-hand configuration
        (
            "nvidia",
            [
                "kata-deploy-values.yaml",
                "install-kata.sh",
                "pod-default.yaml",
                "admission-policy-default.yaml",
                "verify.sh",
                "benchmark.sh",
            ],
        ),
        (
            "none",
            [
                "kata-deploy-values.yaml",
                "install-kata.sh",
                "containerd-kata-qemu-runtime-rs.toml",
                "containerd-1.7-kata-qemu-runtime-rs.toml",
                "crio-kata-qemu-runtime-rs.conf",
                "pod-default.yaml",
                "admission-policy-default.yaml",
                "verify.sh",
                "benchmark.sh",
            ],
        ),
    ],
)
def test_the_by_hand_kata_configuration_is_offered_only_for_shims_without_gpus(shipped_data, gpu, files) -> None:
    from gui.domain.advice.answers import AnswerSet

    answers = {"platform": "kubernetes", "trust": "untrusted", "isolation": "separate-kernel", "gpu": gpu}
    plan = build_plan(
        Advisor(shipped_data), AnswerSet.single(answers | {"virtualization": "available"}, shipped_data.questions)
    )
    assert [a.filename for a in build_artifacts(shipped_data, plan, "en", "2026-11-29")] == files
