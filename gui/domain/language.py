"""Which language to use when the user has not said: Korean for a ko* locale, else English."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

# defined here, not in gui.domain.model, so that the window's first page can know its language
# without importing the model's dataclasses (gui.domain.model re-exports both)
Lang = Literal["en", "ko"]
LANGUAGES: tuple[Lang, ...] = ("en", "ko")


def language_from_locale(locale_name: str | None) -> Lang:
    return "ko" if (locale_name or "").lower().startswith("ko") else "en"


def default_language(environ: Mapping[str, str] | None = None) -> Lang:
    """The POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG (the first one set wins)."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable)
        if value:
            return language_from_locale(value)
    return "en"
