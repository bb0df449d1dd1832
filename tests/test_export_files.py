"""Exports are written atomically: a failed export reports a clear error, exits 2 (CLI) or
warns (GUI), and leaves any existing file exactly as it was."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from tests.helpers import fill_up, mounted_tmpfs, remount_read_only, run_cli_as_a_user

ANSWERS = SCENARIOS / "untrusted-web-no-virt.yaml"
FORMATS = ["pdf", "markdown", "json"]


def old_file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"the user's old report")
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_folder(run_cli, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "gone" / f"r.{fmt}"
    code, _, err = run_cli("recommend", "--answers", str(ANSWERS), "--format", fmt, "-o", str(target))
    assert code == 2 and "Traceback" not in err
    assert err.strip() == f"{target}:0:0: cannot write: the folder {target.parent} does not exist"
    assert not target.parent.exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_read_only_folder_keeps_the_old_file(tmp_path: Path, fmt: str) -> None:
    """A folder the user may not write to (mode 0555): the CLI runs as a process that file modes
    stop, also when the tests run as root (tests/helpers.py run_cli_as_a_user)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    target = old_file(folder, f"r.{fmt}")
    folder.chmod(0o555)
    try:
        done = run_cli_as_a_user(["recommend", "--answers", str(ANSWERS), "--format", fmt, "-o", str(target)])
    finally:
        folder.chmod(0o755)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == f"{target}:0:0: cannot write: permission denied; choose a folder you can write to"
    assert done.stdout == ""
    assert target.read_bytes() == b"the user's old report"
    assert sorted(p.name for p in folder.iterdir()) == [target.name]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_read_only_file_system_keeps_the_old_file(run_cli, tmp_path: Path, fmt: str) -> None:
    """A real read-only file system (EROFS stops root too), not a patched function."""
    with mounted_tmpfs(tmp_path / "mnt") as folder:
        target = old_file(folder, f"r.{fmt}")
        remount_read_only(folder)
        code, _, err = run_cli("recommend", "--answers", str(ANSWERS), "--format", fmt, "-o", str(target))
        assert code == 2
        assert err.strip() == (
            f"{target}:0:0: cannot write: Read-only file system; the existing file, if any, is unchanged"
        )
        assert target.read_bytes() == b"the user's old report"
        assert sorted(p.name for p in folder.iterdir()) == [target.name]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_file_system_keeps_the_old_file_and_leaves_no_partial_file(run_cli, tmp_path: Path, fmt: str) -> None:
    """A real full file system: the write itself fails (ENOSPC), after the temporary file exists.
    Written in place, the old report would be cut to nothing; a temporary file not removed
    would stay behind."""
    with mounted_tmpfs(tmp_path / "mnt", size="256k") as folder:
        target = old_file(folder, f"r.{fmt}")
        fill_up(folder)
        code, _, err = run_cli("recommend", "--answers", str(ANSWERS), "--format", fmt, "-o", str(target))
        assert code == 2
        assert err.strip() == (
            f"{target}:0:0: cannot write: No space left on device; the existing file, if any, is unchanged"
        )
        assert target.read_bytes() == b"the user's old report"
        assert sorted(p.name for p in folder.iterdir()) == ["filler", target.name], "no temporary file left"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_failure_at_fsync_keeps_the_old_file_and_leaves_no_partial_file(
    run_cli, tmp_path: Path, monkeypatch, fmt
) -> None:
    target = old_file(tmp_path, f"r.{fmt}")
    written: list[int] = []

    def full_disk(descriptor: int) -> None:
        # the content reached the temporary file; the disk reports it full when it is flushed
        written.append(os.fstat(descriptor).st_size)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    code, _, err = run_cli("recommend", "--answers", str(ANSWERS), "--format", fmt, "-o", str(target))
    assert code == 2
    assert "No space left on device" in err and "unchanged" in err
    assert target.read_bytes() == b"the user's old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name], "no temporary file left behind"
    assert written and written[0] > 0, "the failure came after content was written"


def test_the_report_replaces_the_file_by_a_rename_not_in_place(run_cli, tmp_path: Path) -> None:
    """An atomic rename puts a new file under the name: a second hard link to the old file still
    holds the old report, and the name's inode changes. A write in place would change both."""
    target = old_file(tmp_path, "r.json")
    other_name = tmp_path / "kept.json"
    os.link(target, other_name)
    before = target.stat().st_ino
    code, _, err = run_cli("recommend", "--answers", str(ANSWERS), "--format", "json", "-o", str(target))
    assert (code, err) == (0, "")
    assert other_name.read_bytes() == b"the user's old report"
    assert json.loads(target.read_text(encoding="utf-8"))["recommendation"] == "gvisor"
    assert target.stat().st_ino != before


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o755], ids=oct)
def test_replacing_a_file_keeps_its_permissions(run_cli, tmp_path: Path, mode: int) -> None:
    target = old_file(tmp_path, "r.md")
    target.chmod(mode)
    code, _, err = run_cli("recommend", "--answers", str(ANSWERS), "--format", "markdown", "-o", str(target))
    assert (code, err) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("# Container runtime recommendation: gVisor")
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_json_export_is_complete(run_cli, tmp_path: Path) -> None:
    """Against hand-written expectations (untrusted web code, no hardware virtualization) and the
    data file itself: the ranking with its reasons biggest effect first, and every note the
    report carries: the pick's and the dataset-wide ones, as runtimes.yaml has them."""
    import yaml

    from tests.conftest import DATA

    target = tmp_path / "r.json"
    code, _, err = run_cli(
        "recommend", "--answers", str(ANSWERS), "--format", "json", "-o", str(target), "--lang", "en"
    )
    assert (code, err) == (0, "")
    result = json.loads(target.read_text(encoding="utf-8"))
    assert result["recommendation"] == "gvisor" and result["tied_with"] == []
    assert [(e["runtime"], e["excluded"]) for e in result["ranking"]] == [
        ("gvisor", False),
        ("cri-o", True),
        ("containerd", True),
        ("docker", True),
        ("kata", True),
        ("nitro-sandbox", True),
    ]
    assert result["ranking"][0]["score"] == 2.5
    assert [(r["rule"], r["points"]) for r in result["ranking"][0]["reasons"]] == [
        ("untrusted-syscall-layer", 3.0),
        ("sandbox-self-installed", -0.5),
    ]
    data = yaml.safe_load((DATA / "runtimes.yaml").read_text(encoding="utf-8"))
    gvisor = next(r for r in data["runtimes"] if r["id"] == "gvisor")

    def shown(note: dict) -> dict:
        return {"date": note["date"], "text": note["text"]["en"], "source": note["source"], "checked": note["checked"]}

    expected = [shown(n) for n in gvisor["notes"]] + [shown(n) for n in data["notes"]]
    assert len(data["notes"]) >= 5
    assert sorted(result["notes"], key=json.dumps) == sorted(expected, key=json.dumps)


def test_markdown_adr_has_the_comparison_table_with_errata(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "adr.md"
    run_cli("recommend", "--answers", str(ANSWERS), "--format", "markdown", "-o", str(target), "--lang", "en")
    text = target.read_text(encoding="utf-8")
    assert "## The comparison table, as published" in text
    assert (
        "|  | CRI-O | Containerd CRI plugin | Docker Engine | **gVisor CRI plugin** | CRI-O Kata Containers |" in text
    )
    assert 'runc †<br>*"runc" is a runtime name, not a version.' in text
    assert "- **Kata Containers** (excluded): It starts a VM per pod" in text


def test_pdf_to_a_terminal_is_refused(run_cli, monkeypatch) -> None:
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = run_cli("recommend", "--answers", str(ANSWERS), "--format", "pdf")
    assert (code, out) == (2, "")
    assert err == "-:0:0: a PDF is not shown on a terminal; give -o FILE.pdf, or redirect standard output to a file\n"


def test_markdown_has_every_artifact_in_a_fence_that_cannot_end_early(shipped_data) -> None:
    import dataclasses
    import re

    from gui.domain.advice.plan import plan_for
    from gui.domain.report.markdown import render_markdown
    from gui.domain.report.model import build_report

    report = build_report(shipped_data, plan_for(shipped_data, {"trust": "untrusted"}), "en")
    tricky = dataclasses.replace(report.plan.artifacts[0], text="before\n```\nstill inside\n")
    plan = dataclasses.replace(report.plan, artifacts=(*report.plan.artifacts, tricky))
    markdown = render_markdown(dataclasses.replace(report, plan=plan))
    blocks = re.findall(r"^### (\S+)\n\n.*?\n\n(`{3,})(\w+)\n(.*?)\n\2$", markdown, flags=re.M | re.S)
    assert [(name, body + "\n") for name, _, _, body in blocks] == [(a.filename, a.text) for a in plan.artifacts]
    assert [language for _, _, language, _ in blocks] == [a.language for a in plan.artifacts]
    assert blocks[-1][1] == "````", "a file holding ``` gets a longer fence"


def test_the_reasons_a_runtime_lost_read_as_sentences(shipped_data) -> None:
    from gui.domain.advice.plan import plan_for
    from gui.domain.report.model import build_report
    from gui.domain.report.text import why_not

    report = build_report(shipped_data, plan_for(shipped_data, {"trust": "own"}), "en")
    losers = [e for e in report.plan.workloads[0].ranking if not e.excluded and e.place > 1]
    assert losers
    for entry in losers:
        text = why_not(entry)
        assert ".;" not in text and ". (" not in text, text
        assert text.endswith(")."), text


def test_a_runtime_lost_on_its_penalties_not_its_bonuses() -> None:
    """why_not on a hand-made entry: a bonus and two penalties; the penalties are the reason."""
    from gui.domain.report.model import RankLine, ReasonLine
    from gui.domain.report.text import why_not

    bonus = ReasonLine("fast", "prefer", 1.0, "It starts fast.", ())
    slow = ReasonLine("slow-io", "prefer", -2.0, "Its disk I/O is slow.", ())
    memory = ReasonLine("memory", "prefer", -0.5, "Each pod costs memory", ())
    entry = RankLine(2, "kata", "Kata Containers", -1.5, False, (bonus, slow, memory))
    assert why_not(entry) == "Its disk I/O is slow (-2.0). Each pod costs memory (-0.5)."
    # with no penalty, what it scored is the reason it was not first
    assert why_not(RankLine(2, "kata", "Kata Containers", 1.0, False, (bonus,))) == "It starts fast (+1.0)."


def test_korean_comparison_cells_read_in_korean_and_keep_the_published_words(shipped_data) -> None:
    from gui.domain.report.comparison import comparison_table

    table = comparison_table(shipped_data, None, "ko")
    kernel = next(r for r in table.rows if "kernel" in r.label.lower() or "커널" in r.label)
    assert "일부 공유 (partially shared)" in [c.text.rstrip(" †") for c in kernel.cells]
    english = comparison_table(shipped_data, None, "en")
    assert "partially shared" in [c.text.rstrip(" †") for r in english.rows for c in r.cells]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_alternative_in_the_decision_record_has_a_reason(shipped_data, lang: str) -> None:
    """A runtime tied with the pick has no rule of its own to show (vetted third-party code on
    self-managed Kubernetes, many small pods: gVisor level with containerd at 0); its line said
    nothing after the colon."""
    from gui.domain.advice.plan import plan_for
    from gui.domain.report.markdown import render_markdown
    from gui.domain.report.model import build_report

    report = build_report(shipped_data, plan_for(shipped_data, {"trust": "third-party", "density": "high"}), lang)
    assert (report.recommendation_id, report.tied_with) == ("gvisor", ("containerd",))
    heading = {"en": "Alternatives considered", "ko": "검토한 대안"}[lang]
    (section,) = [part for part in render_markdown(report).split("\n## ") if part.startswith(heading + "\n")]
    lines = section.splitlines()
    items = [line for line in lines if line.startswith("- **")]
    assert len(items) == 5 and not [line for line in items if line.rstrip().endswith(":")]
    assert (
        items[0]
        == {
            "en": "- **containerd** (score +0.0): No rule added or removed points.",
            "ko": "- **containerd** (점수 +0.0): 점수를 더하거나 뺀 규칙이 없습니다.",
        }[lang]
    )


def test_an_artifacts_folder_that_cannot_be_opened_is_named_not_a_traceback(tmp_path: Path) -> None:
    """A folder without search permission (mode 0600): no name in it can be checked, as the CLI
    runs as a process that file modes stop. Python raised PermissionError from the link check."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o600)
    try:
        inside = run_cli_as_a_user(["recommend", "--answers", str(ANSWERS), "--artifacts", str(folder)])
        below = run_cli_as_a_user(["recommend", "--answers", str(ANSWERS), "--artifacts", str(folder / "sub")])
    finally:
        folder.chmod(0o755)
    # the scenario's plan writes install-gvisor.sh first
    assert (inside.returncode, inside.stderr.strip()) == (
        2,
        f"{folder / 'install-gvisor.sh'}:0:0: cannot check what is there: Permission denied; "
        "choose a folder you can open",
    )
    assert (below.returncode, below.stderr.strip()) == (
        2,
        f"{folder / 'sub'}:0:0: cannot check what is there: Permission denied; choose a folder you can open",
    )
    assert list(folder.iterdir()) == []
