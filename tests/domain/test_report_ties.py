"""A tie no tie-break rule settles (72 of the 77,760 single-workload answer sets) is reported
with the sentence that says the data's order settled it, in en and ko."""

from __future__ import annotations

import datetime as _dt

import pytest

from gui.domain.answers import AnswerSet
from gui.domain.engine import Advisor
from gui.domain.plan import build_plan
from gui.domain.report import build_report

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
