"""`recommend --artifacts DIR [--force]`: every file written, scripts executable, nothing
overwritten without --force, and a second run leaves identical files alone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from gui.domain.advice.answers import load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.report.model import build_report
from tests.conftest import SCENARIOS, SCHEMAS

MIXED = SCENARIOS / "cluster-own-and-customer-code.yaml"


def _expected_names(shipped_data) -> list[str]:
    answer_set = load_answer_set(MIXED, shipped_data.questions, SCHEMAS / "answers.schema.json")
    plan = build_report(shipped_data, build_plan(Advisor(shipped_data), answer_set), "en").plan
    return [a.filename for a in plan.artifacts]


def _listed(out: str) -> dict[str, str]:
    """`wrote: PATH` lines -> {file name: outcome}."""
    pairs = [line.split(": ", 1) for line in out.splitlines()]
    return {Path(path).name: outcome for outcome, path in pairs}


def test_artifacts_are_written_listed_and_scripts_are_executable(run_cli, shipped_data, tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder"
    code, out, err = run_cli("recommend", "--answers", str(MIXED), "--artifacts", str(target))
    assert (code, err) == (0, "")
    names = _expected_names(shipped_data)
    assert len(names) >= 4
    assert _listed(out) == {name: "wrote" for name in names}
    assert sorted(p.name for p in target.iterdir()) == sorted(names)
    for name in names:
        mode = (target / name).stat().st_mode
        assert bool(mode & stat.S_IXUSR) == name.endswith(".sh"), name
    assert any(name.endswith(".sh") for name in names)


def test_a_second_run_leaves_identical_files_alone(run_cli, tmp_path: Path) -> None:
    run_cli("recommend", "--answers", str(MIXED), "--artifacts", str(tmp_path))
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    os.utime(tmp_path / next(iter(before)), ns=(1, 1))  # a rewrite would move this mtime
    code, out, _ = run_cli("recommend", "--answers", str(MIXED), "--artifacts", str(tmp_path))
    assert code == 0
    assert set(_listed(out).values()) == {"unchanged"}
    assert (tmp_path / next(iter(before))).stat().st_mtime_ns == 1


def test_a_changed_file_is_not_replaced_without_force(run_cli, tmp_path: Path) -> None:
    run_cli("recommend", "--answers", str(MIXED), "--artifacts", str(tmp_path))
    edited = sorted(tmp_path.iterdir())[0]
    edited.write_text("# my own edits\n", encoding="utf-8")
    untouched = sorted(tmp_path.iterdir())[1]
    untouched.unlink()
    code, out, err = run_cli("recommend", "--answers", str(MIXED), "--artifacts", str(tmp_path))
    assert code == 2 and out == ""
    assert str(edited) in err and "exists with other content" in err and "--force" in err
    # all or nothing: the missing file was not written either, and the edit is kept
    assert edited.read_text(encoding="utf-8") == "# my own edits\n"
    assert not untouched.exists()

    code, out, err = run_cli("recommend", "--answers", str(MIXED), "--artifacts", str(tmp_path), "--force")
    assert (code, err) == (0, "")
    listed = _listed(out)
    assert listed[edited.name] == "replaced" and listed[untouched.name] == "wrote"
    assert edited.read_text(encoding="utf-8") != "# my own edits\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary files left behind"


def test_a_file_where_the_folder_should_be_is_refused(run_cli, tmp_path: Path) -> None:
    blocker = tmp_path / "plan"
    blocker.write_text("not a folder", encoding="utf-8")
    code, out, err = run_cli("recommend", "--answers", str(MIXED), "--artifacts", str(blocker))
    assert code == 2 and out == ""
    assert str(blocker) in err and "not a folder" in err
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_with_o_the_report_is_written_too(run_cli, tmp_path: Path) -> None:
    report = tmp_path / "plan.md"
    code, out, _ = run_cli(
        "recommend",
        "--answers",
        str(MIXED),
        "--artifacts",
        str(tmp_path / "files"),
        "-o",
        str(report),
        "--format",
        "markdown",
    )
    assert code == 0 and out.startswith("wrote: ")
    text = report.read_text(encoding="utf-8")
    for path in (tmp_path / "files").iterdir():
        assert f"`{path.name}`" in text or path.name in text
