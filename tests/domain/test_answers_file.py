"""The answers file the window saves (File > Save answers): its exact text, hand-written here,
and that the CLI reads back the same workloads from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.domain.advice.answers import AnswerSet, answers_to_yaml, check_workload_name, load_answer_set
from gui.domain.problems import InputError
from tests.conftest import SCHEMAS

HEADER = "# Runtime Advisor answers: runtime-advisor recommend --answers THIS_FILE\n"

# every question in data/questions.yaml's order, the unanswered ones at their defaults
ONE_WORKLOAD = (
    HEADER
    + """answers:
  platform: eks
  trust: untrusted
  isolation: no-preference
  workload: general
  startup: relaxed
  gpu: none
  privileges: none
  confidential: not-needed
  density: normal
  virtualization: unknown
  docker_cli: not-needed
  maturity: balanced
  node_size: cpu4-16gi
  pods: about-100
  pod_size: small
"""
)

THREE_WORKLOADS = (
    HEADER
    + """answers:
  platform: kubernetes
  trust: own
  isolation: no-preference
  workload: general
  startup: relaxed
  gpu: none
  privileges: none
  confidential: not-needed
  density: normal
  virtualization: available
  docker_cli: not-needed
  maturity: balanced
  node_size: cpu4-16gi
  pods: about-100
  pod_size: small
workloads:
- name: customer-code
  answers:
    trust: untrusted
    isolation: no-preference
    workload: general
    startup: relaxed
    gpu: none
    privileges: none
    confidential: not-needed
    pods: about-100
    pod_size: small
- name: reports-db
  answers:
    trust: own
    isolation: no-preference
    workload: database
    startup: relaxed
    gpu: none
    privileges: none
    confidential: not-needed
    pods: about-100
    pod_size: small
"""
)


def _three(questions) -> AnswerSet:
    first = AnswerSet.single({"platform": "kubernetes", "virtualization": "available"}, questions)
    return first.with_workload("customer-code", {"trust": "untrusted"}, questions).with_workload(
        "reports-db", {"workload": "database"}, questions
    )


def test_one_workload_is_a_version_1_file_with_every_answer(shipped_data) -> None:
    assert answers_to_yaml({"platform": "eks", "trust": "untrusted"}, shipped_data.questions) == ONE_WORKLOAD


def test_more_workloads_are_listed_after_the_first_in_their_order_and_own_script(shipped_data) -> None:
    assert answers_to_yaml(_three(shipped_data.questions), shipped_data.questions) == THREE_WORKLOADS


@pytest.mark.parametrize("count", [1, 2, 3])
def test_the_saved_file_reads_back_as_the_same_workloads(shipped_data, tmp_path: Path, count: int) -> None:
    questions = shipped_data.questions
    three = _three(questions)
    answer_set = AnswerSet(three.cluster, three.workloads[:count])
    path = tmp_path / "answers.yaml"
    path.write_text(answers_to_yaml(answer_set, questions), encoding="utf-8")
    read = load_answer_set(path, questions, SCHEMAS / "answers.schema.json")
    assert read.names == answer_set.names
    assert [read.answers_for(i) for i in range(count)] == [answer_set.answers_for(i) for i in range(count)]


@pytest.mark.parametrize(
    ("name", "taken", "why"),
    [
        (
            "Customer Code",
            [],
            "workload name 'Customer Code' is not allowed; use lowercase letters, digits and '-', "
            "starting and ending with a letter or digit, at most 63 characters",
        ),
        (
            "batch",
            ["default", "batch"],
            "workload name 'batch' is already used; names must be unique (taken: default, batch)",
        ),
        ("reports-db", ["default", "batch"], None),
    ],
)
def test_a_workload_name_is_refused_with_what_is_allowed(name: str, taken: list[str], why) -> None:
    assert check_workload_name(name, taken) == why


PROBLEM_ANSWERS = """\
answers:
  platform: kubernetes
workloads:
- answers:
    trust: untrusted
  name: default
- name: web
  answers:
    platform: eks
    trust: bogus
    gpu: none
"""


def test_every_problem_of_the_workloads_is_named_at_its_line(shipped_data, tmp_path: Path) -> None:
    # a second 'default', a cluster question inside a workload, a choice that does not exist, and
    # a good answer after them: each problem is kept (a later good answer erases none of them);
    # a name written after the answers is named on its own line
    path = tmp_path / "answers.yaml"
    path.write_text(PROBLEM_ANSWERS, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_answer_set(path, shipped_data.questions, SCHEMAS / "answers.schema.json")
    assert [str(p) for p in raised.value.problems] == [
        f"{path}:6:3: workload name 'default' is already used; names must be unique (taken: default); "
        "the first workload (the one under 'answers') is named 'default'",
        f"{path}:9:5: 'platform' is a cluster question: answer it once, under the top-level 'answers'; "
        "a workload may answer only: trust, isolation, workload, startup, gpu, privileges, confidential, "
        "pods, pod_size",
        f"{path}:10:5: question 'trust' has no choice 'bogus'; allowed: own, third-party, untrusted",
    ]
