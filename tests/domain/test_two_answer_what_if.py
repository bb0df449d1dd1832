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


def test_the_pair_search_lists_every_pair_a_full_evaluation_would(shipped_data, advisor) -> None:
    # the search asks only whether anything survives the exclusions before it scores a pair;
    # scoring every pair must list the same pairs in the same order
    answers = AnswerSet.single(STUCK, shipped_data.questions).answers_for(0)
    single = advisor._changes(answers)
    by_scoring = []
    for n, (question, _, choice) in enumerate(single):
        for other, _, other_choice in single[n + 1 :]:
            if other != question:
                pick = advisor.decide({**answers, question: choice, other: other_choice}).pick
                if pick is not None:
                    by_scoring.append((question, choice, other, other_choice, pick))
    pairs = [w for w in advisor.what_if(answers, None) if w.also]
    listed = [(w.question, w.answer, *w.also[0][::2], w.recommendation) for w in pairs]
    assert listed == by_scoring[: len(listed)] and len(listed) == min(8, len(by_scoring))


def test_anything_fits_says_what_the_top_pick_says_on_data_where_many_sets_fit_nothing(shipped_data) -> None:
    # 1,000 synthetic runtimes under 500 rules: about half the answer sets fit nothing, so both
    # outcomes occur
    from benchmarks.synthetic import synthetic_data
    from gui.domain.advice.answers import every_combination
    from gui.domain.advice.engine import Advisor

    synthetic = Advisor(synthetic_data(shipped_data.questions, 1000, 500))
    outcomes = set()
    for n, answers in enumerate(every_combination(shipped_data.questions)):
        if n % 4999 == 0:
            fits = synthetic._anything_fits(answers)
            assert fits == (synthetic.decide(answers).pick is not None)
            outcomes.add(fits)
    assert outcomes == {True, False}
