"""An inventory on the command line (issue 25): never replaced by an output, however it is named,
and the same plan however the answers are read (a file, standard input, a pipe)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.helpers import cli_process as _cli
from tests.inventory.clusters import node, node_list

GKE_NODES = node_list(node("gke-a", {"cloud.google.com/gke-nodepool": "pool-a"}, "containerd://2.0.4"))


@pytest.fixture
def inventory(tmp_path: Path) -> Path:
    path = tmp_path / "nodes.json"
    path.write_text(json.dumps(GKE_NODES, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text("answers: {platform: kubernetes, trust: untrusted}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("how", ["same path", "symbolic link", "hard link", "link to a link"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_an_inventory_is_never_the_output(answers: Path, inventory: Path, how: str, fmt: str) -> None:
    before = inventory.read_bytes()
    output = inventory
    if how == "symbolic link":
        output = inventory.parent / "report.txt"
        output.symlink_to(inventory)
    elif how == "hard link":
        output = inventory.parent / "report.txt"
        os.link(inventory, output)
    elif how == "link to a link":
        (inventory.parent / "middle").symlink_to(inventory)
        output = inventory.parent / "report.txt"
        output.symlink_to(inventory.parent / "middle")
    args = ["recommend", "--answers", str(answers), "--inventory", str(inventory), "--format", fmt, "-o", str(output)]
    result = _cli(*args)
    assert result.returncode == 2
    assert f"{output}:0:0: is the input file {inventory}" in result.stderr.decode()
    assert inventory.read_bytes() == before


def test_the_plans_files_never_replace_an_inventory(answers: Path, inventory: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    first = _cli("recommend", "--answers", str(answers), "--artifacts", str(folder))
    assert first.returncode == 0, first.stderr
    victim = sorted(folder.iterdir())[0]
    victim.unlink()
    os.link(inventory, victim)  # the inventory now sits where one of the plan's files goes
    before = inventory.read_bytes()
    result = _cli("recommend", "--answers", str(answers), "--inventory", str(inventory), "--artifacts", str(folder))
    assert result.returncode == 2 and f"is the input file {inventory}" in result.stderr.decode()
    assert inventory.read_bytes() == before


def test_standard_output_appending_to_an_inventory_is_refused(answers: Path, inventory: Path) -> None:
    before = inventory.read_bytes()
    with inventory.open("ab") as appended:
        result = _cli("recommend", "--answers", str(answers), "--inventory", str(inventory), stdout=appended)
    assert result.returncode == 2 and "standard output is the input file" in result.stderr.decode()
    assert inventory.read_bytes() == before


def _platform(result: subprocess.CompletedProcess[bytes]) -> tuple[str, list[str]]:
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    notes = [n["text"] for n in report["plan"]["warnings"] if n["kind"] == "detected"]
    return report["plan"]["platform"], notes


@pytest.mark.parametrize("answered", [True, False])
def test_the_same_answers_give_the_same_plan_however_they_are_read(
    answers: Path, inventory: Path, answered: bool
) -> None:
    if not answered:
        answers.write_text("answers: {trust: untrusted}\n", encoding="utf-8")
    text = answers.read_bytes()
    common = ["--inventory", str(inventory), "--format", "json"]
    from_file = _cli("recommend", "--answers", str(answers), *common)
    with answers.open("rb") as redirected:
        from_stdin = _cli("recommend", "--answers", "/dev/stdin", *common, stdin=redirected)
    piped = _cli("recommend", "--answers", "/dev/stdin", *common, input=text)
    plans = [_platform(result) for result in (from_file, from_stdin, piped)]
    assert plans[0] == plans[1] == plans[2]
    platform, notes = plans[0]
    if answered:  # what the person answered wins, and the report says the inventory disagreed
        assert platform == "kubernetes"
        assert any("the answer given, Self-managed Kubernetes" in note for note in notes), notes
    else:  # an unanswered question takes the inventory's value
        assert platform == "gke"
