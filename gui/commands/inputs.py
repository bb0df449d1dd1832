"""What `recommend` reads and must never write over: the answers, the data files and the
inventories, through any name (a link, a hard link, standard output appended to one), and
standard input, which can be read only once. Checked before anything is read or written."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from gui.assets import data_dir, schema_dir
from gui.commands.output import is_standard_output
from gui.domain.advice.presets import PRESETS_FILE, Preset, load_presets
from gui.domain.data.loading import DATA_FILES, load_data
from gui.domain.files import input_at, writes_to
from gui.domain.model import AdvisorData
from gui.domain.problems import InputError, Problem


def inputs_of(args: argparse.Namespace) -> list[Path]:
    """Every file `recommend` reads: the answers (or the presets), the data files, the inventory
    files and the evidence records."""
    folder = args.data or data_dir()
    answers = [args.answers] if args.answers is not None else []
    if getattr(args, "preset", None) is not None:
        answers.append(folder / PRESETS_FILE)
    return [*answers, *(folder / name for name in DATA_FILES), *args.inventory, *getattr(args, "evidence", [])]


_STANDARD_INPUT_NAMES = ("/dev/stdin", "/dev/fd/0", "/proc/self/fd/0")


def refuse_reading_standard_input_twice(args: argparse.Namespace) -> None:
    """Standard input can be read once: the second file given as it would read as empty, and be
    reported as a broken file it is not."""
    given = [str(path) for path in (args.answers, *args.inventory, *getattr(args, "evidence", [])) if path is not None]
    twice = [name for name in given if name in _STANDARD_INPUT_NAMES]
    if len(twice) > 1:
        why = "standard input is given for more than one file and can be read only once; save all but one to files"
        raise InputError([Problem(twice[1], 0, 0, why)])


def refuse_output_over_input(args: argparse.Namespace) -> None:
    """The report must never overwrite what it was made from (the answers, a data file or an
    inventory; also through a link or a hard link), nor land among the plan's files; checked
    before anything is written."""
    inputs = inputs_of(args)

    def refuse(output: str, why: str) -> None:
        raise InputError([Problem(output, 0, 0, f"{why}, so nothing was written (choose another file for -o)")])

    if is_standard_output(args.output):
        # `>> answers.yaml`: the shell gave us the answers file as standard output
        with contextlib.suppress(OSError, ValueError):
            descriptor = sys.stdout.fileno()
            for source in inputs:
                if writes_to(descriptor, source):
                    refuse("-", f"standard output is the input file {source}; writing the report there would change it")
        return
    if (source := input_at(args.output, inputs)) is not None:
        refuse(str(args.output), f"is the input file {source}; writing the report there would replace it")
    if args.artifacts is not None:
        folder = os.path.realpath(args.artifacts)
        target = os.path.realpath(args.output)
        if target == folder or target.startswith(folder.rstrip(os.sep) + os.sep):
            refuse(str(args.output), f"is in the artifacts folder {args.artifacts}, where the plan's files go")


def load_data_folder(folder: Path | None) -> AdvisorData:
    """The data folder given with --data, else the shipped one, validated (bad input is exit 2)."""
    return load_data(folder or data_dir(), schema_dir())


def load_presets_of(folder: Path | None, data: AdvisorData) -> tuple[Preset, ...]:
    """The presets of the data folder given with --data (else the shipped one), checked
    against its questions."""
    return load_presets(folder or data_dir(), schema_dir(), data.questions)
