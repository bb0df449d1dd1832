"""Writing a set of files into one folder: all of them new, or none of them changed (issue 25).

A plan's files (`recommend --artifacts DIR`, Save All in the window) configure nodes: a set that
is half old and half new is the worst state to leave behind, and whoever runs the command (root,
often) must never write where the folder's owner did not mean. So:

1. The folder is opened once, one path component at a time from the root, each opened without
   following a link (`O_NOFOLLOW`, through the directory descriptor of the one before). Links
   in the path the user gave are resolved by the caller, once (`os.path.realpath`), before its
   checks; a link that appears on the way after that is refused. Every later step names files
   relative to that descriptor, so swapping the folder (or a folder above it) for a link changes
   nothing we write.
2. The new files are written into a staging folder of our own inside it (same file system, mode
   0700, a name no one else uses), each created with `O_CREAT | O_EXCL | O_NOFOLLOW`, written,
   given its mode and flushed to disk.
3. With signals held (below), each file is moved into place: a file that was not there is
   hard-linked in (which fails rather than replace something that appeared meanwhile), a file
   being replaced is first hard-linked into the staging folder (to put back) and then renamed
   over. After each move the name must be the very file we wrote (same inode); if anything
   fails, every move made is undone, in reverse order. Renaming replaces a name, never follows
   it: a link swapped in at the last moment is replaced, never written through.
4. The staging folder is removed, whatever happened. SIGTERM, SIGHUP and SIGQUIT while staging
   end the write (and remove the staging folder) before the process ends by the signal; Ctrl+C
   does the same through KeyboardInterrupt. While files are being moved, signals wait until the
   set is complete or undone (signal_guard.py).

Only SIGKILL or a power cut can leave the staging folder (`.runtime-advisor-staging-*`) behind;
the files of the folder itself are then still all old or all new, but for the one being moved.

Where the OS has no directory descriptors (Windows), the same steps run on paths: all or
nothing still holds, the link checks are made on the names just before each step.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gui.domain.artifacts.signal_guard import SignalGuard
from gui.domain.problems import InputError, Problem

STAGING_PREFIX = ".runtime-advisor-staging-"
_CHANGED = "the folder changed while being written (a file or link appeared)"
_DIRECTORY_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
_NEW_FILE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
# Python code gets directory descriptors where the OS has openat() and friends (Linux, macOS, BSDs)
_WITH_DESCRIPTORS = {os.open, os.mkdir, os.rename, os.link, os.unlink, os.stat}.issubset(os.supports_dir_fd)


@dataclass(frozen=True)
class FileToWrite:
    """One file of the set: its name in the folder (one component), its bytes and its mode.
    `previous` is the content being replaced (None for a new file): where hard links are not
    available, it is what is put back if the set cannot be completed."""

    name: str
    content: bytes
    # the permission bits to keep (a file replaced); None: a new file's, 0666 or with `executable`
    # 0777, less the umask, as any program's new file gets them
    mode: int | None
    executable: bool = False
    previous: bytes | None = None
    owner: tuple[int, int] | None = None  # uid and gid to keep (only root may give a file away)


class _Moved(Exception):
    """The name we moved a file to is no longer that file: someone changed the folder meanwhile."""


def _problem(path: Path | str, message: str) -> InputError:
    return InputError([Problem(str(path), 0, 0, message)])


class _Folder:
    """A folder we name files in: by its descriptor where the OS has them, else by its path."""

    def __init__(self, path: str, descriptor: int | None) -> None:
        self.path = path
        self.fd = descriptor

    def _at(self, name: str) -> tuple[str, dict[str, int]]:
        if self.fd is None:
            return os.path.join(self.path, name), {}
        return name, {"dir_fd": self.fd}

    def open(self, name: str, flags: int, mode: int = 0o777) -> int:
        where, extra = self._at(name)
        return os.open(where, flags, mode, **extra)

    def mkdir(self, name: str, mode: int) -> None:
        where, extra = self._at(name)
        os.mkdir(where, mode, **extra)

    def identity(self, name: str) -> tuple[int, int] | None:
        """(device, inode) of the name itself (a link is not followed), None when nothing is there."""
        where, extra = self._at(name)
        try:
            found = os.stat(where, follow_symlinks=False, **extra)
        except FileNotFoundError:
            return None
        return found.st_dev, found.st_ino

    def unlink(self, name: str) -> None:
        where, extra = self._at(name)
        os.unlink(where, **extra)

    def names(self) -> list[str]:
        return os.listdir(self.fd if self.fd is not None else self.path)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _link(source: _Folder, name: str, target: _Folder, new_name: str) -> None:
    """A hard link of `source/name` (the name itself, never a link's target) at `target/new_name`;
    fails if something is there."""
    if source.fd is not None and target.fd is not None:
        os.link(name, new_name, src_dir_fd=source.fd, dst_dir_fd=target.fd, follow_symlinks=False)
    elif os.link in os.supports_follow_symlinks:
        os.link(os.path.join(source.path, name), os.path.join(target.path, new_name), follow_symlinks=False)
    else:  # Windows: a hard link to a link is not made there; the checks around a move still hold
        os.link(os.path.join(source.path, name), os.path.join(target.path, new_name))


def _rename(source: _Folder, name: str, target: _Folder, new_name: str) -> None:
    if source.fd is not None and target.fd is not None:
        os.rename(name, new_name, src_dir_fd=source.fd, dst_dir_fd=target.fd)
    else:
        os.replace(os.path.join(source.path, name), os.path.join(target.path, new_name))


def _open_folder(folder: Path, created: list[str]) -> _Folder:
    """The folder, created where missing, opened so that no link on its path is followed (see the
    module text). The folders it made are added to `created`, outermost first."""
    real = os.path.abspath(folder)
    if not _WITH_DESCRIPTORS:
        missing: list[str] = []
        for parent in [Path(real), *Path(real).parents]:
            if os.path.lexists(parent):
                break
            missing.insert(0, str(parent))
        os.makedirs(real, exist_ok=True)
        created += missing
        if os.path.islink(real) or not os.path.isdir(real):
            raise _problem(folder, "changed into something other than a folder while writing; nothing was written")
        return _Folder(real, None)
    anchor, *parts = Path(real).parts
    descriptor = os.open(anchor, _DIRECTORY_FLAGS)
    walked = anchor
    try:
        for part in parts:
            walked = os.path.join(walked, part)
            try:
                inner = os.open(part, _DIRECTORY_FLAGS, dir_fd=descriptor)
            except FileNotFoundError:
                with contextlib.suppress(FileExistsError):  # made meanwhile: opened below like any other
                    os.mkdir(part, 0o777, dir_fd=descriptor)
                    created.append(walked)
                inner = os.open(part, _DIRECTORY_FLAGS, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
    except BaseException:
        os.close(descriptor)
        raise
    return _Folder(real, descriptor)


def _why(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied; choose a folder you can write to"
    if error.errno in (errno.ELOOP, errno.ENOTDIR):
        return "a symbolic link or a file is where a folder of its path belongs (links are not followed)"
    return error.strerror or str(error)


def write_files(folder: Path, files: Sequence[FileToWrite], shown: Path | None = None) -> None:
    """Write every file into `folder` (created if missing) so that all are new or none changed;
    raise InputError naming what stopped it (and the folder as `shown`, the path the user gave).

    `folder` is an absolute path resolved once by the caller (os.path.realpath), the same one its
    checks looked at: no link on it is followed from here on. The names were checked by the
    caller; they are checked again here, where it counts, against links and files appearing
    meanwhile."""
    shown = shown or folder
    for file in files:
        if not file.name or file.name in (".", "..") or "/" in file.name or os.sep in file.name:
            raise ValueError(f"not one file name: {file.name!r}")
    created: list[str] = []
    with SignalGuard() as guard:
        try:
            target = _open_folder(folder, created)
        except OSError as error:
            _remove_empty(created)
            raise _problem(shown, f"cannot create or open the folder: {_why(error)}") from None
        try:
            _write_through_staging(shown, target, files, guard)
        except BaseException:
            target.close()
            _remove_empty(created)  # "nothing was written" includes the folders made for it
            raise
        target.close()


def _remove_empty(created: list[str]) -> None:
    """Remove the folders this write made, innermost first, where they are still empty (rmdir
    refuses any other, and never follows a link)."""
    for path in reversed(created):
        try:
            os.rmdir(path)
        except OSError:
            return


def _write_through_staging(shown: Path, target: _Folder, files: Sequence[FileToWrite], guard: SignalGuard) -> None:
    staging_name = STAGING_PREFIX + secrets.token_hex(8)
    try:
        target.mkdir(staging_name, 0o700)
    except OSError as error:
        raise _problem(shown, f"cannot write in the folder: {_why(error)}; nothing was written") from None
    staging = _Folder(os.path.join(target.path, staging_name), None)
    try:
        if target.fd is not None:
            staging.fd = target.open(staging_name, _DIRECTORY_FLAGS)
        with guard.interruptible():
            written = {file.name: _stage(staging, file, shown) for file in files}
        _move_all(shown, staging, target, files, written)
    except OSError as error:
        raise _problem(shown, f"cannot write in the folder: {_why(error)}; nothing was written") from None
    finally:
        _remove_staging(target, staging_name, staging)


def _stage(staging: _Folder, file: FileToWrite, shown: Path) -> tuple[int, int]:
    """Write one file into the staging folder; its (device, inode)."""
    try:
        # the staging folder is ours alone (0700): the file may have its final mode from the start
        descriptor = staging.open(file.name, _NEW_FILE_FLAGS, 0o777 if file.executable else 0o666)
        try:
            view = memoryview(file.content)
            while view:
                view = view[os.write(descriptor, view) :]
            if file.mode is not None and hasattr(os, "fchmod"):
                os.fchmod(descriptor, file.mode)
            if file.owner is not None and hasattr(os, "fchown"):
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.fchown(descriptor, *file.owner)
            os.fsync(descriptor)
            found = os.fstat(descriptor)
        finally:
            os.close(descriptor)
        if file.mode is not None and not hasattr(os, "fchmod"):
            os.chmod(os.path.join(staging.path, file.name), file.mode)
    except FileExistsError:  # in a staging folder only we write to (O_EXCL): someone else did
        raise _problem(shown / file.name, f"cannot write: {_CHANGED}; nothing was written") from None
    except OSError as error:
        raise _problem(shown / file.name, f"cannot write: {_why(error)}; nothing was written") from None
    return found.st_dev, found.st_ino


def _move_all(
    shown: Path, staging: _Folder, target: _Folder, files: Sequence[FileToWrite], written: dict[str, tuple[int, int]]
) -> None:
    moved: list[FileToWrite] = []
    current = files[0].name if files else ""
    try:
        for file in files:
            current = file.name
            _move_one(staging, target, file, written[file.name])
            moved.append(file)  # from here on it is put back if anything fails, itself included
            if target.identity(file.name) != written[file.name]:
                raise _Moved(file.name)  # swapped for something else just after the move
        if target.fd is not None:
            os.fsync(target.fd)  # the new names themselves reach the disk
    except (OSError, _Moved) as error:
        unrestored = _put_back(staging, target, moved, written)
        why = _CHANGED if isinstance(error, _Moved) else _why(error)
        after = "every file is as it was" if not unrestored else f"these could not be put back: {', '.join(unrestored)}"
        raise _problem(shown / current, f"cannot write: {why}; {after}") from None


def _move_one(staging: _Folder, target: _Folder, file: FileToWrite, ours: tuple[int, int]) -> None:
    if staging.identity(file.name) != ours:
        raise _Moved(file.name)
    if file.previous is None:
        try:  # a hard link: fails if something appeared at the name since it was checked
            _link(staging, file.name, target, file.name)
        except FileExistsError:
            raise _Moved(file.name) from None
        except OSError:  # a file system without hard links: the name was free a moment ago
            if target.identity(file.name) is not None:
                raise _Moved(file.name) from None
            _rename(staging, file.name, target, file.name)
    else:
        _keep_previous(staging, target, file)
        _rename(staging, file.name, target, file.name)


def _keep_previous(staging: _Folder, target: _Folder, file: FileToWrite) -> None:
    """The file being replaced, kept in the staging folder to put back: a hard link to it (the
    very file, owner and all), or where there are none, a copy of the content read before."""
    kept = f"{file.name}.previous"
    try:
        _link(target, file.name, staging, kept)
    except OSError:
        assert file.previous is not None
        descriptor = staging.open(kept, _NEW_FILE_FLAGS, 0o600)
        try:
            os.write(descriptor, file.previous)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _put_back(
    staging: _Folder, target: _Folder, moved: Sequence[FileToWrite], written: dict[str, tuple[int, int]]
) -> list[str]:
    """Undo the moves made, last first; the names that could not be put back."""
    unrestored = []
    for file in reversed(moved):
        try:
            if file.previous is None:
                if target.identity(file.name) == written[file.name]:
                    target.unlink(file.name)
            else:
                _rename(staging, f"{file.name}.previous", target, file.name)
        except OSError:
            unrestored.append(file.name)
    return unrestored


def _remove_staging(target: _Folder, staging_name: str, staging: _Folder) -> None:
    """Empty and remove the staging folder. Only its owner (or root) can add to it meanwhile; what
    they add is removed too, a few rounds over, rather than left behind."""
    try:
        for _ in range(100):
            with contextlib.suppress(OSError):
                for name in staging.names():
                    with contextlib.suppress(FileNotFoundError):
                        staging.unlink(name)
            try:
                if target.fd is not None:
                    os.rmdir(staging_name, dir_fd=target.fd)
                else:
                    os.rmdir(os.path.join(target.path, staging_name))
                return
            except OSError as error:
                if error.errno != errno.ENOTEMPTY:
                    return  # gone already, or the folder refuses: nothing more to do from here
    finally:
        staging.close()


def existing_mode(path: Path) -> tuple[int, tuple[int, int]] | None:
    """The permission bits and owner of the regular file at `path` (not following a link), None
    when nothing (or no regular file) is there."""
    try:
        found = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return stat.S_IMODE(found.st_mode), (found.st_uid, found.st_gid)
