"""Writing a plan's artifacts into a folder: `recommend --artifacts DIR` and "Save all…".

Every target is checked before anything is written: every file that already exists with other
content is reported, and only `force` replaces them (never a read-only one, a link, a device or
an input file the plan came from); a file that already holds the same content is left alone.
Then the set is written all or nothing, never through a link (gui/domain/artifacts/folder_writing.py):
`force` allows replacing, not half-replacing. Scripts are made executable.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from gui.domain.artifacts.artifact import Artifact
from gui.domain.artifacts.folder_writing import FileToWrite, existing_mode, write_files
from gui.domain.files import input_at, read_limited
from gui.domain.problems import InputError, Problem

Outcome = Literal["wrote", "replaced", "unchanged"]


def _existing(path: Path, shown: Path) -> bytes | None:
    """The content of the regular file at `path` (named `shown` in messages), None when nothing is there."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        why = "cannot write: a part of its path is a file, not a folder"
        raise InputError([Problem(str(shown), 0, 0, why)]) from None
    if stat.S_ISDIR(mode):
        raise InputError([Problem(str(shown), 0, 0, "cannot write: it is a folder")])
    if not stat.S_ISREG(mode):
        # a device or pipe where a manifest belongs: reading it could block or never end
        raise InputError([Problem(str(shown), 0, 0, "is not a regular file; an artifact is written only as a file")])
    try:
        return read_limited(path)
    except InputError as error:
        raise InputError(
            [Problem(str(shown), 0, 0, f"cannot read the existing file: {error.problems[0].message}")]
        ) from None


def write_artifacts(
    artifacts: Sequence[Artifact], folder: Path, force: bool = False, protected: Sequence[Path] = ()
) -> list[tuple[Outcome, Path]]:
    """Write every artifact into `folder` (created if missing); returns what happened to each.
    A file in `protected` (the answers and data files the plan came from) is never replaced."""
    # the folder is resolved once: what is checked and what is written are the same folder, even
    # if a link is swapped in for it (or a folder above it) meanwhile
    real = Path(os.path.realpath(folder))
    try:
        planned = _planned(artifacts, folder, real, force, protected)
    except OSError as error:
        # a folder (or a folder above it) the user may not look into: no name in it can be checked
        where = error.filename or folder
        why = f"cannot check what is there: {error.strerror}; choose a folder you can open"
        raise InputError([Problem(str(where), 0, 0, why)]) from None
    if folder.is_symlink() and not folder.exists():
        why = f"is a link to {os.readlink(folder)}, which does not exist; give an existing folder or a new name"
        raise InputError([Problem(str(folder), 0, 0, why)])
    files = []
    for outcome, path, content, executable, previous in planned:
        if outcome == "unchanged":
            continue
        # a file replaced keeps the permissions and owner the user gave it
        kept = existing_mode(real / path.name) if outcome == "replaced" else None
        mode, owner = kept if kept is not None else (None, None)
        files.append(FileToWrite(path.name, content, mode, executable, previous, owner))
    if files or not real.is_dir():
        write_files(real, files, shown=folder)
    return [(outcome, path) for outcome, path, *_ in planned]


def _planned(
    artifacts: Sequence[Artifact], folder: Path, real: Path, force: bool, protected: Sequence[Path]
) -> list[tuple[Outcome, Path, bytes, bool, bytes | None]]:
    """What to do with each artifact's file (outcome, path, content, executable, the content it
    replaces), after every
    refusal; raises InputError before anything is written, OSError when the folder cannot be looked into.
    Files are looked at in `real` (the folder resolved once) and named as in `folder`."""
    if real.exists() and not real.is_dir():
        raise InputError([Problem(str(folder), 0, 0, "not a folder; give a folder for the artifacts")])
    inside = str(real)
    for artifact in artifacts:
        path, shown = real / artifact.filename, folder / artifact.filename
        if Path(artifact.filename).name != artifact.filename or artifact.filename in ("", ".", ".."):
            why = "is not one file name; an artifact is written only as a file directly in the folder"
            raise InputError([Problem(str(shown), 0, 0, why)])
        # never through a link: someone who prepared the folder could point a file (or a
        # subfolder) anywhere, and whoever runs this (maybe root) would write there
        if path.is_symlink() or not os.path.realpath(path).startswith(inside.rstrip(os.sep) + os.sep):
            raise InputError(
                [
                    Problem(
                        str(shown),
                        0,
                        0,
                        "is a symbolic link, or lies beneath one leading out of the folder; nothing was written "
                        "(artifacts are written only as files inside the folder)",
                    )
                ]
            )
        if (source := input_at(path, protected)) is not None:
            why = f"is the input file {source}; nothing was written (choose another folder)"
            raise InputError([Problem(str(shown), 0, 0, why)])
    planned: list[tuple[Outcome, Path, bytes, bool, bytes | None]] = []
    conflicts: list[Problem] = []
    for artifact in artifacts:
        path, shown = real / artifact.filename, folder / artifact.filename
        content = artifact.text.encode("utf-8")
        before = _existing(path, shown)
        if before == content:
            planned.append(("unchanged", shown, content, False, before))
        elif before is None:
            planned.append(("wrote", shown, content, artifact.kind == "shell", None))
        elif force and not (mode := path.stat().st_mode) & 0o222:
            # a file no one may write (mode 0444): renaming over it would succeed (it needs only
            # the folder), so say no as an editor would, before anything of the set is written
            conflicts.append(
                Problem(
                    str(shown),
                    0,
                    0,
                    f"cannot write: the file is read-only (mode {stat.S_IMODE(mode):04o}); nothing was written "
                    "(make it writable or choose another folder)",
                )
            )
        elif force:
            planned.append(("replaced", shown, content, artifact.kind == "shell", before))
        else:
            conflicts.append(
                Problem(str(shown), 0, 0, "exists with other content; nothing was written (use --force to replace it)")
            )
    if conflicts:
        raise InputError(conflicts)
    return planned
