"""`runtime-advisor recommend`: the report for an answers file (and inventories) in text,
Markdown, JSON or PDF, and the plan's files with --artifacts."""

from __future__ import annotations

import argparse
import os
import sys

from gui.assets import data_dir, schema_dir
from gui.commands.inputs import (
    inputs_of,
    load_data_folder,
    refuse_output_over_input,
    refuse_reading_standard_input_twice,
)
from gui.commands.output import (
    EXIT_OK,
    detach_standard_output,
    emit,
    is_standard_output,
    stdout_json_text,
    warn_if_lossy,
    write_standard_output,
)
from gui.domain.advice.answers import AnswerSet, AnswersFile, read_answers_file
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.files import write_atomically
from gui.domain.language import default_language
from gui.domain.model import AdvisorData, Lang
from gui.domain.plain_text import json_text
from gui.domain.problems import InputError, Problem, shown_safely
from gui.domain.report.json_output import report_to_json
from gui.domain.report.markdown import render_markdown
from gui.domain.report.model import Report, build_report
from gui.domain.report.text import render_text


def run_recommend(args: argparse.Namespace) -> int:
    if args.answers is None and args.preset is None:
        args.usage_error("give --answers FILE, --preset NAME, or both (the file's answers on top of the preset's)")
    refuse_reading_standard_input_twice(args)
    refuse_output_over_input(args)
    data = load_data_folder(args.data)
    lang: Lang = args.lang or default_language()
    answers = _answers_of(args, data)
    answer_set, detected = answers.answer_set, []
    if args.inventory:
        answer_set, detected = _with_inventory(args, data, answers, lang)
    report = build_report(data, build_plan(Advisor(data), answer_set), lang)
    if detected:
        from gui.domain.detect.inventory_plan import with_detected

        report = with_detected(report, detected)
    if args.evidence:
        from gui.domain.proof.evidence import read_records
        from gui.domain.proof.evidence_plan import with_evidence

        report = with_evidence(data, report, *read_records(args.evidence, schema_dir()))
    if args.artifacts is None:
        return _emit_report(report, args)
    from gui.domain.artifacts.writing import write_artifacts

    written = write_artifacts(report.plan.artifacts, args.artifacts, args.force, inputs_of(args))
    listing = "".join(f"{outcome}: {shown_safely(str(path))}\n" for outcome, path in written)
    # the list goes where the standard output goes, through the same checks as a report (a full
    # disk is exit 2); a report asked for with -o FILE is written first, so that a reader who
    # stops reading the list early does not cost it
    if args.output is not None and not is_standard_output(args.output):
        _emit_report(report, args)
    write_standard_output(listing)
    if args.output is not None and is_standard_output(args.output):
        _emit_report(report, args)
    return EXIT_OK


def _answers_of(args: argparse.Namespace, data: AdvisorData) -> AnswersFile:
    """The answers file's answers, the preset's, or the file's on top of the preset's; what counts
    as answered (an inventory fills only the rest) is what either of them answers."""
    answers = None
    if args.answers is not None:
        answers = read_answers_file(args.answers, data.questions, schema_dir() / "answers.schema.json")
    if args.preset is None:
        assert answers is not None
        return answers
    from gui.commands.inputs import load_presets_of
    from gui.domain.advice.presets import PRESETS_FILE, overlay, preset_named

    presets = load_presets_of(args.data, data)
    preset = preset_named(presets, args.preset, str((args.data or data_dir()) / PRESETS_FILE))
    given = frozenset(preset.content["answers"])  # type: ignore[arg-type]
    if answers is None:
        return AnswersFile(preset.answer_set, given)
    return AnswersFile(overlay(preset, answers), given | answers.given)


def _with_inventory(
    args: argparse.Namespace, data: AdvisorData, answers: AnswersFile, lang: Lang
) -> tuple[AnswerSet, list[str]]:
    """Read the inventory files (never kubectl, never a connection) and apply them: what the
    answers file answers wins, and an unanswered cluster question takes the inventory's value."""
    import datetime as _dt

    from gui.domain.detect.inventory import read_inventory
    from gui.domain.detect.inventory_plan import apply_inventory, detected_lines

    inventory = read_inventory(args.inventory)
    answer_set, overridden = apply_inventory(answers.answer_set, inventory, answers.given)
    return answer_set, detected_lines(inventory, data, lang, overridden, _dt.date.today())


def _emit_report(report: Report, args: argparse.Namespace) -> int:
    """The report in the format asked for, to -o FILE or standard output."""
    if args.format == "pdf":
        content = _pdf_bytes(report, args.paper)
        if not is_standard_output(args.output):
            write_atomically(args.output, content)
        elif sys.stdout.isatty():
            raise InputError(
                [
                    Problem(
                        "-",
                        0,
                        0,
                        "a PDF is not shown on a terminal; give -o FILE.pdf, or redirect standard output to a file",
                    )
                ]
            )
        else:
            sys.stdout.flush()
            try:
                sys.stdout.buffer.write(content)
                sys.stdout.buffer.flush()
            except BrokenPipeError:
                raise
            except OSError as error:
                detach_standard_output()
                raise InputError(
                    [Problem("-", 0, 0, f"cannot write to standard output: {error.strerror or error}")]
                ) from None
        return EXIT_OK
    if args.format == "json":
        if is_standard_output(args.output):
            text = stdout_json_text(report_to_json(report))
        else:  # a file is always UTF-8
            text = json_text(report_to_json(report), ascii_only=False)
    elif args.format == "markdown":
        text = render_markdown(report)
    else:
        text = render_text(report)
    if args.format != "json" and is_standard_output(args.output):
        warn_if_lossy(text)
    emit(text, args.output)
    return EXIT_OK


def _pdf_bytes(report: Report, paper: str) -> bytes:
    from gui.headless_qt import environment_for_pdf

    os.environ.update(environment_for_pdf(sys.platform, os.environ))
    from gui.rendering.export_pdf import korean_family, render_pdf

    content = render_pdf(report, paper)
    if korean_family() is None:
        print(
            "warning: no font with Korean characters was found, so Korean text in the PDF shows as empty "
            "boxes; install one (e.g. the fonts-noto-cjk package)",
            file=sys.stderr,
        )
    return content
