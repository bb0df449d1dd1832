"""The command line's grammar: every subcommand, option and help text of `runtime-advisor`
(DESIGN.md section 2), and the checks argparse makes on an option's value."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from gui._version import __version__

FORMATS = ("text", "json", "markdown", "pdf")


def build_parser() -> argparse.ArgumentParser:
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

    recommend = commands.add_parser("recommend", help="the recommendation for an answers file or a preset")
    # --answers, --preset, or both: the file's own answers on top of the preset's
    recommend.set_defaults(usage_error=recommend.error)
    recommend.add_argument(
        "--answers",
        type=Path,
        metavar="FILE",
        help="YAML file: answers: {question_id: choice_id}, and optionally workloads: [{name, answers}]",
    )
    recommend.add_argument(
        "--preset",
        metavar="NAME",
        help="start from the answers of a common situation (runtime-advisor presets lists them); with --answers, "
        "the file's own answers (e.g. the platform) replace the preset's",
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
        type=folder_name,
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
    recommend.add_argument(
        "--evidence",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="what a generated verify.sh --json printed (repeat for each); the report says what it verified, and "
        "warns first where it contradicts the plan",
    )

    presets = commands.add_parser(
        "presets", help="common situations (an AI-agent platform, CI for untrusted pull requests, ...) as answers"
    )
    presets.add_argument("--format", choices=("text", "json"), default="text")
    presets.add_argument("--lang", choices=("en", "ko"), help=lang_help)
    presets.add_argument("--data", **data_option)

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
        type=number_of_days,
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


def folder_name(text: str) -> Path:
    # Path("") is the current folder: an empty name (an unset variable in a script) must not
    # write a plan's files wherever the command happens to run
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty folder name; give the folder to write into, e.g. --artifacts plan")
    return Path(text)


def number_of_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if not 0 <= days <= 36500:
        raise argparse.ArgumentTypeError(f"{days} is out of range; allowed: 0 to 36500 days")
    return days
