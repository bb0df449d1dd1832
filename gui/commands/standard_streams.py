"""Standard output and error for the command line, on every OS and in both Windows programs.

Two Windows conditions, simulated on any machine by tests/test_platform_conditions.py:

- Output redirected to a file or a pipe (`questions --lang ko > q.txt`) is encoded by Python in
  the ANSI code page (cp1252 on a western Windows), which has no Korean. Such output is written
  in UTF-8 instead, as `-o FILE` always is: a file or another program reads it whole. A console
  is left alone (Python writes to it in UTF-16, whatever the code page).
- The windowed program (runtime-advisor.exe, PyInstaller's console=False) has no standard
  streams at all: Python sets sys.stdout and sys.stderr to None. Run from a terminal with a
  command, it used to print nothing and exit 1. It now writes into the terminal it was started
  from, or, started without one, shows what it would have printed in a message box that names
  runtime-advisor-cli.exe, the program meant for the command line.

Elsewhere, characters the locale's encoding cannot show become backslash escapes instead of
stopping the program with UnicodeEncodeError (gui/commands/output.py warns when that happens).
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Callable
from typing import Any, TextIO

CLI_PROGRAM_HINT = (
    "This is Runtime Advisor's window program. For the command line, run runtime-advisor-cli.exe "
    "from the same folder (it prints into the terminal and can be redirected to a file)."
)


def prepare(system: str | None = None) -> None:
    """Set the encoding and error handling of sys.stdout and sys.stderr (see the module text)."""
    system = system or sys.platform
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        with contextlib.suppress(ValueError, OSError, io.UnsupportedOperation):
            if system == "win32" and not _is_console(stream):
                reconfigure(encoding="utf-8", errors="backslashreplace")
            else:
                reconfigure(errors="backslashreplace")


def _is_console(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (ValueError, OSError):
        return False


class MissingStreams:
    """What stands in for the windowed program's missing streams while a command runs."""

    def __init__(self, collected: io.StringIO | None, show: Callable[[str], None]) -> None:
        self.collected = collected
        self._show = show

    def finish(self) -> None:
        """Show what was collected (nothing to do when a console took the output)."""
        if self.collected is None:
            return
        text = self.collected.getvalue().strip()
        self._show(f"{CLI_PROGRAM_HINT}\n\n{text}" if text else CLI_PROGRAM_HINT)


def supply_missing_streams(
    system: str | None = None,
    attach_parent_console: Callable[[], bool] | None = None,
    open_console: Callable[[], TextIO] | None = None,
    show_message: Callable[[str], None] | None = None,
) -> MissingStreams | None:
    """None when both streams exist (every program but the windowed one); otherwise streams to
    use: the terminal the program was started from (Windows), else a buffer shown at the end."""
    if sys.stdout is not None and sys.stderr is not None:
        return None
    system = system or sys.platform
    attach = attach_parent_console or _attach_parent_console
    opener = open_console or _open_console
    show = show_message or _message_box
    if system == "win32" and attach():
        console = opener()
        sys.stdout = sys.stdout or console
        sys.stderr = sys.stderr or console
        # the terminal's prompt was already printed when a windowed program starts: start on a
        # line of our own
        console.write("\n")
        return MissingStreams(None, show)
    collected = io.StringIO()
    sys.stdout = sys.stdout or collected
    sys.stderr = sys.stderr or collected
    return MissingStreams(collected, show)


def _attach_parent_console() -> bool:  # pragma: no cover - Windows only
    import ctypes

    attach_parent_process = -1  # ATTACH_PARENT_PROCESS
    return bool(ctypes.windll.kernel32.AttachConsole(attach_parent_process))  # type: ignore[attr-defined]


def _open_console() -> TextIO:  # pragma: no cover - Windows only
    # "CONOUT$" opens the console itself; Python writes to it in UTF-16 (PEP 528), so Korean
    # shows whatever the console's code page is
    return open("CONOUT$", "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115


def _message_box(text: str) -> None:  # pragma: no cover - needs a desktop
    if sys.platform == "win32":
        import ctypes

        information = 0x40  # MB_ICONINFORMATION
        ctypes.windll.user32.MessageBoxW(None, text[:4000], "Runtime Advisor", information)  # type: ignore[attr-defined]
        return
    # other systems give every program standard streams; a log line is the last resort
    import logging

    logging.getLogger(__name__).warning("%s", text)
