"""Writing an artifact's text: comment blocks that wrap, and a header every file starts with."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from gui.domain.artifacts.words import word

if TYPE_CHECKING:
    from gui.domain.artifacts import Context

WIDTH = 100  # lines of generated files stay readable in a terminal and in the PDF


def comments(*paragraphs: str, prefix: str = "#") -> str:
    """Each paragraph as comment lines, wrapped; an empty line between paragraphs."""
    lines: list[str] = []
    for index, paragraph in enumerate(p for p in paragraphs if p):
        if index:
            lines.append(prefix)
        lines += textwrap.wrap(
            paragraph,
            WIDTH,
            initial_indent=f"{prefix} ",
            subsequent_indent=f"{prefix} ",
            break_long_words=False,
            break_on_hyphens=False,
        )
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
