"""Writing the artifact files (`recommend --artifacts DIR`): what is refused, with which words,
and that a refusal writes nothing. Expected messages are written out by hand from DESIGN.md's
bad-input rule (the file, what is wrong, what is allowed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gui.domain.artifacts.artifact import Artifact
from gui.domain.artifacts.writing import write_artifacts
from gui.domain.problems import InputError


def _manifest(filename: str = "runtimeclass-gvisor.yaml", text: str = "kind: RuntimeClass\n") -> Artifact:
    return Artifact(id="runtimeclass-gvisor", kind="kubernetes-manifest", filename=filename, text=text, language="yaml")


def _refusal(artifacts: list[Artifact], folder: Path, **options) -> list[tuple[str, int, int, str]]:
    with pytest.raises(InputError) as caught:
        write_artifacts(artifacts, folder, **options)
    return [(p.file, p.line, p.column, p.message) for p in caught.value.problems]


def test_an_existing_file_with_other_content_is_kept_unless_forced(tmp_path: Path) -> None:
    (tmp_path / "runtimeclass-gvisor.yaml").write_text("mine\n")
    assert _refusal([_manifest()], tmp_path) == [
        (
            str(tmp_path / "runtimeclass-gvisor.yaml"),
            0,
            0,
            "exists with other content; nothing was written (use --force to replace it)",
        )
    ]
    assert (tmp_path / "runtimeclass-gvisor.yaml").read_text() == "mine\n"
    assert write_artifacts([_manifest()], tmp_path, force=True) == [("replaced", tmp_path / "runtimeclass-gvisor.yaml")]
    assert (tmp_path / "runtimeclass-gvisor.yaml").read_text() == "kind: RuntimeClass\n"


def test_a_file_where_the_folder_belongs_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("")
    assert _refusal([_manifest()], tmp_path / "out") == [
        (str(tmp_path / "out"), 0, 0, "not a folder; give a folder for the artifacts")
    ]


def test_a_folder_where_an_artifact_belongs_is_refused(tmp_path: Path) -> None:
    (tmp_path / "runtimeclass-gvisor.yaml").mkdir()
    assert _refusal([_manifest()], tmp_path) == [
        (str(tmp_path / "runtimeclass-gvisor.yaml"), 0, 0, "cannot write: it is a folder")
    ]


def test_a_pipe_where_an_artifact_belongs_is_refused_without_reading_it(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "runtimeclass-gvisor.yaml")  # reading it would wait for a writer
    assert _refusal([_manifest()], tmp_path) == [
        (
            str(tmp_path / "runtimeclass-gvisor.yaml"),
            0,
            0,
            "is not a regular file; an artifact is written only as a file",
        )
    ]


def test_an_artifact_in_a_subfolder_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    # a plan's files are one flat folder: each one is written relative to the folder opened once
    (tmp_path / "sub").write_text("")
    why = "is not one file name; an artifact is written only as a file directly in the folder"
    for name in ("sub/x.yaml", "..", "."):
        assert _refusal([_manifest("pod-example.yaml"), _manifest(name)], tmp_path) == [
            (str(tmp_path / name), 0, 0, why)
        ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sub"]


def test_an_existing_file_too_large_to_compare_is_named_with_the_reason(tmp_path: Path) -> None:
    with open(tmp_path / "runtimeclass-gvisor.yaml", "wb") as handle:
        handle.truncate(5 * 1024 * 1024)  # sparse: no disk used
    assert _refusal([_manifest()], tmp_path, force=True) == [
        (
            str(tmp_path / "runtimeclass-gvisor.yaml"),
            0,
            0,
            "cannot read the existing file: too large (5,242,880 bytes); allowed: files up to 4 MiB",
        )
    ]
    assert (tmp_path / "runtimeclass-gvisor.yaml").stat().st_size == 5 * 1024 * 1024


def test_a_folder_whose_name_ends_in_a_space_is_still_the_folder(tmp_path: Path) -> None:
    """The inside-the-folder check compares paths with the separator stripped, not whitespace."""
    folder = tmp_path / "artifacts "
    assert write_artifacts([_manifest()], folder) == [("wrote", folder / "runtimeclass-gvisor.yaml")]
    assert (folder / "runtimeclass-gvisor.yaml").read_text() == "kind: RuntimeClass\n"


def test_a_link_leading_out_of_the_folder_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    folder, outside = tmp_path / "artifacts", tmp_path / "elsewhere.yaml"
    folder.mkdir()
    (folder / "runtimeclass-gvisor.yaml").symlink_to(outside)
    second = _manifest("pod-example.yaml")
    assert _refusal([second, _manifest()], folder, force=True) == [
        (
            str(folder / "runtimeclass-gvisor.yaml"),
            0,
            0,
            "is a symbolic link, or lies beneath one leading out of the folder; nothing was written "
            "(artifacts are written only as files inside the folder)",
        )
    ]
    assert not outside.exists() and not (folder / "pod-example.yaml").exists()


def test_the_answers_file_the_plan_came_from_is_never_replaced(tmp_path: Path) -> None:
    answers = tmp_path / "runtimeclass-gvisor.yaml"
    answers.write_text("answers: {}\n")
    assert _refusal([_manifest()], tmp_path, force=True, protected=[answers]) == [
        (str(answers), 0, 0, f"is the input file {answers}; nothing was written (choose another folder)")
    ]
    assert answers.read_text() == "answers: {}\n"


def test_a_link_to_a_folder_that_is_not_there_is_named_with_its_target(tmp_path: Path) -> None:
    # a link to a folder on a disk that is not mounted: nothing is there, and nothing is created there
    folder = tmp_path / "artifacts"
    folder.symlink_to(tmp_path / "unmounted")
    why = f"is a link to {tmp_path / 'unmounted'}, which does not exist; give an existing folder or a new name"
    assert _refusal([_manifest()], folder) == [(str(folder), 0, 0, why)]
    assert not (tmp_path / "unmounted").exists()


def test_a_link_to_another_artifact_inside_the_folder_is_refused_too(tmp_path: Path) -> None:
    # a link is never written through, wherever it points: replacing it would change its target
    (tmp_path / "pod-example.yaml").write_text("kind: Pod\n")
    (tmp_path / "runtimeclass-gvisor.yaml").symlink_to(tmp_path / "pod-example.yaml")
    problems = _refusal([_manifest()], tmp_path, force=True)
    assert [p[0] for p in problems] == [str(tmp_path / "runtimeclass-gvisor.yaml")]
    assert problems[0][3].startswith("is a symbolic link, or lies beneath one")
    assert (tmp_path / "pod-example.yaml").read_text() == "kind: Pod\n"


def test_a_folder_that_cannot_be_created_is_named_with_the_reason(tmp_path: Path) -> None:
    # a read-only file system stops even root: a full tmpfs mounted read-only is not at hand
    # here, so a folder under /proc (which refuses new entries) stands for it
    folder = Path("/proc/runtime-advisor-artifacts")
    problems = _refusal([_manifest()], folder)
    assert [p[:3] for p in problems] == [(str(folder), 0, 0)]
    assert problems[0][3].startswith("cannot create or open the folder: ")
