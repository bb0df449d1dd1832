"""Text from outside the program (inventories, detected files, data, answers) made safe to show.

Two dangers, handled once here for every output format (DESIGN.md section 6):

- Characters a terminal or a viewer acts on: C0 and C1 controls (ESC starts a terminal escape
  that can recolour the screen, move the cursor or set the window title), DEL, the line and
  paragraph separators and the bidirectional overrides and isolates (which reorder what is
  shown). They become visible escapes such as ``\\x1b``; a report's own line breaks and tabs stay.
- Lone surrogates (a JSON file may hold ``"\\ud800"``; a file name with a byte that is not UTF-8
  holds one): not characters at all, so no UTF-8 or UTF-16 output can carry them, and writing
  one crashed the Markdown and JSON writers. An inventory's become U+FFFD, the replacement
  character, where they are read; text and Markdown show any left as escapes, JSON as U+FFFD.
"""

from __future__ import annotations

import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
# what a terminal or viewer acts on, but for line breaks and tabs
_MARKS = "\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_ACTIVE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_MARKS}\ud800-\udfff]")
_ACTIVE_OR_BREAK = re.compile(f"[\x00-\x1f\x7f-\x9f{_MARKS}\ud800-\udfff]")
# inside a JSON string: what json.dumps leaves raw (it escapes only U+0000 to U+001F itself)
_ACTIVE_IN_JSON = re.compile(f"[\x7f-\x9f{_MARKS}]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def without_surrogates(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (valid text is returned unchanged)."""
    if text.isascii():  # most of what comes in, and far quicker to tell
        return text
    return _SURROGATE.sub("\ufffd", text)


def escaped_controls(text: str, keep_line_breaks: bool = True) -> str:
    """`text` with what a terminal acts on, and lone surrogates, written as visible escapes
    (``\\x1b``, ``\\udcff``: a file name with a byte that is not UTF-8 stays recognisable). With
    `keep_line_breaks`, newlines and tabs stay (a rendered report's layout); without, they are
    escaped too (a value quoted inside one line of a message)."""
    pattern = _ACTIVE if keep_line_breaks else _ACTIVE_OR_BREAK
    return pattern.sub(_visible, text)


def clean_value(value: Any) -> Any:
    """A JSON-like value (dicts, lists, strings, numbers) with lone surrogates replaced in every
    string, keys included; other values are returned as they are."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, dict):
        return {clean_value(key): clean_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_value(item) for item in value]
    return value


def json_text(content: Any, ascii_only: bool) -> str:
    """`content` as indented JSON that any reader accepts and no terminal acts on: lone
    surrogates replaced, and the characters json.dumps leaves raw inside strings (C1 controls,
    separators, bidirectional marks) written as \\u escapes, which decode to the same text.
    NaN and infinities are refused (a bug, never JSON that others reject)."""
    import json  # only when JSON is written: problems.py, imported at start-up, needs this module

    dumped = json.dumps(clean_value(content), ensure_ascii=ascii_only, allow_nan=False, indent=2)
    return _ACTIVE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped) + "\n"
