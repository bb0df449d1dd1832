"""Writing onto what is not a regular file, in-process (gui/domain/files.py's docstring): a
device or a FIFO is written into and stays what it was; a folder, a socket or a block device is
refused with what is allowed, naming the path."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from gui.domain.files import _replace_regular, _write_into_special, write_atomically, writes_to
from gui.domain.problems import InputError
from tests.helpers import device_copy

ALLOWED = "allowed: a file, a terminal, a pipe or '-'"


def _refusal(path: Path, content: bytes = b"x") -> tuple[str, int, int, str]:
    with pytest.raises(InputError) as caught:
        write_atomically(path, content)
    (problem,) = caught.value.problems
    return problem.file, problem.line, problem.column, problem.message


def test_a_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert _refusal(folder) == (str(folder), 0, 0, "cannot write: it is a folder; give a file name")
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        assert _refusal(path) == (str(path), 0, 0, f"cannot write: it is a socket; {ALLOWED}")
        assert stat.S_ISSOCK(os.stat(path).st_mode)
    finally:
        server.close()


def test_a_block_device_is_refused(tmp_path: Path) -> None:
    # making a real block device needs privileges; the decision is made on the mode alone
    path = tmp_path / "disk"
    with pytest.raises(InputError) as caught:
        _write_into_special(path, stat.S_IFBLK | 0o660, b"x")
    assert str(caught.value) == f"{path}:0:0: cannot write: it is a block device (a disk); {ALLOWED}"
    assert not path.exists(), "nothing was created"


def test_a_fifo_is_written_into_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    # a second writer held open until the write is done: without one, a read before
    # write_atomically opens the pipe would see end-of-file and the write would wait forever
    holder = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    received = bytearray()
    content = b"plan\n" * 30_000  # more than a pipe holds at once: written in several parts

    def read_all() -> None:
        os.set_blocking(reader, True)
        while chunk := os.read(reader, 65536):
            received.extend(chunk)

    thread = threading.Thread(target=read_all)
    thread.start()
    try:
        write_atomically(fifo, content)
    finally:
        os.close(holder)
        thread.join(timeout=30)
        os.close(reader)
    assert not thread.is_alive()
    assert bytes(received) == content
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_character_device_is_written_into_and_stays_one(tmp_path: Path) -> None:
    null = device_copy(tmp_path, "null")
    write_atomically(null, b"nothing to see")
    assert stat.S_ISCHR(os.stat(null).st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="Linux's /dev/full")
def test_a_device_that_takes_nothing_says_why(tmp_path: Path) -> None:
    full = device_copy(tmp_path, "full")
    assert _refusal(full) == (str(full), 0, 0, "cannot write: No space left on device")
    assert stat.S_ISCHR(os.stat(full).st_mode)


def test_a_device_gone_before_it_is_opened_is_named_with_the_reason(tmp_path: Path) -> None:
    # the device was there when looked at and is gone when opened (unplugged, a pty closed)
    path = tmp_path / "ttyUSB0"
    with pytest.raises(InputError) as caught:
        _write_into_special(path, stat.S_IFCHR | 0o660, b"x")
    assert str(caught.value) == f"{path}:0:0: cannot write: No such file or directory"
    assert not path.exists(), "nothing was created in its place"


def test_a_loop_of_links_is_named_with_the_systems_reason(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert _refusal(tmp_path / "a") == (str(tmp_path / "a"), 0, 0, "cannot write: Too many levels of symbolic links")


def test_a_new_file_gets_the_usual_mode_and_a_script_may_be_run(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "report.md", b"# r\n")
        write_atomically(tmp_path / "setup.sh", b"echo\n", executable=True)
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "report.md").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "setup.sh").stat().st_mode) == 0o755


def test_the_file_being_written_is_hidden_next_to_its_target_until_it_is_complete(tmp_path, monkeypatch) -> None:
    # what the folder holds at the moment the content reaches the disk (fsync), before the rename
    seen: list[list[str]] = []
    real_fsync = os.fsync

    def fsync_and_look(descriptor: int) -> None:
        seen.append(sorted(p.name for p in tmp_path.iterdir()))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync_and_look)
    write_atomically(tmp_path / "report.json", b"{}")
    [during] = seen
    assert len(during) == 1 and during[0].startswith(".report.json.") and during[0].endswith(".part")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


@pytest.mark.parametrize("stream", [1, 2])
def test_a_file_standard_output_or_error_writes_to_is_written_where_the_stream_is(tmp_path, stream: int) -> None:
    """`-o /dev/stdout` after `> report.txt`: the report goes into that file at the stream's
    offset (after what was written before), and the file is not replaced."""
    target = tmp_path / "report.txt"
    saved = os.dup(stream)
    try:
        with target.open("wb") as redirected:
            os.dup2(redirected.fileno(), stream)
            os.write(stream, b"before\n")
            inode = target.stat().st_ino
            write_atomically(target, b"report\n")
            os.dup2(saved, stream)
    finally:
        os.dup2(saved, stream)
        os.close(saved)
    assert target.read_bytes() == b"before\nreport\n"
    assert target.stat().st_ino == inode


def test_a_closed_descriptor_writes_to_nothing(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"")
    with path.open("rb") as handle:
        descriptor = handle.fileno()
        assert writes_to(descriptor, path)
    assert not writes_to(descriptor, path)  # closed now
    assert not writes_to(1, tmp_path / "missing")


def test_a_folder_made_at_the_name_while_writing_is_named(tmp_path: Path) -> None:
    # write_atomically refuses a folder before writing; one made there after that check fails the rename
    (tmp_path / "r.md").mkdir()
    (tmp_path / "r.md" / "inside").write_bytes(b"")
    with pytest.raises(InputError) as raised:
        _replace_regular(tmp_path / "r.md", tmp_path / "r.md", b"x", False)
    assert [p.message for p in raised.value.problems] == ["cannot write: it is a folder"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user (CI runs as root)")
def test_replacing_a_file_keeps_its_owner_and_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_bytes(b"old")
    os.chown(target, 65534, 65534)
    target.chmod(0o640)
    write_atomically(target, b"new")
    after = target.stat()
    assert (after.st_uid, after.st_gid, stat.S_IMODE(after.st_mode)) == (65534, 65534, 0o640)
    assert target.read_bytes() == b"new"
