"""Writing a plan's artifacts into a folder: `recommend --artifacts DIR` and "Save all…".

All or nothing on conflicts: before anything is written, every file that already exists with
other content is reported, and only `force` overwrites them; a file that already holds the
same content is left alone. Each file is written atomically; scripts are made executable.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from gui.domain.artifacts import Artifact
from gui.domain.files import input_at, read_limited, write_atomically
from gui.domain.problems import InputError, Problem

Outcome = Literal["wrote", "replaced", "unchanged"]


def _existing(path: Path) -> bytes | None:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        why = "cannot write: a part of its path is a file, not a folder"
        raise InputError([Problem(str(path), 0, 0, why)]) from None
    if stat.S_ISDIR(mode):
        raise InputError([Problem(str(path), 0, 0, "cannot write: it is a folder")])
    if not stat.S_ISREG(mode):
        # a device or pipe where a manifest belongs: reading it could block or never end
        raise InputError([Problem(str(path), 0, 0, "is not a regular file; an artifact is written only as a file")])
    try:
        return read_limited(path)
    except InputError as error:
        raise InputError(
            [Problem(str(path), 0, 0, f"cannot read the existing file: {error.problems[0].message}")]
        ) from None


def write_artifacts(
    artifacts: Sequence[Artifact], folder: Path, force: bool = False, protected: Sequence[Path] = ()
) -> list[tuple[Outcome, Path]]:
    """Write every artifact into `folder` (created if missing); returns what happened to each.
    A file in `protected` (the answers and data files the plan came from) is never replaced."""
    try:
        planned = _planned(artifacts, folder, force, protected)
    except OSError as error:
        # a folder (or a folder above it) the user may not look into: no name in it can be checked
        where = error.filename or folder
        why = f"cannot check what is there: {error.strerror}; choose a folder you can open"
        raise InputError([Problem(str(where), 0, 0, why)]) from None
    if folder.is_symlink() and not folder.exists():
        why = f"is a link to {os.readlink(folder)}, which does not exist; give an existing folder or a new name"
        raise InputError([Problem(str(folder), 0, 0, why)])
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError([Problem(str(folder), 0, 0, f"cannot create the folder: {error.strerror}")]) from None
    for outcome, path, content, executable in planned:
        if outcome != "unchanged":
            write_atomically(path, content, executable)
    return [(outcome, path) for outcome, path, _, _ in planned]


def _planned(
    artifacts: Sequence[Artifact], folder: Path, force: bool, protected: Sequence[Path]
) -> list[tuple[Outcome, Path, bytes, bool]]:
    """What to do with each artifact's file (outcome, path, content, executable), after every
    refusal; raises InputError before anything is written, OSError when the folder cannot be looked into."""
    if folder.exists() and not folder.is_dir():
        raise InputError([Problem(str(folder), 0, 0, "not a folder; give a folder for the artifacts")])
    inside = os.path.realpath(folder)
    for artifact in artifacts:
        path = folder / artifact.filename
        # never through a link: someone who prepared the folder could point a file (or a
        # subfolder) anywhere, and whoever runs this (maybe root) would write there
        if path.is_symlink() or not os.path.realpath(path).startswith(inside.rstrip(os.sep) + os.sep):
            raise InputError(
                [
                    Problem(
                        str(path),
                        0,
                        0,
                        "is a symbolic link, or lies beneath one leading out of the folder; nothing was written "
                        "(artifacts are written only as files inside the folder)",
                    )
                ]
            )
        if (source := input_at(path, protected)) is not None:
            why = f"is the input file {source}; nothing was written (choose another folder)"
            raise InputError([Problem(str(path), 0, 0, why)])
    planned: list[tuple[Outcome, Path, bytes, bool]] = []
    conflicts: list[Problem] = []
    for artifact in artifacts:
        path = folder / artifact.filename
        content = artifact.text.encode("utf-8")
        before = _existing(path)
        if before == content:
            planned.append(("unchanged", path, content, False))
        elif before is None:
            planned.append(("wrote", path, content, artifact.kind == "shell"))
        elif force:
            planned.append(("replaced", path, content, artifact.kind == "shell"))
        else:
            conflicts.append(
                Problem(str(path), 0, 0, "exists with other content; nothing was written (use --force to replace it)")
            )
    if conflicts:
        raise InputError(conflicts)
    return planned
