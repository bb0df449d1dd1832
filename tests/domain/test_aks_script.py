"""The AKS Pod Sandboxing script (no golden file covers AKS), run with `sh` against stand-ins
for `az` and `kubectl` that record what they are asked: it adds a Kata node pool as Microsoft's
Pod Sandboxing guide says (Azure Linux, workload runtime KataVmIsolation), fetches credentials
and checks the RuntimeClass; without the cluster's name and resource group it stops first."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from gui.domain.answers import load_answer_set
from gui.domain.artifacts import build_artifacts
from gui.domain.engine import Advisor
from gui.domain.plan import build_plan
from tests.conftest import SCENARIOS, SCHEMAS

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")

STAND_IN = '#!/bin/sh\necho "$(basename "$0") $*" >> "$CALLS"\n'


@pytest.fixture
def script(shipped_data, tmp_path: Path) -> Path:
    schema = SCHEMAS / "answers.schema.json"
    answers = load_answer_set(SCENARIOS / "aks-untrusted-available.yaml", shipped_data.questions, schema)
    artifacts = build_artifacts(shipped_data, build_plan(Advisor(shipped_data), answers), "en", "2026-11-29")
    (artifact,) = [a for a in artifacts if a.id == "aks-pod-sandboxing"]
    path = tmp_path / artifact.filename
    path.write_text(artifact.text, "utf-8")
    for program in ("az", "kubectl"):
        (tmp_path / "bin").mkdir(exist_ok=True)
        stand_in = tmp_path / "bin" / program
        stand_in.write_text(STAND_IN, "utf-8")
        stand_in.chmod(0o755)
    return path


def _run(script: Path, **variables: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    calls = script.parent / "calls"
    env = {"PATH": f"{script.parent / 'bin'}{os.pathsep}{os.environ['PATH']}", "CALLS": str(calls), **variables}
    done = subprocess.run(["sh", str(script)], env=env, text=True, capture_output=True, timeout=60)
    return done, calls.read_text("utf-8").splitlines() if calls.exists() else []


def test_it_adds_a_kata_pool_and_checks_the_runtime_class(script: Path) -> None:
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
