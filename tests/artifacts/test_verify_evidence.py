"""The verify script fails closed and says what it saw: run as generated against a stand-in cluster
(tests/artifacts/fake_cluster.py) whose API server evaluates the plan's own admission policy, it
passes only when the policy refuses an unsandboxed pod, the pod example runs on a kernel other than
its node's under the plan's RuntimeClass, and the nodes run the plan's runtime; with --json it
prints an evidence record of each check, `fail` at the one it stopped at."""

from __future__ import annotations

import datetime as _dt
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from gui.domain.advice.answers import load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.report.model import build_report
from tests.artifacts import fake_cluster
from tests.conftest import SCENARIOS, SCHEMAS

TODAY = _dt.date(2026, 12, 7)
NODE_KERNEL = "6.12.57+deb13-amd64"
GVISOR_KERNEL = "4.4.0"  # what uname -r shows inside gVisor


def _write_plan(shipped_data, folder: Path) -> None:
    answer_set = load_answer_set(
        SCENARIOS / "cluster-own-and-customer-code.yaml", shipped_data.questions, SCHEMAS / "answers.schema.json"
    )
    plan = build_plan(Advisor(shipped_data), answer_set)
    for artifact in build_report(shipped_data, plan, "en", TODAY).plan.artifacts:
        (folder / artifact.filename).write_text(artifact.text, encoding="utf-8")


def _cluster(folder: Path, **changes: Any) -> dict[str, Any]:
    cluster: dict[str, Any] = {
        "context": "lab-cluster",
        "nodes": [{"name": "node-1", "kernel": NODE_KERNEL, "runtime": "containerd://2.3.1"}],
        "runtimeclasses": {"gvisor": "runsc"},
        "sandbox_kernels": {"runsc": GVISOR_KERNEL},
        "namespaces": {"default": {}, "tenants": {"sandbox-workload": "customer-code"}},
        "policies": [str(folder / "admission-policy-customer-code.yaml")],
        "uid_map": "0 100000 65536",
        "pods": {},
    }
    cluster.update(changes)
    return cluster


def _run(shipped_data, tmp_path: Path, *args: str, **changes: Any) -> tuple[subprocess.CompletedProcess[str], Path]:
    _write_plan(shipped_data, tmp_path)
    env = fake_cluster.install(tmp_path, _cluster(tmp_path, **changes))
    done = subprocess.run(
        ["sh", "verify.sh", *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    return done, tmp_path / "cluster.json"


def _checks(record: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {c["check"]: c for c in record["checks"]}


def test_in_place_it_passes_and_its_evidence_says_what_it_saw(shipped_data, tmp_path: Path) -> None:
    done, state = _run(shipped_data, tmp_path, "--json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)  # standard output holds the record alone
    assert record["evidence"] == 1 and record["result"] == "pass"
    assert record["platform"] == "kubernetes" and record["where"] == "lab-cluster"
    assert _dt.datetime.strptime(record["checked_at"], "%Y-%m-%dT%H:%M:%SZ")
    checks = _checks(record)
    assert list(checks) == ["node-runtime", "policy-refuses", "sandbox-kernel"]
    assert all(c["result"] == "pass" for c in checks.values())
    assert checks["policy-refuses"]["policy"] == "customer-code-sandbox"
    assert "ValidatingAdmissionPolicy 'customer-code-sandbox'" in checks["policy-refuses"]["seen"]
    sandbox = checks["sandbox-kernel"]
    assert (sandbox["runtime_class"], sandbox["handler"]) == ("gvisor", "runsc")
    assert (sandbox["node_kernel"], sandbox["sandbox_kernel"]) == (NODE_KERNEL, GVISOR_KERNEL)
    assert json.loads(state.read_text())["pods"] == {}, "the example pod is deleted"


def test_without_json_it_prints_no_record(shipped_data, tmp_path: Path) -> None:
    done, _ = _run(shipped_data, tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"evidence"' not in done.stdout and "pod kernel 4.4.0" in done.stdout


@pytest.mark.parametrize(
    ("changes", "stopped_at", "said"),
    [
        # the control: the same cluster without the policy admits an unsandboxed pod
        ({"policies": []}, "policy-refuses", "the policy is not in place"),
        # the policy is there but the pods' namespace is not labelled for it
        ({"namespaces": {"default": {}, "tenants": {}}}, "namespace", "no namespace is labelled"),
        # runsc is not really in place: the pod shows its node's kernel
        ({"sandbox_kernels": {}}, "sandbox-kernel", "is not in its sandbox"),
        # a node still on another runtime
        ({"nodes": [{"name": "node-1", "kernel": NODE_KERNEL, "runtime": "cri-o://1.37.0"}]}, "node-runtime", ""),
    ],
)
def test_it_fails_closed_at_the_check_that_fails(
    shipped_data, tmp_path: Path, changes: dict[str, Any], stopped_at: str, said: str
) -> None:
    done, state = _run(shipped_data, tmp_path, "--json", **changes)
    assert done.returncode != 0
    assert said in done.stderr
    record = json.loads(done.stdout)
    assert record["result"] == "fail"
    assert record["checks"][-1]["check"] == stopped_at and record["checks"][-1]["result"] == "fail"
    assert all(c["result"] == "pass" for c in record["checks"][:-1])
    assert json.loads(state.read_text())["pods"] == {}
