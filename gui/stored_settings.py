"""Reading the app's own settings defensively (DESIGN.md section 6).

The settings file is the user's to edit, and older or newer versions of the app wrote it too:
a key may hold a value of any type. QSettings returns whatever is there (`type=bool` raises on
a list), and one bad value used to stop every start of the window until the file was deleted.
Every read goes through these functions: a value of the wrong kind is logged and the default
used instead.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)
_MISSING = object()


def _raw(settings: QSettings, key: str) -> object:
    try:
        return settings.value(key, _MISSING)
    except Exception as error:  # noqa: BLE001 - a value Qt cannot even read back is ignored too
        log.info("setting %s ignored: %s", key, error)
        return _MISSING


def _ignored(key: str, value: object, expected: str) -> None:
    log.info("setting %s ignored: expected %s, found %s", key, expected, type(value).__name__)


def stored_bool(settings: QSettings, key: str, default: bool) -> bool:
    value = _raw(settings, key)
    if value is _MISSING:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):  # the INI format stores text
        return value.lower() == "true"
    _ignored(key, value, "true or false")
    return default


def stored_text(settings: QSettings, key: str, default: str, allowed: tuple[str, ...] = ()) -> str:
    """A text; with `allowed`, only one of those."""
    value = _raw(settings, key)
    if value is _MISSING:
        return default
    if isinstance(value, str) and "\0" not in value and (not allowed or value in allowed):
        return value
    _ignored(key, value, f"one of {', '.join(allowed)}" if allowed else "text")
    return default


def stored_bytes(settings: QSettings, key: str) -> QByteArray:
    value = _raw(settings, key)
    if value is _MISSING:
        return QByteArray()
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes):
        return QByteArray(value)
    _ignored(key, value, "bytes")
    return QByteArray()


def stored_text_list(settings: QSettings, key: str, longest: int) -> list[str]:
    """A list of texts (the INI format stores a one-item list as a text), at most `longest`."""
    value = _raw(settings, key)
    if value is _MISSING or value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        _ignored(key, value, "a list of texts")
        return []
    texts = [item for item in value if isinstance(item, str) and item and "\0" not in item]
    if len(texts) != len(value):
        log.info("setting %s: %d item(s) that are not texts ignored", key, len(value) - len(texts))
    return texts[:longest]
