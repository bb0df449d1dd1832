"""Where a report goes (DESIGN.md section 6): a regular file is replaced atomically, a symbolic
link is written through, a device, FIFO or standard output is written into and never replaced,
a block device, a socket or a folder is refused, and an input file is never an output.

Runs without root: devices used are ones that cannot be harmed (/dev/null, /dev/full); FIFOs,
sockets and links are made in a temporary folder; a block device is simulated.
"""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from gui.domain import files
from gui.domain.files import write_atomically
from gui.domain.problems import InputError
from tests.conftest import REPO
from tests.helpers import cli_process as _cli
from tests.helpers import device_copy

FORMATS = ("text", "markdown", "json", "pdf")
ANSWERS_TEXT = "answers: {trust: untrusted, platform: kubernetes}\n"


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text(ANSWERS_TEXT, encoding="utf-8")
    return path


def _expected(answers: Path, fmt: str) -> bytes:
    """The report as a regular file gets it: what every other kind of output must receive."""
    out = answers.parent / f"expected.{fmt}"
    assert _cli("recommend", "--answers", str(answers), "--format", fmt, "-o", str(out)).returncode == 0
    return out.read_bytes()


def _same_report(got: bytes, expected: bytes, fmt: str) -> bool:
    if fmt == "pdf":  # creation time and document id differ between runs
        return got.startswith(b"%PDF-") and abs(len(got) - len(expected)) < 200
    return got == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_null_stays_a_device(answers: Path, fmt: str) -> None:
    null = device_copy(answers.parent, "null")  # the machine's own /dev/null only without root
    result = _cli("recommend", "--answers", str(answers), "--format", fmt, "-o", str(null))
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat(null).st_mode), f"{null} was replaced"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_device_is_a_clear_failure(answers: Path, fmt: str) -> None:
    full = device_copy(answers.parent, "full")
    result = _cli("recommend", "--answers", str(answers), "--format", fmt, "-o", str(full))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"{full}:0:0: cannot write: No space left on device"
    assert stat.S_ISCHR(os.stat(full).st_mode)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("spelling", ["-", "/dev/stdout", "/proc/self/fd/1", "/dev/fd/1"])
def test_standard_output_by_any_name(answers: Path, fmt: str, spelling: str) -> None:
    expected = _expected(answers, fmt)
    # standard output a pipe
    piped = _cli("recommend", "--answers", str(answers), "--format", fmt, "-o", spelling)
    assert piped.returncode == 0, piped.stderr
    assert _same_report(piped.stdout, expected, fmt)
    # standard output redirected to a file: the report goes into that file, which stays where it is
    target = answers.parent / f"redirected.{fmt}"
    with target.open("wb") as handle:
        redirected = _cli("recommend", "--answers", str(answers), "--format", fmt, "-o", spelling, stdout=handle)
    assert redirected.returncode == 0, redirected.stderr
    assert _same_report(target.read_bytes(), expected, fmt)
    assert not [p for p in answers.parent.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_fifo_reader_gets_the_report(answers: Path, fmt: str) -> None:
    expected = _expected(answers, fmt)
    fifo = answers.parent / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = _cli("recommend", "--answers", str(answers), "--format", fmt, "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced by a file"
    assert received and _same_report(received[0], expected, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_symbolic_link_is_written_through(answers: Path, fmt: str) -> None:
    expected = _expected(answers, fmt)
    elsewhere = answers.parent / "reports"
    elsewhere.mkdir()
    target = elsewhere / f"report.{fmt}"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = answers.parent / f"link.{fmt}"
    link.symlink_to(target)
    result = _cli("recommend", "--answers", str(answers), "--format", fmt, "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == target
    assert _same_report(target.read_bytes(), expected, fmt)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640, "the target's permissions are kept"
    assert sorted(p.name for p in elsewhere.iterdir()) == [target.name], "no temporary file left"


def test_a_dangling_link_creates_its_target(answers: Path) -> None:
    target = answers.parent / "new-report.md"
    link = answers.parent / "link.md"
    link.symlink_to(target)
    assert _cli("recommend", "--answers", str(answers), "--format", "markdown", "-o", str(link)).returncode == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("# ")


def test_a_link_loop_is_a_clear_failure(answers: Path) -> None:
    loop = answers.parent / "loop"
    loop.symlink_to(answers.parent / "loop")
    result = _cli("recommend", "--answers", str(answers), "-o", str(loop))
    assert result.returncode == 2
    assert result.stderr.decode().startswith(f"{loop}:0:0: cannot write: ")
    assert loop.is_symlink()


def test_a_socket_and_a_folder_are_refused(answers: Path) -> None:
    path = answers.parent / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        result = _cli("recommend", "--answers", str(answers), "-o", str(path))
        assert result.returncode == 2
        assert "it is a socket; allowed: a file, a terminal, a pipe or '-'" in result.stderr.decode()
        assert stat.S_ISSOCK(os.stat(path).st_mode)
    finally:
        server.close()
    folder = answers.parent / "folder"
    folder.mkdir()
    result = _cli("recommend", "--answers", str(answers), "-o", str(folder))
    assert result.returncode == 2 and "it is a folder" in result.stderr.decode()


def test_a_block_device_is_refused(tmp_path: Path, monkeypatch) -> None:
    """A disk is never written to (simulated: making a block device needs root)."""
    disk = tmp_path / "sda"
    disk.write_bytes(b"partition table")
    real_stat = os.stat

    def as_block_device(path, *args, **kwargs):
        result = real_stat(path, *args, **kwargs)
        if Path(path) == disk:
            return os.stat_result((stat.S_IFBLK | 0o660, *tuple(result)[1:]))
        return result

    monkeypatch.setattr(files.os, "stat", as_block_device)
    with pytest.raises(InputError) as caught:
        write_atomically(disk, b"report")
    assert "it is a block device (a disk)" in caught.value.problems[0].message
    assert disk.read_bytes() == b"partition table"


@pytest.mark.parametrize("how", ["same path", "relative path", "symbolic link", "hard link"])
def test_the_answers_file_is_never_the_output(answers: Path, how: str) -> None:
    if how == "same path":
        output = str(answers)
    elif how == "relative path":
        output = os.path.relpath(answers, REPO)
    elif how == "symbolic link":
        output = str(answers.parent / "link.yaml")
        Path(output).symlink_to(answers)
    else:
        output = str(answers.parent / "hard.yaml")
        os.link(answers, output)
    for fmt in FORMATS:
        result = _cli("recommend", "--answers", str(answers), "--format", fmt, "-o", output, cwd=REPO)
        assert result.returncode == 2
        assert f"is the input file {answers}" in result.stderr.decode()
        assert answers.read_text(encoding="utf-8") == ANSWERS_TEXT


def test_a_data_file_is_never_the_output(answers: Path, data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    before = rules.read_bytes()
    result = _cli("recommend", "--data", str(data_copy), "--answers", str(answers), "-o", str(rules))
    assert result.returncode == 2 and "is the input file" in result.stderr.decode()
    assert rules.read_bytes() == before


def test_artifacts_never_replace_an_input(answers: Path) -> None:
    """--force replaces files in the folder, but not the answers file the plan came from."""
    folder = answers.parent / "out"
    first = _cli("recommend", "--answers", str(answers), "--artifacts", str(folder))
    assert first.returncode == 0, first.stderr
    written = sorted(p for p in folder.rglob("*") if p.is_file())
    victim = written[0]
    victim.unlink()
    os.link(answers, victim)  # the answers file now sits where an artifact goes
    result = _cli("recommend", "--answers", str(answers), "--artifacts", str(folder), "--force")
    assert result.returncode == 2 and "is the input file" in result.stderr.decode()
    assert answers.read_text(encoding="utf-8") == ANSWERS_TEXT


def test_artifacts_refuse_a_fifo_where_a_file_goes(answers: Path) -> None:
    folder = answers.parent / "out"
    assert _cli("recommend", "--answers", str(answers), "--artifacts", str(folder)).returncode == 0
    victim = sorted(p for p in folder.rglob("*") if p.is_file())[0]
    victim.unlink()
    os.mkfifo(victim)
    result = _cli("recommend", "--answers", str(answers), "--artifacts", str(folder), "--force")
    assert result.returncode == 2 and "is not a regular file" in result.stderr.decode()
    assert stat.S_ISFIFO(os.stat(victim).st_mode)


SLOW_WRITER = """
import os, signal, sys, time
from pathlib import Path
from gui.domain import files
# a test run started in the background by a shell without job control ignores SIGINT and SIGQUIT,
# one started by nohup ignores SIGHUP, and a child inherits that (and the write rightly leaves an
# ignored signal ignored): the ending of a write is tested with the signals' usual dispositions
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGQUIT, signal.SIG_DFL)
signal.signal(signal.SIGHUP, signal.SIG_DFL)
real_fsync = os.fsync
def slow_fsync(fd):
    real_fsync(fd)
    print("writing", flush=True)
    time.sleep(60)
files.os.fsync = slow_fsync
files.write_atomically(Path(sys.argv[1]), b"new report " * 100_000)
"""


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT], ids=["TERM", "HUP", "QUIT"])
def test_an_ending_signal_during_a_write_leaves_no_temporary_file(tmp_path: Path, ending: int) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, str(target)], stdout=subprocess.PIPE, env=env, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")], "the control: a .part exists mid-write"
    child.send_signal(ending)
    assert child.wait(timeout=30) == -ending, "the process still ends by the signal"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    assert target.read_bytes() == b"old report"


def test_ctrl_c_during_a_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_bytes(b"old report")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    child.send_signal(signal.SIGINT)
    child.wait(timeout=30)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]
    assert target.read_bytes() == b"old report"


def test_a_read_only_file_is_not_replaced(answers: Path) -> None:
    target = answers.parent / "report.md"
    target.write_text("kept", encoding="utf-8")
    target.chmod(0o444)
    result = _cli("recommend", "--answers", str(answers), "--format", "markdown", "-o", str(target))
    assert result.returncode == 2 and "the file is read-only (mode 0444)" in result.stderr.decode()
    assert target.read_text(encoding="utf-8") == "kept"


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_replacing_keeps_the_owner(answers: Path) -> None:
    target = answers.parent / "report.md"
    target.write_text("old", encoding="utf-8")
    os.chown(target, 65534, 65534)
    target.chmod(0o640)
    assert _cli("recommend", "--answers", str(answers), "--format", "markdown", "-o", str(target)).returncode == 0
    after = target.stat()
    assert (after.st_uid, after.st_gid, stat.S_IMODE(after.st_mode)) == (65534, 65534, 0o640)


def test_a_long_file_name_can_be_written(answers: Path) -> None:
    target = answers.parent / ("r" * 250 + ".md")
    result = _cli("recommend", "--answers", str(answers), "--format", "markdown", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("# ")


def test_the_report_never_goes_among_the_plans_files(answers: Path) -> None:
    folder = answers.parent / "art"
    for output in (folder, folder / "install-gvisor.sh", folder / "sub" / "report.md"):
        result = _cli("recommend", "--answers", str(answers), "--artifacts", str(folder), "-o", str(output))
        assert result.returncode == 2 and "is in the artifacts folder" in result.stderr.decode()
        assert not folder.exists(), "refused before anything was written"


def test_standard_output_appending_to_the_answers_file_is_refused(answers: Path) -> None:
    with answers.open("ab") as handle:  # `>> answers.yaml`
        result = _cli("recommend", "--answers", str(answers), stdout=handle)
    assert result.returncode == 2 and "standard output is the input file" in result.stderr.decode()
    assert answers.read_text(encoding="utf-8") == ANSWERS_TEXT


@pytest.mark.parametrize("where", ["a file", "a dangling file"])
def test_artifacts_are_never_written_through_a_link(answers: Path, where: str) -> None:
    folder = answers.parent / "art"
    assert _cli("recommend", "--answers", str(answers), "--artifacts", str(folder)).returncode == 0
    outside = answers.parent / "outside"
    outside.mkdir()
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    victim = files[0]
    precious = outside / "precious"
    precious.write_text("precious", encoding="utf-8")
    if where == "a file":
        victim.unlink()
        victim.symlink_to(precious)
    elif where == "a dangling file":
        victim.unlink()
        victim.symlink_to(outside / "created-outside.sh")
    result = _cli("recommend", "--answers", str(answers), "--artifacts", str(folder), "--force")
    assert result.returncode == 2 and "symbolic link" in result.stderr.decode()
    assert sorted(p.name for p in outside.iterdir()) == ["precious"]
    assert precious.read_text(encoding="utf-8") == "precious"


def test_paths_in_listings_show_control_characters_as_escapes(answers: Path, data_copy: Path) -> None:
    evil_data = data_copy.parent / "data\x1b[31mRED\nforged.yaml:1:1: fake"
    data_copy.rename(evil_data)
    evil_answers = answers.parent / "ans\x1b]0;pwned\x07.yaml"
    answers.rename(evil_answers)
    folder = answers.parent / "art\x1b[2J"
    outputs = [
        _cli("validate", "--data", str(evil_data), "--stale-after", "0", str(evil_answers)),
        _cli("recommend", "--answers", str(evil_answers), "--artifacts", str(folder)),
    ]
    for result in outputs:
        assert result.returncode == 0, result.stderr
        shown = result.stdout + result.stderr
        assert b"\x1b" not in shown and b"\x07" not in shown
        assert all(b"forged.yaml:1:1" not in line[:20] for line in shown.splitlines())


def test_artifacts_are_never_written_beneath_a_linked_subfolder(tmp_path: Path) -> None:
    """The shipped plans write flat folders; a plan file in a subfolder (here a link leading out
    of the folder) is refused before anything is written."""
    from gui.domain.artifacts.artifact import Artifact
    from gui.domain.artifacts.writing import write_artifacts

    folder, outside = tmp_path / "art", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (folder / "sub").symlink_to(outside)
    nested = Artifact(id="x", kind="shell", filename="sub/x.sh", text="echo\n", language="sh")
    with pytest.raises(InputError) as caught:
        write_artifacts([nested], folder, force=True)
    assert caught.value.problems[0].message.startswith("is not one file name")
    assert list(outside.iterdir()) == []
