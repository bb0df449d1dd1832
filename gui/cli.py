"""The `runtime-advisor` command: the desktop wizard, or a headless subcommand.

Exit codes (DESIGN.md section 2): 0 success (also when no runtime fits), 2 bad input or bad
usage, 1 an internal error. Starting the window is the common case and its start-up time is
budgeted, so it goes straight to the window; the argument parser and the report modules are
imported only for a subcommand (gui/commands/). This module stays Qt-free.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from gui.arguments import wants_window


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if wants_window(arguments):
        # the window's first page needs none of the core: gui.app loads it after the first paint
        from gui.app import run_app

        return run_app(arguments)
    from gui.commands import main as run_command

    return run_command(arguments)


if __name__ == "__main__":
    sys.exit(main())
