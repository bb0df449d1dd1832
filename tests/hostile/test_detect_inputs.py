"""`detect` on a machine whose files were written to break it (issue 25): every file it reads,
of any size, nesting or content, gives findings, never a Python error, and what it found
reaches the terminal as plain text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from gui.domain.detect import machine as detect
from gui.domain.detect.machine import MAX_ENTRIES, detect_machine
from tests.inventory.machines import tree

ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _detect(root: Path) -> detect.MachineFacts:
    return detect_machine(root, lambda _: None, platform="linux")


@pytest.mark.parametrize(
    ("daemon_json", "why"),
    [
        ('{"runtimes": ' * 50_000 + "{}" + "}" * 50_000, "values nested too deeply"),
        ("[" * 100_000 + "]" * 100_000, "values nested too deeply"),
        ("{not json", "not JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))"),
        ("[1, 2]", "not an object with a 'runtimes' object"),
    ],
)
def test_a_docker_configuration_that_cannot_be_read_is_said(tmp_path: Path, daemon_json: str, why: str) -> None:
    facts = _detect(tree(tmp_path, {"etc/docker/daemon.json": daemon_json}))
    assert facts.configured_runtimes == {"docker": []}
    assert detect.Finding(f"Docker daemon configuration unreadable: {why}", "/etc/docker/daemon.json") in facts.findings


def test_numbers_of_any_size_and_lone_surrogates_in_daemon_json_are_read(tmp_path: Path) -> None:
    text = json.dumps({"runtimes": {"runsc": {"path": "/usr/bin/runsc"}, "odd\ud800": {}}, "x": 1})
    text = text.replace('"x": 1', '"x": ' + "9" * 5_000)
    facts = _detect(tree(tmp_path, {"etc/docker/daemon.json": text}))
    assert facts.configured_runtimes == {"docker": ["odd\ufffd", "runsc"]}


def test_a_drop_in_folder_of_thousands_of_files_is_read_up_to_a_limit(tmp_path: Path) -> None:
    files = {f"etc/containerd/conf.d/{n:05}.toml": "" for n in range(MAX_ENTRIES + 50)}
    files["etc/containerd/conf.d/99999.toml"] = "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.kata]\n"
    facts = _detect(tree(tmp_path, files))
    read = [f for f in facts.findings if f.what == "containerd configuration"]
    assert len(read) == MAX_ENTRIES  # the main file is missing: only drop-ins, the first ones by name
    assert (
        detect.Finding(f"more than {MAX_ENTRIES} entries; only the first {MAX_ENTRIES} read", "/etc/containerd/conf.d")
        in facts.findings
    )


def test_pci_devices_by_the_thousand_are_counted_up_to_the_limit(tmp_path: Path) -> None:
    files = {}
    for n in range(MAX_ENTRIES + 10):
        files[f"sys/bus/pci/devices/0000:{n:04x}/vendor"] = "0x10de\n"
        files[f"sys/bus/pci/devices/0000:{n:04x}/class"] = "0x030200\n"
    assert _detect(tree(tmp_path, files)).gpus == MAX_ENTRIES


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_what_detect_found_reaches_the_terminal_as_plain_text(run_cli, monkeypatch, fmt: str) -> None:
    """A runtime's --version line and a configured runtime's name are the machine's to choose."""
    facts = detect.MachineFacts(versions={"runc": "runc \x1b[31mred\u202e\x9b"}, kernel="6.8\x1b]0;title\x07")
    facts.findings.append(detect.Finding("runc \x1b[31mred\u202e\x9b", "runc --version"))
    facts.configured_runtimes["docker"] = ["\x1b[2Jwipe", "lone\ud800"]
    monkeypatch.setattr(detect, "detect_machine", lambda: facts)
    code, out, err = run_cli("detect", "--format", fmt)
    assert (code, err) == (0, "")
    assert not ACTIVE.search(out)
    out.encode("utf-8")
    if fmt == "json":
        content = json.loads(out)
        assert content["configured_runtimes"]["docker"] == ["\x1b[2Jwipe", "lone\ufffd"]  # exact, and valid text
        assert content["versions"]["runc"] == "runc \x1b[31mred\u202e\x9b"
    else:
        assert "runc \\x1b[31mred\\u202e\\x9b" in out
