"""The scripts that turn on a managed platform's sandbox (no golden file covers AKS or GKE on its
own), run with `sh` against stand-ins for `az`, `gcloud` and `kubectl` that record what they are
asked. AKS: a Kata node pool as Microsoft's Pod Sandboxing guide says (Azure Linux, workload
runtime KataVmIsolation). GKE: a GKE Sandbox node pool (cos_containerd, --sandbox type=gvisor),
and a second one with GPUs when a sandboxed workload needs them. Without the names they need,
they stop before any command."""

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
from tests.conftest import SCENARIOS, SCHEMAS

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")

STAND_IN = '#!/bin/sh\necho "$(basename "$0") $*" >> "$CALLS"\n'


def _script(shipped_data, tmp_path: Path, scenario: str, artifact_id: str) -> Path:
    schema = SCHEMAS / "answers.schema.json"
    answers = load_answer_set(SCENARIOS / f"{scenario}.yaml", shipped_data.questions, schema)
    artifacts = build_artifacts(shipped_data, build_plan(Advisor(shipped_data), answers), "en", "2026-11-29")
    (artifact,) = [a for a in artifacts if a.id == artifact_id]
    path = tmp_path / artifact.filename
    path.write_text(artifact.text, "utf-8")
    for program in ("az", "gcloud", "kubectl"):
        (tmp_path / "bin").mkdir(exist_ok=True)
        stand_in = tmp_path / "bin" / program
        stand_in.write_text(STAND_IN, "utf-8")
        stand_in.chmod(0o755)
    return path


@pytest.fixture
def script(shipped_data, tmp_path: Path) -> Path:
    return _script(shipped_data, tmp_path, "aks-untrusted-available", "aks-pod-sandboxing")


def _run(script: Path, **variables: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    calls = script.parent / "calls"
    calls.unlink(missing_ok=True)
    env = {"PATH": f"{script.parent / 'bin'}{os.pathsep}{os.environ['PATH']}", "CALLS": str(calls), **variables}
    done = subprocess.run(["sh", str(script)], env=env, text=True, capture_output=True, timeout=60)
    return done, calls.read_text("utf-8").splitlines() if calls.exists() else []


def test_it_adds_a_kata_pool_and_checks_the_runtime_class(script: Path) -> None:
    comments = " ".join(line for line in script.read_text("utf-8").splitlines() if line.startswith("#"))
    assert "2.80.0" in comments and "{cli}" not in comments  # the Azure CLI version Pod Sandboxing needs
    done, calls = _run(script, CLUSTER_NAME="c1", RESOURCE_GROUP="rg1")
    assert done.returncode == 0, done.stderr
    assert calls == [
        "az aks nodepool add --cluster-name c1 --resource-group rg1 --name sandboxpool --os-sku AzureLinux "
        "--workload-runtime KataVmIsolation --node-vm-size Standard_D4s_v3 --node-count 2",
        "az aks update --name c1 --resource-group rg1",
        "az aks get-credentials --name c1 --resource-group rg1",
        "kubectl get runtimeclass kata-vm-isolation",
    ]


@pytest.mark.parametrize("missing", ["CLUSTER_NAME", "RESOURCE_GROUP"])
def test_it_stops_before_any_command_without_the_cluster(script: Path, missing: str) -> None:
    given = {"CLUSTER_NAME": "c1", "RESOURCE_GROUP": "rg1"}
    del given[missing]
    done, calls = _run(script, **given)
    assert done.returncode != 0
    assert f"set {missing} first" in done.stderr
    assert calls == []


GKE_POOL = (
    "gcloud container node-pools create gvisor-pool --cluster=c1 --location=europe-west1 "
    "--image-type=cos_containerd --sandbox type=gvisor --machine-type=e2-standard-4 --num-nodes=2"
)
GKE_CHECKS = [
    "gcloud container clusters get-credentials c1 --location=europe-west1",
    "kubectl get runtimeclass gvisor",
]


def test_gke_adds_a_sandbox_pool_and_checks_the_runtime_class(shipped_data, tmp_path: Path) -> None:
    script = _script(shipped_data, tmp_path, "gke-untrusted-available", "gke-sandbox")
    done, calls = _run(script, CLUSTER_NAME="c1", LOCATION="europe-west1")
    assert done.returncode == 0, done.stderr
    assert calls == [GKE_POOL, *GKE_CHECKS]
    done, calls = _run(script, CLUSTER_NAME="c1")
    assert "set LOCATION first" in done.stderr and calls == []


def test_gke_adds_a_sandbox_pool_with_gpus_when_a_sandboxed_workload_needs_them(shipped_data, tmp_path: Path) -> None:
    script = _script(shipped_data, tmp_path, "gpu-untrusted-gke", "gke-sandbox")
    names = {"CLUSTER_NAME": "c1", "LOCATION": "europe-west1", "GPU_TYPE": "nvidia-l4", "MACHINE_TYPE": "g2-standard-8"}
    done, calls = _run(script, **names)
    assert done.returncode == 0, done.stderr
    assert calls == [
        GKE_POOL,
        "gcloud container node-pools create gvisor-gpu-pool --cluster=c1 --location=europe-west1 "
        "--image-type=cos_containerd --sandbox type=gvisor "
        "--accelerator type=nvidia-l4,count=1,gpu-driver-version=latest "
        "--machine-type=g2-standard-8 --num-nodes=1",
        *GKE_CHECKS,
    ]
