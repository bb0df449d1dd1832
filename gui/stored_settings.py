"""Reading the app's own settings defensively (DESIGN.md section 6).

The settings file is the user's to edit, and older or newer versions of the app wrote it too:
a key may hold a value of any type. QSettings returns whatever is there (`type=bool` raises on
a list), and one bad value used to stop every start of the window until the file was deleted.
Every read goes through these functions: a value of the wrong kind is logged and the default
used instead.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import tempfile

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

log = logging.getLogger(__name__)
_MISSING = object()
MAX_SETTINGS_BYTES = 16 * 1024 * 1024  # the app writes a few KiB


def _settings_files() -> list[str]:
    """The files QSettings() reads on Linux and other XDG systems (the user's, the
    organisation's fallback, and the system-wide ones); Windows keeps settings in the registry
    and macOS in a property list, where this check does not apply."""
    if sys.platform in ("win32", "darwin"):
        return []
    organisation = QCoreApplication.organizationName()
    application = QCoreApplication.applicationName()
    user = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    folders = [user, *os.environ.get("XDG_CONFIG_DIRS", "/etc/xdg").split(":")]
    names = [f"{organisation}/{application}.conf", f"{organisation}.conf"]
    return [os.path.join(folder, name) for folder in folders if folder for name in names]


def app_settings() -> QSettings:
    """The user's settings, unless a file QSettings would read cannot be one: a FIFO there would
    block the start (QSettings reads it as it is made), a device would be replaced by a regular
    file when QSettings saves (it renames a new file over the path it resolved: as root that
    replaced /dev/zero), and a file of gigabytes would take the memory. Then the app runs with
    settings in a temporary file, says so in the log, and leaves those paths alone."""
    for path in _settings_files():
        try:
            found = os.stat(path)
        except OSError:
            continue  # not there (a first start), or unreadable: QSettings copes
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_SETTINGS_BYTES:
            log.warning("settings file %s is not a usable file (a device, a pipe or too large): ignored", path)
            scratch = os.path.join(tempfile.mkdtemp(prefix="runtime-advisor-"), "settings.ini")
            return QSettings(scratch, QSettings.Format.IniFormat)
    return QSettings()


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
