"""Shared fixtures. Qt runs offscreen unless --onscreen is given; nothing touches the user's
real settings or folders."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show Qt windows on the real display")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SCHEMAS = DATA / "schema"
SCENARIOS = Path(__file__).resolve().parent / "scenarios"


def shared_unless_mutating(scope: str):
    """A fixture scope: `scope` normally; one per test under mutmut (it sets MUTANT_UNDER_TEST
    for its runs). mutmut links each function to the tests that call it, and a shared fixture
    calls the data loaders once, inside the first test: the loaders' mutants would then run
    only that test. The shipped data loads in about 0.1 s, so a copy per test is affordable."""

    def decide(fixture_name: str, config: pytest.Config) -> str:
        return "function" if "MUTANT_UNDER_TEST" in os.environ else scope

    return decide


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME and the XDG folders at a temporary place, so settings and logs stay out of
    the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture(autouse=True)
def _one_qapplication(qapp) -> None:
    """Create the QApplication before any test can make a plain QGuiApplication (the PDF
    export does, when none exists), since a process can have only one."""


@pytest.fixture(scope=shared_unless_mutating("session"))
def shipped_data():
    from gui.domain.data.loading import load_data

    return load_data(DATA, SCHEMAS)


@pytest.fixture(scope=shared_unless_mutating("session"))
def advisor(shipped_data):
    from gui.domain.advice.engine import Advisor

    return Advisor(shipped_data)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped data folder, for tests that break it on purpose."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("schema", "seed"))
    return target


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    """Run the real CLI entry point in-process; return (exit code, stdout, stderr)."""
    from gui.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture(scope="session")
def python_exe() -> str:
    return sys.executable
