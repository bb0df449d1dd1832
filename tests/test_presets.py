"""Presets (data/presets.yaml; DESIGN.md section 2): common situations as ready answers, listed by
`runtime-advisor presets`, planned by `recommend --preset NAME`, checked as answers files are,
and offered on the welcome page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.plan import build_plan
from gui.domain.advice.presets import load_presets
from gui.domain.problems import InputError
from tests.conftest import DATA, SCHEMAS
from tests.helpers import at, replace_once

SHARED_KERNEL = {"cri-o", "containerd", "docker"}
EXPECTED = ["ai-agent-platform", "ci-untrusted-pull-requests", "multi-tenant-saas", "internal-services"]


@pytest.fixture(scope="module")
def presets(shipped_data):
    return load_presets(DATA, SCHEMAS, shipped_data.questions)


@pytest.fixture
def data_with_presets(data_copy: Path) -> Path:
    assert (data_copy / "presets.yaml").is_file()  # the copy holds every data file
    return data_copy


def test_the_shipped_presets_are_the_situations_the_issue_names(presets) -> None:
    assert [p.id for p in presets] == EXPECTED
    for preset in presets:
        assert preset.title.en and preset.title.ko and preset.summary.en and preset.summary.ko


@pytest.mark.parametrize("platform", ["kubernetes", "openshift", "single-host", "gke", "eks", "aks"])
def test_untrusted_code_in_a_preset_never_lands_on_a_shared_kernel(presets, shipped_data, advisor, platform) -> None:
    """Whatever platform the user then picks, the preset's untrusted workloads get a sandbox (or
    nothing fits, with what-if); the internal-services preset gets none."""
    for preset in presets:
        answer_set = AnswerSet({**preset.answer_set.cluster, "platform": platform}, preset.answer_set.workloads)
        plan = build_plan(advisor, answer_set)
        for workload in plan.workloads:
            if workload.answers["trust"] == "untrusted":
                assert workload.recommendation not in SHARED_KERNEL, (preset.id, platform, workload.name)
            if preset.id == "internal-services":
                assert workload.sandbox is None


def test_the_cli_lists_the_presets_with_their_answers_and_command(run_cli) -> None:
    code, out, err = run_cli("presets", "--lang", "en")
    assert code == 0 and err == ""
    for preset_id in EXPECTED:
        assert f"{preset_id}: " in out and f"runtime-advisor recommend --preset {preset_id}" in out
    assert "answers: trust=untrusted, workload=ai-agent" in out
    assert "workload agent-loop: trust=own" in out
    code, out, _ = run_cli("presets", "--format", "json", "--lang", "ko")
    listed = json.loads(out)["presets"]
    assert [p["id"] for p in listed] == EXPECTED
    assert listed[0]["title"] == "AI 에이전트 플랫폼"
    assert listed[0]["workloads"][0]["name"] == "agent-loop"


def test_a_preset_plans_as_the_answers_file_it_stands_for(run_cli, tmp_path: Path, presets) -> None:
    for preset in presets:
        answers = tmp_path / f"{preset.id}.yaml"
        answers.write_text(yaml.safe_dump(preset.content), encoding="utf-8")
        code, from_preset, err = run_cli("recommend", "--preset", preset.id, "--format", "json", "--lang", "en")
        assert code == 0, err
        code, from_file, err = run_cli("recommend", "--answers", str(answers), "--format", "json", "--lang", "en")
        assert code == 0, err
        assert json.loads(from_preset)["plan"] == json.loads(from_file)["plan"]


def test_an_unknown_preset_names_the_ones_there_are(run_cli) -> None:
    code, out, err = run_cli("recommend", "--preset", "agents")
    assert code == 2 and out == ""
    assert err.strip().endswith("presets.yaml:0:0: no preset named 'agents'; presets: " + ", ".join(EXPECTED))


def test_neither_answers_nor_a_preset_is_a_usage_error(run_cli) -> None:
    with pytest.raises(SystemExit) as stop:
        run_cli("recommend")
    assert stop.value.code == 2


def test_an_answers_file_on_top_of_a_preset_replaces_only_what_it_answers(run_cli, tmp_path: Path, presets) -> None:
    """`--preset NAME --answers FILE`: the file says where the preset's workloads run, changes one
    answer of a preset's workload and adds a workload; everything else is the preset's."""
    answers = tmp_path / "on-eks.yaml"
    answers.write_text(
        "answers:\n  platform: eks\nworkloads:\n- name: agent-loop\n  answers:\n    pods: about-100\n"
        "- name: reports\n  answers:\n    trust: own\n",
        encoding="utf-8",
    )
    code, out, err = run_cli(
        "recommend", "--preset", "ai-agent-platform", "--answers", str(answers), "--format", "json"
    )
    assert code == 0, err
    plan = json.loads(out)["plan"]
    assert plan["platform"] == "eks"
    assert [w["name"] for w in plan["workloads"]] == ["default", "agent-loop", "reports"]
    first, loop, _ = plan["workloads"]
    assert (first["answers"]["workload"], first["answers"]["trust"]) == ("ai-agent", "untrusted")  # the preset's
    assert first["recommendation"] == "nitro-sandbox"
    assert loop["answers"]["pods"] == "about-100"  # the file's
    assert (loop["answers"]["trust"], loop["answers"]["pod_size"]) == ("own", "medium")  # still the preset's


def test_a_bad_choice_in_a_preset_is_named_at_its_line(data_with_presets: Path, shipped_data, run_cli) -> None:
    presets_file = data_with_presets / "presets.yaml"
    line = replace_once(
        presets_file,
        "answers: {trust: own, workload: general, maturity: proven}",
        "answers: {trust: own, workload: general, maturity: newest}",
    )
    with pytest.raises(InputError) as raised:
        load_presets(data_with_presets, SCHEMAS, shipped_data.questions)
    problem = raised.value.problems[0]
    assert (problem.line, problem.column) == at(presets_file, line, "maturity")  # as in an answers file
    assert problem.message == "question 'maturity' has no choice 'newest'; allowed: balanced, proven, early-adopter"
    code, _, err = run_cli("presets", "--data", str(data_with_presets))
    assert code == 2 and "question 'maturity' has no choice 'newest'" in err and "Traceback" not in err


def test_a_cluster_question_inside_a_presets_workload_is_named(data_with_presets: Path, shipped_data) -> None:
    presets_file = data_with_presets / "presets.yaml"
    replace_once(
        presets_file,
        "answers: {trust: own, workload: web-stateless, pods: about-10, pod_size: medium}",
        "answers: {trust: own, platform: gke}",
    )
    with pytest.raises(InputError) as raised:
        load_presets(data_with_presets, SCHEMAS, shipped_data.questions)
    assert raised.value.problems[0].message.startswith("'platform' is a cluster question")


def test_a_preset_id_used_twice_is_named(data_with_presets: Path, shipped_data) -> None:
    presets_file = data_with_presets / "presets.yaml"
    replace_once(presets_file, "  - id: internal-services\n", "  - id: multi-tenant-saas\n")
    with pytest.raises(InputError) as raised:
        load_presets(data_with_presets, SCHEMAS, shipped_data.questions)
    assert raised.value.problems[0].message == (
        "duplicate preset id 'multi-tenant-saas' (also presets[2]); preset ids must be unique"
    )


def test_a_schema_problem_in_presets_is_bad_input_with_its_line(data_with_presets: Path, run_cli) -> None:
    presets_file = data_with_presets / "presets.yaml"
    line = replace_once(presets_file, "    title: {en: Internal services only, ko: 내부 서비스만}\n", "")
    code, _, err = run_cli("recommend", "--preset", "internal-services", "--data", str(data_with_presets))
    where = ":{}:{}:".format(*at(presets_file, line - 1, "id:"))  # the preset, at its first key
    assert code == 2 and err.endswith(f"presets.yaml{where} presets[3]: missing required field 'title'\n"), err


def test_a_data_folder_without_presets_has_none(data_copy: Path, shipped_data, run_cli) -> None:
    (data_copy / "presets.yaml").unlink()
    assert load_presets(data_copy, SCHEMAS, shipped_data.questions) == ()
    code, out, _ = run_cli("presets", "--data", str(data_copy))
    assert code == 0 and out.strip() == ""
    code, _, err = run_cli("recommend", "--preset", "ai-agent-platform", "--data", str(data_copy))
    assert code == 2 and "none (the data folder has no presets.yaml)" in err


def test_validate_checks_the_presets(run_cli, data_with_presets: Path) -> None:
    code, out, _ = run_cli("validate")
    assert code == 0 and " rules, 4 presets\n" in out
    replace_once(data_with_presets / "presets.yaml", "maturity: proven}", "maturity: newest}")
    code, _, err = run_cli("validate", "--data", str(data_with_presets))
    assert code == 2 and "question 'maturity' has no choice 'newest'" in err
