"""Problems in questions.yaml that its schema cannot see (gui/domain/data/build_questions.py): an id
used twice, at the second one, naming the first."""

from __future__ import annotations

from pathlib import Path

from gui.domain.data.loading import load_data
from tests.conftest import SCHEMAS
from tests.helpers import at, problems_of, replace_once


def test_a_question_id_used_twice(data_copy: Path) -> None:
    questions = data_copy / "questions.yaml"
    ids = [
        line.removeprefix("  - id: ")
        for line in questions.read_text("utf-8").splitlines()
        if line.startswith("  - id: ")
    ]
    assert ids.index("trust") == 1 and ids.index("isolation") == 2  # the data this test edits
    # the id after another key, unlike the shipped data: the problem points at the id itself
    line = replace_once(questions, "  - id: isolation\n    scope: workload\n", "  - scope: workload\n    id: trust\n")
    found = problems_of(data_copy)
    assert found[0].file.endswith("questions.yaml")
    assert (found[0].line, found[0].column) == at(questions, line + 1, "id:")
    assert found[0].message == "duplicate question id 'trust' (also questions[1]); question ids must be unique"


def test_a_choice_id_used_twice_in_one_question(data_copy: Path) -> None:
    questions = data_copy / "questions.yaml"
    vetted = "text: {en: Vendors or open-source images we vet, ko: 검토를 거친 외부 업체나 오픈 소스 이미지}\n"
    line = replace_once(
        questions, "      - id: third-party\n        " + vetted, "      - " + vetted + "        id: own\n"
    )
    found = problems_of(data_copy)
    assert (found[0].line, found[0].column) == at(questions, line + 1, "id:")
    assert found[0].message == (
        "duplicate choice id 'own' in question 'trust'; choice ids must be unique within a question"
    )


def test_a_question_without_a_short_label_loads_and_is_labelled_by_its_title(data_copy: Path) -> None:
    """`short` is optional (questions.schema.json)."""
    questions = data_copy / "questions.yaml"
    replace_once(questions, "    short: {en: Who wrote the code, ko: 코드 작성자}\n", "")
    data = load_data(data_copy, SCHEMAS)
    assert data.questions.get("trust").label("en") == "Who wrote the code that runs in this workload?"
