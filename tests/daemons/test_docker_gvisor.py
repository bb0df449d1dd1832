"""The single-host plan on a real Docker Engine with a real gVisor (Debian's docker.io and runsc):
dockerd started with the plan's daemon.json, its verify script run as generated passes and prints
its evidence; the control, the same dockerd without the plan's configuration, fails it.

One change to the generated daemon.json, and only in the test: Debian's runsc (release 2022-12-19)
decides whether it runs in the host's network namespace by whether /proc/sys/net/core/rmem_default
exists, which on this machine's kernel it does in every namespace, so that runsc refuses to set up
any network. The runtime's path points to a wrapper that runs the same runsc with --network=none;
what the script checks (which kernel the container sees, which runtime is the default) does not
depend on the network."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from gui.domain.advice.answers import load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.report.model import build_report
from tests.conftest import SCENARIOS, SCHEMAS
from tests.daemons.docker_engine import docker_engine, require
from tests.helpers import cli_process
from tests.test_export_pdf import poppler, squash

SCENARIO = SCENARIOS / "single-host-untrusted-no-virt.yaml"


@pytest.fixture
def plan_files(shipped_data, tmp_path: Path) -> Path:
    require("dockerd", "docker", "runsc")
    answer_set = load_answer_set(SCENARIO, shipped_data.questions, SCHEMAS / "answers.schema.json")
    plan = build_plan(Advisor(shipped_data), answer_set)
    folder = tmp_path / "plan"
    folder.mkdir()
    for artifact in build_report(shipped_data, plan, "en").plan.artifacts:
        (folder / artifact.filename).write_text(artifact.text, encoding="utf-8")
    return folder


def _runsc_for_this_kernel(folder: Path, daemon_json: dict) -> dict:
    (runtime,) = daemon_json["runtimes"].values()
    wrapper = folder / "runsc"
    wrapper.write_text(f'#!/bin/sh\nexec {runtime["path"]} --network=none "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    return {**daemon_json, "runtimes": {name: {"path": str(wrapper)} for name in daemon_json["runtimes"]}}


def _verify(folder: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], dict]:
    done = subprocess.run(
        ["sh", "verify.sh", "--json"], cwd=folder, env=env, capture_output=True, text=True, timeout=300
    )
    return done, json.loads(done.stdout)


def test_the_plan_verifies_on_a_real_dockerd_with_its_daemon_json(plan_files: Path, tmp_path: Path) -> None:
    generated = json.loads((plan_files / "daemon.json").read_text())
    assert generated == {"runtimes": {"runsc": {"path": "/usr/bin/runsc"}}, "default-runtime": "runsc"}
    with docker_engine(_runsc_for_this_kernel(tmp_path, generated)) as env:
        done, evidence = _verify(plan_files, env)
        measured = subprocess.run(
            ["sh", "benchmark.sh"],
            cwd=plan_files,
            env={**env, "IMAGE": "busybox:1.37", "COUNT": "2"},
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert done.returncode == 0, done.stderr
    assert measured.returncode == 0, measured.stderr
    _measured_on_this_host(json.loads(measured.stdout), tmp_path)
    evidence_file = tmp_path / "evidence.json"
    evidence_file.write_text(done.stdout, encoding="utf-8")
    assert evidence["result"] == "pass" and evidence["platform"] == "single-host"
    checks = {c["check"]: c for c in evidence["checks"]}
    assert list(checks) == ["docker-runtimes", "sandbox-kernel", "default-runtime"]
    host = subprocess.run(["uname", "-r"], capture_output=True, text=True, check=True).stdout.strip()
    assert checks["docker-runtimes"]["default_runtime"] == "runsc"
    assert checks["sandbox-kernel"]["host_kernel"] == host
    assert checks["sandbox-kernel"]["sandbox_kernel"] not in ("", host)  # gVisor's own kernel
    assert checks["default-runtime"]["sandbox_kernel"] == checks["sandbox-kernel"]["sandbox_kernel"]
    _fed_back_in_every_format(evidence_file, checks["sandbox-kernel"]["sandbox_kernel"], tmp_path)


def _measured_on_this_host(record: dict, folder: Path) -> None:
    """benchmark.sh's record: gVisor and runc on the same image, and its figures in the report."""
    assert record["measurement"] == 1 and record["image"] == "busybox:1.37" and record["count"] == "2"
    sandbox, base = record["results"]
    assert (sandbox["runtime"], sandbox["role"]) == ("runsc", "sandbox")
    assert (base["runtime"], base["role"]) == ("runc", "node-runtime")
    for result in (sandbox, base):
        assert int(result["startup_ms"]) > 0 and int(result["io_ms"]) > 0 and result["memory"].endswith("B")
    path = folder / "measurement.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    cli = cli_process("recommend", "--answers", str(SCENARIO), "--evidence", str(path), "--format", "json")
    assert cli.returncode == 0, cli.stderr
    (note,) = [w for w in json.loads(cli.stdout)["plan"]["warnings"] if w["kind"] == "measured"]
    assert f"start-up {sandbox['startup_ms']} ms under runsc against {base['startup_ms']} ms under runc" in note["text"]


def _fed_back_in_every_format(evidence_file: Path, sandbox_kernel: str, folder: Path) -> None:
    """The record, given to recommend --evidence, shows in the text, Markdown, JSON and PDF report."""
    said = f"the container under runtime runsc saw kernel {sandbox_kernel}"
    for output in ("text", "markdown", "json", "pdf"):
        target = folder / f"report.{output}"
        cli = cli_process(
            "recommend",
            "--answers",
            str(SCENARIO),
            "--evidence",
            str(evidence_file),
            "--lang",
            "en",
            "--format",
            output,
            "-o",
            str(target),
        )
        assert cli.returncode == 0, cli.stderr
        if output == "json":
            plan = json.loads(target.read_text())["plan"]
            verified = [w for w in plan["warnings"] if w["kind"] == "verified"]
            assert any(said in w["text"] and w["workload"] == "default" for w in verified)
            assert plan["evidence"][0]["result"] == "pass" and not any(
                w["id"].startswith("evidence-") for w in plan["warnings"]
            ), "a passing record of this very plan contradicts nothing"
        elif output == "pdf":
            assert squash(said) in squash(poppler("pdftotext", str(target), "-"))
        else:
            assert said in " ".join(target.read_text().split())


def test_the_control_without_the_plan_fails_the_same_script(plan_files: Path, tmp_path: Path) -> None:
    with docker_engine(None) as env:
        done, evidence = _verify(plan_files, env)
    assert done.returncode != 0
    assert evidence["result"] == "fail"
    checks = evidence["checks"]
    assert checks[0] == {**checks[0], "check": "docker-runtimes", "default_runtime": "runc"}
    assert checks[-1]["check"] == "sandbox-kernel" and checks[-1]["result"] == "fail"
    # Docker Engine 20 says "Unknown runtime specified runsc", later ones "unknown or invalid runtime name"
    assert re.search(r"unknown (or invalid )?runtime (specified|name:) runsc", done.stderr, re.IGNORECASE)
