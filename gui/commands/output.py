"""Where a command's output goes: standard output in its own encoding (what it cannot show becomes
escapes, a failed write is the user's to fix and exit 2), or a file written atomically."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from gui.domain.files import write_atomically
from gui.domain.plain_text import json_text
from gui.domain.problems import InputError, Problem

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2  # DESIGN.md section 2


def is_standard_output(output: Path | None) -> bool:
    return output is None or str(output) == "-"


def emit(text: str, output: Path | None) -> None:
    if is_standard_output(output):
        write_standard_output(text)
    else:
        assert output is not None
        write_atomically(output, text.encode("utf-8"))


def write_standard_output(text: str) -> None:
    """Standard output in its own encoding; what it cannot encode becomes \\u escapes (see
    gui/commands/standard_streams.py), and a failure to write is the user's to fix, not a bug."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        detach_standard_output()
        raise InputError([Problem("-", 0, 0, f"cannot write to standard output: {error.strerror or error}")]) from None


def detach_standard_output() -> None:
    """After a failed write, point standard output at the null device: otherwise Python tries the
    same write again when it exits, and reports that failure as its own."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def encodes_everything(stream: Any) -> bool:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8", "utf-16", "utf-32", "gb18030") or encoding.startswith("utf-")


def warn_if_lossy(text: str) -> None:
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        print(
            f"warning: standard output's encoding ({encoding}) cannot show every character, so some are "
            "written as backslash escapes; use -o FILE (always UTF-8) or a UTF-8 locale",
            file=sys.stderr,
        )
    except LookupError:
        pass


def stdout_json_text(content: Any) -> str:
    # ensure_ascii keeps JSON exact on an output that cannot encode every character
    return json_text(content, ascii_only=not encodes_everything(sys.stdout))
