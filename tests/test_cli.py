"""The headless commands of DESIGN.md section 2, run for real (in-process and as a program)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gui import __version__
from tests.conftest import REPO, SCENARIOS

UNTRUSTED = SCENARIOS / "untrusted-web-no-virt.yaml"


def test_version(run_cli, capsys) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as caught:
        run_cli("--version")
    assert caught.value.code == 0
    # the installed distribution's metadata, not the module the option reads
    assert capsys.readouterr().out == f"runtime-advisor {version('runtime-advisor')}\n"


def test_version_as_a_program_matches_the_single_source(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gui", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, f"runtime-advisor {__version__}")
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and 'path = "gui/_version.py"' in pyproject


def test_questions_text_lists_every_id_and_marks_defaults(run_cli, shipped_data) -> None:
    code, out, _ = run_cli("questions", "--lang", "en")
    assert code == 0
    for question in shipped_data.questions:
        assert f"{question.id} [{question.scope}]: {question.title.en}" in out
        assert f"  {question.default} (default): " in out
        for choice in question.choice_ids:
            assert f"  {choice}" in out


def test_questions_json_in_korean(run_cli, shipped_data) -> None:
    code, out, _ = run_cli("questions", "--format", "json", "--lang", "ko")
    assert code == 0
    listed = json.loads(out)["questions"]
    assert [q["id"] for q in listed] == list(shipped_data.questions.ids)
    assert listed[0]["title"] == "컨테이너를 어디에서 실행하나요?"
    assert listed[0]["default"] == "kubernetes"
    scopes = {q["id"]: q["scope"] for q in listed}
    assert scopes == {q.id: q.scope for q in shipped_data.questions}
    assert [q for q, s in scopes.items() if s == "cluster"] == [
        "platform",
        "density",
        "virtualization",
        "docker_cli",
        "maturity",
        "node_size",
    ]


def test_validate_stale_after_warns_with_the_line_and_exits_0(run_cli, data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    text = runtimes.read_text(encoding="utf-8")
    anchor = "      - id: dockershim-removed\n"
    start = text.index(anchor)
    checked = text.index('checked: "2026-11-29"', start)
    runtimes.write_text(text[:checked] + 'checked: "2025-01-02"' + text[checked + 21 :], encoding="utf-8")
    line = text[:checked].count("\n") + 1
    code, out, err = run_cli("validate", "--data", str(data_copy), "--stale-after", "365")
    assert code == 0 and out.startswith("ok: ")
    assert err.splitlines() == [
        f"{runtimes}:{line}:9: warning: 'dockershim-removed' was last checked on 2025-01-02, 704 days before "
        "the dataset's as_of date 2026-12-07 (more than 365); re-check it against "
        "https://kubernetes.io/blog/2022/02/17/dockershim-faq/"
    ]
    code, _, err = run_cli("validate", "--data", str(data_copy), "--stale-after", "720")
    assert (code, err) == (0, "")
    with pytest.raises(SystemExit) as caught:
        run_cli("validate", "--stale-after", "soon")
    assert caught.value.code == 2


def test_language_defaults_to_the_locale(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    _, out, _ = run_cli("recommend", "--answers", str(UNTRUSTED))
    assert out.startswith("컨테이너 런타임 추천")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    _, out, _ = run_cli("recommend", "--answers", str(UNTRUSTED))
    assert out.startswith("Container runtime recommendation")


def test_recommend_json_has_the_design_fields(run_cli) -> None:
    code, out, err = run_cli("recommend", "--answers", str(UNTRUSTED), "--format", "json", "--lang", "en")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["recommendation"] == "gvisor"
    assert result["answers"]["trust"] == "untrusted" and result["answers"]["density"] == "normal"
    top = result["ranking"][0]
    assert top["runtime"] == "gvisor" and top["score"] == 2.5 and top["excluded"] is False
    assert {"rule", "points", "text"} <= set(top["reasons"][0])
    assert {"question", "answer", "recommendation"} <= set(result["what_if"][0])
    assert result["dataset"]["as_of"] == "2026-12-07"
    plan = result["plan"]
    assert plan["platform"] == "kubernetes"
    assert plan["node_runtime"]["runtime"] == "containerd" and plan["node_runtime"]["oci_runtime"] == "runc"
    (workload,) = plan["workloads"]
    assert {"name", "answers", "recommendation", "tied_with", "sandbox", "runtime_class", "handler", "ranking"} <= set(
        workload
    )
    assert (workload["name"], workload["sandbox"], workload["runtime_class"], workload["handler"]) == (
        "default",
        "gvisor",
        "gvisor",
        "runsc",
    )
    assert workload["ranking"] == result["ranking"] and workload["what_if"] == result["what_if"]
    # the files and warnings the text report lists for this plan, read and written out by hand
    assert [(a["filename"], a["kind"]) for a in plan["artifacts"]] == [
        ("install-gvisor.sh", "shell"),
        ("containerd-runsc.toml", "containerd-config"),
        ("containerd-1.7-runsc.toml", "containerd-config"),
        ("crio-runsc.conf", "crio-config"),
        ("runtimeclass-gvisor.yaml", "kubernetes-manifest"),
        ("pod-default.yaml", "pod-example"),
        ("admission-policy-default.yaml", "admission-policy"),
        ("verify.sh", "shell"),
        ("benchmark.sh", "shell"),
    ]
    runtime_class = next(a for a in plan["artifacts"] if a["filename"] == "runtimeclass-gvisor.yaml")["text"]
    assert "kind: RuntimeClass" in runtime_class and "handler: runsc" in runtime_class
    assert [(w["id"], w["workload"]) for w in plan["warnings"]] == [
        ("gvisor-pod-limits", "default"),
        ("sandbox-enforced", "default"),
    ]
    assert plan["warnings"][1]["text"].startswith("A RuntimeClass is chosen pod by pod")
    assert "https://kubedex.com/kubernetes-container-runtimes/" in result["dataset"]["sources"]


def test_recommend_json_texts_follow_the_language(run_cli) -> None:
    _, out, _ = run_cli("recommend", "--answers", str(UNTRUSTED), "--format", "json", "--lang", "ko")
    reason = json.loads(out)["ranking"][0]["reasons"][0]["text"]
    assert reason.startswith("신뢰할 수 없는 코드는 gVisor의 사용자 공간 커널을 만나며")


def test_recommend_text_shows_pick_reasons_pros_cons_errata_notes_and_what_if(run_cli) -> None:
    code, out, _ = run_cli("recommend", "--answers", str(UNTRUSTED), "--lang", "en")
    assert code == 0
    assert "Recommendation: gVisor (gvisor), the only fit, score +2.5" in out
    assert (
        "Workload default: gVisor (runsc installed on your nodes) beneath containerd [the only fit, score +2.5]" in out
    )
    assert "RuntimeClass gvisor (handler runsc)" in out
    assert "+3.0  Untrusted code meets gVisor's user-space kernel" in out
    assert "+ A good fit for stateless web apps" in out
    assert "[erratum: The logic is inverted." in out
    assert "2023-06-13  The systrap platform replaced ptrace" in out and "checked 2026-11-29" in out
    assert re.search(r"Kata Containers +excluded: It starts a VM per pod", out)
    assert "What would change it" in out


def test_recommend_korean_text_shows_the_published_items(run_cli) -> None:
    _, out, _ = run_cli("recommend", "--answers", str(UNTRUSTED), "--lang", "ko")
    assert "+ 상태를 저장하지 않는 웹 앱에 적합" in out
    assert "- 400 개 Linux syscall이 모두 구현되어 일부 앱이 작동하지 않을 수 있음 (예 : postgres). [정정:" in out


def test_recommend_markdown_is_a_decision_record(run_cli) -> None:
    _, out, _ = run_cli("recommend", "--answers", str(UNTRUSTED), "--format", "markdown", "--lang", "en")
    for heading in (
        "# Container runtime recommendation: gVisor (the only fit)",
        "## Context",
        "## Decision",
        "## Consequences",
        "## Alternatives considered",
        "## What would change it",
    ):
        assert heading in out.splitlines()
    assert "On Self-managed Kubernetes, the nodes run containerd with runc. Each workload runs as follows:" in out
    assert (
        "| default | gVisor (runsc installed on your nodes) beneath containerd | RuntimeClass gvisor (handler runsc) |"
        in out
    )
    assert "- **Kata Containers** (excluded): It starts a VM per pod" in out


def test_nothing_fits_in_text(run_cli) -> None:
    code, out, _ = run_cli("recommend", "--answers", str(SCENARIOS / "separate-kernel-no-virt.yaml"), "--lang", "en")
    assert code == 0
    assert "Recommendation: No runtime fits all of your hard requirements." in out
    assert (
        "Can the nodes run hardware virtualization?: No -> Yes (bare metal or nested virtualization)  =>  Kata" in out
    )


def test_output_file_is_written(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "decision.md"
    code, out, _ = run_cli("recommend", "--answers", str(UNTRUSTED), "--format", "markdown", "-o", str(target))
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert [p.name for p in tmp_path.iterdir()] == ["decision.md"], "no temporary file left behind"


def test_a_failing_write_keeps_the_old_file(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    code, _, err = run_cli("recommend", "--answers", str(UNTRUSTED), "--format", "json", "-o", str(target))
    assert code == 2
    assert (
        err.strip() == f"{target}:0:0: cannot write: No space left on device; the existing file, if any, is unchanged"
    )
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_validate_names_every_problem_of_every_file(run_cli, tmp_path: Path) -> None:
    """Two problems in one file, a good file between, and a bad second file: every problem of
    every file is printed (the positions counted by hand in the texts below), and the good one is ok."""
    first = tmp_path / "first.yaml"
    first.write_text("answers:\n  trust: nobody\n  platform: mars\n", encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text("answers: {trust: own}\n", encoding="utf-8")
    second = tmp_path / "second.yaml"
    second.write_text(
        "answers:\n  colour: blue\nworkloads:\n  - name: web\n    answers: {platform: gke}\n", encoding="utf-8"
    )
    code, out, err = run_cli("validate", str(first), str(good), str(second))
    assert code == 2
    assert out.splitlines()[1:] == [f"ok: {good}"]
    assert [line.split(": ", 1)[0] for line in err.splitlines()] == [
        f"{first}:2:3",
        f"{first}:3:3",
        f"{second}:2:3",
        f"{second}:5:15",
    ]
    assert "no choice 'nobody'" in err and "no choice 'mars'" in err
    assert "unknown question 'colour'" in err and "'platform' is a cluster question" in err


def test_recommend_names_every_problem_of_the_answers_file(run_cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("answers:\n  trust: nobody\n  gpu: amd\n  startup: critical\n", encoding="utf-8")
    code, out, err = run_cli("recommend", "--answers", str(answers))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"{answers}:2:3: question 'trust' has no choice 'nobody'; allowed: own, third-party, untrusted",
        f"{answers}:3:3: question 'gpu' has no choice 'amd'; allowed: none, nvidia",
    ]


def test_validate_the_shipped_data(run_cli) -> None:
    code, out, err = run_cli("validate")
    assert (code, err) == (0, "")
    assert out.startswith("ok: ") and "6 runtimes, 15 questions" in out


def test_validate_all_scenarios(run_cli) -> None:
    files = sorted(str(p) for p in SCENARIOS.glob("*.yaml"))
    code, out, err = run_cli("validate", *files)
    assert (code, err) == (0, "")
    assert out.splitlines()[1:] == [f"ok: {name}" for name in files], "each file named once, in order"


def test_internal_errors_exit_1(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import gui.commands.recommend

    def broken(*_args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(gui.commands.recommend, "render_text", broken)
    code, _, err = run_cli("recommend", "--answers", str(UNTRUSTED))
    assert code == 1
    assert "internal error (a bug" in err and "RuntimeError: boom" in err
