"""Storing the validated-data cache (gui/domain/data/validated_cache.py), with what the log says
when it is not stored: the log is the only place that tells why a start was slow."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from gui.domain.data.validated_cache import ValidatedDataCache

LOGGER = "gui.domain.data.validated_cache"
DOCUMENTS = {"runtimes": {"name": "컨테이너 런타임"}}


def test_the_cache_is_stored_in_new_folders_and_read_back(tmp_path: Path) -> None:
    cache = ValidatedDataCache(tmp_path / "cache" / "runtime-advisor")  # neither folder exists yet
    cache.store("k", DOCUMENTS)
    assert cache.lookup("k") == DOCUMENTS
    assert cache.lookup("other key") is None


def test_the_cache_is_replaced_in_a_folder_that_exists(tmp_path: Path) -> None:
    cache = ValidatedDataCache(tmp_path)
    cache.store("old", {"a": 1})
    cache.store("new", DOCUMENTS)
    assert (cache.lookup("old"), cache.lookup("new")) == (None, DOCUMENTS)


def test_korean_text_is_stored_as_utf_8_not_escaped(tmp_path: Path) -> None:
    # escaped, every Hangul syllable takes six bytes instead of three, twice (inner and outer JSON)
    cache = ValidatedDataCache(tmp_path)
    cache.store("k", DOCUMENTS)
    text = cache.path.read_text(encoding="utf-8")
    assert "컨테이너 런타임" in text and "\\u" not in text


def test_a_pipe_where_the_cache_belongs_is_left_alone_and_said(tmp_path: Path, caplog) -> None:
    cache = ValidatedDataCache(tmp_path)
    os.mkfifo(cache.path)  # opening it to write would wait for a reader: the start would hang
    with caplog.at_level(logging.INFO, logger=LOGGER):
        cache.store("k", DOCUMENTS)
    assert [r.getMessage() for r in caplog.records] == [
        f"validated-data cache not written: {cache.path} is not a regular file"
    ]
    assert cache.lookup("k") is None


@pytest.mark.parametrize(
    ("documents", "why"),
    [
        ({"x": float("nan")}, "Out of range float values are not JSON compliant"),
        ({"x": "\ud800"}, "'utf-8' codec can't encode character '\\ud800' in position 7: surrogates not allowed"),
    ],
)
def test_documents_json_cannot_carry_are_not_stored_and_said(tmp_path: Path, caplog, documents, why: str) -> None:
    cache = ValidatedDataCache(tmp_path)
    with caplog.at_level(logging.INFO, logger=LOGGER):
        cache.store("k", documents)
    (record,) = caplog.records
    assert record.getMessage().startswith(f"validated-data cache not written: {why}")  # newer Pythons add ": nan"
    assert not cache.path.exists()


def test_an_edited_cache_is_ignored_and_said(tmp_path: Path, caplog) -> None:
    cache = ValidatedDataCache(tmp_path)
    cache.store("k", DOCUMENTS)
    cache.path.write_text(cache.path.read_text(encoding="utf-8").replace("런타임", "런타임!"), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger=LOGGER):
        assert cache.lookup("k") is None
    assert [r.getMessage() for r in caplog.records] == [
        "validated-data cache ignored: its content does not match its digest"
    ]


def test_a_damaged_cache_is_ignored_and_said(tmp_path: Path, caplog) -> None:
    cache = ValidatedDataCache(tmp_path)
    cache.path.write_text('{"key": "k", "documents": [', encoding="utf-8")
    with caplog.at_level(logging.INFO, logger=LOGGER):
        assert cache.lookup("k") is None
    (record,) = caplog.records
    assert record.getMessage().startswith("validated-data cache ignored: Expecting value: line 1 column 28")


def test_a_cache_larger_than_other_inputs_may_be_is_read(tmp_path: Path) -> None:
    # a data folder with long texts: the cache holds it twice over (inner and outer JSON)
    large = {"runtimes": {"notes": "x" * (5 * 1024 * 1024)}}
    cache = ValidatedDataCache(tmp_path)
    cache.store("k", large)
    assert cache.path.stat().st_size > 5 * 1024 * 1024
    assert cache.lookup("k") == large
