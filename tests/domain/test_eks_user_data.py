"""The EKS node user data for gVisor (no golden file covers EKS), read back with the standard
library's MIME parser, YAML and TOML readers, and `sh -n`: a multipart/mixed document with a
shell part that installs gVisor's verified release tarball (gvisor.dev/docs/user_guide/install)
and a NodeConfig part (node.eks.aws/v1alpha1) that gives containerd the runsc runtime."""

from __future__ import annotations

import email
import shutil
import subprocess

import pytest
import tomllib
import yaml

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.artifacts.build import build_artifacts
from tests.conftest import shared_unless_mutating


@pytest.fixture(scope=shared_unless_mutating("module"))
def user_data(shipped_data):
    # containers started per request: gVisor rather than a Nitro Sandbox's VM per pod
    answers = AnswerSet.single(
        {"platform": "eks", "trust": "untrusted", "virtualization": "unavailable", "startup": "critical"},
        shipped_data.questions,
    )
    artifacts = build_artifacts(shipped_data, build_plan(Advisor(shipped_data), answers), "en", "2026-11-29")
    (artifact,) = [a for a in artifacts if a.kind == "node-user-data"]
    return artifact


def test_it_is_a_two_part_mime_document(user_data) -> None:
    assert user_data.filename == "eks-user-data-runsc.mime"
    assert user_data.text.startswith("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=")
    message = email.message_from_string(user_data.text)
    assert message.is_multipart() and message.get_content_type() == "multipart/mixed"
    assert not message.defects
    parts = message.get_payload()
    assert [p.get_content_type() for p in parts] == ["text/x-shellscript", "application/node.eks.aws"]
    assert parts[0].get_content_charset() == "utf-8"
    # the closing delimiter ends the document
    assert user_data.text.endswith(f"--{message.get_boundary()}--\n")
    # nothing before the first part, nothing after each part's last line, and a part's headers
    # end at a blank line
    assert not message.preamble
    assert parts[0].get_payload().endswith('\nrm -rf "$work"\n')
    assert parts[1].get_payload().endswith('\n        runtime_path = "/usr/local/bin/containerd-shim-runsc-v1"\n')
    assert not any(p.defects for p in parts)


def test_the_shell_part_installs_a_verified_gvisor(user_data) -> None:
    script = email.message_from_string(user_data.text).get_payload()[0].get_payload()
    lines = script.splitlines()
    assert lines[0] == "#!/bin/sh"
    assert lines[1].startswith("# ")  # the header comments follow the interpreter line
    for expected in (
        "set -eu",
        "ARCH=$(uname -m)",
        "URL=https://storage.googleapis.com/gvisor/releases/release/latest/${ARCH}",
        "work=$(mktemp -d)",
        'curl -fsSL -o "$work/gvisor.tar.bz2" "${URL}/gvisor.tar.bz2"',
        'curl -fsSL -o "$work/gvisor.tar.bz2.sha512" "${URL}/gvisor.tar.bz2.sha512"',
        '(cd "$work" && sha512sum -c gvisor.tar.bz2.sha512)',
        "command -v bzip2 >/dev/null || dnf install -y bzip2",
        'tar -xjf "$work/gvisor.tar.bz2" -C /usr/local/bin',
        'rm -rf "$work"',
    ):
        assert expected in lines, expected
    assert lines.index("set -eu") < lines.index('tar -xjf "$work/gvisor.tar.bz2" -C /usr/local/bin')
    if shutil.which("sh"):
        checked = subprocess.run(["sh", "-n"], input=script, text=True, capture_output=True, timeout=30)
        assert checked.returncode == 0, checked.stderr


def test_the_node_config_gives_containerd_the_runsc_runtime(user_data) -> None:
    part = email.message_from_string(user_data.text).get_payload()[1].get_payload()
    (document,) = [d for d in yaml.safe_load_all(part) if d is not None]
    assert document["apiVersion"] == "node.eks.aws/v1alpha1"
    assert document["kind"] == "NodeConfig"
    config = tomllib.loads(document["spec"]["containerd"]["config"])
    runtimes = config["plugins"]["io.containerd.cri.v1.runtime"]["containerd"]["runtimes"]
    assert runtimes["runsc"]["runtime_type"] == "io.containerd.runsc.v1"
    assert runtimes["runsc"]["runtime_path"] == "/usr/local/bin/containerd-shim-runsc-v1"
