"""The headless subcommands of `runtime-advisor` (questions, recommend, validate, detect), and --help.

Exit codes (DESIGN.md section 2): 0 success (also when no runtime fits), 2 bad input or bad
usage, 1 an internal error. Bad input prints `FILE:LINE:COLUMN: message` lines on stderr and
never a traceback. This package stays Qt-free: the window is imported only when it is opened.

One module per subcommand; parser.py is the grammar, inputs.py what a command reads (and must
not write over), output.py where its output goes, standard_streams.py the streams a windowed
Windows build lacks.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence

from gui.commands import standard_streams
from gui.commands.output import EXIT_BAD_INPUT, EXIT_BUG, EXIT_OK, detach_standard_output
from gui.commands.parser import build_parser
from gui.domain.problems import InputError


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
    args = build_parser().parse_args(arguments)
    if not hasattr(args, "data"):
        args.data = None
    try:
        if args.command is None:
            # e.g. `--data A --data B`: the window opens the folder argparse settled on (the last)
            return _open_window(["--data", str(args.data)] if args.data is not None else [])
        return _runner(args.command)(args)
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


def _runner(command: str) -> Callable[[argparse.Namespace], int]:
    """Each subcommand's module is imported when it runs: `validate` needs no report renderers."""
    if command == "questions":
        from gui.commands.questions import run_questions

        return run_questions
    if command == "recommend":
        from gui.commands.recommend import run_recommend

        return run_recommend
    if command == "presets":
        from gui.commands.presets import run_presets

        return run_presets
    if command == "validate":
        from gui.commands.validate import run_validate

        return run_validate
    from gui.commands.detect import run_detect

    return run_detect
