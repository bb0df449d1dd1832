"""User namespaces as hardening (issue 27): a workload of code you did not write that runs on the
node runtime itself gets a pod example with hostUsers: false, and the verify script fails when the
node ignores it. Never on a sandboxed pod (Nitro Sandboxes refuse such pods), never on OpenShift,
whose SCCs decide the pod's users, and never for your own code, which needs no such note."""

from __future__ import annotations

import datetime as _dt
import json
import subprocess
from pathlib import Path

import pytest
import yaml

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.plan import build_plan
from gui.domain.report.model import build_report
from tests.artifacts import fake_cluster
from tests.artifacts.test_artifacts import check_kubernetes, check_shell

TODAY = _dt.date(2026, 12, 7)
VENDOR_DB = {"trust": "third-party", "workload": "database", "isolation": "shared-kernel"}


def artifacts_of(advisor, shipped_data, platform: str, **answers: str):
    questions = shipped_data.questions
    answer_set = AnswerSet.single({"platform": platform, "trust": "own"}, questions)
    answer_set = answer_set.with_workload("vendor-db", {**VENDOR_DB, **answers}, questions)
    answer_set = answer_set.with_workload("tenants", {"trust": "untrusted"}, questions)
    plan = build_plan(advisor, answer_set)
    return plan, {a.filename: a for a in build_report(shipped_data, plan, "en", TODAY).plan.artifacts}


def _pod(artifact) -> dict:
    (document,) = [d for d in yaml.safe_load_all(artifact.text) if d]
    return document


@pytest.mark.parametrize("platform", ["kubernetes", "gke", "eks", "aks"])
def test_third_party_code_on_the_node_runtime_gets_a_user_namespace(advisor, shipped_data, platform) -> None:
    plan, files = artifacts_of(advisor, shipped_data, platform)
    assert plan.workloads[1].sandbox is None  # the vendor's database runs on the node runtime
    pod = files["pod-vendor-db.yaml"]
    spec = _pod(pod)["spec"]
    assert spec["hostUsers"] is False and "runtimeClassName" not in spec
    assert "hardening, not a sandbox" in pod.text and "Linux 6.3 or later" in pod.text
    check_kubernetes(pod, shipped_data.dataset.kubernetes_version)
    # the sandboxed tenants' pod asks for no user namespace, and nobody's own code gets an example
    assert "hostUsers" not in _pod(files["pod-tenants.yaml"])["spec"]
    assert "pod-default.yaml" not in files


def test_nitro_sandboxes_never_get_a_user_namespace(advisor, shipped_data) -> None:
    _, files = artifacts_of(advisor, shipped_data, "eks")
    tenants = _pod(files["pod-tenants.yaml"])["spec"]
    assert tenants["runtimeClassName"] == "isolated-sandbox" and "hostUsers" not in tenants


def test_openshift_and_privileged_code_get_no_user_namespace(advisor, shipped_data) -> None:
    _, files = artifacts_of(advisor, shipped_data, "openshift", virtualization="available")
    assert "pod-vendor-db.yaml" not in files
    plan, files = artifacts_of(advisor, shipped_data, "kubernetes", privileges="privileged")
    assert plan.workloads[1].sandbox is None  # privileged vendor code on the node runtime, warned about
    assert "pod-vendor-db.yaml" not in files  # a user namespace does not go with privileged containers


@pytest.mark.parametrize(
    ("uid_map", "passes"),
    [
        ("         0     100000      65536", True),  # the pod's root is node uid 100000
        ("         0          0 4294967295", False),  # hostUsers: false ignored: root is the node's root
    ],
)
def test_the_verify_script_fails_when_the_node_ignores_the_user_namespace(
    advisor, shipped_data, tmp_path: Path, uid_map: str, passes: bool
) -> None:
    questions = shipped_data.questions
    answer_set = AnswerSet.single({"platform": "kubernetes", "trust": "own"}, questions)
    answer_set = answer_set.with_workload("vendor-db", VENDOR_DB, questions)
    plan = build_plan(advisor, answer_set)
    artifacts = {a.filename: a for a in build_report(shipped_data, plan, "en", TODAY).plan.artifacts}
    verify = artifacts["verify.sh"]
    check_shell(verify)
    assert 'in_user_namespace "$here" vendor-db-example vendor-db' in verify.text
    for artifact in artifacts.values():
        (tmp_path / artifact.filename).write_text(artifact.text, encoding="utf-8")
    node = {"name": "node-1", "kernel": "6.12.57+deb13-amd64", "runtime": "containerd://2.3.1"}
    cluster = {"context": "lab", "nodes": [node], "runtimeclasses": {}, "sandbox_kernels": {}}
    cluster |= {"namespaces": {"default": {}}, "policies": [], "uid_map": uid_map, "pods": {}}
    env = fake_cluster.install(tmp_path, cluster)
    done = subprocess.run(
        ["sh", "verify.sh", "--json"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert (done.returncode == 0) is passes, (done.stdout, done.stderr)
    (check,) = [c for c in json.loads(done.stdout)["checks"] if c["check"] == "user-namespace"]
    assert check["result"] == ("pass" if passes else "fail") and check["workload"] == "vendor-db"
    assert check["node_uid"] == uid_map.split()[1]
    if not passes:
        assert "hostUsers: false is ignored on its node" in done.stderr
