"""A question's short label (questions.yaml `short`), which names it where a whole question
would not fit: the window's "Virtualization changed to Yes" notice after a what-if."""

from __future__ import annotations

import dataclasses
from typing import Any

import yaml

from tests.conftest import DATA

QUESTIONS: Any = yaml.safe_load((DATA / "questions.yaml").read_text(encoding="utf-8"))["questions"]


def test_each_question_is_labelled_by_its_short_form(shipped_data) -> None:
    assert all("short" in raw for raw in QUESTIONS)  # the data this test reads: every question has one
    for raw in QUESTIONS:
        question = shipped_data.questions.get(raw["id"])
        for lang in ("en", "ko"):
            assert question.label(lang) == raw["short"][lang], (raw["id"], lang)
            assert raw["short"][lang] != raw["title"][lang]


def test_a_question_without_a_short_form_is_labelled_by_its_title(shipped_data) -> None:
    question = dataclasses.replace(shipped_data.questions.get("trust"), short=None)
    assert question.label("en") == "Who wrote the code that runs in this workload?"
    assert question.label("ko") == "이 워크로드에서 실행되는 코드는 누가 작성했나요?"
