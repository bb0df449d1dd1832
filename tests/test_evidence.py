"""Evidence fed back into the plan (recommend --evidence): what a record verified is said beside
its workload; a failed check, a workload verified under another RuntimeClass, a record for
another platform or workload, and a sandboxed workload no record shows in its sandbox are
warnings, first among the plan's notes. A broken record is refused with its file, line and what
is allowed, and the report is not made."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SCENARIOS

CLUSTER = SCENARIOS / "cluster-own-and-customer-code.yaml"


def _record(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "evidence": 1,
        "tool": "Runtime Advisor 0.1.0",
        "platform": "kubernetes",
        "checked_at": "2026-12-07T20:44:09Z",
        "where": "lab-cluster",
        "result": "pass",
        "checks": [
            {"check": "node-runtime", "result": "pass", "runtimes": "containerd://2.3.1 "},
            {
                "check": "policy-refuses",
                "result": "pass",
                "workload": "customer-code",
                "namespace": "tenants",
                "policy": "customer-code-sandbox",
                "seen": "denied",
            },
            {
                "check": "sandbox-kernel",
                "result": "pass",
                "workload": "customer-code",
                "runtime_class": "gvisor",
                "handler": "runsc",
                "node": "node-1",
                "node_kernel": "6.12.57",
                "sandbox_kernel": "4.4.0",
            },
        ],
    }
    record.update(changes)
    return record


def _plan(run_cli, tmp_path: Path, *records: dict[str, Any] | str) -> dict[str, Any]:
    args = ["recommend", "--answers", str(CLUSTER), "--format", "json", "--lang", "en"]
    for n, record in enumerate(records):
        path = tmp_path / f"evidence-{n}.json"
        path.write_text(record if isinstance(record, str) else json.dumps(record), encoding="utf-8")
        args += ["--evidence", str(path)]
    code, out, err = run_cli(*args)
    assert code == 0, err
    return json.loads(out)["plan"]


def _ours(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [w for w in plan["warnings"] if w["id"].startswith(("evidence-", "verified-"))]


def test_a_passing_record_of_this_plan_is_said_beside_its_workload(run_cli, tmp_path: Path) -> None:
    plan = _plan(run_cli, tmp_path, _record())
    notes = _ours(plan)
    assert [n["id"] for n in notes] == ["verified-node-runtime", "verified-policy-refuses", "verified-sandbox-kernel"]
    assert [n["workload"] for n in notes] == [None, "customer-code", "customer-code"]
    assert notes[2]["text"] == (
        "on 2026-12-07 20:44 UTC on lab-cluster (evidence-0.json): ran in its sandbox: kernel 4.4.0, not the "
        "node's 6.12.57 (RuntimeClass gvisor, handler runsc)"
    )
    assert (
        "policy customer-code-sandbox refused a pod without its RuntimeClass in namespace tenants" in notes[1]["text"]
    )
    # kubectl's jsonpath range leaves a trailing space in the record; the sentence does not show it
    assert notes[0]["text"].endswith("every node runs the plan's runtime (containerd://2.3.1)")
    assert plan["warnings"][: len(notes)] == notes, "first among the plan's notes"
    assert plan["evidence"][0]["where"] == "lab-cluster" and len(plan["evidence"][0]["checks"]) == 3


def test_without_evidence_nothing_changes(run_cli, tmp_path: Path) -> None:
    plan = _plan(run_cli, tmp_path)
    assert _ours(plan) == [] and "evidence" not in plan


def _failed_check(check: str, **seen: str) -> dict[str, Any]:
    return {"check": check, "result": "fail", "workload": "customer-code", **seen}


@pytest.mark.parametrize(
    ("checks", "warned", "said"),
    [
        (
            [_failed_check("policy-refuses", namespace="tenants", policy="customer-code-sandbox", seen="admitted")],
            "evidence-failed",
            "no admission policy customer-code-sandbox refused a pod of workload customer-code",
        ),
        (
            [
                _failed_check(
                    "sandbox-kernel",
                    runtime_class="gvisor",
                    node_kernel="6.12.57",
                    sandbox_kernel="6.12.57",
                    handler="",
                )
            ],
            "evidence-failed",
            "workload customer-code did not run in its sandbox (RuntimeClass gvisor, kernel 6.12.57",
        ),
        (
            [{**_record()["checks"][2], "runtime_class": "kata-qemu"}],
            "evidence-contradicts",
            "under RuntimeClass kata-qemu, but this plan selects gvisor",
        ),
        ([{"check": "sandbox-kernel", "result": "pass", "workload": "billing"}], "evidence-other-plan", "billing"),
    ],
)
def test_what_contradicts_the_plan_is_a_warning_first(
    run_cli, tmp_path: Path, checks: list[dict[str, Any]], warned: str, said: str
) -> None:
    plan = _plan(run_cli, tmp_path, _record(result="fail", checks=checks))
    first = plan["warnings"][0]
    assert first["kind"] == "warning" and first["id"] == warned and said in first["text"], first
    # nothing showed customer-code in its sandbox, so that is said too
    missing = [w for w in plan["warnings"] if w["id"] == "evidence-missing"]
    assert [w["workload"] for w in missing] == ["customer-code"]


def test_a_record_for_another_platform_is_not_compared(run_cli, tmp_path: Path) -> None:
    plan = _plan(run_cli, tmp_path, _record(platform="single-host"))
    ids = [n["id"] for n in _ours(plan)]
    assert ids == ["evidence-other-plan", "evidence-missing"]


@pytest.mark.parametrize(
    ("content", "where", "what"),
    [
        ('{"evidence": 1, "tool": "x",\n  "platform": ', ":3:", "did not find expected node content"),  # cut short
        (
            json.dumps(_record(result="maybe"), indent=1),
            ":7:",
            "result: the text 'maybe' is not allowed; allowed: pass, fail",
        ),
        (json.dumps(_record(evidence=2), indent=1), ":2:", "evidence: must be 1, found the number 2"),
        (json.dumps({**_record(), "checked_at": "yesterday"}, indent=1), ":5:", "allowed: UTC, as date -u"),
        ("", ":1:", "empty"),
    ],
)
def test_a_broken_record_is_refused_with_where_and_what(
    run_cli, tmp_path: Path, content: str, where: str, what: str
) -> None:
    path = tmp_path / "evidence.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run_cli("recommend", "--answers", str(CLUSTER), "--evidence", str(path))
    assert code == 2 and out == ""
    assert f"{path}{where}" in err and what in err, err
    assert "Traceback" not in err


def test_a_missing_record_is_refused(run_cli, tmp_path: Path) -> None:
    code, out, err = run_cli("recommend", "--answers", str(CLUSTER), "--evidence", str(tmp_path / "nowhere.json"))
    assert code == 2 and out == "" and "nowhere.json" in err and "Traceback" not in err


def test_every_evidence_sentence_has_both_languages_with_the_same_placeholders() -> None:
    import re
    import string

    from gui.domain.artifacts.policy_words import all_policy_words
    from gui.domain.proof.evidence_plan import all_evidence_words

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    hangul = re.compile("[\uac00-\ud7a3]")
    for key, (english, korean) in {**all_evidence_words(), **all_policy_words()}.items():
        assert fields(english) == fields(korean), key
        if key not in ("at", "verified"):  # a date, a place and a sentence: nothing to translate
            assert hangul.search(korean) and not hangul.search(english), key


def _measurement(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "measurement": 1,
        "tool": "Runtime Advisor 0.1.0",
        "platform": "kubernetes",
        "measured_at": "2026-12-07T21:10:45Z",
        "where": "node-1",
        "image": "registry.example/app:1.4",
        "count": "5",
        "results": [
            {
                "workload": "customer-code",
                "runtime": "gvisor",
                "role": "sandbox",
                "startup_ms": "363",
                "memory": "12.21MiB",
                "io_ms": "454",
            },
            {
                "workload": "customer-code",
                "runtime": "containerd",
                "role": "node-runtime",
                "startup_ms": "157",
                "memory": "640KiB",
                "io_ms": "158",
            },
        ],
    }
    record.update(changes)
    return record


def test_a_measurement_is_said_beside_its_workload_with_the_datasets_figure(run_cli, tmp_path: Path) -> None:
    plan = _plan(run_cli, tmp_path, _measurement())
    (note,) = [w for w in plan["warnings"] if w["kind"] == "measured"]
    assert note["workload"] == "customer-code"
    assert note["text"].startswith("on 2026-12-07 21:10 UTC on node-1 (evidence-0.json) with registry.example/app:1.4")
    # gVisor's entry cites start-up measurements at runc's level (start_added_ms 0): said in words, not "0 ms more"
    assert (
        "5 pods: creation to Ready 363 ms under RuntimeClass gvisor against 157 ms without one (containerd) (the "
        "dataset's notes measured it starting about as fast as runc)" in note["text"]
    )
    assert "memory of one running pod 12.21MiB against 640KiB (kubectl top)" in note["text"]
    assert plan["measurements"][0]["results"][0]["startup_ms"] == 363


def test_a_broken_measurement_is_refused_with_where_and_what(run_cli, tmp_path: Path) -> None:
    record = _measurement()
    record["results"][0]["startup_ms"] = "fast"
    path = tmp_path / "measurement.json"
    path.write_text(json.dumps(record, indent=1), encoding="utf-8")
    code, out, err = run_cli("recommend", "--answers", str(CLUSTER), "--evidence", str(path))
    assert code == 2 and out == "" and f"{path}:" in err and "startup_ms" in err and "Traceback" not in err
