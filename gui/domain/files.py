"""Writing files so that a failure never leaves a half-written or damaged file behind.

What happens at the path depends on what is there (DESIGN.md section 6; docs/reliability.md):

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
import select
import signal
import stat
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType

from gui.domain.problems import InputError, Problem

# Files we read are small (the largest data file is under 60 KB); anything far larger is a
# mistake or an attack, and reading it whole would take the memory of the machine.
MAX_INPUT_BYTES = 4 * 1024 * 1024
# How long a FIFO may take to get its writer (`mkfifo f; producer > f & runtime-advisor ... f`):
# the producer's open completes only once we open, and a read before that sees end of file
WRITER_WAIT_MS = 2000


def _problem(path: Path, message: str) -> InputError:
    return InputError([Problem(str(path), 0, 0, message)])


def read_limited(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of `path`, refusing more than `limit` of them (also from endless devices and pipes).

    Raises InputError for a missing or unreadable file, a folder, a socket or too much content.
    """
    try:
        # O_NONBLOCK: opening a FIFO nobody writes to would wait forever (a FIFO put where a
        # data file belongs hung the window); reading is blocking again once it is open, so a
        # pipe with a writer (`--answers <(...)`) is read to its end
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(descriptor, "rb") as handle:
            kind = os.fstat(handle.fileno()).st_mode
            if stat.S_ISDIR(kind):
                raise _problem(path, "is a folder; expected a file")
            if stat.S_ISFIFO(kind):
                _wait_for_a_writer(descriptor)
            if hasattr(os, "set_blocking"):
                os.set_blocking(descriptor, True)
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


def _wait_for_a_writer(descriptor: int) -> None:
    """Give a FIFO's writer the moment it needs to finish opening its end. Linux reports nothing
    on a FIFO whose writer has not connected yet (no data, no hang-up), so this returns as soon
    as one has written or closed, and after WRITER_WAIT_MS when nobody is there (then it reads
    as empty)."""
    if hasattr(select, "poll"):
        waiter = select.poll()
        waiter.register(descriptor, select.POLLIN)
        waiter.poll(WRITER_WAIT_MS)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (through links, hard links and `..`)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def input_at(path: Path, inputs: Sequence[Path]) -> Path | None:
    """The one of `inputs` that `path` names (through links and hard links), if any: an output
    must never replace what the plan is made from."""
    return next((source for source in inputs if same_file(path, source)), None)


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
    if mode is not None and not mode & 0o222:
        # a file no one may write (mode 0444): renaming over it would succeed (it needs only the
        # folder), so say no as an editor would rather than replace it
        raise _problem(
            path,
            f"cannot write: the file is read-only (mode {stat.S_IMODE(mode):04o}); "
            "make it writable or choose another name",
        )
    _replace_regular(Path(os.path.realpath(path)), path, content, executable)


def writes_to(descriptor: int, path: Path) -> bool:
    """Whether the open `descriptor` is the file at `path` (e.g. standard output redirected there)."""
    try:
        there, here = os.fstat(descriptor), os.stat(path)
    except (OSError, ValueError):
        return False
    return (there.st_dev, there.st_ino) == (here.st_dev, here.st_ino)


def _standard_stream_at(path: Path) -> int | None:
    """1 or 2 when `path` is the file that standard output or standard error writes to."""
    return next((descriptor for descriptor in (1, 2) if writes_to(descriptor, path)), None)


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


# Signals that end the process by default while a write may be under way: termination, a
# closed terminal or dropped ssh session (SIGHUP), and Ctrl+\ (SIGQUIT). Ctrl+C raises
# KeyboardInterrupt, which the cleanup in _replace_regular handles.
_ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGQUIT") if hasattr(signal, name))


@contextlib.contextmanager
def _removed_on_termination(temp_name: str) -> Iterator[None]:
    """While the temporary file exists, an ending signal removes it and then ends the process
    the way the signal would have (a signal the process ignores stays ignored)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.getsignal(number) for number in _ENDING_SIGNALS}

    def remove_then_die(signum: int, frame: FrameType | None) -> None:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        before = previous[signum]
        signal.signal(signum, before if callable(before) else signal.SIG_DFL)
        if callable(before):
            before(signum, frame)
        else:
            os.kill(os.getpid(), signum)

    for number, handler in previous.items():
        if handler is not signal.SIG_IGN:
            signal.signal(number, remove_then_die)
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is not signal.SIG_IGN:
                signal.signal(number, handler if handler is not None else signal.SIG_DFL)


def _replace_regular(target: Path, shown: Path, content: bytes, executable: bool) -> None:
    import tempfile  # not needed until something is written

    folder = target.parent  # target is a real path: its parent is a folder, never ""
    temp_name = None
    try:
        # the temporary name must itself be a valid name: a 250-character target name plus the
        # prefix and suffix went past the 255 a file system allows
        descriptor, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name[:100]}.", suffix=".part")
        with _removed_on_termination(temp_name):
            with open(descriptor, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            if target.exists():
                # keep the permissions and owner the user gave the file they are replacing
                before = target.stat()
                with contextlib.suppress(OSError):
                    os.chmod(temp_name, before.st_mode & 0o7777)
                if hasattr(os, "chown") and (before.st_uid, before.st_gid) != (os.getuid(), os.getgid()):
                    with contextlib.suppress(OSError):  # only root may give a file away
                        os.chown(temp_name, before.st_uid, before.st_gid)
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
