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
from gui.domain.files import read_limited, write_atomically
from gui.domain.problems import InputError

log = logging.getLogger(__name__)
MAX_CACHE_BYTES = 16 * 1024 * 1024
# the data files a data folder holds (gui.domain.data.loading reads them; re-exported there)
DATA_FILES = ("runtimes.yaml", "questions.yaml", "platforms.yaml", "rules.yaml")


def data_key(folder: Path, schema_folder: Path) -> str | None:
    """The cache key of `folder` as it is now: the app version, the schemas and the data files'
    bytes; None when one cannot be read (the full load says why)."""
    try:
        blobs = [read_limited(schema_folder / name.replace(".yaml", ".schema.json")) for name in DATA_FILES]
        blobs += [read_limited(folder / name) for name in DATA_FILES]
    except InputError:
        return None
    return ValidatedDataCache.key(blobs)


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

    @staticmethod
    def digest(documents_text: str) -> str:
        """A hash of the content itself: the key says which data files it came from, this says the
        cache file was not edited (or damaged) since; either mismatch means a full check. A text
        that is not valid Unicode (a lone surrogate) raises ValueError: a miss, or not stored."""
        return hashlib.sha256(documents_text.encode("utf-8")).hexdigest()

    def probably_holds(self, key: str) -> bool:
        """Whether the stored file was written for `key`, from its first bytes alone (store() writes
        the key first): a hint for the window to show its first page before loading the data,
        which lookup() then checks in full (a wrong hint costs a slower start, never wrong data)."""
        head = f'{{"key": "{key}"'.encode()
        try:
            with self.path.open("rb") as file:
                return self.path.is_file() and file.read(len(head)) == head
        except OSError:
            return False

    def lookup(self, key: str) -> dict[str, Any] | None:
        """The stored documents for `key`, or None for anything else: a miss, a foreign, edited,
        damaged, oversized or unreadable file. Never raises: a cache is never a reason not to start."""
        try:
            stored = json.loads(read_limited(self.path, MAX_CACHE_BYTES).decode("utf-8"))
            if not isinstance(stored, dict) or stored.get("key") != key:
                return None
            text = stored.get("documents")
            if not isinstance(text, str) or stored.get("digest") != self.digest(text):
                log.info("validated-data cache ignored: its content does not match its digest")
                return None
            documents = json.loads(text)
        except (InputError, ValueError, RecursionError, TypeError) as error:
            log.info("validated-data cache ignored: %s", error)
            return None
        return documents if isinstance(documents, dict) else None

    def store(self, key: str, documents: dict[str, Any]) -> None:
        """Best effort: a cache that cannot be written only makes the next start slower."""
        try:
            if self.path.exists() and not self.path.is_file():
                # a FIFO would block the start until someone reads it; a device is not a cache
                log.info("validated-data cache not written: %s is not a regular file", self.path)
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # the documents are kept as one JSON text so the digest is checked on exactly the
            # characters read back, without serialising them again at every start
            documents_text = json.dumps(documents, ensure_ascii=False, allow_nan=False)
            text = json.dumps(
                {"key": key, "digest": self.digest(documents_text), "documents": documents_text}, ensure_ascii=False
            )
            write_atomically(self.path, text.encode("utf-8"))
        except (OSError, TypeError, ValueError, InputError) as error:
            log.info("validated-data cache not written: %s", error)
