"""Reading an input in-process (gui/domain/files.py read_limited): endless devices are cut at the
limit, a FIFO is read whether or not its writer has come, and what cannot be read is named with
the system's reason. (tests/hostile/test_inputs.py runs the same sources through the loaders.)"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from gui.domain.files import MAX_INPUT_BYTES, WRITER_WAIT_MS, read_limited
from gui.domain.problems import InputError


def _refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_limited(path)
    (problem,) = caught.value.problems
    return str(problem)


def test_an_endless_device_is_refused_at_the_limit_without_a_size() -> None:
    assert MAX_INPUT_BYTES == 4 * 1024 * 1024  # the size the message names
    assert _refusal(Path("/dev/zero")) == "/dev/zero:0:0: too large; allowed: files up to 4 MiB"


def test_a_file_one_byte_over_the_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (MAX_INPUT_BYTES + 1))
    assert _refusal(path) == f"{path}:0:0: too large (4,194,305 bytes); allowed: files up to 4 MiB"
    path.write_bytes(b"#" * MAX_INPUT_BYTES)
    assert len(read_limited(path)) == MAX_INPUT_BYTES


def test_a_loop_of_links_is_named_with_the_systems_reason(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert _refusal(tmp_path / "a") == f"{tmp_path / 'a'}:0:0: cannot be read: Too many levels of symbolic links"


def test_a_fifo_nobody_writes_to_reads_as_empty_instead_of_waiting_forever(tmp_path: Path) -> None:
    fifo = tmp_path / "nobody"
    os.mkfifo(fifo)
    result: list[bytes] = []
    reader = threading.Thread(target=lambda: result.append(read_limited(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=WRITER_WAIT_MS / 1000 + 10)
    if reader.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let the blocked open go
        reader.join(timeout=5)
        pytest.fail("opening a FIFO without a writer waited for one")
    assert result == [b""]


def test_a_fifo_whose_writer_is_slow_to_write_is_read_whole(tmp_path: Path) -> None:
    """The writer has opened its end but writes only after the reader's wait for it is over:
    the read must then block for the data, not return what little (or nothing) is there."""
    fifo = tmp_path / "slow"
    os.mkfifo(fifo)

    def slow_writer() -> None:
        with fifo.open("wb") as pipe:
            time.sleep(WRITER_WAIT_MS / 1000 + 0.5)
            pipe.write(b"answers: {trust: own}\n")

    writer = threading.Thread(target=slow_writer, daemon=True)
    writer.start()
    assert read_limited(fifo) == b"answers: {trust: own}\n"
    writer.join(timeout=5)
