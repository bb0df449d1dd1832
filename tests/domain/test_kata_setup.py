"""Kata on self-managed nodes: where Kata's static release puts each shim (docs/installation.md:
the Rust runtime under /opt/kata/runtime-rs, the Go runtime under /opt/kata/bin), and the NVIDIA
GPU Operator installed beside kata-deploy only when a workload runs Kata with GPUs."""

from __future__ import annotations

from gui.domain.answers import load_answer_set
from gui.domain.artifacts import build_artifacts
from gui.domain.artifacts.node_config import kata_static_paths
from gui.domain.engine import Advisor
from gui.domain.plan import build_plan
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
