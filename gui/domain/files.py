"""Writing files so that a failure never leaves a half-written or damaged file behind."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from gui.domain.problems import InputError, Problem


def write_atomically(path: Path, content: bytes, executable: bool = False) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`.

    The rename is atomic on one file system, so readers see the old file or the new one.
    Any failure (missing folder, no permission, disk full) raises InputError naming the
    file, and the old file, if any, is untouched.
    """
    import tempfile  # not needed until something is written

    folder = path.parent if str(path.parent) else Path(".")
    temp_name = None
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.name}.", suffix=".part", delete=False) as handle:
            temp_name = handle.name
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # keep the permissions the user gave the file they are replacing
            with contextlib.suppress(OSError):
                os.chmod(temp_name, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, (0o777 if executable else 0o666) & ~umask)
        os.replace(temp_name, path)
        temp_name = None
    except FileNotFoundError:
        raise InputError([Problem(str(path), 0, 0, f"cannot write: the folder {folder} does not exist")]) from None
    except IsADirectoryError:
        raise InputError([Problem(str(path), 0, 0, "cannot write: it is a folder")]) from None
    except PermissionError:
        raise InputError(
            [Problem(str(path), 0, 0, "cannot write: permission denied; choose a folder you can write to")]
        ) from None
    except OSError as error:
        raise InputError(
            [
                Problem(
                    str(path), 0, 0, f"cannot write: {error.strerror or error}; the existing file, if any, is unchanged"
                )
            ]
        ) from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
