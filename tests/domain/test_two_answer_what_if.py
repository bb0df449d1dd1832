"""When nothing fits and no single answer would give a fit, the plan still says what would: two
answers that each ask for a VM per pod (privileged untrusted code, and a separate kernel), on a
single host with GPUs and no virtualization, need two changes together."""

from __future__ import annotations

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.plan import build_plan
from gui.domain.report.json_output import report_to_json
from gui.domain.report.model import build_report
from gui.domain.report.text import render_text

STUCK = {
    "platform": "single-host",
    "trust": "untrusted",
    "isolation": "separate-kernel",
    "gpu": "nvidia",
    "privileges": "privileged",
    "virtualization": "unavailable",
}


def test_no_single_change_fits_so_pairs_are_listed_and_each_is_true(shipped_data, advisor) -> None:
    answers = AnswerSet.single(STUCK, shipped_data.questions).answers_for(0)
    assert advisor.decide(answers).pick is None
    what_if = advisor.what_if(answers, None)
    assert not any(w.recommendation for w in what_if if not w.also), "no single answer gives a fit"
    pairs = [w for w in what_if if w.also]
    assert 0 < len(pairs) <= 8
    for w in pairs:
        changed = {**answers, **{question: answer for question, _, answer in w.changes}}
        assert advisor.decide(changed).pick == w.recommendation is not None
        assert len(w.changes) == 2 and w.changes[0][0] != w.changes[1][0]


def test_a_pair_is_said_in_text_and_json(shipped_data, advisor) -> None:
    answer_set = AnswerSet.single(STUCK, shipped_data.questions)
    report = build_report(shipped_data, build_plan(advisor, answer_set), "en")
    pair = next(w for w in report.what_if if w.also)
    assert f"{pair.question}: {pair.current} -> {pair.answer}, and {pair.also[0].question}:" in render_text(report)
    line = next(line for line in report_to_json(report)["what_if"] if "also" in line)
    assert line["also"] == [
        {"question": pair.also[0].question_id, "current": pair.also[0].current_id, "answer": pair.also[0].answer_id}
    ]
    # a single change keeps the version 1 shape
    assert all(
        set(line) == {"question", "current", "answer", "recommendation"}
        for line in report_to_json(report)["what_if"]
        if "also" not in line
    )
