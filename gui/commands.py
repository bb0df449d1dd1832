"""The headless subcommands of `runtime-advisor` (questions, recommend, validate), and --help.

Exit codes (DESIGN.md section 2): 0 success (also when no runtime fits), 2 bad input or bad
usage, 1 an internal error. Bad input prints `FILE:LINE:COLUMN: message` lines on stderr and
never a traceback. This module stays Qt-free: the window is imported only when it is opened.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gui import standard_streams
from gui._version import __version__
from gui.assets import data_dir, schema_dir
from gui.command_inputs import inputs_of, refuse_output_over_input, refuse_reading_standard_input_twice
from gui.command_output import (
    detach_standard_output,
    emit,
    is_standard_output,
    stdout_json_text,
    warn_if_lossy,
    write_standard_output,
)
from gui.domain.advice.answers import AnswerSet, AnswersFile, load_answer_set, read_answers_file
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.data.loading import load_data
from gui.domain.data.staleness import stale_facts
from gui.domain.files import write_atomically
from gui.domain.language import default_language
from gui.domain.model import AdvisorData, Lang
from gui.domain.plain_text import json_text
from gui.domain.problems import InputError, Problem, shown_safely
from gui.domain.report.json_output import report_to_json
from gui.domain.report.markdown import render_markdown
from gui.domain.report.model import Report, build_report
from gui.domain.report.text import render_text

log = logging.getLogger(__name__)
EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2
FORMATS = ("text", "json", "markdown", "pdf")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runtime-advisor",
        description="Choose a container runtime (CRI-O, containerd, Docker Engine, gVisor, Kata "
        "Containers) and know why. Without a command, opens the desktop wizard.",
    )
    parser.add_argument("--version", action="version", version=f"runtime-advisor {__version__}")
    parser.add_argument("--data", type=Path, metavar="DIR", help="open the wizard with another data folder")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # `--data DIR` may come before or after the command; SUPPRESS keeps a subcommand's parser
    # from setting it back to None when it is given before (argparse's default would)
    data_option: dict[str, Any] = {
        "type": Path,
        "metavar": "DIR",
        "default": argparse.SUPPRESS,
        "help": "use another data folder (default: the shipped data)",
    }

    lang_help = "language of the texts (default: from the locale, Korean for ko*)"
    questions = commands.add_parser("questions", help="list every question id and its choice ids")
    questions.add_argument("--format", choices=("text", "json"), default="text")
    questions.add_argument("--lang", choices=("en", "ko"), help=lang_help)
    questions.add_argument("--data", **data_option)

    recommend = commands.add_parser("recommend", help="the recommendation for an answers file")
    recommend.add_argument(
        "--answers",
        type=Path,
        required=True,
        metavar="FILE",
        help="YAML file: answers: {question_id: choice_id}, and optionally workloads: [{name, answers}]",
    )
    recommend.add_argument("--format", choices=FORMATS, default="text")
    recommend.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="write to this file (atomically; through a symbolic link to its target; into a device or pipe "
        "as it is; '-' for standard output) instead of standard output",
    )
    recommend.add_argument("--lang", choices=("en", "ko"), help=lang_help)
    recommend.add_argument(
        "--paper",
        choices=("auto", "a4", "letter"),
        default="auto",
        help="PDF page size (default: from the locale; Letter for the US and Canada)",
    )
    recommend.add_argument("--data", **data_option)
    recommend.add_argument(
        "--artifacts",
        type=_folder_name,
        metavar="DIR",
        help="write the plan's files (manifests, node configuration, scripts) into DIR and list them",
    )
    recommend.add_argument(
        "--force", action="store_true", help="with --artifacts: replace files in DIR that hold other content"
    )
    recommend.add_argument(
        "--inventory",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a file saved with `kubectl get nodes -o json`, `kubectl get runtimeclass -o json` or `kubectl version "
        "-o json` (repeat for each); fills the cluster answers the answers file leaves out and says what exists",
    )

    detect = commands.add_parser(
        "detect",
        help="what this machine tells (read-only, offline): virtualization, runtimes and versions, "
        "their configured runtimes, kubelet, GPUs; and the answers it suggests",
    )
    detect.add_argument("--format", choices=("text", "json"), default="text")
    detect.add_argument("--data", **data_option)

    validate = commands.add_parser("validate", help="check a data folder and answers files")
    validate.add_argument("--data", **data_option)
    validate.add_argument("files", nargs="*", type=Path, metavar="FILE", help="answers files to check")
    validate.add_argument(
        "--stale-after",
        type=_days,
        metavar="DAYS",
        help="also warn about notes, errata and release lines not checked within DAYS of the dataset's as_of date",
    )
    validate.add_argument(
        "--sources",
        action="store_true",
        help="also check that every note, pin, advisory and figure has its source, checked date and the value "
        "the source shows (exit 2 when one does not)",
    )
    return parser


def _folder_name(text: str) -> Path:
    # Path("") is the current folder: an empty name (an unset variable in a script) must not
    # write a plan's files wherever the command happens to run
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty folder name; give the folder to write into, e.g. --artifacts plan")
    return Path(text)


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if not 0 <= days <= 36500:
        raise argparse.ArgumentTypeError(f"{days} is out of range; allowed: 0 to 36500 days")
    return days


def _load(folder: Path | None) -> AdvisorData:
    return load_data(folder or data_dir(), schema_dir())


def _questions_json(data: AdvisorData, lang: Lang) -> dict[str, Any]:
    return {
        "questions": [
            {
                "id": q.id,
                "scope": q.scope,
                "title": q.title.get(lang),
                "help": q.help.get(lang),
                "default": q.default,
                "choices": [{"id": c.id, "text": c.text.get(lang), "help": c.help.get(lang)} for c in q.choices],
            }
            for q in data.questions
        ]
    }


def _questions_text(data: AdvisorData, lang: Lang) -> str:
    lines = []
    for question in data.questions:
        lines.append(f"{question.id} [{question.scope}]: {question.title.get(lang)}")
        for choice in question.choices:
            marker = " (default)" if choice.id == question.default else ""
            lines.append(f"  {choice.id}{marker}: {choice.text.get(lang)}. {choice.help.get(lang)}")
        lines.append("")
    return "\n".join(lines)


def _run_questions(args: argparse.Namespace) -> int:
    data = _load(args.data)
    lang: Lang = args.lang or default_language()
    if args.format == "json":
        emit(stdout_json_text(_questions_json(data, lang)), None)
    else:
        text = _questions_text(data, lang)
        warn_if_lossy(text)
        emit(text, None)
    return EXIT_OK


def _pdf_bytes(report: Report, paper: str) -> bytes:
    from gui.headless_qt import environment_for_pdf

    os.environ.update(environment_for_pdf(sys.platform, os.environ))
    from gui.export_pdf import korean_family, render_pdf

    content = render_pdf(report, paper)
    if korean_family() is None:
        print(
            "warning: no font with Korean characters was found, so Korean text in the PDF shows as empty "
            "boxes; install one (e.g. the fonts-noto-cjk package)",
            file=sys.stderr,
        )
    return content


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


def _run_recommend(args: argparse.Namespace) -> int:
    refuse_reading_standard_input_twice(args)
    refuse_output_over_input(args)
    data = _load(args.data)
    lang: Lang = args.lang or default_language()
    answers = read_answers_file(args.answers, data.questions, schema_dir() / "answers.schema.json")
    answer_set, detected = answers.answer_set, []
    if args.inventory:
        answer_set, detected = _with_inventory(args, data, answers, lang)
    report = build_report(data, build_plan(Advisor(data), answer_set), lang)
    if detected:
        from gui.domain.detect.inventory_plan import with_detected

        report = with_detected(report, detected)
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


def _run_detect(args: argparse.Namespace) -> int:
    from gui.domain.detect.machine import detect_machine

    facts = detect_machine()
    answers = facts.suggested_answers()
    if args.format == "json":
        content = {
            "supported": facts.supported,
            "findings": [{"what": f.what, "evidence": f.evidence} for f in facts.findings],
            "kvm": facts.kvm,
            "cpu_virtualization": facts.cpu_virtualization,
            "nested_virtualization": facts.nested,
            "virtual_machine": facts.vm_vendor,
            "versions": facts.versions,
            "configured_runtimes": facts.configured_runtimes,
            "kubelet": facts.kubelet,
            "kubelet_endpoint": facts.kubelet_endpoint,
            "gpus": facts.gpus,
            "cgroup": facts.cgroup,
            "kernel": facts.kernel,
            "suggested_answers": answers,
        }
        emit(stdout_json_text(content), None)
        return EXIT_OK
    lines = ["Found on this machine (read-only; nothing was changed, nothing left the machine):"]
    lines += [f"  {f.what}   [{f.evidence}]" for f in facts.findings] or ["  nothing the questions depend on"]
    lines += ["", "Suggested answers (put them in an answers file, or change them):"]
    lines += [f"  {question}: {choice}" for question, choice in answers.items()] or ["  none"]
    text = "\n".join(shown_safely(line) for line in lines) + "\n"
    warn_if_lossy(text)
    emit(text, None)
    return EXIT_OK


def _run_validate(args: argparse.Namespace) -> int:
    data = _load(getattr(args, "data", None))
    print(
        f"ok: {shown_safely(data.origin)}: {len(data.dataset.runtimes)} runtimes, {len(data.questions)} questions, "
        f"{len(data.rules)} rules"
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


def _open_window(argv: Sequence[str]) -> int:
    from gui.app import run_app  # Qt is imported only when the window is wanted

    return run_app(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    missing = standard_streams.supply_missing_streams()
    standard_streams.prepare()
    try:
        return _run(arguments)
    finally:  # also after argparse's SystemExit (--help, --version, usage errors)
        if missing is not None:
            missing.finish()


def _run(arguments: list[str]) -> int:
    args = _parser().parse_args(arguments)
    if not hasattr(args, "data"):
        args.data = None
    try:
        if args.command is None:
            # e.g. `--data A --data B`: the window opens the folder argparse settled on (the last)
            return _open_window(["--data", str(args.data)] if args.data is not None else [])
        runner = {
            "questions": _run_questions,
            "recommend": _run_recommend,
            "validate": _run_validate,
            "detect": _run_detect,
        }
        return runner[args.command](args)
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # e.g. `runtime-advisor questions | head`
        detach_standard_output()
        return EXIT_OK
    except KeyboardInterrupt:  # Ctrl+C: files being written were cleaned up on the way out
        print("runtime-advisor: interrupted", file=sys.stderr)
        return 130
    except Exception:
        print("runtime-advisor: internal error (a bug; please report it with the lines below)", file=sys.stderr)
        traceback.print_exc()
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
