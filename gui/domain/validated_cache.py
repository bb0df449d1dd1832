"""Remembers data folders that passed every check, so that later starts need not check again.

Validating against the JSON Schemas means importing jsonschema and walking every value, which
costs more than the whole rest of the window's start-up (DESIGN.md budgets start-up at 1.3x a
bare window). The shipped data does not change between starts, so the desktop app keeps the
parsed content of the last data folder that passed, under the user's cache folder, keyed by a
hash of the app version, the schemas and the data files' bytes. Any change to any of those is a
miss and gets the full check. The CLI never uses it (`validate` must always check).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from gui._version import __version__
from gui.domain.files import write_atomically
from gui.domain.problems import InputError

log = logging.getLogger(__name__)


class ValidatedDataCache:
    FILE_NAME = "validated-data.json"

    def __init__(self, folder: Path) -> None:
        self.path = folder / self.FILE_NAME

    @staticmethod
    def key(blobs: Iterable[bytes]) -> str:
        digest = hashlib.sha256(__version__.encode())
        for blob in blobs:
            digest.update(len(blob).to_bytes(8, "little"))
            digest.update(blob)
        return digest.hexdigest()

    def lookup(self, key: str) -> dict[str, Any] | None:
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(stored, dict) or stored.get("key") != key or not isinstance(stored.get("documents"), dict):
            return None
        documents: dict[str, Any] = stored["documents"]
        return documents

    def store(self, key: str, documents: dict[str, Any]) -> None:
        """Best effort: a cache that cannot be written only makes the next start slower."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps({"key": key, "documents": documents}, ensure_ascii=False)
            write_atomically(self.path, text.encode("utf-8"))
        except (OSError, TypeError, ValueError, InputError) as error:
            log.info("validated-data cache not written: %s", error)
