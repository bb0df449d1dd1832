"""The artifacts of five plans, kept as golden files that a person has read: a self-managed
cluster with own and customer code, GKE with tenants, OpenShift on a cloud, a cluster with both
sandboxes, and a Docker host with both. A change to any
generator shows up here as a diff to review (`pytest --force-regen` rewrites them after review)."""

from __future__ import annotations

import datetime as _dt

import pytest

from gui.domain.advice.answers import load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.report.model import build_report
from tests.conftest import SCENARIOS, SCHEMAS

TODAY = _dt.date(2026, 11, 29)


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize(
    "scenario",
    [
        "cluster-own-and-customer-code",
        "cluster-gke-tenants",
        "cluster-openshift-cloud",
        "cluster-two-sandboxes",  # kata-deploy beside gVisor on nodes you run
        "cluster-docker-host-two-sandboxes",  # Docker Engine's daemon.json and installs
    ],
)
def test_artifacts_match_the_reviewed_files(shipped_data, file_regression, scenario: str, lang: str) -> None:
    answer_set = load_answer_set(
        SCENARIOS / f"{scenario}.yaml", shipped_data.questions, SCHEMAS / "answers.schema.json"
    )
    plan = build_report(shipped_data, build_plan(Advisor(shipped_data), answer_set), lang, TODAY).plan
    text = "".join(
        f"==> {a.filename} ({a.kind}; {a.applies_to}; {a.source}) <==\n{a.note + chr(10) if a.note else ''}{a.text}\n"
        for a in plan.artifacts
    )
    file_regression.check(text, basename=f"{scenario}.{lang}", extension=".txt")
