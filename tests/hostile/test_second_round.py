"""A second attacker's pass over the same doors (issue 25, 2026-12-07), each case as it was found:
the list of a plan's files on a full or closed standard output, an empty folder name, a folder
left behind by a failed write, kubectl JSON that Python reads but kubectl never writes, and
`detect` held up by a configuration of blank lines or a program that will not stop talking."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from gui.domain.detect import machine as detect
from tests.helpers import cli_process as _cli
from tests.inventory.clusters import node, node_list
from tests.inventory.machines import tree

NODES = node_list(node("gke-a", {"cloud.google.com/gke-nodepool": "pool-a"}, "containerd://2.0.4"))


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text(
        "answers: {virtualization: available}\nworkloads: [{name: plugins, answers: {trust: untrusted}}]\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_the_list_of_files_on_a_full_standard_output_is_exit_2(answers: Path, tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = _cli("recommend", "--answers", str(answers), "--artifacts", str(tmp_path / "plan"), stdout=full)
    assert done.returncode == 2, done.stderr
    assert b"-:0:0: cannot write to standard output: No space left on device" in done.stderr
    assert b"Traceback" not in done.stderr


def test_a_report_asked_for_is_written_though_the_lists_reader_has_gone(answers: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    read, write = os.pipe()
    os.close(read)  # nobody reads the list
    try:
        done = _cli(
            "recommend",
            "--answers",
            str(answers),
            "--artifacts",
            str(tmp_path / "plan"),
            "-o",
            str(report),
            stdout=write,
        )
    finally:
        os.close(write)
    assert done.returncode == 0, done.stderr
    assert "Container runtime recommendation" in report.read_text(encoding="utf-8")
    assert any((tmp_path / "plan").iterdir())


@pytest.mark.parametrize("name", ["", "  "])
def test_an_empty_folder_name_is_refused_not_read_as_here(answers: Path, tmp_path: Path, name: str) -> None:
    done = _cli("recommend", "--answers", str(answers), "--artifacts", name, cwd=tmp_path)
    assert done.returncode == 2
    assert b"an empty folder name" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.yaml"]


def _no_space(descriptor: int) -> None:
    raise OSError(28, "No space left on device")


def test_a_failed_write_leaves_no_folder_it_made(tmp_path: Path, monkeypatch) -> None:
    from gui.domain.artifacts.folder_writing import FileToWrite, write_files
    from gui.domain.problems import InputError

    monkeypatch.setattr(os, "fsync", _no_space)  # the disk fills while the file is staged
    with pytest.raises(InputError) as caught:
        write_files(tmp_path / "new" / "plan", [FileToWrite("a.txt", b"x", None, False, None, None)])
    assert "No space left on device; nothing was written" in str(caught.value.problems[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # neither new/ nor new/plan/ stays


def test_a_failed_write_into_an_existing_folder_keeps_it_as_it_was(tmp_path: Path, monkeypatch) -> None:
    from gui.domain.artifacts.folder_writing import FileToWrite, write_files
    from gui.domain.problems import InputError

    (tmp_path / "plan").mkdir()
    monkeypatch.setattr(os, "fsync", _no_space)
    with pytest.raises(InputError):
        write_files(tmp_path / "plan", [FileToWrite("a.txt", b"x", None, False, None, None)])
    assert (tmp_path / "plan").is_dir() and list((tmp_path / "plan").iterdir()) == []


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (json.dumps(NODES)[:-1] + ', "kind": "RuntimeClassList"}', 'key "kind" appears twice in one object'),
        (json.dumps(NODES).replace('"v1"', "NaN", 1), "NaN is not a JSON number"),
        (json.dumps(NODES).replace('"v1"', "-Infinity", 1), "-Infinity is not a JSON number"),
    ],
)
def test_json_that_kubectl_never_writes_is_refused(answers: Path, tmp_path: Path, text: str, why: str) -> None:
    inventory = tmp_path / "nodes.json"
    inventory.write_text(text, encoding="utf-8")
    done = _cli("recommend", "--answers", str(answers), "--inventory", str(inventory))
    assert done.returncode == 2, done.stderr
    assert f"{inventory}:0:0: {why}".encode() in done.stderr, done.stderr


def test_a_configuration_of_blank_lines_is_read_in_linear_time(tmp_path: Path) -> None:
    # \s* at the start of a line ran across every blank line after it: 200,000 took 50 s
    root = tree(tmp_path, {"etc/containerd/config.toml": "[crio.runtime.runtimes.crun]\n" + "\n" * 1_000_000})
    started = time.monotonic()
    facts = detect.detect_machine(root, lambda _: None, platform="linux")
    assert time.monotonic() - started < 10  # quadratic: 60,000 took 5 s, a million about 20 minutes
    assert facts.configured_runtimes["containerd"] == ["crun"]


def _program(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(0o755)
    return path


def test_a_version_program_that_talks_without_end_is_cut_off(tmp_path: Path) -> None:
    started = time.monotonic()
    line = detect.run_version(_program(tmp_path, "runc", "exec yes\n"))
    assert line == "y" and time.monotonic() - started < detect.VERSION_TIMEOUT_SECONDS + 1.5


def test_a_version_program_whose_child_keeps_the_pipe_gives_its_line_at_once(tmp_path: Path) -> None:
    # the child is in a session of its own: ending the program's group does not reach it
    program = _program(tmp_path, "runc", 'setsid sleep 30 &\necho "runc version 1.2.5"\n')
    started = time.monotonic()
    assert detect.run_version(program) == "runc version 1.2.5"
    assert time.monotonic() - started < detect.VERSION_TIMEOUT_SECONDS + 1.5


def test_a_silent_slow_version_program_is_given_up_on_at_the_deadline(tmp_path: Path) -> None:
    started = time.monotonic()
    assert detect.run_version(_program(tmp_path, "runc", "sleep 30\n")) is None
    assert time.monotonic() - started < detect.VERSION_TIMEOUT_SECONDS + 1.5


@pytest.mark.parametrize("second", ["--inventory", "--inventory-twice"])
def test_standard_input_given_for_two_files_is_refused_with_why(answers: Path, tmp_path: Path, second: str) -> None:
    inventory = tmp_path / "nodes.json"
    inventory.write_text(json.dumps(NODES), encoding="utf-8")
    if second == "--inventory":  # the answers and an inventory both from standard input
        args = ["--answers", "/dev/stdin", "--inventory", "/dev/stdin"]
        stdin = answers.read_bytes()
    else:  # one inventory given twice as standard input
        args = ["--answers", str(answers), "--inventory", "/dev/stdin", "--inventory", "/dev/stdin"]
        stdin = inventory.read_bytes()
    done = _cli("recommend", *args, input=stdin)
    assert done.returncode == 2
    assert b"/dev/stdin:0:0: standard input is given for more than one file and can be read only once" in done.stderr
