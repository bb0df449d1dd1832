"""Logging to a file under the user's log folder, so a crash report has something to point at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def log_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "logs"


def setup_logging() -> Path | None:
    """Log to runtime-advisor.log (rotated, 3 x 512 KiB); returns its path, or None if the
    folder cannot be made (the app then logs to stderr only and keeps running)."""
    import logging.handlers  # slow to import (sockets, pickle): only once the window is up

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "runtime-advisor.log"
        if path.exists() and not path.is_file():  # a FIFO there would block the window on open
            raise OSError(f"{path} is not a regular file")
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8")
    except OSError as error:
        logging.getLogger(__name__).warning("no log file: %s", error)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
