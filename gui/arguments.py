"""What the command line asks for, before anything else is imported: the window (with its
data folder) or a subcommand. A module of its own so that the entry point (gui/cli.py) and the
window (gui/app.py) both read it without importing each other."""

from __future__ import annotations

from collections.abc import Sequence


def data_folder_option(arguments: Sequence[str]) -> str | None:
    """The folder of `--data DIR` or `--data=DIR` when that is all the arguments say, else None."""
    if len(arguments) == 2 and arguments[0] == "--data":
        return arguments[1]
    if len(arguments) == 1 and arguments[0].startswith("--data="):
        return arguments[0].removeprefix("--data=")
    return None


def wants_window(arguments: Sequence[str]) -> bool:
    """No arguments, or only the data folder option: open the wizard."""
    return not arguments or data_folder_option(arguments) is not None
