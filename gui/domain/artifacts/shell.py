"""A shell script artifact: the header every file starts with, `set -eu`, and the body; notes
as comments; names to fill in checked up front."""

from __future__ import annotations

from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.artifacts.text import comments, header


def shell_script(
    context: Context, name: str, purpose: str, versions: str, source: str, body: list[str], *more: str
) -> Artifact:
    text = "#!/bin/sh\n" + header(context, purpose, versions, source, *more) + "set -eu\n\n" + "\n".join(body) + "\n"
    return Artifact(name, "shell", f"{name}.sh", text, "sh", versions, source)


def shell_note(text: str) -> str:
    return comments(text).rstrip()


def require_set(*names: str) -> list[str]:
    """Stop at once, naming what to set, rather than run a command with a placeholder in it."""
    return [f': "${{{name}:?set {name} first}}"' for name in names]
