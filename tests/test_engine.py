"""The engine: every rule does what it says, rankings are complete and ordered, what-if is true."""

from __future__ import annotations

import itertools

import pytest

from gui.domain.advice.answers import complete, every_combination
from gui.domain.advice.engine import Advisor
from gui.domain.data.loading import load_data
from tests.conftest import DATA, SCHEMAS
from tests.helpers import rules_with

RULE_IDS = [r.id for r in load_data(DATA, SCHEMAS).rules]


def answers_for(rule, questions) -> dict[str, str]:
    """Defaults, with each question the rule names set to the first choice it accepts."""
    chosen = {q: sorted(choices, key=questions.get(q).choice_ids.index)[0] for q, choices in rule.when.items()}
    return complete(chosen, questions)


def matches(rule, runtime) -> bool:
    value_ok = []
    for condition in rule.match:
        value = runtime.attributes[condition.attribute]
        if condition.op == "in":
            value_ok.append(value in condition.values)
        else:
            ops = {
                "gt": value is not None and value > condition.threshold,
                "ge": value is not None and value >= condition.threshold,
                "lt": value is not None and value < condition.threshold,
                "le": value is not None and value <= condition.threshold,
            }
            value_ok.append(ops[condition.op])
    return all(value_ok)


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_rule_fires_on_exactly_the_runtimes_it_matches(shipped_data, advisor, rule_id: str) -> None:
    rule = next(r for r in shipped_data.rules if r.id == rule_id)
    ranking = advisor.rank(answers_for(rule, shipped_data.questions))
    hit = {entry.runtime for entry in ranking if any(r.rule == rule_id for r in entry.reasons)}
    expected = {rt.id for rt in shipped_data.dataset.runtimes if matches(rule, rt)}
    assert expected, f"rule {rule_id} matches no runtime: it can never change a recommendation"
    assert hit == expected
    for entry in ranking:
        reason = next((r for r in entry.reasons if r.rule == rule_id), None)
        if reason is None:
            continue
        if rule.kind == "exclude":
            assert entry.excluded and reason.points is None
        else:
            assert reason.points == rule.points


def test_a_rule_does_not_fire_when_its_question_has_another_answer(shipped_data, advisor) -> None:
    answers = complete({"virtualization": "available"}, shipped_data.questions)
    kata = next(e for e in advisor.rank(answers) if e.runtime == "kata")
    assert not kata.excluded
    assert "kata-needs-virtualization" not in {r.rule for r in kata.reasons}


def all_answer_sets(questions, limit: int = 4000):
    for answers in itertools.islice(every_combination(questions), 0, None, 7):
        yield answers
        limit -= 1
        if limit == 0:
            return


def test_rankings_are_complete_and_ordered(shipped_data, advisor) -> None:
    for answers in all_answer_sets(shipped_data.questions):
        ranking = advisor.rank(answers)
        assert sorted(e.runtime for e in ranking) == sorted(shipped_data.dataset.runtime_ids)
        flags = [e.excluded for e in ranking]
        assert flags == sorted(flags), "excluded runtimes come last"
        survivors = [e.score for e in ranking if not e.excluded]
        assert survivors == sorted(survivors, reverse=True)
        for entry in ranking:
            assert entry.excluded == bool(entry.exclusions)
            assert entry.score == pytest.approx(sum(r.points for r in entry.contributions))


def test_what_if_is_true_and_complete(shipped_data, advisor) -> None:
    for answers in itertools.islice(all_answer_sets(shipped_data.questions), 0, None, 10):
        result = advisor.recommend(answers)
        claimed = {(w.question, w.answer): w.recommendation for w in result.what_if}
        for question in shipped_data.questions:
            for choice in question.choice_ids:
                if choice == answers[question.id]:
                    continue
                actual = advisor.top_pick({**answers, question.id: choice})
                if actual != result.recommendation:
                    assert claimed[(question.id, choice)] == actual
                else:
                    assert (question.id, choice) not in claimed


def test_top_pick_agrees_with_the_full_ranking(shipped_data, advisor) -> None:
    for answers in all_answer_sets(shipped_data.questions, limit=1500):
        assert advisor.top_pick(answers) == advisor.recommend(answers).recommendation


def test_ties_keep_dataset_order_and_are_reported(tmp_path, data_copy) -> None:
    # the platform's rules exclude Docker Engine, and the plan's node runtime (containerd)
    # excludes CRI-O; the three left all score 1, and with no tie-breaks the dataset's order holds
    (data_copy / "rules.yaml").write_text(
        rules_with(
            "  - id: all-equal\n    when: {}\n    prefer: {started: {gt: 0}}\n    points: 1\n"
            "    reason: {en: same, ko: 같음}\n    basis: [seed:started]\n",
            data=DATA,
        ),
        encoding="utf-8",
    )
    data = load_data(data_copy, SCHEMAS)
    result = Advisor(data).recommend(complete({}, data.questions))
    assert result.recommendation == "containerd"
    assert result.tied_with_top == ("gvisor", "kata")
    assert result.tie_break is None and result.fit == "tie"


def test_number_comparisons(data_copy) -> None:
    def pick(condition: str) -> set[str]:
        (data_copy / "rules.yaml").write_text(
            rules_with(
                "  - id: r\n    when: {}\n    prefer: {start_added_ms: " + condition + "}\n    points: 1\n"
                "    reason: {en: x, ko: 엑스}\n    basis: [seed:start_time]\n",
                data=DATA,
            ),
            encoding="utf-8",
        )
        data = load_data(data_copy, SCHEMAS)
        ranking = Advisor(data).rank(complete({}, data.questions))
        return {e.runtime for e in ranking if e.contributions}

    # start_added_ms: 0 for the runc runtimes and gVisor, 300 for Kata, 2400 for Nitro Sandboxes
    everyone = {"cri-o", "containerd", "docker", "gvisor", "kata", "nitro-sandbox"}
    assert pick("{gt: 10}") == {"kata", "nitro-sandbox"}
    assert pick("{gt: 300}") == {"nitro-sandbox"}
    assert pick("{ge: 0}") == everyone
    assert pick("{lt: 300}") == everyone - {"kata", "nitro-sandbox"}
    assert pick("{le: 300}") == everyone - {"nitro-sandbox"}
    assert pick("[0, 300]") == everyone - {"nitro-sandbox"}
    assert pick("300") == {"kata"}
