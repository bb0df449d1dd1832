"""How the command is invoked: option order and spelling, locale encodings, a standard output
that fails, a display that cannot be reached (DESIGN.md sections 2 and 6)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.arguments import data_folder_option, wants_window
from tests.conftest import REPO
from tests.helpers import cli_process

COMMANDS = {
    "questions": ["questions"],
    "recommend": ["recommend", "--answers", str(REPO / "tests" / "scenarios" / "kubernetes-untrusted-available.yaml")],
    "validate": ["validate"],
}


def _run(args: list[str], env_extra: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess[bytes]:
    return cli_process(*args, env_extra=env_extra, **kwargs)


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("where", ["before", "after", "before=", "after="])
def test_data_option_is_used_wherever_it_stands(command: str, where: str, data_copy: Path) -> None:
    option = [f"--data={data_copy}"] if where.endswith("=") else ["--data", str(data_copy)]
    words = COMMANDS[command]
    args = [*option, *words] if where.startswith("before") else [*words, *option]
    # the folder is broken on purpose: a run that used the shipped data instead would succeed
    (data_copy / "rules.yaml").write_text("rules: 3\n", encoding="utf-8")
    result = _run(args)
    assert result.returncode == 2, result.stdout
    assert f"{data_copy / 'rules.yaml'}:1:" in result.stderr.decode()


def test_a_good_data_folder_before_the_command_is_the_one_validated(data_copy: Path) -> None:
    result = _run(["--data", str(data_copy), "validate"])
    assert result.returncode == 0
    assert result.stdout.decode().startswith(f"ok: {data_copy}:")


@pytest.mark.parametrize(
    ("arguments", "folder"),
    [([], None), (["--data", "/x"], "/x"), (["--data=/x"], "/x"), (["--data=/a=b"], "/a=b")],
)
def test_the_window_takes_the_data_folder_in_either_spelling(arguments: list[str], folder: str | None) -> None:
    assert wants_window(arguments)
    assert data_folder_option(arguments) == folder


def test_the_window_opens_the_folder_given_with_an_equals_sign(data_copy: Path, monkeypatch) -> None:
    from gui import app as app_module

    opened: list[Path] = []
    monkeypatch.setattr(app_module, "load_data_interactively", lambda folder: opened.append(folder))
    app_module.start([f"--data={data_copy}"])
    assert opened == [data_copy]


ENCODINGS = ["ascii", "latin-1", "cp1252", "euc-kr", "cp949", "shift_jis", "utf-16", "utf-8"]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_locale_encoding_gives_output_not_a_crash(encoding: str, lang: str) -> None:
    env = {"PYTHONIOENCODING": encoding, "PYTHONUTF8": "0", "LC_ALL": "C", "LANG": "C"}
    for fmt in ("text", "markdown", "json"):
        result = _run([*COMMANDS["recommend"], "--format", fmt, "--lang", lang], env)
        assert result.returncode == 0, result.stderr.decode(errors="replace")
        assert b"Traceback" not in result.stderr
        text = result.stdout.decode(encoding)  # what the terminal shows, in its own encoding
        if fmt == "json":
            # exact in any encoding: characters it cannot hold are \\u escapes
            reference = _run(
                [*COMMANDS["recommend"], "--format", "json", "--lang", lang], {"PYTHONIOENCODING": "utf-8"}
            )
            assert json.loads(text) == json.loads(reference.stdout.decode("utf-8"))
        else:
            assert "gVisor" in text or "Kata" in text
            if lang == "ko" and encoding in ("ascii", "latin-1", "cp1252"):
                assert "cannot show every character" in result.stderr.decode(encoding)
    questions = _run([*COMMANDS["questions"], "--lang", lang], env)
    assert questions.returncode == 0 and b"Traceback" not in questions.stderr
    # a problem message with Korean in it (a file name) reaches standard error too
    bad = _run(["recommend", "--answers", "/nonexistent/답변.yaml"], env)
    assert bad.returncode == 2 and b"Traceback" not in bad.stderr
    assert "file not found" in bad.stderr.decode(encoding)


@pytest.mark.parametrize(
    "args", [COMMANDS["questions"], [*COMMANDS["recommend"], "--format", "pdf"], COMMANDS["recommend"]]
)
def test_a_full_standard_output_is_the_users_problem_not_a_bug(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = _run(args, stdout=full)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "-:0:0: cannot write to standard output: No space left on device"


def test_a_closed_pipe_ends_quietly() -> None:
    """`runtime-advisor questions | head -1`: no traceback, no complaint at exit."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        f"{sys.executable} -m gui questions | head -c 10", shell=True, capture_output=True, env=env, timeout=120
    )
    assert result.returncode == 0 and result.stderr == b""


def test_pdf_with_a_display_that_cannot_be_reached() -> None:
    """DISPLAY set to a server that is not there: Qt's xcb platform would abort the process."""
    result = _run([*COMMANDS["recommend"], "--format", "pdf", "-o", "-"], {"DISPLAY": ":987", "QT_QPA_PLATFORM": ""})
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.startswith(b"%PDF-")
