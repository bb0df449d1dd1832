"""Writing files so that a failure never leaves a half-written or damaged file behind.

What happens at the path depends on what is there (DESIGN.md section 6; README "Reliability"):

- nothing, or a regular file: the content goes to a temporary file beside it, is flushed to
  disk and renamed over it, so readers see the old file or the new one, never half of one;
- a symbolic link: written *through*, as editors do: the file the link points to is replaced
  (atomically, in its own folder) and the link stays a link;
- a character device or a FIFO (`/dev/null`, `/dev/stdout`, a terminal, a pipe's reader):
  written into, never replaced; renaming over it would swap the device for a regular file;
- a block device, a socket or a folder: refused, with what is allowed.

A SIGTERM while the temporary file exists removes it before the process ends the way it would
have (by the signal), so no `.part` file is left behind.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from gui.domain.problems import InputError, Problem

# Files we read are small (the largest data file is under 60 KB); anything far larger is a
# mistake or an attack, and reading it whole would take the memory of the machine.
MAX_INPUT_BYTES = 4 * 1024 * 1024


def _problem(path: Path, message: str) -> InputError:
    return InputError([Problem(str(path), 0, 0, message)])


def read_limited(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of `path`, refusing more than `limit` of them (also from endless devices and pipes).

    Raises InputError for a missing or unreadable file, a folder, a socket or too much content.
    """
    try:
        with open(path, "rb") as handle:
            kind = os.fstat(handle.fileno()).st_mode
            if stat.S_ISDIR(kind):
                raise _problem(path, "is a folder; expected a file")
            content = handle.read(limit + 1)
    except InputError:
        raise
    except FileNotFoundError:
        raise _problem(path, "file not found") from None
    except IsADirectoryError:
        raise _problem(path, "is a folder; expected a file") from None
    except OSError as error:
        raise _problem(path, f"cannot be read: {error.strerror or error}") from None
    if len(content) > limit:
        size = ""
        with contextlib.suppress(OSError):
            if stat.S_ISREG(kind):
                size = f" ({os.stat(path).st_size:,} bytes)"
        raise _problem(path, f"too large{size}; allowed: files up to {limit // (1024 * 1024)} MiB")
    return content


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (through links, hard links and `..`)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _kind_of_existing(path: Path) -> int | None:
    """The mode of what is at `path` after following links, or None when nothing is there (also
    at the end of a dangling link, which the write then creates)."""
    try:
        return os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as error:  # e.g. a loop of links: there is nothing to write through to
        raise _problem(path, f"cannot write: {error.strerror or error}") from None


def write_atomically(path: Path, content: bytes, executable: bool = False) -> None:
    """Write `content` to `path` as the module docstring says; any failure raises InputError
    naming the file, and the existing file, if any, is untouched."""
    mode = _kind_of_existing(path)
    if mode is not None and (stream := _standard_stream_at(path)) is not None:
        # `-o /dev/stdout` (or /proc/self/fd/1, or the file standard output is redirected to):
        # write where the stream writes, at its offset, as the shell set it up
        _write_all(stream, content, path)
        return
    if mode is not None and not stat.S_ISREG(mode):
        _write_into_special(path, mode, content)
        return
    _replace_regular(Path(os.path.realpath(path)), path, content, executable)


def _standard_stream_at(path: Path) -> int | None:
    """1 or 2 when `path` is the file that standard output or standard error writes to."""
    try:
        here = os.stat(path)
    except OSError:
        return None
    for descriptor in (1, 2):
        with contextlib.suppress(OSError):
            there = os.fstat(descriptor)
            if (there.st_dev, there.st_ino) == (here.st_dev, here.st_ino):
                return descriptor
    return None


def _write_all(descriptor: int, content: bytes, shown: Path) -> None:
    try:
        view = memoryview(content)
        while view:
            written = os.write(descriptor, view)
            view = view[written:]
    except OSError as error:
        raise _problem(shown, f"cannot write: {error.strerror or error}") from None


def _write_into_special(path: Path, mode: int, content: bytes) -> None:
    if stat.S_ISDIR(mode):
        raise _problem(path, "cannot write: it is a folder; give a file name")
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        what = "a block device (a disk)" if stat.S_ISBLK(mode) else "a socket"
        raise _problem(path, f"cannot write: it is {what}; allowed: a file, a terminal, a pipe or '-'")
    try:
        # no O_CREAT: the device or pipe is used as it is, never created or replaced
        descriptor = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise _problem(path, f"cannot write: {error.strerror or error}") from None
    try:
        _write_all(descriptor, content, path)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def _removed_on_termination(temp_name: str) -> Iterator[None]:
    """While the temporary file exists, a SIGTERM removes it and then ends the process."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield
        return
    if signal.getsignal(signal.SIGTERM) is signal.SIG_IGN:  # the caller chose to ignore it: so do we
        yield
        return

    def remove_then_die(signum: int, _frame: FrameType | None) -> None:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        signal.signal(signum, previous if callable(previous) else signal.SIG_DFL)
        if callable(previous):
            previous(signum, _frame)
        else:
            os.kill(os.getpid(), signum)

    previous = signal.signal(signal.SIGTERM, remove_then_die)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _replace_regular(target: Path, shown: Path, content: bytes, executable: bool) -> None:
    import tempfile  # not needed until something is written

    folder = target.parent if str(target.parent) else Path(".")
    temp_name = None
    try:
        descriptor, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
        with _removed_on_termination(temp_name):
            with open(descriptor, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            if target.exists():
                # keep the permissions the user gave the file they are replacing
                with contextlib.suppress(OSError):
                    os.chmod(temp_name, target.stat().st_mode & 0o7777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(temp_name, (0o777 if executable else 0o666) & ~umask)
            os.replace(temp_name, target)
            temp_name = None
    except FileNotFoundError:
        raise _problem(shown, f"cannot write: the folder {folder} does not exist") from None
    except IsADirectoryError:
        raise _problem(shown, "cannot write: it is a folder") from None
    except PermissionError:
        raise _problem(shown, "cannot write: permission denied; choose a folder you can write to") from None
    except OSError as error:
        raise _problem(
            shown, f"cannot write: {error.strerror or error}; the existing file, if any, is unchanged"
        ) from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
