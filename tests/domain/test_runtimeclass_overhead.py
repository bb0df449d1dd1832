"""The gVisor RuntimeClass's overhead: gVisor publishes none, so the shipped data leaves it out
and the manifest says to measure it; a data set that does give one (a team's own measurement)
must reach Kubernetes as `overhead.podFixed`, spelled as the API spells it."""

from __future__ import annotations

import dataclasses

import pytest
import yaml

from gui.domain.advice.answers import load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.artifacts.artifact import Context
from gui.domain.artifacts.kubernetes import runtimeclass_gvisor
from tests.conftest import DATA, SCENARIOS, SCHEMAS


def _gvisor_runtimeclass(shipped_data, memory: str | None, cpu: str | None) -> tuple[str, dict]:
    answers = load_answer_set(
        SCENARIOS / "cluster-own-and-customer-code.yaml", shipped_data.questions, SCHEMAS / "answers.schema.json"
    )
    context = Context(shipped_data, build_plan(Advisor(shipped_data), answers), "en", "2026-11-29")
    ((offer, variant),) = [(o, v) for o, v in context.variants() if o.runtime == "gvisor"]
    measured = dataclasses.replace(variant, overhead_memory=memory, overhead_cpu=cpu)
    text = runtimeclass_gvisor(context, offer, measured).text
    return text, yaml.safe_load(text)


def test_the_shipped_gvisor_runtimeclass_has_no_overhead_and_says_why(shipped_data) -> None:
    text, document = _gvisor_runtimeclass(shipped_data, None, None)
    assert "overhead" not in document
    comments = " ".join(line.lstrip("# ") for line in text.splitlines() if line.startswith("#"))
    assert "gVisor publishes no per-pod overhead" in comments
    assert "add overhead.podFixed once you have measured yours." in comments


@pytest.mark.parametrize(
    ("memory", "cpu", "pod_fixed"),
    [("160Mi", "100m", {"memory": "160Mi", "cpu": "100m"}), ("160Mi", None, {"memory": "160Mi"})],
)
def test_a_measured_overhead_is_the_runtimeclass_pod_fixed_overhead(shipped_data, memory, cpu, pod_fixed) -> None:
    text, document = _gvisor_runtimeclass(shipped_data, memory, cpu)
    assert document["overhead"] == {"podFixed": pod_fixed}
    assert document["handler"] == "runsc"
    assert "add overhead.podFixed once you have measured yours" not in text


@pytest.mark.parametrize(
    ("memory", "cpu", "en", "ko"),
    [
        ("320Mi", "250m", "320Mi memory, 250m CPU", "메모리 320Mi, CPU 250m"),
        ("600Mi", None, "600Mi memory", "메모리 600Mi"),
    ],
)
def test_the_reports_overhead_names_memory_then_cpu(memory, cpu, en, ko) -> None:
    from types import SimpleNamespace

    from gui.domain.report.model import _overhead

    workload = SimpleNamespace(variant=SimpleNamespace(overhead_memory=memory, overhead_cpu=cpu))
    assert _overhead(workload, "en") == en
    assert _overhead(workload, "ko") == ko
    assert _overhead(SimpleNamespace(variant=None), "en") is None


def test_every_shipped_variant_carries_the_overhead_platforms_yaml_gives_it(shipped_data) -> None:
    """Kata's RuntimeClasses reserve memory and CPU per pod (kata-deploy's values); the plan and
    the manifests read both from the loaded variant."""
    raw = yaml.safe_load((DATA / "platforms.yaml").read_text(encoding="utf-8"))
    with_cpu = 0
    for platform in raw["platforms"]:
        offers = shipped_data.platforms[platform["id"]].sandboxes
        for offer_raw, offer in zip(platform["sandboxes"], offers, strict=True):
            for variant_raw, variant in zip(offer_raw["variants"], offer.variants, strict=True):
                overhead = variant_raw["overhead"] or {}
                assert (variant.overhead_memory, variant.overhead_cpu) == (overhead.get("memory"), overhead.get("cpu"))
                assert variant.hypervisor == variant_raw["hypervisor"]
                with_cpu += variant.overhead_cpu is not None
    assert with_cpu > 0
