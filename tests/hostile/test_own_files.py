"""The app's own files, edited or damaged: a bad value in the settings or the validated-data
cache is ignored (logged), never a reason not to start (DESIGN.md section 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from gui.domain.data.loading import load_data
from gui.domain.data.validated_cache import ValidatedDataCache
from tests.conftest import SCHEMAS

# Values of every kind the INI format can hold, and of kinds the app never writes.
FOREIGN_VALUES = [
    "garbage",
    "",
    "\x00\x01",
    "x" * 100_000,
    12345,
    -1,
    3.5,
    True,
    False,
    ["a", "b"],
    [],
    [1, 2, 3],
    QByteArray(b"\x00\xff" * 50),
    {"nested": {"map": [1]}},
    "[{'name': 1}]",
    '[{"name": "web", "answers": {"trust": 3}}, 5, null]',
    '{"not": "a list"}',
    "[" * 5000,
]


def _every_key_the_app_writes(qtbot, shipped_data, tmp_path: Path) -> list[str]:
    """Drive a session that writes every setting: answers, workloads, paper, skip, language,
    recent files, export folder, geometry, the Korean-font warning."""
    from gui.app import application, create_main_window
    from tests.gui.driving import walk

    settings = QSettings(str(tmp_path / "discover.ini"), QSettings.Format.IniFormat)
    application()
    window = create_main_window(shipped_data, settings)
    qtbot.addWidget(window)
    window.show()
    walk(qtbot, window, {"trust": "untrusted"})
    window.paper_actions["letter"].trigger()
    window.skip_action.trigger()
    window.language_actions["ko"].trigger()
    window.language_actions["en"].trigger()
    window.save_answers_file(tmp_path / "a.yaml")
    window._remember(tmp_path / "a.yaml")
    window.settings.setValue("export/lastFolder", str(tmp_path))  # what an export through its dialog keeps
    window.settings.setValue("fonts/warnedNoKorean", True)  # what the missing-font notice keeps
    window.close()
    settings.sync()
    return sorted(settings.allKeys())


def test_every_setting_with_a_foreign_value_still_starts(qtbot, shipped_data, tmp_path: Path) -> None:
    from gui.app import application, create_main_window
    from tests.gui.driving import walk

    keys = _every_key_the_app_writes(qtbot, shipped_data, tmp_path)
    # the control: the session above wrote the settings the app reads
    for expected in (
        "window/geometry",
        "files/recent",
        "export/paper",
        "wizard/skipSettled",
        "ui/language",
        "lastWorkloads",
    ):
        assert expected in keys, keys
    assert any(k.startswith("lastAnswers/") for k in keys)
    application()
    for value in FOREIGN_VALUES:
        settings = QSettings(str(tmp_path / "foreign.ini"), QSettings.Format.IniFormat)
        settings.clear()
        for key in keys:
            settings.setValue(key, value)
        settings.sync()
        window = create_main_window(shipped_data, settings)
        qtbot.addWidget(window)
        window.show()
        # usable: the whole way to a plan, and the menus that read settings
        walk(qtbot, window, {"trust": "untrusted"})
        assert window.wizard.results_page.pick_label.text()
        window._fill_recent()
        assert window._paper() in ("auto", "a4", "letter")
        window.close()


def test_the_settings_file_itself_may_be_garbage(qtbot, shipped_data, tmp_path: Path) -> None:
    from gui.app import application, create_main_window

    path = tmp_path / "garbage.ini"
    path.write_bytes(b"\xff\xfe[\x00]\n=\n[lastAnswers]\ntrust=\x00\nwindow/geometry=@ByteArray(\\x\n" * 100)
    application()
    window = create_main_window(shipped_data, QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible()


# ----------------------------------------------------------------------------- the cache


def _loaded_with_cache(data_copy: Path, cache: ValidatedDataCache):
    return load_data(data_copy, SCHEMAS, cache)


def test_a_hand_edited_cache_is_not_believed(data_copy: Path, tmp_path: Path) -> None:
    """Valid JSON, the right key, a changed text: the edit must not reach the app."""
    cache = ValidatedDataCache(tmp_path / "cache")
    fresh = _loaded_with_cache(data_copy, cache)
    stored = json.loads(cache.path.read_text(encoding="utf-8"))
    documents = json.loads(stored["documents"])
    documents["runtimes.yaml"]["runtimes"][0]["name"] = "<h1>EDITED</h1>"
    stored["documents"] = json.dumps(documents, ensure_ascii=False)
    cache.path.write_text(json.dumps(stored), encoding="utf-8")
    again = _loaded_with_cache(data_copy, cache)
    assert again == fresh
    assert "EDITED" not in again.dataset.runtimes[0].name


@pytest.mark.parametrize("damage", ["truncated", "bytes", "wrong shapes", "huge", "deep"])
def test_a_damaged_cache_is_ignored_at_every_point(data_copy: Path, tmp_path: Path, damage: str) -> None:
    cache = ValidatedDataCache(tmp_path / "cache")
    fresh = _loaded_with_cache(data_copy, cache)
    original = cache.path.read_bytes()
    if damage == "truncated":
        variants = [original[:cut] for cut in range(0, len(original), max(1, len(original) // 40))]
    elif damage == "bytes":
        variants = [
            original[:i] + b"\xff\x00" + original[i + 2 :] for i in range(0, len(original), len(original) // 20)
        ]
    elif damage == "wrong shapes":
        stored = json.loads(original)
        variants = [
            json.dumps(value).encode()
            for value in (
                [],
                None,
                {"key": stored["key"]},
                {"key": stored["key"], "digest": stored["digest"], "documents": 5},
                {"key": stored["key"], "digest": stored["digest"], "documents": "[1, 2]"},
                {**stored, "documents": json.dumps({"runtimes.yaml": None})},
                {**stored, "digest": None},
            )
        ]
    elif damage == "huge":
        variants = [b'{"key": "' + b"x" * (64 * 1024 * 1024) + b'"}']
    else:
        variants = [b"[" * 100_000 + b"]" * 100_000]
    for variant in variants:
        cache.path.write_bytes(variant)
        assert _loaded_with_cache(data_copy, cache) == fresh


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kind", ["a FIFO", "a link to a FIFO", "a 3 GB file", "a folder"])
def test_a_settings_file_that_cannot_be_one_is_left_alone(qtbot, shipped_data, tmp_path: Path, kind: str) -> None:
    """QSettings reads its file as it is made (a FIFO blocked the start) and saves by renaming
    over the path it resolved (through a link it replaced /dev/zero with a regular file)."""
    import os
    import stat

    from PySide6.QtCore import QStandardPaths

    from gui.app import application, create_main_window
    from gui.stored_settings import _settings_files

    application()
    QStandardPaths.setTestModeEnabled(False)  # the real location, under the test's own XDG folders
    try:
        path = Path(_settings_files()[0])
        assert str(path).startswith(os.environ["XDG_CONFIG_HOME"])
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "a FIFO":
            os.mkfifo(path)
        elif kind == "a link to a FIFO":
            os.mkfifo(tmp_path / "fifo")
            path.symlink_to(tmp_path / "fifo")
        elif kind == "a 3 GB file":
            with path.open("wb") as handle:
                handle.truncate(3 * 1024**3)
        else:
            path.mkdir()
        before = os.lstat(path)
        window = create_main_window(shipped_data)
        qtbot.addWidget(window)
        window.show()
        window.settings.setValue("export/paper", "a4")
        window.settings.sync()
        window.close()
        after = os.lstat(path)
        assert (stat.S_IFMT(after.st_mode), after.st_ino, after.st_size) == (
            stat.S_IFMT(before.st_mode),
            before.st_ino,
            before.st_size,
        ), "the path was replaced or written"
    finally:
        QStandardPaths.setTestModeEnabled(True)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kind", ["a FIFO", "a 100 MB file"])
def test_the_windows_data_check_reads_through_the_size_limit(data_copy: Path, tmp_path: Path, kind: str) -> None:
    """The window keys its cache on the data files' bytes; reading them must not hang or fill memory."""
    import os

    from gui.domain.problems import InputError

    target = data_copy / "rules.yaml"
    target.unlink()
    if kind == "a FIFO":
        os.mkfifo(target)
    else:
        with target.open("wb") as handle:
            handle.truncate(100 * 1024 * 1024)
    with pytest.raises(InputError) as caught:
        load_data(data_copy, SCHEMAS, ValidatedDataCache(tmp_path / "cache"))
    assert caught.value.problems[0].file == str(target)
