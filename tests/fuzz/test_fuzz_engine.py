"""Properties of the engine for any valid answers, on the shipped data and on random data."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import synthetic_data
from gui.domain.advice.engine import Advisor
from gui.domain.data.loading import load_data
from tests.conftest import DATA, SCHEMAS

SHIPPED = load_data(DATA, SCHEMAS)
SHIPPED_ADVISOR = Advisor(SHIPPED)


def answers_strategy(questions):
    return st.fixed_dictionaries({q.id: st.sampled_from(q.choice_ids) for q in questions})


def check(advisor: Advisor, answers: dict[str, str]) -> None:
    result = advisor.recommend(answers)
    ids = [entry.runtime for entry in result.ranking]
    assert sorted(ids) == sorted(advisor.data.dataset.runtime_ids), "every runtime exactly once"
    excluded = [entry.excluded for entry in result.ranking]
    assert excluded == sorted(excluded), "excluded runtimes last"
    survivors = [entry.score for entry in result.ranking if not entry.excluded]
    assert survivors == sorted(survivors, reverse=True)
    assert result.recommendation == (None if all(excluded) else result.ranking[0].runtime)
    for what_if in result.what_if:
        changed = {**answers, **{question: answer for question, _, answer in what_if.changes}}
        assert advisor.recommend(changed).recommendation == what_if.recommendation, "what-if tells the truth"
        assert what_if.recommendation != result.recommendation


@settings(max_examples=300, deadline=None)
@given(answers=answers_strategy(SHIPPED.questions))
def test_shipped_data_properties(answers) -> None:
    check(SHIPPED_ADVISOR, answers)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), runtimes=st.integers(1, 40), rules=st.integers(0, 80), data=st.data())
def test_random_data_properties(seed: int, runtimes: int, rules: int, data) -> None:
    advisor = Advisor(synthetic_data(SHIPPED.questions, runtimes, rules, seed=seed))
    check(advisor, data.draw(answers_strategy(SHIPPED.questions)))
