"""Parts of the report and the plan no golden plan reaches: a tie no tie-break rule settles (72
of the 77,760 single-workload answer sets), reported with the sentence that says the data's
order settled it (en and ko); an erratum on a pro (the shipped errata concern cons and rows); a
weak fit; a platform's own notes (only EKS has some)."""

from __future__ import annotations

import datetime as _dt

import pytest
import yaml

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.report.model import build_report
from tests.conftest import DATA

# own code on self-managed Kubernetes, asking for syscall filtering: a tie no rule settles
ANSWERS = {"platform": "kubernetes", "trust": "own", "isolation": "syscall-filtering", "virtualization": "available"}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The tie was settled by the dataset's order, not by a reason: weigh both."),
        ("ko", "동점은 이유가 아니라 데이터의 순서로 정해졌습니다. 둘 다 검토하세요."),
    ],
)
def test_a_tie_settled_by_the_datas_order_says_so(shipped_data, lang: str, sentence: str) -> None:
    answers = AnswerSet.single(ANSWERS, shipped_data.questions)
    plan = build_plan(Advisor(shipped_data), answers)
    report = build_report(shipped_data, plan, lang, _dt.date(2026, 11, 29))
    (workload,) = report.plan.workloads
    assert workload.tied_with and workload.fit == "tie"
    assert workload.tie_break == sentence
    # and the plan's warnings say it, after naming the two
    tied = {
        "en": "gVisor is tied with Kata Containers.",
        "ko": "점수가 같습니다: gVisor, Kata Containers.",
    }[lang]
    assert [(n.id, n.kind, n.text) for n in report.plan.notes if n.id == "tie"] == [
        ("tie", "warning", f"{tied} {sentence}")
    ]


def test_an_erratum_on_a_pro_or_a_con_is_shown_beside_that_item(shipped_data) -> None:
    """The shipped errata all concern cons or rows; one on a pro must reach the pro it names."""
    import dataclasses

    from gui.domain.report.model import _detail

    gvisor = shipped_data.dataset.runtime("gvisor")
    on_a_con = next(e for e in gvisor.errata if e.target_kind == "con" and e.target == 1)
    on_a_pro = dataclasses.replace(on_a_con, target_kind="pro", target=2)
    detail = _detail(shipped_data, dataclasses.replace(gvisor, errata=(on_a_con, on_a_pro)), "en")
    correction = on_a_con.correction.get("en")
    assert [i.erratum for i in detail.pros] == [None, correction] + [None] * (len(gvisor.pros) - 2)
    assert [i.erratum for i in detail.cons] == [correction] + [None] * (len(gvisor.cons) - 1)
    assert [i.text for i in detail.pros] == [p.text.get("en") for p in gvisor.pros]


def test_a_weak_fit_is_a_warning_for_its_workload(shipped_data) -> None:
    # own code that needs syscall filtering and an NVIDIA GPU, on nodes without virtualization:
    # gVisor is the best there is, with a score below zero
    answers = {
        "platform": "kubernetes",
        "trust": "own",
        "isolation": "syscall-filtering",
        "workload": "web-stateless",
        "gpu": "nvidia",
        "virtualization": "unavailable",
        "maturity": "proven",
    }
    plan = build_plan(Advisor(shipped_data), AnswerSet.single(answers, shipped_data.questions))
    weak = [(n.id, n.kind, n.workload, n.text.en) for n in plan.notes if n.id == "weak-fit"]
    assert weak == [
        (
            "weak-fit",
            "warning",
            "default",
            "gVisor is a weak fit: its score is below zero, so more counts against it than for it.",
        )
    ]
    assert [n.id for n in plan.notes_for("default")].count("weak-fit") == 1


def test_a_platforms_notes_are_in_its_plans_report_newest_first(shipped_data) -> None:
    # EKS is the platform with notes (none of the golden plans is on EKS)
    answers = AnswerSet.single({"platform": "eks", "trust": "untrusted"}, shipped_data.questions)
    plan = build_plan(Advisor(shipped_data), answers)
    report = build_report(shipped_data, plan, "en", _dt.date(2026, 11, 29))
    notes = shipped_data.platforms["eks"].notes
    assert [n.date for n in report.plan.platform_notes] == ["2026-03-09", "2024-12"]
    assert {n.text for n in report.plan.platform_notes} == {n.text.en for n in notes}
    # and each of the workload's own warnings is in its part of the report
    (workload,) = report.plan.workloads
    assert [n.id for n in workload.notes] == [n.id for n in plan.notes_for("default")]
    assert workload.notes


def test_each_runtime_the_plan_uses_carries_its_links_from_the_data(shipped_data) -> None:
    """The results page's Docs section lists them (the text renderers do not)."""
    raw = yaml.safe_load((DATA / "runtimes.yaml").read_text(encoding="utf-8"))
    links = {r["id"]: tuple(r.get("links", ())) for r in raw["runtimes"]}
    answers = AnswerSet.single({**ANSWERS, "trust": "untrusted"}, shipped_data.questions)
    report = build_report(shipped_data, build_plan(Advisor(shipped_data), answers), "en", _dt.date(2026, 11, 29))
    assert len(report.plan.details) == 2  # the node runtime and the sandbox
    for detail in report.plan.details:
        assert detail.links == links[detail.runtime_id] and detail.links, detail.runtime_id
