"""`recommend --inventory FILE ...`: the inventory fills the cluster answers the answers file
leaves out, the report says what was detected (in every format, both languages), and what the
cluster already has changes what the plan says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.inventory.clusters import CLUSTERS


@pytest.fixture
def saved(tmp_path: Path):
    def save(platform: str, *kinds: str) -> list[str]:
        args = []
        for kind in kinds or ("nodes", "runtimeclasses", "version"):
            path = tmp_path / f"{platform}-{kind}.json"
            path.write_text(json.dumps(CLUSTERS[platform][kind]), encoding="utf-8")
            args += ["--inventory", str(path)]
        return args

    return save


def _answers(tmp_path: Path, text: str) -> str:
    path = tmp_path / "answers.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _plan(run_cli, *args: str) -> dict:
    code, out, err = run_cli("recommend", *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("platform", list(CLUSTERS))
def test_the_inventory_fills_the_platform_the_answers_leave_out(run_cli, tmp_path: Path, saved, platform: str) -> None:
    report = _plan(run_cli, "--answers", _answers(tmp_path, "answers: {trust: untrusted}\n"), *saved(platform))
    assert report["answers"]["platform"] == platform
    detected = [w["text"] for w in report["plan"]["warnings"] if w["kind"] == "detected"]
    assert detected[0].startswith("platform ") and str(tmp_path) in detected[0]


def test_an_answer_given_in_the_file_wins_and_the_report_says_so(run_cli, tmp_path: Path, saved) -> None:
    answers = _answers(tmp_path, "answers: {trust: untrusted, platform: eks}\n")
    report = _plan(run_cli, "--answers", answers, *saved("aks"))
    assert report["answers"]["platform"] == "eks"
    detected = [w["text"] for w in report["plan"]["warnings"] if w["kind"] == "detected"]
    assert any("Azure Kubernetes Service" in t and "Amazon EKS" in t and "is kept" in t for t in detected)
    # an AKS Kata pool says nothing about the EKS cluster the file names: no Kata on EKS from it
    assert report["answers"]["virtualization"] == "unknown"


def test_virtualization_comes_with_its_platform(run_cli, tmp_path: Path, saved) -> None:
    answers = _answers(tmp_path, "answers: {trust: untrusted, platform: aks}\n")
    assert _plan(run_cli, "--answers", answers, *saved("aks"))["answers"]["virtualization"] == "available"


def test_what_exists_is_said(run_cli, tmp_path: Path, saved) -> None:
    answers = _answers(tmp_path, "answers: {trust: untrusted}\n")

    def detected(platform: str) -> list[str]:
        report = _plan(run_cli, "--answers", answers, *saved(platform))
        return [w["text"] for w in report["plan"]["warnings"] if w["kind"] == "detected"]

    kubeadm = detected("kubernetes")
    # the class exists but no node lists its handler: it would not run a pod yet
    assert (
        "RuntimeClass runsc names handler runsc, which no node offers (status.runtimeHandlers): "
        "set it up on the nodes first" in kubeadm
    )
    # containerd 2.2 ended on 2026-11-06: the newer supported lines, the longest-supported first
    assert any(
        "containerd 2.2, whose support ended on 2026-11-06: move to 2.3 (until 2028-04-30), 2.4 (until 2027-04-26)" in t
        for t in kubeadm
    ), kubeadm
    gke = detected("gke")
    assert any("sandbox-pool" in t and "GKE Sandbox (gVisor) pool" in t for t in gke)
    assert any(t.startswith("RuntimeClass gvisor (handler gvisor) already exists and sandbox-pool offer") for t in gke)
    # on a managed platform the platform picks the runtime: no "move to containerd X"
    eks = detected("eks")
    assert any("upgrade the node image or the cluster version" in t for t in eks) and not any(
        "move to" in t for t in eks
    )
    # OpenShift's CRI-O builds follow OpenShift's releases; its Kata nodes are marked
    openshift = detected("openshift")
    assert not any("support ended" in t for t in openshift)
    assert any("role kata-oc, worker" in t and "OpenShift sandboxed containers (Kata) nodes" in t for t in openshift)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_format_and_language_shows_the_detected_lines(
    run_cli, tmp_path: Path, saved, fmt: str, lang: str
) -> None:
    answers = _answers(tmp_path, "answers: {trust: untrusted}\n")
    code, out, err = run_cli("recommend", "--answers", answers, *saved("aks"), "--format", fmt, "--lang", lang)
    assert code == 0, err
    word = {"en": "detected", "ko": "감지됨"}[lang]
    assert out.count(word) >= 3
    if lang == "ko":
        detected = [line for line in out.splitlines() if word in line]
        assert all("node(s)" not in line and "inventory says" not in line for line in detected), detected


def test_a_bad_inventory_file_is_exit_2_with_its_place(run_cli, tmp_path: Path) -> None:
    bad = tmp_path / "nodes.json"
    bad.write_text('{"items": [\n  {"kind": "Node",\n  }\n]}', encoding="utf-8")
    code, out, err = run_cli("recommend", "--answers", _answers(tmp_path, "answers: {}\n"), "--inventory", str(bad))
    assert code == 2 and out == ""
    assert err.startswith(f"{bad}:3:3: not JSON")


def test_without_an_inventory_nothing_is_detected(run_cli, tmp_path: Path) -> None:
    report = _plan(run_cli, "--answers", _answers(tmp_path, "answers: {trust: untrusted}\n"))
    assert not [w for w in report["plan"]["warnings"] if w["kind"] == "detected"]


def test_detect_prints_findings_and_valid_suggestions(run_cli, shipped_data) -> None:
    code, out, err = run_cli("detect", "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["supported"] is True and report["kvm"] in ("usable", "present", "absent")
    for question, choice in report["suggested_answers"].items():
        assert choice in shipped_data.questions.get(question).choice_ids
    assert all(f["what"] and f["evidence"] for f in report["findings"])
    code, text, _ = run_cli("detect")
    assert code == 0 and text.startswith("Found on this machine (read-only")


@pytest.mark.parametrize(
    ("platform", "evidence"),
    [
        ("gke", "from cloud.google.com/gke-nodepool on 2 of 2 node(s)"),
        ("eks", "from eks.amazonaws.com/* on 2 of 2 node(s)"),
        ("aks", "from kubernetes.azure.com/cluster on 2 of 2 node(s)"),
        ("openshift", "from node.openshift.io/os_id=rhcos on 2 of 2 node(s)"),
        ("kubernetes", "from no label or provider ID of a managed platform or OpenShift on the nodes"),
    ],
)
def test_the_platform_line_names_its_evidence_and_files(
    run_cli, tmp_path: Path, saved, platform: str, evidence: str
) -> None:
    args = saved(platform, "nodes", "version")
    report = _plan(run_cli, "--answers", _answers(tmp_path, "answers: {}\n"), *args)
    first = next(w["text"] for w in report["plan"]["warnings"] if w["kind"] == "detected")
    assert evidence in first and args[1] in first and args[3] in first


def test_korean_names_a_node_without_a_pool_label_in_korean(run_cli, tmp_path: Path, saved) -> None:
    code, out, err = run_cli(
        "recommend", "--answers", _answers(tmp_path, "answers: {}\n"), *saved("kubernetes", "nodes"), "--lang", "ko"
    )
    assert code == 0, err
    assert "노드 풀 (풀 레이블 없음): 노드 1개, containerd://2.2.0" in out and "(no pool label)" not in out
