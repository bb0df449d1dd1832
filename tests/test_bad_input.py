"""Bad input of every kind: each gives FILE:LINE:COLUMN and a message saying what is wrong and
what is allowed, exit status 2, and never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from gui.domain.problems import Problem
from tests.conftest import DATA
from tests.helpers import line_of, problems_of, replace_once

# the untrusted-guest-kernel rule (agent-code-guest-kernel prefers the same, with its own `when`)
GUEST_KERNEL_POINTS = "    when: {trust: untrusted}\n    prefer: {kernel: isolated}\n    points: 4\n"
THIRD_PARTY_WHEN = "    when: {trust: third-party}\n    prefer: {kernel: [partial, isolated]}\n"
SYSCALL_LAYER = "    when: {isolation: syscall-filtering}\n    exclude: {kernel: shared}\n"
PROBLEM_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)$")


def only_problem(folder: Path) -> Problem:
    found = problems_of(folder)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


# ------------------------------------------------------------------- syntax and encoding


def test_malformed_yaml_points_at_the_broken_line(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules,
        "    when: {isolation: separate-kernel}\n    exclude:",
        "    when: {isolation: [separate-kernel}\n    exclude:",
    )
    problem = only_problem(data_copy)
    assert problem.file.endswith("rules.yaml")
    assert problem.line == line
    assert problem.message.startswith("YAML syntax:")


def test_empty_file(data_copy: Path) -> None:
    (data_copy / "rules.yaml").write_text("# nothing here yet\n\n", encoding="utf-8")
    problem = only_problem(data_copy)
    assert (problem.line, problem.column) == (1, 1)
    assert "the file is empty; expected a YAML mapping" in problem.message


def test_non_utf8_file_names_the_byte_and_its_position(data_copy: Path) -> None:
    path = data_copy / "questions.yaml"
    raw = path.read_bytes()
    where = raw.index("쿠버네티스".encode())
    path.write_bytes(raw[:where] + "쿠버네티스".encode("euc-kr") + raw[where + len("쿠버네티스".encode()) :])
    problem = only_problem(data_copy)
    expected_line = raw[:where].count(b"\n") + 1
    expected_column = where - raw[:where].rfind(b"\n")
    assert (problem.line, problem.column) == (expected_line, expected_column)
    assert "is not valid UTF-8" in problem.message and "UTF-8" in problem.message


def test_yaml_tags_that_build_python_objects_are_rejected(data_copy: Path) -> None:
    line = replace_once(
        data_copy / "rules.yaml",
        GUEST_KERNEL_POINTS,
        GUEST_KERNEL_POINTS.replace("4", '!!python/object/apply:os.system ["echo hacked"]'),
    )
    problem = only_problem(data_copy)
    assert problem.line == line + 2
    assert "no !!python or other tags" in problem.message


def test_duplicate_yaml_key(data_copy: Path) -> None:
    line = replace_once(data_copy / "rules.yaml", GUEST_KERNEL_POINTS, GUEST_KERNEL_POINTS + "    points: 5\n") + 2
    problem = only_problem(data_copy)
    assert problem.line == line + 1
    assert f"duplicate key 'points' (first on line {line})" in problem.message


def test_non_text_key(data_copy: Path) -> None:
    line = replace_once(data_copy / "questions.yaml", "      - id: general\n", "      - id: general\n        1: x\n")
    problem = only_problem(data_copy)
    assert problem.line == line + 1
    assert "key 1 is a number; keys must be text" in problem.message


# ------------------------------------------------------------------- schema


def test_wrong_type_names_field_expected_and_found(data_copy: Path) -> None:
    line = replace_once(data_copy / "rules.yaml", GUEST_KERNEL_POINTS, GUEST_KERNEL_POINTS.replace("4", "four")) + 2
    problem = only_problem(data_copy)
    assert problem.line == line
    index = [r["id"] for r in yaml.safe_load((DATA / "rules.yaml").read_text(encoding="utf-8"))["rules"]].index(
        "untrusted-guest-kernel"
    )
    assert problem.message == f"rules[{index}].points: expected a number, found the text 'four'"


def test_unknown_field_lists_the_allowed_ones(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules,
        "    basis: [seed:kernel, note:gvisor-architecture]\n\n  - id: syscall-layer-required",
        "    basis: [seed:kernel, note:gvisor-architecture]\n    weight: 2\n\n  - id: syscall-layer-required",
    )
    problem = only_problem(data_copy)
    assert problem.line == line + 1
    assert (
        problem.message == "rules[0].weight: unknown field; allowed: basis, exclude, id, points, prefer, reason, when"
    )


def test_missing_language(data_copy: Path) -> None:
    questions = data_copy / "questions.yaml"
    line = replace_once(questions, "        text: {en: OpenShift, ko: OpenShift}\n", "        text: {en: OpenShift}\n")
    problem = only_problem(data_copy)
    assert problem.line == line
    assert problem.message == "questions[0].choices[1].text: missing required field 'ko'"


def test_bad_enum_value_in_runtime_attribute(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    line = replace_once(runtimes, "      kernel: partial\n", "      kernel: partly\n")
    problem = only_problem(data_copy)
    assert problem.line == line
    assert problem.message == "attribute 'kernel': 'partly' is not allowed; allowed: shared, partial, isolated"


def test_date_in_the_wrong_form(data_copy: Path) -> None:
    line = replace_once(data_copy / "runtimes.yaml", '  as_of: "2026-12-07"\n', "  as_of: 27.11.2026\n")
    problem = only_problem(data_copy)
    assert problem.line == line
    assert "allowed: a date as YYYY-MM-DD (in quotes)" in problem.message


def test_http_link_is_refused(data_copy: Path) -> None:
    line = replace_once(data_copy / "runtimes.yaml", "      - https://cri-o.io/\n", "      - http://cri-o.io/\n")
    problem = only_problem(data_copy)
    assert problem.line == line
    assert "allowed: an https:// address" in problem.message


# ------------------------------------------------------------------- cross-references


def test_rule_naming_an_unknown_question(data_copy: Path) -> None:
    line = replace_once(data_copy / "rules.yaml", THIRD_PARTY_WHEN, THIRD_PARTY_WHEN.replace("trust:", "trusted:"))
    problem = only_problem(data_copy)
    assert problem.line == line
    assert problem.message.startswith("unknown question 'trusted'; allowed: platform, trust, isolation")


def test_rule_naming_an_unknown_choice(data_copy: Path) -> None:
    line = replace_once(
        data_copy / "rules.yaml", THIRD_PARTY_WHEN, THIRD_PARTY_WHEN.replace("third-party}", "[third-party, vendor]}")
    )
    problem = only_problem(data_copy)
    assert problem.line == line
    assert problem.message == "question 'trust' has no choice 'vendor'; allowed: own, third-party, untrusted"


def test_rule_naming_an_unknown_attribute(data_copy: Path) -> None:
    line = replace_once(
        data_copy / "rules.yaml",
        "    exclude: {needs_hardware_virtualization: true}\n",
        "    exclude: {needs_virtualization: true}\n",
    )
    problem = only_problem(data_copy)
    assert problem.line == line
    assert problem.message.startswith(
        "unknown attribute 'needs_virtualization'; allowed: layer, kernel, user_space_kernel"
    )


def test_type_mismatched_condition(data_copy: Path) -> None:
    line = replace_once(
        data_copy / "rules.yaml",
        "    prefer: {start_added_ms: {gt: 100}}\n    points: -3\n",
        "    prefer: {start_added_ms: fast}\n    points: -3\n",
    )
    problem = only_problem(data_copy)
    assert problem.line == line
    assert problem.message == (
        "attribute 'start_added_ms' is a number in ms; 'fast' is not a number (use a number, or {gt|ge|lt|le: N})"
    )


def test_comparison_on_an_enum_attribute(data_copy: Path) -> None:
    line = replace_once(
        data_copy / "rules.yaml", SYSCALL_LAYER, SYSCALL_LAYER.replace("{kernel: shared}", "{kernel: {gt: 1}}")
    )
    problem = only_problem(data_copy)
    assert problem.line == line + 1
    assert "attribute 'kernel' is one of shared, partial, isolated; gt/ge/lt/le compare numbers only" in problem.message


def test_boolean_written_as_text(data_copy: Path) -> None:
    line = replace_once(
        data_copy / "rules.yaml", "    exclude: {kubernetes_only: true}\n", '    exclude: {kubernetes_only: "yes"}\n'
    )
    problem = only_problem(data_copy)
    assert problem.line == line
    assert "'yes' is not true or false (write true or false without quotes)" in problem.message


def test_duplicate_rule_ids(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    first = line_of(rules, "  - id: io-user-space-kernel\n")
    line = replace_once(rules, "  - id: io-near-host\n", "  - id: io-user-space-kernel\n")
    problem = only_problem(data_copy)
    assert problem.line == line
    assert problem.message == (
        f"duplicate id 'io-user-space-kernel' in rules (first on line {first}); ids must be unique"
    )


def test_duplicate_runtime_ids(data_copy: Path) -> None:
    line = replace_once(data_copy / "runtimes.yaml", "  - id: containerd\n", "  - id: cri-o\n")
    problem = only_problem(data_copy)
    assert problem.line == line
    assert "duplicate runtime id 'cri-o' (also runtimes[0])" in problem.message


def test_basis_pointing_at_a_missing_con(data_copy: Path) -> None:
    line = replace_once(
        data_copy / "rules.yaml",
        "    basis: [seed:start_time, con:kata:3, note:kata-startup, note:nitro-sandbox-start]\n\n"
        "  - id: startup-moderate",
        "    basis: [seed:start_time, con:kata:4, note:kata-startup, note:nitro-sandbox-start]\n\n"
        "  - id: startup-moderate",
    )
    problem = only_problem(data_copy)
    assert problem.line == line
    assert problem.message == "basis 'con:kata:4': runtime 'kata' has 3 cons (1 to 3)"


def test_basis_naming_an_unknown_note(data_copy: Path) -> None:
    line = replace_once(
        data_copy / "rules.yaml",
        "    basis: [note:kata-virtualization]\n\n  # --- Hard constraints: what each",
        "    basis: [note:kata-vm]\n\n  # --- Hard constraints: what each",
    )
    problem = only_problem(data_copy)
    assert problem.line == line
    assert problem.message.startswith("basis 'note:kata-vm': no note 'kata-vm'; notes: ")


def test_exclude_with_points(data_copy: Path) -> None:
    line = replace_once(
        data_copy / "rules.yaml",
        "    exclude: {kubernetes_only: true}\n",
        "    exclude: {kubernetes_only: true}\n    points: 3\n",
    )
    problem = only_problem(data_copy)
    assert problem.line == line + 1
    assert "'exclude' takes no points; use 'prefer' to add or subtract points" in problem.message


def test_runtime_missing_a_table_cell(data_copy: Path) -> None:
    replace_once(data_copy / "runtimes.yaml", "      footprint: 30mb\n", "")
    problem = only_problem(data_copy)
    assert problem.message == "runtime 'kata': missing the cell for row 'footprint'"


def test_every_problem_in_every_file_is_reported_at_once(data_copy: Path) -> None:
    replace_once(data_copy / "runtimes.yaml", "      kernel: partial\n", "      kernel: partly\n")
    replace_once(
        data_copy / "questions.yaml",
        "        text: {en: OpenShift, ko: OpenShift}\n",
        "        text: {en: OpenShift}\n",
    )
    replace_once(data_copy / "rules.yaml", GUEST_KERNEL_POINTS, GUEST_KERNEL_POINTS.replace("4", "four"))
    found = problems_of(data_copy)
    assert sorted(Path(p.file).name for p in found) == ["questions.yaml", "rules.yaml", "runtimes.yaml"]


def test_every_cross_reference_problem_is_reported_at_once(data_copy: Path) -> None:
    replace_once(data_copy / "rules.yaml", THIRD_PARTY_WHEN, THIRD_PARTY_WHEN.replace("trust:", "trusted:"))
    replace_once(data_copy / "rules.yaml", SYSCALL_LAYER, SYSCALL_LAYER.replace("{kernel:", "{kernal:"))
    messages = [p.message for p in problems_of(data_copy)]
    assert len(messages) == 2
    assert any("unknown question 'trusted'" in m for m in messages)
    assert any("unknown attribute 'kernal'" in m for m in messages)


# ------------------------------------------------------------------- answers files and the CLI


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def assert_cli_problem(run_cli, args: list[str], file: Path, line: int, message: str) -> None:
    code, out, err = run_cli(*args)
    assert code == 2
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    match = PROBLEM_LINE.match(lines[0])
    assert match, lines[0]
    assert match["file"] == str(file)
    assert int(match["line"]) == line
    assert match["message"] == message


def test_answers_file_that_is_a_list(run_cli, tmp_path: Path) -> None:
    answers = write(tmp_path / "a.yaml", "- platform: kubernetes\n- trust: own\n")
    assert_cli_problem(
        run_cli, ["recommend", "--answers", str(answers)], answers, 1, "the document: expected a mapping, found a list"
    )


def test_answers_unknown_question(run_cli, tmp_path: Path) -> None:
    answers = write(tmp_path / "a.yaml", "answers:\n  platform: kubernetes\n  cloud: aws\n")
    assert_cli_problem(
        run_cli,
        ["recommend", "--answers", str(answers)],
        answers,
        3,
        "unknown question 'cloud'; allowed: platform, trust, isolation, workload, startup, "
        "gpu, privileges, confidential, density, virtualization, docker_cli, maturity, node_size, pods, pod_size",
    )


def test_answers_unknown_choice(run_cli, tmp_path: Path) -> None:
    answers = write(tmp_path / "a.yaml", "answers:\n  trust: mostly\n")
    assert_cli_problem(
        run_cli,
        ["recommend", "--answers", str(answers)],
        answers,
        2,
        "question 'trust' has no choice 'mostly'; allowed: own, third-party, untrusted",
    )


def test_answers_unquoted_yes_no_becomes_a_boolean(run_cli, tmp_path: Path) -> None:
    answers = write(tmp_path / "a.yaml", "answers:\n  platform: kubernetes\n  docker_cli: no\n")
    assert_cli_problem(
        run_cli,
        ["recommend", "--answers", str(answers)],
        answers,
        3,
        "answers.docker_cli: expected text, found false (true/false)",
    )


def test_answers_from_a_newer_version_with_unknown_keys(run_cli, tmp_path: Path) -> None:
    answers = write(tmp_path / "a.yaml", "answers:\n  trust: own\nformat: 3\n")
    assert_cli_problem(
        run_cli,
        ["recommend", "--answers", str(answers)],
        answers,
        3,
        "format: unknown field; allowed: answers, workloads",
    )


def test_missing_answers_file(run_cli, tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    assert_cli_problem(run_cli, ["recommend", "--answers", str(missing)], missing, 0, "file not found")


def test_validate_reports_every_bad_file_and_exits_2(run_cli, data_copy: Path, tmp_path: Path) -> None:
    replace_once(data_copy / "rules.yaml", GUEST_KERNEL_POINTS, GUEST_KERNEL_POINTS.replace("4", "four"))
    code, out, err = run_cli("validate", "--data", str(data_copy))
    assert code == 2 and "Traceback" not in err
    assert err.startswith(f"{data_copy / 'rules.yaml'}:")
    good = write(tmp_path / "good.yaml", "answers: {trust: own}\n")
    bad = write(tmp_path / "bad.yaml", "answers: {trust: maybe}\n")
    code, out, err = run_cli("validate", str(good), str(bad))
    assert code == 2
    assert f"ok: {good}" in out
    assert err.startswith(f"{bad}:1:")


def test_bad_usage_exits_2(run_cli, capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        run_cli("recommend", "--answers", "x.yaml", "--format", "docx")
    assert caught.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    # what was wrong and what is allowed (DESIGN.md section 2)
    assert "argument --format: invalid choice: 'docx'" in captured.err
    assert "'text', 'json', 'markdown', 'pdf'" in captured.err
