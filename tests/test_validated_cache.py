"""The desktop app's cache of data folders that passed every check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.domain.data.loading import load_data
from gui.domain.data.validated_cache import ValidatedDataCache
from gui.domain.problems import InputError
from tests.conftest import REPO, SCHEMAS
from tests.helpers import replace_once


def test_a_second_load_is_a_hit_and_gives_the_same_data(data_copy: Path, tmp_path: Path, monkeypatch) -> None:
    import gui.domain.data.loading

    cache = ValidatedDataCache(tmp_path / "cache")
    first = load_data(data_copy, SCHEMAS, cache)
    assert cache.path.exists()

    def read_in_full(*_args: object) -> None:
        raise AssertionError("a hit must not read and check the data files again")

    # the second load must come from the cache: reading the files in full fails the test
    monkeypatch.setattr(gui.domain.data.loading, "read_checked", read_in_full)
    second = load_data(data_copy, SCHEMAS, cache)
    assert second == first
    # and the same stub does fail a load that is not a hit (the control)
    (data_copy / "rules.yaml").write_text((data_copy / "rules.yaml").read_text(encoding="utf-8") + "\n")
    with pytest.raises(AssertionError, match="must not read"):
        load_data(data_copy, SCHEMAS, cache)


def test_a_changed_file_is_checked_in_full(data_copy: Path, tmp_path: Path) -> None:
    cache = ValidatedDataCache(tmp_path / "cache")
    load_data(data_copy, SCHEMAS, cache)
    line = (
        replace_once(
            data_copy / "rules.yaml",
            "    when: {isolation: syscall-filtering}\n    exclude: {kernel: shared}\n",
            "    when: {isolation: syscall-filtering}\n    exclude: {kernal: shared}\n",
        )
        + 1
    )
    with pytest.raises(InputError) as caught:
        load_data(data_copy, SCHEMAS, cache)
    assert caught.value.problems[0].line == line


def test_a_damaged_cache_is_ignored(data_copy: Path, tmp_path: Path) -> None:
    cache = ValidatedDataCache(tmp_path / "cache")
    first = load_data(data_copy, SCHEMAS, cache)
    cache.path.write_text('{"key": "x", "documents": [', encoding="utf-8")
    assert load_data(data_copy, SCHEMAS, cache) == first
    key = cache.path.read_text(encoding="utf-8")
    cache.path.write_text(key.replace('"rules":', '"rulez":'), encoding="utf-8")
    assert load_data(data_copy, SCHEMAS, cache) == first


def test_an_unwritable_cache_only_costs_time(data_copy: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert load_data(data_copy, SCHEMAS, ValidatedDataCache(blocker / "cache")).dataset.runtimes


def test_a_hit_needs_neither_yaml_nor_jsonschema(data_copy: Path, tmp_path: Path) -> None:
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from gui.domain.data.loading import load_data\n"
        "from gui.domain.data.validated_cache import ValidatedDataCache\n"
        f"load_data(Path({str(data_copy)!r}), Path({str(SCHEMAS)!r}), ValidatedDataCache(Path({str(tmp_path)!r})))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'yaml', 'jsonschema'}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = [
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
        for _ in range(2)
    ]
    assert runs[0].stdout.strip() == "['jsonschema', 'yaml']"
    assert runs[1].stdout.strip() == "[]"


def test_a_changed_schema_is_checked_in_full(data_copy: Path, tmp_path: Path) -> None:
    """The key covers the schemas too: a newer app's stricter schema must not meet cached data."""
    import json
    import shutil

    cache = ValidatedDataCache(tmp_path / "cache")
    load_data(data_copy, SCHEMAS, cache)
    # a schema folder of its own: a process compiles each schema file once (schema_check's cache)
    schemas = tmp_path / "schema"
    shutil.copytree(SCHEMAS, schemas)
    path = schemas / "questions.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["required"] = [*schema.get("required", []), "no-such-key"]
    path.write_text(json.dumps(schema), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_data(data_copy, schemas, cache)
    assert "no-such-key" in str(caught.value)
