"""The engine's fast path (`Advisor.decide`, used by what-if, the live panel and the exhaustive
safety checks) against its full ranking (`Advisor.recommend`), over a fixed spread of answer
sets: the same pick, score, ties and node runtime. tests/test_safety_invariants.py does this for
2,000 random sets; this is the quick version the domain tests run."""

from __future__ import annotations

from gui.domain.answers import every_combination


def test_the_fast_decision_is_the_full_rankings(shipped_data, advisor) -> None:
    sets = list(every_combination(shipped_data.questions))
    # every 263rd set (a prime stride, so that each question's choices all come round) and the
    # first set of each platform
    spread = sets[::263] + [next(a for a in sets if a["platform"] == p) for p in shipped_data.platforms]
    kinds = set()
    for answers in spread:
        decision = advisor.decide(answers)
        result = advisor.recommend(answers)
        assert decision.pick == result.recommendation, answers
        assert decision.score == result.score, answers
        assert decision.tied_with == result.tied_with_top, answers
        assert decision.node_runtime == result.node_runtime, answers
        kinds.add("tie" if decision.tied_with else "none" if decision.pick is None else "pick")
    assert kinds == {"tie", "none", "pick"}  # the spread reaches a tie and a set nothing fits
