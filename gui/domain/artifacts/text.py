"""Writing an artifact's text: comment blocks that wrap, and a header every file starts with."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from gui.domain.artifacts.words import word

if TYPE_CHECKING:
    from gui.domain.artifacts.artifact import Context

WIDTH = 100  # columns: lines of generated files stay readable in a terminal and in the PDF


def display_width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two (textwrap counts one)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrap(paragraph: str, width: int, indent: str) -> list[str]:
    """Greedy wrap on spaces by display width; a word longer than a line (a URL) stays whole."""
    lines: list[str] = []
    words: list[str] = []
    for word_ in paragraph.split():
        if words and display_width(indent + " ".join([*words, word_])) > width:
            lines.append(indent + " ".join(words))
            words = []
        words.append(word_)
    if words:
        lines.append(indent + " ".join(words))
    return lines


def comments(*paragraphs: str, prefix: str = "#") -> str:
    """Each paragraph as comment lines, wrapped; an empty line between paragraphs."""
    lines: list[str] = []
    for index, paragraph in enumerate(p for p in paragraphs if p):
        if index:
            lines.append(prefix)
        lines += _wrap(paragraph, WIDTH, f"{prefix} ")
    return "\n".join(lines) + "\n"


def header(context: Context, purpose: str, versions: str, source: str, *more: str) -> str:
    """What a file is for, which versions it is for, where its facts come from."""
    plan = context.plan
    platform = plan.platform_info.name.get(context.lang) if plan.platform_info else plan.platform
    generated = word("generated", context.lang, version=context.version, date=context.generated_on, platform=platform)
    return comments(
        purpose,
        *more,
        word("for_versions", context.lang, versions=versions),
        word("source", context.lang, url=source),
        generated,
    )


def yaml_text(document: dict[str, Any]) -> str:
    import yaml  # the YAML writer is loaded when an artifact is written, not at start-up

    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, default_flow_style=False, width=WIDTH)
