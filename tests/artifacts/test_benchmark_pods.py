"""The Kubernetes benchmark script, run as generated against the stand-in cluster
(tests/artifacts/fake_cluster.py, whose API server applies the plan's admission policy): it starts
its pods under the sandbox's RuntimeClass in the namespace labelled for the workload and without one
in BASELINE_NS, reads kubectl top, runs the write loop in the pod, deletes every pod it started,
and prints a measurement record that `recommend --evidence` reads back."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from gui.domain.advice.answers import load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.proof.evidence import read_records
from gui.domain.report.model import build_report
from tests.artifacts import fake_cluster
from tests.artifacts.test_verify_evidence import TODAY, _cluster
from tests.conftest import SCENARIOS, SCHEMAS

IMAGE = "registry.example/app:1.4"


def _artifacts(shipped_data, scenario: str) -> dict[str, str]:
    answer_set = load_answer_set(SCENARIOS / scenario, shipped_data.questions, SCHEMAS / "answers.schema.json")
    plan = build_plan(Advisor(shipped_data), answer_set)
    return {a.filename: a.text for a in build_report(shipped_data, plan, "en", TODAY).plan.artifacts}


def _run(shipped_data, tmp_path: Path, env: dict[str, str] | None = None, **changes: Any):
    for name, text in _artifacts(shipped_data, "cluster-own-and-customer-code.yaml").items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    cluster = _cluster(tmp_path, **{"memory": {"runsc": "21Mi", "runc": "3Mi"}, **changes})
    environment = fake_cluster.install(tmp_path, cluster)
    # kubectl top is retried every 5 seconds for 90; the stand-in answers at once, so sleep need not wait
    sleep = tmp_path / "bin" / "sleep"
    sleep.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    sleep.chmod(0o755)
    environment.update({"IMAGE": IMAGE, "COUNT": "3", **(env or {})})
    done = subprocess.run(
        ["sh", "benchmark.sh"], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120
    )
    return done, json.loads((tmp_path / "cluster.json").read_text(encoding="utf-8"))


def test_it_measures_the_sandbox_against_pods_without_one_and_cleans_up(shipped_data, tmp_path: Path) -> None:
    done, cluster = _run(shipped_data, tmp_path)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)  # standard output holds the record alone
    assert (record["platform"], record["where"], record["image"], record["count"]) == (
        "kubernetes",
        "lab-cluster",
        IMAGE,
        "3",
    )
    sandbox, base = record["results"]
    assert (sandbox["workload"], sandbox["runtime"], sandbox["role"], sandbox["memory"]) == (
        "customer-code",
        "gvisor",
        "sandbox",
        "21Mi",
    )
    assert (base["runtime"], base["role"], base["memory"]) == ("containerd", "node-runtime", "3Mi")
    assert all(r["startup_ms"].isdigit() and r["io_ms"].isdigit() for r in record["results"])
    created = cluster["created"]
    # a first pod per runtime pulls the image and is not counted, then COUNT
    in_sandbox = [p for p in created if p["namespace"] == "tenants"]
    without = [p for p in created if p["namespace"] == "default"]
    assert len(in_sandbox) == 4 and all(p["spec"]["runtimeClassName"] == "gvisor" for p in in_sandbox)
    assert len(without) == 4 and all("runtimeClassName" not in p["spec"] for p in without)
    assert all(p["spec"]["containers"][0]["image"] == IMAGE for p in created)
    assert all(p["spec"]["containers"][0]["args"] == ["sleep", "600"] for p in created)
    assert cluster["pods"] == {}  # every pod it started is gone
    assert [r["pod"].split("/")[0] for r in cluster["ran"]] == ["tenants", "default"]
    assert "dd if=/dev/zero" in cluster["ran"][0]["command"]


def test_its_record_comes_back_as_measured_on_your_nodes(shipped_data, tmp_path: Path, run_cli) -> None:
    done, _ = _run(shipped_data, tmp_path)
    path = tmp_path / "measured.json"
    path.write_text(done.stdout, encoding="utf-8")
    _, measurements = read_records((path,), SCHEMAS)
    assert measurements[0].results[0].runtime == "gvisor"
    code, out, err = run_cli(
        "recommend",
        "--answers",
        str(SCENARIOS / "cluster-own-and-customer-code.yaml"),
        "--evidence",
        str(path),
        "--format",
        "json",
    )
    assert code == 0, err
    (note,) = [w for w in json.loads(out)["plan"]["warnings"] if w["kind"] == "measured"]
    assert note["workload"] == "customer-code"
    assert f"with {IMAGE}, 3 pods: creation to Ready " in note["text"]
    assert "under RuntimeClass gvisor against " in note["text"] and "without one (containerd)" in note["text"]
    assert "memory of one running pod 21Mi against 3Mi (kubectl top)" in note["text"]


def test_pin_and_arguments_are_the_users(shipped_data, tmp_path: Path) -> None:
    done, cluster = _run(shipped_data, tmp_path, {"NODE": "node-1", "HOLD": "serve --port 8080"})
    assert done.returncode == 0, done.stderr
    spec = cluster["created"][0]["spec"]
    assert spec["nodeSelector"] == {"kubernetes.io/hostname": "node-1"}
    assert spec["containers"][0]["args"] == ["serve", "--port", "8080"]


def test_without_metrics_server_memory_is_said_unknown(shipped_data, tmp_path: Path) -> None:
    done, _ = _run(shipped_data, tmp_path, memory={})
    assert done.returncode == 0, done.stderr
    assert {r["memory"] for r in json.loads(done.stdout)["results"]} == {"unknown: kubectl top gave nothing"}


def test_a_baseline_namespace_under_the_policy_stops_it_and_leaves_no_pod(shipped_data, tmp_path: Path) -> None:
    # the pods without a RuntimeClass cannot start where the sandbox's policy applies: said, not measured
    done, cluster = _run(shipped_data, tmp_path, {"BASELINE_NS": "tenants"})
    assert done.returncode != 0 and done.stdout == ""
    assert "ValidatingAdmissionPolicy 'customer-code-sandbox'" in done.stderr
    assert cluster["pods"] == {}


def test_without_an_image_it_stops_before_starting_anything(shipped_data, tmp_path: Path) -> None:
    done, cluster = _run(shipped_data, tmp_path, {"IMAGE": ""})
    assert done.returncode != 0 and "set IMAGE first" in done.stderr
    assert "created" not in cluster


def test_a_plan_whose_only_sandbox_needs_a_pod_policy_gets_no_benchmark(shipped_data) -> None:
    # confidential pods start only with a policy generated for their own image (verify.sh says how)
    artifacts = _artifacts(shipped_data, "confidential-eks.yaml")
    assert "confidential-sandbox" in artifacts["verify.sh"]
    assert "benchmark.sh" not in artifacts
    assert "benchmark.sh" in _artifacts(shipped_data, "agents-eks.yaml")


def test_the_report_points_to_benchmark_sh_only_where_the_plan_has_one(shipped_data) -> None:
    pointed = 0
    for scenario in sorted(SCENARIOS.glob("*.yaml")):
        answer_set = load_answer_set(scenario, shipped_data.questions, SCHEMAS / "answers.schema.json")
        for lang in ("en", "ko"):
            report = build_report(shipped_data, build_plan(Advisor(shipped_data), answer_set), lang, TODAY)
            capacity = [line for w in report.plan.workloads if w.capacity for line in w.capacity.lines]
            if any("benchmark.sh" in line for line in capacity):
                pointed += 1
                assert "benchmark.sh" in [a.filename for a in report.plan.artifacts], (scenario.name, lang)
    assert pointed > 20  # the sentence is there to be checked
