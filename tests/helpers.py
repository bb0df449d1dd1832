"""Small helpers for tests that break data files on purpose and check where the error points."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.domain.problems import InputError, Problem


def replace_once(path: Path, old: str, new: str) -> int:
    """Replace the single occurrence of `old` in `path` by `new`; return the 1-based line where
    `new` starts, so tests can assert the reported line without hard-coding it."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    start = text.index(old)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[:start].count("\n") + 1


def problems_of(folder: Path) -> list[Problem]:
    """Every problem loading the data folder `folder` reports (it must report some)."""
    from gui.domain.data.loading import load_data
    from tests.conftest import SCHEMAS

    with pytest.raises(InputError) as caught:
        load_data(folder, SCHEMAS)
    return list(caught.value.problems)


def at(path: Path, line: int, text: str) -> tuple[int, int]:
    """The line and 1-based column where `text` starts on `line` of `path`."""
    return line, path.read_text(encoding="utf-8").splitlines()[line - 1].index(text) + 1


def where(problem: Problem) -> tuple[int, int]:
    return problem.line, problem.column


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th occurrence of `needle` in `path`."""
    text = path.read_text(encoding="utf-8")
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text[:index].count("\n") + 1


def rules_with(*rules: str, data: Path) -> str:
    """A rules file of `rules` (YAML list items) after the shipped rules that say what each
    platform runs, which every data folder needs (the loader checks them against
    platforms.yaml)."""
    import yaml

    shipped = yaml.safe_load((data / "rules.yaml").read_text(encoding="utf-8"))["rules"]
    platform_only = [r for r in shipped if set(r["when"]) == {"platform"} and "exclude" in r]
    listed = yaml.safe_dump(platform_only, sort_keys=False, allow_unicode=True)
    return "rules:\n" + "".join(f"  {line}\n" for line in listed.splitlines()) + "".join(rules)


@contextlib.contextmanager
def mounted_tmpfs(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A small tmpfs mounted at `folder`: a real file system to fill up or make read-only (with
    remount_read_only). Mounting needs root (CI containers run tests as root, where file modes
    do not stop a write); elsewhere the test is skipped."""
    import pytest

    folder.mkdir(parents=True, exist_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)


def fill_up(folder: Path) -> None:
    """Write zeros into `folder` until its file system has no room left."""
    with (folder / "filler").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError as error:
            assert error.errno == errno.ENOSPC, error
    assert os.statvfs(folder).f_bavail == 0


def cli_process(*args: str, env_extra: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess[bytes]:
    """The real `python -m gui` in a child process (its own streams, exit code and signals),
    standard output and error captured unless `stdout` is given."""
    import sys

    from tests.conftest import REPO

    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "gui", *args], stderr=subprocess.PIPE, env=env, timeout=120, **kwargs)


def run_cli_as_a_user(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process that file modes stop. Run by root (as CI is), the child keeps
    root's identity but loses the capabilities that let root ignore permissions
    (util-linux's setpriv), so a mode 0555 folder refuses it as it refuses any user."""
    import sys

    from tests.conftest import REPO

    command = [sys.executable, "-m", "gui", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to run the CLI without root's file permissions"
        dropped = "-dac_override,-dac_read_search"
        command = [setpriv, f"--inh-caps={dropped}", f"--bounding-set={dropped}", *command]
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


# Linux's device numbers of /dev/null and /dev/full
DEVICES = {"null": (1, 3), "full": (1, 7)}


def device_copy(folder: Path, name: str) -> Path:
    """A character device like /dev/NAME, made in `folder` where the test may make one (root):
    a broken write path (a mutant under mutation testing, say) that replaces what it writes to
    then replaces this copy, not the machine's /dev/null, which every later program needs.
    Without the right to make one, the system's device: nor could a broken write replace it."""
    import stat

    copy = folder / name
    try:
        os.mknod(copy, stat.S_IFCHR | 0o666, os.makedev(*DEVICES[name]))
        os.close(os.open(copy, os.O_WRONLY))  # a folder mounted nodev refuses to open it
    except OSError:
        with contextlib.suppress(OSError):
            copy.unlink()
        return Path(f"/dev/{name}")
    return copy
