"""Bad files met from the window: each gives a clear message naming the file and the problem,
the current answers stay as they were, and no file is left half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui import app as app_module
from gui.dialogs.data_error import DataErrorDialog
from tests.gui.driving import click_choice, quit_data_error_dialog

BAD_ANSWERS = {
    "corrupt.yaml": ("answers: {platform: [kubernetes\n", "YAML syntax"),
    "foreign.yaml": ("apiVersion: v1\nkind: Pod\n", "unknown field; allowed: answers"),
    "newer.yaml": ("answers: {platform: openshift}\nformat: 3\n", "format: unknown field; allowed: answers"),
    "list.yaml": ("- platform: openshift\n", "expected a mapping, found a list"),
    "empty.yaml": ("", "the file is empty"),
}


@pytest.mark.parametrize("name", sorted(BAD_ANSWERS))
def test_bad_answers_files_keep_the_current_answers(qtbot, window, tmp_path, monkeypatch, name) -> None:
    click_choice(qtbot, window, "platform", "single-host")
    before = window.model.answers
    text, expected = BAD_ANSWERS[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message, *a: shown.append(message))
    assert not window.open_answers_file(path)
    assert window.model.answers == before
    assert str(path) in shown[0] and expected in shown[0]
    assert "The answers were not changed" in shown[0]


def test_an_unreadable_data_folder_is_reported_not_crashed(qtbot, data_copy, monkeypatch) -> None:
    import os

    real_open = os.open

    # as root (CI), file modes do not stop reading: refuse where the operating system would
    def unreadable(path, *args, **kwargs):
        if isinstance(path, (str, os.PathLike)) and Path(path).parent == data_copy:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", unreadable)
    seen: list[str] = []

    monkeypatch.setattr(DataErrorDialog, "exec", quit_data_error_dialog(qtbot, seen))
    assert app_module.load_data_interactively(data_copy) is None
    for name in ("runtimes.yaml", "questions.yaml", "rules.yaml"):
        assert f"{data_copy / name}:0:0: cannot be read: Permission denied" in seen[0]


def test_a_failed_save_keeps_the_old_answers_file(qtbot, window, tmp_path, monkeypatch) -> None:
    import os

    target = tmp_path / "answers.yaml"
    target.write_text("answers: {platform: openshift}\n", encoding="utf-8")
    # the disk fills up after the new content went into the temporary file (fsync is where a
    # delayed allocation reports it)
    monkeypatch.setattr(os, "fsync", lambda _fd: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message, *a: warned.append(message))
    assert not window.save_answers_file(target)
    assert target.read_text(encoding="utf-8") == "answers: {platform: openshift}\n"
    assert "No space left on device" in warned[0]
    assert list(tmp_path.glob(".answers.yaml.*")) == [], "no temporary file left behind"
