"""Windows and macOS conditions of the installed programs, simulated here (issue 16): output
redirected in an ANSI code page, the windowed program's missing streams, and which Qt platform
(and font folder) the command line uses for a PDF. The real programs are run on each OS by the
release workflow's smoke test (packaging/smoke_test.py)."""

from __future__ import annotations

import io
import json
import sys

import pytest
import yaml

from gui._version import __version__
from gui.commands import standard_streams
from gui.headless_qt import environment_for_pdf
from tests.conftest import REPO, SCENARIOS

QUESTIONS = yaml.safe_load((REPO / "data" / "questions.yaml").read_text(encoding="utf-8"))["questions"]
KOREAN_TITLE = QUESTIONS[0]["title"]["ko"]  # the oracle: the data file, read without the app


class RedirectedStream(io.TextIOWrapper):
    """A standard stream as Windows' Python makes it for `> file`: the ANSI code page, no console."""

    def __init__(self, encoding: str = "cp1252", console: bool = False) -> None:
        super().__init__(io.BytesIO(), encoding=encoding, errors="strict", write_through=True)
        self._console = console

    def isatty(self) -> bool:
        return self._console

    def written(self) -> bytes:
        self.flush()
        return self.buffer.getvalue()  # type: ignore[attr-defined]


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")


def _run(*args: str) -> int:
    from gui.cli import main

    try:
        return main(list(args))
    except SystemExit as done:
        return int(done.code or 0)


# ------------------------------------------------------------------ redirected output, cp1252


def test_korean_questions_redirected_on_windows_are_written_in_utf8(windows, monkeypatch) -> None:
    out, err = RedirectedStream(), RedirectedStream()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert _run("questions", "--lang", "ko") == 0
    text = out.written().decode("utf-8")  # strict: the file a user gets must be UTF-8
    assert f"platform [cluster]: {KOREAN_TITLE}" in text
    assert "\\u" not in text and err.written() == b""


def test_korean_json_redirected_on_windows_is_exact_utf8(windows, monkeypatch) -> None:
    out = RedirectedStream()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", RedirectedStream())
    assert _run("questions", "--lang", "ko", "--format", "json") == 0
    raw = out.written()
    assert KOREAN_TITLE.encode("utf-8") in raw  # not \\u escapes: the file is readable as it is
    assert json.loads(raw.decode("utf-8"))["questions"][0]["title"] == KOREAN_TITLE


def test_a_windows_console_keeps_its_encoding_and_escapes_what_it_cannot_show(windows, monkeypatch) -> None:
    # A real console is written in UTF-16 by Python; a cp1252 stream that says it is a console
    # stands for one that is not (e.g. an old terminal emulator): escapes and a warning, no crash
    out, err = RedirectedStream(console=True), RedirectedStream(console=True)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert _run("questions", "--lang", "ko") == 0
    text = out.written().decode("cp1252")
    assert KOREAN_TITLE not in text and KOREAN_TITLE.encode("unicode_escape").decode() in text
    assert b"cannot show every character" in err.written()


def test_the_same_redirect_on_linux_keeps_the_locale_encoding(monkeypatch) -> None:
    # the control: UTF-8 is chosen for Windows' redirections only; a Linux user with a cp1252
    # locale asked for cp1252 and gets escapes and a warning
    monkeypatch.setattr(sys, "platform", "linux")
    out, err = RedirectedStream(), RedirectedStream()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert _run("questions", "--lang", "ko") == 0
    assert KOREAN_TITLE.encode("utf-8") not in out.written()
    assert KOREAN_TITLE.encode("unicode_escape") in out.written()
    assert b"cannot show every character" in err.written()


# ------------------------------------------------------- the windowed program's missing streams


@pytest.fixture
def windowed(windows, monkeypatch):
    """Messages the windowed program shows; call windowed.start() in the test itself (pytest's
    output capture puts its own streams back between a fixture and the test)."""

    class Shown(list):
        def start(self) -> None:
            # sys.stdout and sys.stderr as PyInstaller's console=False program has them: None
            monkeypatch.setattr(sys, "stdout", None)
            monkeypatch.setattr(sys, "stderr", None)

    result = Shown()
    monkeypatch.setattr(standard_streams, "_message_box", result.append)
    return result


def test_windowed_program_without_a_terminal_shows_what_it_would_print(windowed, monkeypatch) -> None:
    monkeypatch.setattr(standard_streams, "_attach_parent_console", lambda: False)
    windowed.start()
    assert _run("--version") == 0
    assert len(windowed) == 1
    assert windowed[0].startswith(standard_streams.CLI_PROGRAM_HINT)
    assert windowed[0].endswith(f"runtime-advisor {__version__}")


def test_windowed_program_reports_bad_input_with_its_exit_code(windowed, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(standard_streams, "_attach_parent_console", lambda: False)
    missing = tmp_path / "nowhere.yaml"
    windowed.start()
    assert _run("recommend", "--answers", str(missing)) == 2
    assert "runtime-advisor-cli.exe" in windowed[0] and str(missing) in windowed[0]


def test_windowed_program_started_from_a_terminal_writes_into_it(windowed, monkeypatch) -> None:
    terminal = io.StringIO()
    monkeypatch.setattr(standard_streams, "_attach_parent_console", lambda: True)
    monkeypatch.setattr(standard_streams, "_open_console", lambda: terminal)
    windowed.start()
    assert _run("recommend", "--answers", str(SCENARIOS / "openshift.yaml"), "--format", "json") == 0
    written = terminal.getvalue()
    assert written.startswith("\n")  # after the prompt the terminal already printed
    assert json.loads(written)["recommendation"] == "cri-o"
    assert windowed == []  # nothing to show: the terminal had it


def test_programs_with_streams_are_left_alone(monkeypatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert standard_streams.supply_missing_streams(system="win32") is None
    assert sys.stdout is out


# -------------------------------------------------------------- the Qt platform for a PDF


@pytest.mark.parametrize("system", ["linux", "freebsd14", "sunos5"])
def test_pdf_without_a_screen_uses_offscreen_on_x11_systems(system: str) -> None:
    # whatever DISPLAY says: an unreachable display would abort the process inside xcb
    assert environment_for_pdf(system, {"DISPLAY": ":987", "QT_QPA_PLATFORM": "xcb"}) == {
        "QT_QPA_PLATFORM": "offscreen"
    }


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_pdf_on_windows_and_macos_uses_their_own_platform(system: str) -> None:
    # no DISPLAY there, ever: forcing offscreen because of it was the bug (no fonts on Windows)
    assert environment_for_pdf(system, {}) == {}
    assert environment_for_pdf(system, {"QT_QPA_PLATFORM": "windows"}) == {}


def test_offscreen_asked_for_on_windows_reads_the_windows_font_folder() -> None:
    assert environment_for_pdf("win32", {"QT_QPA_PLATFORM": "offscreen", "WINDIR": r"D:\WIN"}) == {
        "QT_QPA_FONTDIR": r"D:\WIN\Fonts"
    }
    assert environment_for_pdf("win32", {"QT_QPA_PLATFORM": "minimal:x=1", "SystemRoot": r"C:\Windows"}) == {
        "QT_QPA_FONTDIR": r"C:\Windows\Fonts"
    }
    # the user's own font folder wins; macOS' offscreen platform uses Core Text's fonts
    assert environment_for_pdf("win32", {"QT_QPA_PLATFORM": "offscreen", "QT_QPA_FONTDIR": r"E:\f"}) == {}
    assert environment_for_pdf("darwin", {"QT_QPA_PLATFORM": "offscreen"}) == {}


def test_a_real_process_with_an_ansi_code_page_redirected_to_a_file(tmp_path) -> None:
    """The whole program in a child process whose standard output Python opened in cp1252 on a
    real file, as Windows' Python does for `> q.txt` (only sys.platform is said to be win32)."""
    import os
    import subprocess

    target = tmp_path / "q.txt"
    program = (
        "import sys; sys.platform = 'win32'; from gui.cli import main; sys.exit(main(['questions', '--lang', 'ko']))"
    )
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(REPO), "PYTHONUTF8": "0"}
    with target.open("wb") as handle:
        done = subprocess.run([sys.executable, "-c", program], stdout=handle, stderr=subprocess.PIPE, env=env)
    assert done.returncode == 0, done.stderr.decode()
    assert f"platform [cluster]: {KOREAN_TITLE}" in target.read_bytes().decode("utf-8")
