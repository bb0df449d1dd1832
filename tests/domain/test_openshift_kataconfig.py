"""OpenShift's KataConfig: with virtualization on the nodes, Kata runs there (no peer pods);
without it, only through peer pods, each pod in its own cloud VM (DESIGN.md 4.1 item 4)."""

from __future__ import annotations

import yaml

from gui.domain.advice.answers import load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.artifacts.build import build_artifacts
from tests.conftest import SCENARIOS, SCHEMAS


def _comments(text: str) -> str:
    return " ".join(line.lstrip("# ") for line in text.splitlines() if line.startswith("#"))


def _kataconfig(shipped_data, scenario: str):
    schema = SCHEMAS / "answers.schema.json"
    answers = load_answer_set(SCENARIOS / f"{scenario}.yaml", shipped_data.questions, schema)
    artifacts = build_artifacts(shipped_data, build_plan(Advisor(shipped_data), answers), "en", "2026-11-29")
    (artifact,) = [a for a in artifacts if a.id.startswith("kataconfig-")]
    return artifact, yaml.safe_load(artifact.text)


def test_with_virtualization_kata_runs_on_the_nodes(shipped_data) -> None:
    artifact, document = _kataconfig(shipped_data, "openshift-untrusted-available")
    assert document["kind"] == "KataConfig"
    assert "enablePeerPods" not in (document.get("spec") or {})
    assert "must be bare metal or have nested virtualization" in _comments(artifact.text)
    assert "peer-pods" not in _comments(artifact.text)


def test_without_virtualization_only_peer_pods(shipped_data) -> None:
    artifact, document = _kataconfig(shipped_data, "openshift-untrusted-unavailable")
    assert document["spec"]["enablePeerPods"] is True
    assert "Create the peer-pods ConfigMap and Secret" in _comments(artifact.text)
