"""The engine's fast path (`Advisor.decide`, used by what-if, the live panel and the exhaustive
safety checks) against its full ranking (`Advisor.recommend`), over a fixed spread of answer
sets: the same pick, score, ties and node runtime. tests/test_safety_invariants.py does this for
2,000 random sets; this is the quick version the domain tests run."""

from __future__ import annotations

from gui.domain.advice.answers import every_combination


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


def test_numeric_conditions_match_by_comparison_also_at_the_threshold(shipped_data) -> None:
    """The engine's sorted index, and Condition.holds, against a plain comparison of every
    runtime's value, at each value the data has (where `lt` and `le`, `gt` and `ge` differ) and
    between them."""
    import operator

    from gui.domain.advice.attribute_index import AttributeIndex
    from gui.domain.model import Condition

    runtimes = shipped_data.dataset.runtimes
    index = AttributeIndex(runtimes)
    compare = {"gt": operator.gt, "ge": operator.ge, "lt": operator.lt, "le": operator.le}
    for attribute in ("pod_overhead_mib", "start_added_ms", "started"):
        values = sorted({r.attributes[attribute] for r in runtimes} - {None})  # null: not known
        for threshold in [*values, *(v + 0.5 for v in values), values[0] - 1]:
            for op, test in compare.items():
                # a value that is not known (null) matches no comparison
                expected = {
                    i
                    for i, r in enumerate(runtimes)
                    if r.attributes[attribute] is not None and test(r.attributes[attribute], threshold)
                }
                condition = Condition(attribute, op, threshold=threshold)
                assert index.matching(condition) == expected, (attribute, op, threshold)
                # and a single runtime's check (the scoring dialog lists what a rule matches by it)
                held = {i for i, r in enumerate(runtimes) if condition.holds(r.attributes)}
                assert held == expected, (attribute, op, threshold)
    # a value that is not a number never compares, whatever the threshold
    for value in (None, True, "fast"):
        assert not Condition("started", "lt", threshold=1e9).holds({"started": value})
        assert not Condition("started", "gt", threshold=-1e9).holds({"started": value})
