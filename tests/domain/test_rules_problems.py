"""Problems in rules.yaml's tie-breaks, warnings and bases: each at the line and column of what
is wrong, with every allowed value listed in full.

tests/test_bad_input.py covers the rules themselves; this file covers the parts a rule author
touches less often (tie_breaks, warnings, a basis naming a pro, a row or a platform), where a
problem reported at the top of the file or listing garbled choices would send them looking in
the wrong place. The allowed values come from the data files read here with plain PyYAML, not
from the loader under test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import DATA
from tests.helpers import at, line_of, problems_of, replace_once, where


def _data(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


RUNTIMES = _data("runtimes.yaml")
RUNTIME_IDS = [r["id"] for r in RUNTIMES["runtimes"]]
ROWS = sorted(row["id"] for row in RUNTIMES["rows"])
NOTES = sorted(
    {n["id"] for n in RUNTIMES.get("notes", [])} | {n["id"] for r in RUNTIMES["runtimes"] for n in r.get("notes", [])}
)
PLATFORMS = sorted(p["id"] for p in _data("platforms.yaml")["platforms"])
QUESTIONS = [q["id"] for q in _data("questions.yaml")["questions"]]
GUEST_KERNEL_BASIS = "    basis: [seed:kernel, pro:kata:1]\n\n# What"  # the last tie-break's
ATTRIBUTES = [*RUNTIMES["attributes"], "id"]  # the runtime's id can be named too, after the declared ones


def test_a_tie_break_basis_naming_a_row_the_table_lacks(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules, "    basis: [seed:footprint, note:kata-overhead]\n", "    basis: [seed:footprint, seed:size]\n"
    )
    (problem,) = problems_of(data_copy)
    assert problem.file.endswith("rules.yaml")
    assert where(problem) == at(rules, line, "seed:size")
    assert problem.message == f"basis 'seed:size': no row 'size'; allowed rows: {', '.join(ROWS)}"


def test_a_tie_break_basis_naming_a_note_that_does_not_exist(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules, "    basis: [seed:footprint, note:kata-overhead]\n", "    basis: [seed:footprint, note:kata-overheads]\n"
    )
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(rules, line, "note:kata-overheads")
    assert problem.message == f"basis 'note:kata-overheads': no note 'kata-overheads'; notes: {', '.join(NOTES)}"


def test_a_warning_basis_naming_a_platform_that_does_not_exist(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules,
        "    basis: [note:seccomp-default, note:user-namespaces, note:user-namespaces-stack, "
        "note:user-namespaces-ignored]\n",
        "    basis: [note:seccomp-default, platform:openshift4]\n",
    )
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(rules, line, "platform:openshift4")
    assert (
        problem.message == f"basis 'platform:openshift4': no platform 'openshift4'; platforms: {', '.join(PLATFORMS)}"
    )


def test_a_basis_naming_a_pro_past_the_runtimes_last(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    pros = len(next(r for r in RUNTIMES["runtimes"] if r["id"] == "kata")["pros"])
    line = replace_once(rules, GUEST_KERNEL_BASIS, f"    basis: [seed:kernel, pro:kata:{pros + 1}]\n\n# What")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(rules, line, f"pro:kata:{pros + 1}")
    assert problem.message == f"basis 'pro:kata:{pros + 1}': runtime 'kata' has {pros} pros (1 to {pros})"


def test_a_basis_naming_an_unknown_runtime_and_a_missing_row_reports_both(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(rules, GUEST_KERNEL_BASIS, "    basis: [pro:katta:1, seed:size]\n\n# What")
    first, second = problems_of(data_copy)
    assert where(first) == at(rules, line, "pro:katta:1")
    assert first.message == f"basis 'pro:katta:1': unknown runtime 'katta'; allowed: {', '.join(RUNTIME_IDS)}"
    assert where(second) == at(rules, line, "seed:size")
    assert second.message.startswith("basis 'seed:size': no row 'size'")


def test_a_tie_break_asking_two_unknown_questions_reports_each_at_its_key(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules,
        "    when: {trust: untrusted, virtualization: available}\n    prefer: {kernel: isolated}\n",
        "    when: {trusted: untrusted, virtualisation: available}\n    prefer: {kernel: isolated}\n",
    )
    first, second = problems_of(data_copy)
    assert where(first) == at(rules, line, "trusted")
    assert first.message == f"unknown question 'trusted'; allowed: {', '.join(QUESTIONS)}"
    assert where(second) == at(rules, line, "virtualisation")
    assert second.message == f"unknown question 'virtualisation'; allowed: {', '.join(QUESTIONS)}"


def test_a_tie_break_preferring_an_unknown_attribute(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules,
        "    when: {trust: untrusted, virtualization: available}\n    prefer: {kernel: isolated}\n",
        "    when: {trust: untrusted, virtualization: available}\n    prefer: {kernal: isolated}\n",
    )
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(rules, line + 1, "kernal")
    assert problem.message == f"unknown attribute 'kernal'; allowed: {', '.join(ATTRIBUTES)}"


def test_a_warning_asking_an_unknown_question_and_heading_an_unknown_attribute(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules,
        "    when: {trust: untrusted, isolation: shared-kernel}\n    headline: {kernel: shared}\n",
        "    when: {trust: untrusted, isolations: shared-kernel}\n    headline: {kernels: shared}\n",
    )
    first, second = problems_of(data_copy)
    assert where(first) == at(rules, line, "isolations")
    assert first.message.startswith("unknown question 'isolations'; allowed: ")
    assert where(second) == at(rules, line + 1, "kernels")
    assert second.message.startswith("unknown attribute 'kernels'; allowed: ")


def test_a_rule_with_both_exclude_and_prefer_is_named(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules,
        "    exclude: {kubernetes_only: true}\n",
        "    exclude: {kubernetes_only: true}\n    prefer: {kernel: shared}\n",
    )
    rule = _rule_above(rules, line)
    (problem,) = problems_of(data_copy)
    assert problem.line == line_of(rules, f"  - id: {rule}\n")
    assert problem.message == (
        f"rule '{rule}': give exactly one of 'exclude' (a hard constraint) or 'prefer' (with points), found 2"
    )


def test_a_preferring_rule_without_points_is_named(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules,
        "    when: {trust: untrusted}\n    prefer: {kernel: isolated}\n    points: 4\n",
        "    when: {trust: untrusted}\n    prefer: {kernel: isolated}\n",
    )
    rule = _rule_above(rules, line)
    (problem,) = problems_of(data_copy)
    assert problem.line == line_of(rules, f"  - id: {rule}\n")
    assert problem.message == f"rule '{rule}': 'prefer' needs 'points' (a number, negative to penalise)"


def test_a_duplicate_tie_break_id_written_after_other_keys_is_found_at_both_ids(data_copy: Path) -> None:
    """A data author may put `id` anywhere in an entry: the problem points at the ids, not at the
    entries' first lines."""
    rules = data_copy / "rules.yaml"
    first = replace_once(
        rules,
        "  - id: sandbox-for-code-you-did-not-write\n    when: {trust: [third-party, untrusted]}\n",
        "  - when: {trust: [third-party, untrusted]}\n    id: sandbox-for-code-you-did-not-write\n",
    )
    second = replace_once(
        rules,
        "  - id: node-runtime-for-own-code\n    when: {trust: own}\n",
        "  - when: {trust: own}\n    id: sandbox-for-code-you-did-not-write\n",
    )
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(rules, second + 1, "id:")
    assert problem.message == (
        f"duplicate id 'sandbox-for-code-you-did-not-write' in tie_breaks (first on line {first + 1}); "
        "ids must be unique"
    )


def _rule_above(rules: Path, line: int) -> str:
    """The id of the rule whose entry holds `line`."""
    lines = rules.read_text(encoding="utf-8").splitlines()[:line]
    return next(text.removeprefix("  - id: ") for text in reversed(lines) if text.startswith("  - id: "))


def test_a_duplicate_warning_id(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    # a rule has the same id (each section has ids of its own): the warning is the second one
    first = line_of(rules, "  - id: untrusted-shared-kernel\n", occurrence=2)
    assert first > line_of(rules, "warnings:\n")
    line = replace_once(rules, "  - id: third-party-shared-kernel\n", "  - id: untrusted-shared-kernel\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(rules, line, "id:")
    assert problem.message == (
        f"duplicate id 'untrusted-shared-kernel' in warnings (first on line {first}); ids must be unique"
    )


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        ("    points: 4\n", "    points: .inf\n", ".inf"),
        ("    prefer: {start_added_ms: {gt: 100}}\n", "    prefer: {start_added_ms: {gt: .nan}}\n", ".nan"),
    ],
    ids=["points", "threshold"],
)
def test_an_infinite_or_undefined_number_in_a_rule_is_refused_where_it_is_written(
    data_copy: Path, old: str, new: str, shown: str
) -> None:
    """The rules builder does not check numbers for NaN or infinity: the YAML reader refuses them
    in every data file, at the number, before any rule is built."""
    rules = data_copy / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(rules, line, shown)
    assert f"the number {shown} is out of range; allowed: finite numbers" in problem.message
