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


def import_core_before_qt() -> None:
    """Import the Qt-free core before PySide6: once PySide6 is imported, its __feature__ hook
    inspects every module imported after it (reading the module's source), which costs
    start-up time for each of ours."""
    import gui.domain.advice.answers  # noqa: F401
    import gui.domain.advice.engine  # noqa: F401
    import gui.domain.advice.session  # noqa: F401
    import gui.domain.data.loading  # noqa: F401
    import gui.domain.language  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if wants_window(arguments):
        import_core_before_qt()
        from gui.app import run_app

        return run_app(arguments)
    from gui.commands import main as run_command

    return run_command(arguments)


if __name__ == "__main__":
    sys.exit(main())
