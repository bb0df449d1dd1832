"""Fixtures for tests that drive the real window with pytest-qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from gui.app import application, create_main_window


@pytest.fixture(autouse=True)
def _qt_test_paths() -> None:
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def _close_without_asking(monkeypatch) -> None:
    """Windows close at the end of every test; the "save the report first?" question would wait
    for a click no one gives. The tests of that question put the real method back."""
    from gui.window.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "ask_to_save_before_closing", lambda self: True)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def welcome_window(qtbot, shipped_data, settings, monkeypatch):
    """The window as a first start shows it: on the welcome page."""
    application()
    main = create_main_window(shipped_data, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.translations.apply("en")  # translators are global to the application: leave none behind


@pytest.fixture
def window(qtbot, welcome_window):
    """The window on its first question (Next pressed on the welcome page)."""
    from tests.gui.driving import past_welcome

    past_welcome(qtbot, welcome_window)
    return welcome_window


@pytest.fixture
def cli_pick(run_cli):
    """What `runtime-advisor recommend --format json` says for an answers file."""

    def pick(answers_file: Path) -> str | None:
        code, out, err = run_cli("recommend", "--answers", str(answers_file), "--format", "json")
        assert code == 0, err
        return json.loads(out)["recommendation"]

    return pick
