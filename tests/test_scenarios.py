"""Scenario tests: real answers files through the real CLI, and the plan each must give.

Each file in tests/scenarios/ opens with the reasoning (from the reference facts, with a
source) and `# expect` lines, one per workload:

    # expect WORKLOAD: PICK [or PICK ...] [| runtime_class NAME] [| warns ID, ID] [| never PICK]
    # expect plan: warns ID, ID

`none` means nothing may fit. `warns` names warnings or preconditions the plan must state for
that workload; `warns-if-shared-kernel` applies only when the pick shares the host kernel.
The set covers every platform x trust x virtualization cell, GPUs and clusters of workloads.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS

EXPECT = re.compile(r"^# expect (?P<who>[a-z0-9-]+): (?P<what>.+)$")
SHARED_KERNEL = {"cri-o", "containerd", "docker"}


@dataclass
class Expectation:
    picks: set[str | None] = field(default_factory=set)
    runtime_class: str | None = None
    warns: list[str] = field(default_factory=list)
    warns_if_shared: list[str] = field(default_factory=list)
    never: list[str] = field(default_factory=list)


def expectations(path: Path) -> dict[str, Expectation]:
    found: dict[str, Expectation] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = EXPECT.match(line)
        if not match:
            continue
        expectation = Expectation()
        for part in (p.strip() for p in match["what"].split("|")):
            key, _, rest = part.partition(" ")
            items = [i.strip() for i in rest.split(",")]
            if key == "runtime_class":
                expectation.runtime_class = rest
            elif key == "warns":
                expectation.warns = items
            elif key == "warns-if-shared-kernel":
                expectation.warns_if_shared = items
            elif key == "never":
                expectation.never = items
            else:
                expectation.picks = {None if p == "none" else p for p in part.split(" or ")}
        found[match["who"]] = expectation
    return found


FILES = sorted(p.name for p in SCENARIOS.glob("*.yaml"))


def test_the_scenarios_cover_every_platform_trust_and_virtualization_cell() -> None:
    import itertools

    cells = {
        f"{p}-{t}-{v}.yaml"
        for p, t, v in itertools.product(
            ("kubernetes", "openshift", "single-host", "gke", "eks", "aks"),
            ("own", "third-party", "untrusted"),
            ("unknown", "available", "unavailable"),
        )
    }
    assert cells <= set(FILES)
    assert len(FILES) >= 40
    assert sum(1 for f in FILES if f.startswith("gpu-")) >= 5
    assert sum(1 for f in FILES if f.startswith("cluster-")) >= 5


@pytest.mark.parametrize("name", FILES)
def test_scenario_file_says_why_and_what_to_expect(name: str) -> None:
    text = (SCENARIOS / name).read_text(encoding="utf-8")
    assert text.startswith("# "), f"{name} has no why-comment"
    assert "# Source: https://" in text, f"{name} cites no source"
    found = expectations(SCENARIOS / name)
    assert "default" in found and all(e.picks for w, e in found.items() if w != "plan")


@pytest.mark.parametrize("name", FILES)
def test_scenario_plan(run_cli, name: str) -> None:
    code, out, err = run_cli("recommend", "--answers", str(SCENARIOS / name), "--format", "json")
    assert (code, err) == (0, "")
    plan = json.loads(out)["plan"]
    workloads = {w["name"]: w for w in plan["workloads"]}
    warned: dict[str | None, set[str]] = {}
    for warning in plan["warnings"]:
        warned.setdefault(warning["workload"], set()).add(warning["id"])
    for who, expected in expectations(SCENARIOS / name).items():
        if who == "plan":
            assert set(expected.warns) <= warned.get(None, set()), (name, warned.get(None))
            continue
        workload = workloads[who]
        pick = workload["recommendation"]
        assert pick in expected.picks, (name, who, pick, workload["fit"])
        assert pick not in expected.never, (name, who, pick)
        if expected.runtime_class is not None:
            assert workload["runtime_class"] == expected.runtime_class, (name, who)
        mine = warned.get(who, set())
        assert set(expected.warns) <= mine, (name, who, mine)
        if pick in SHARED_KERNEL:
            assert set(expected.warns_if_shared) <= mine, (name, who, mine)
        # a tie is never hidden: the plan says so
        if workload["tied_with"]:
            assert "tie" in mine, (name, who)


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
    assert {"question": "platform", "current": "kubernetes", "answer": "openshift", "recommendation": "kata"} in (
        result["what_if"]
    ), "OpenShift's peer pods need no hardware virtualization"


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


def test_a_cluster_has_one_node_runtime_and_a_runtime_class_per_sandboxed_workload(run_cli) -> None:
    _, out, _ = run_cli("recommend", "--answers", str(SCENARIOS / "cluster-gke-tenants.yaml"), "--format", "json")
    plan = json.loads(out)["plan"]
    assert plan["node_runtime"]["runtime"] == "containerd" and plan["node_runtime"]["oci_runtime"] == "runc"
    assert [(w["name"], w["sandbox"], w["runtime_class"], w["handler"]) for w in plan["workloads"]] == [
        ("default", None, None, None),
        ("tenant-jobs", "gvisor", "gvisor", "gvisor"),
        ("tenant-gpu", "gvisor", "gvisor", "gvisor"),
    ]
