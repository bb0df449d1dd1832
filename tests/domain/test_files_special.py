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

from gui.domain.files import _write_into_special, write_atomically
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
