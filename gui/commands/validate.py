"""`runtime-advisor validate`: the data folder, answers files, stale facts (--stale-after) and
every fact's source (--sources)."""

from __future__ import annotations

import argparse
import sys

from gui.assets import schema_dir
from gui.commands.inputs import load_data_folder, load_presets_of
from gui.commands.output import EXIT_OK
from gui.domain.advice.answers import load_answer_set
from gui.domain.data.staleness import stale_facts
from gui.domain.problems import InputError, shown_safely


def run_validate(args: argparse.Namespace) -> int:
    data = load_data_folder(getattr(args, "data", None))
    presets = load_presets_of(getattr(args, "data", None), data)
    print(
        f"ok: {shown_safely(data.origin)}: {len(data.dataset.runtimes)} runtimes, {len(data.questions)} questions, "
        f"{len(data.rules)} rules, {len(presets)} presets"
    )
    if args.stale_after is not None:
        for line in stale_facts(data, args.stale_after):
            print(shown_safely(line), file=sys.stderr)
    problems = []
    if args.sources:
        from gui.domain.data.traceability import untraceable

        untraced = untraceable(data)
        problems += untraced
        if not untraced:
            print(f"ok: every fact in {shown_safely(data.origin)} names its source, checked date and what it shows")
    for file in args.files:
        try:
            load_answer_set(file, data.questions, schema_dir() / "answers.schema.json")
            print(f"ok: {shown_safely(str(file))}")
        except InputError as error:
            problems += error.problems
    if problems:
        raise InputError(problems)
    return EXIT_OK
