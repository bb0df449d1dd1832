"""Loading the data folder (gui/domain/data/loading.py) in-process: every problem of every file is
reported together, whichever file it is in, and a good load says what it loaded. Expected counts
are read from the YAML files themselves, not from the loader."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
import yaml

from gui.domain.data.loading import DATA_FILES, load_data
from gui.domain.problems import InputError
from tests.conftest import DATA, SCHEMAS


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for name in DATA_FILES:
        shutil.copyfile(DATA / name, folder / name)
    return folder


@pytest.mark.parametrize("broken", ["questions.yaml", "platforms.yaml", "rules.yaml"])
def test_a_problem_in_a_later_file_is_reported_when_the_earlier_ones_are_sound(tmp_path: Path, broken: str) -> None:
    folder = _copy(tmp_path)
    path = folder / broken
    path.write_text(path.read_text(encoding="utf-8") + "unexpected: 1\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_data(folder, SCHEMAS)
    assert [(p.file, p.message.split(";")[0]) for p in raised.value.problems] == [
        (str(path), "unexpected: unknown field")
    ]


def test_problems_of_two_files_are_reported_together(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    for name in ("runtimes.yaml", "rules.yaml"):
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8") + "unexpected: 1\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_data(folder, SCHEMAS)
    assert sorted(Path(p.file).name for p in raised.value.problems) == ["rules.yaml", "runtimes.yaml"]


def test_a_good_load_says_what_it_loaded_and_where_from(tmp_path: Path, caplog) -> None:
    folder = _copy(tmp_path)
    counts = {name: yaml.safe_load((DATA / name).read_text(encoding="utf-8")) for name in DATA_FILES}
    with caplog.at_level(logging.DEBUG, logger="gui.domain.data.loading"):
        data = load_data(folder, SCHEMAS)
    assert data.origin == str(folder)
    expected = (
        f"loaded {len(counts['runtimes.yaml']['runtimes'])} runtimes, "
        f"{len(counts['questions.yaml']['questions'])} questions, "
        f"{len(counts['platforms.yaml']['platforms'])} platforms, "
        f"{len(counts['rules.yaml']['rules'])} rules from {folder}"
    )
    assert expected in [r.getMessage() for r in caplog.records if r.name == "gui.domain.data.loading"]


def test_a_missing_data_folder_is_named_with_the_files_it_needs(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        load_data(tmp_path / "nowhere", SCHEMAS)
    assert [str(p) for p in raised.value.problems] == [
        f"{tmp_path / 'nowhere'}:0:0: data folder not found; expected a folder with "
        "runtimes.yaml, questions.yaml, platforms.yaml, rules.yaml"
    ]


def test_cached_documents_that_do_not_build_are_checked_in_full(tmp_path: Path, caplog) -> None:
    """A cache entry whose key and digest match but whose documents do not build (written by
    another version, say) costs a full check, said in the log, and gives the same data."""
    import json

    from gui.domain.data.validated_cache import ValidatedDataCache

    folder = _copy(tmp_path)
    cache = ValidatedDataCache(tmp_path / "cache")
    first = load_data(folder, SCHEMAS, cache)
    stored = json.loads(cache.path.read_text(encoding="utf-8"))
    documents = json.loads(stored["documents"])
    del documents["rules.yaml"]["rules"]
    text = json.dumps(documents, ensure_ascii=False)
    stored.update(documents=text, digest=ValidatedDataCache.digest(text))
    cache.path.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="gui.domain.data.loading"):
        again = load_data(folder, SCHEMAS, cache)
    assert again == first
    assert f"cached data did not build (KeyError); checking {folder} in full" in [
        r.getMessage() for r in caplog.records if r.name == "gui.domain.data.loading"
    ]


@pytest.mark.parametrize(("content", "column"), [("~\n", 1), ("null\n", 1), ("--- null\n", 5)])
def test_a_file_of_only_null_has_no_content(tmp_path: Path, content: str, column: int) -> None:
    from gui.domain.data.loading import read_checked

    path = tmp_path / "answers.yaml"
    path.write_text(content, encoding="utf-8")
    assert [str(p) for p in read_checked(path, SCHEMAS / "answers.schema.json")[1]] == [
        f"{path}:1:{column}: the file has no content; expected a YAML mapping"
    ]
