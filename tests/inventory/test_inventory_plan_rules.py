"""Small rules of reading an inventory into the plan, each against hand-picked dates and answers:
when a release line's support has ended, which line is newer, and which detected answers are taken."""

from __future__ import annotations

import datetime as dt

import pytest

from gui.domain.advice.answers import AnswerSet
from gui.domain.detect.inventory_plan import _ended, _newer, apply_suggestions

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("eol", "ended"),
    [
        (None, False),  # no end announced
        ("2026-11-28", True),
        ("2026-11-29", False),  # the last day of support is still supported
        ("2026-11-30", False),
        ("2026-11", False),  # a month: supported to its end
        ("2026-10", True),
    ],
)
def test_support_ends_after_its_last_day(eol, ended: bool) -> None:
    assert _ended(eol, TODAY) is ended


def test_a_month_runs_to_its_31st() -> None:
    assert _ended("2026-10", dt.date(2026, 10, 31)) is False
    assert _ended("2026-10", dt.date(2026, 11, 1)) is True


@pytest.mark.parametrize(
    ("candidate", "current", "newer"),
    [("2.2", "2.1", True), ("2.10", "2.9", True), ("2.1", "2.1", False), ("1.7", "2.0", False)],
)
def test_a_line_is_newer_by_its_numbers_not_its_spelling(candidate: str, current: str, newer: bool) -> None:
    assert _newer(candidate, current) is newer


def test_detected_answers_are_taken_when_the_detected_platform_is_the_one_suggested(shipped_data) -> None:
    questions = shipped_data.questions
    answers = AnswerSet.single({}, questions)
    taken, overridden = apply_suggestions(
        answers, {"platform": "aks", "virtualization": "available"}, detected_platform="aks", given=()
    )
    assert (taken.cluster["platform"], taken.cluster["virtualization"]) == ("aks", "available")
    assert overridden == {}


def test_node_facts_are_dropped_when_the_answers_name_another_platform(shipped_data) -> None:
    questions = shipped_data.questions
    answers = AnswerSet.single({"platform": "eks"}, questions)
    taken, overridden = apply_suggestions(
        answers, {"platform": "aks", "virtualization": "available"}, detected_platform="aks", given=("platform",)
    )
    assert (taken.cluster["platform"], taken.cluster["virtualization"]) == ("eks", "unknown")
    assert overridden == {"platform": ("aks", "eks")}
