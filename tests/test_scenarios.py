"""Scenario tests: real answers files through the real CLI, and the top pick each must give.

The reason for each expectation, from the seed table, is the comment at the top of its file
in tests/scenarios/. A set means any of its members is an acceptable answer.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import SCENARIOS

EXPECTED: dict[str, set[str | None]] = {
    "openshift.yaml": {"cri-o"},
    "kubernetes-defaults.yaml": {"cri-o", "containerd"},
    "single-host-docker-cli.yaml": {"docker"},
    "single-host-defaults.yaml": {"docker"},
    "kubernetes-docker-cli.yaml": {"containerd"},
    "untrusted-web-no-virt.yaml": {"gvisor"},
    "untrusted-database-virt.yaml": {"kata"},
    "separate-kernel-no-virt.yaml": {None},
    "separate-kernel-virt.yaml": {"kata"},
    "syscall-filtering-no-virt.yaml": {"gvisor"},
    "untrusted-fast-dense.yaml": {"gvisor"},
    "untrusted-network-virt.yaml": {"kata"},
    "third-party-web.yaml": {"gvisor"},
    "proven-io-heavy.yaml": {"cri-o", "containerd"},
    "single-host-untrusted-no-virt.yaml": {"gvisor"},
    "openshift-untrusted-virt.yaml": {"kata"},
}


def test_every_scenario_file_has_an_expectation_and_a_reason() -> None:
    files = {p.name for p in SCENARIOS.glob("*.yaml")}
    assert files == set(EXPECTED)
    for name in files:
        assert (SCENARIOS / name).read_text(encoding="utf-8").startswith("# "), f"{name} has no why-comment"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_scenario_top_pick(run_cli, name: str) -> None:
    code, out, err = run_cli("recommend", "--answers", str(SCENARIOS / name), "--format", "json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["recommendation"] in EXPECTED[name]
    # a tie at the top would make the pick arbitrary: none of the scenarios may rely on one
    assert result["tied_with"] == []


def test_nothing_fits_says_which_single_change_would_fit(run_cli) -> None:
    code, out, _ = run_cli(
        "recommend", "--answers", str(SCENARIOS / "separate-kernel-no-virt.yaml"), "--format", "json"
    )
    result = json.loads(out)
    assert code == 0 and result["recommendation"] is None
    assert all(entry["excluded"] for entry in result["ranking"])
    assert {
        "question": "virtualization",
        "current": "unavailable",
        "answer": "available",
        "recommendation": "kata",
    } in result["what_if"]
    assert all(w["recommendation"] is not None for w in result["what_if"])


def test_kata_is_excluded_without_virtualization_with_its_reason(run_cli) -> None:
    _, out, _ = run_cli("recommend", "--answers", str(SCENARIOS / "untrusted-web-no-virt.yaml"), "--format", "json")
    kata = next(e for e in json.loads(out)["ranking"] if e["runtime"] == "kata")
    assert kata["excluded"]
    assert [r["rule"] for r in kata["reasons"] if r["kind"] == "exclude"] == ["kata-needs-virtualization"]
    assert "hardware virtualization" in kata["reasons"][0]["text"]


def test_docker_on_kubernetes_is_excluded_with_the_dockershim_note(run_cli) -> None:
    _, out, _ = run_cli("recommend", "--answers", str(SCENARIOS / "kubernetes-defaults.yaml"), "--format", "json")
    docker = next(e for e in json.loads(out)["ranking"] if e["runtime"] == "docker")
    assert docker["excluded"]
    reason = next(r for r in docker["reasons"] if r["rule"] == "kubernetes-no-docker-node")
    assert "cri-dockerd" in reason["text"]
    assert "note:dockershim-removed" in reason["basis"]
