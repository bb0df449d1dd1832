"""What the checks of the built Linux packages (.deb and .rpm) share: the tools, a clean
environment for the installed copy, and a virtual X screen."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

APP_ID = "io.github.runtime_advisor.RuntimeAdvisor"


def need(tool: str) -> str:
    found = shutil.which(tool)
    assert found, f"{tool} is needed to check the package (.ci/run installs it)"
    return found


def newest(pattern: str) -> Path:
    built = sorted((REPO / "dist").glob(pattern), key=lambda p: p.stat().st_mtime)
    assert built, "build it first: python packaging/build.py"
    return built[-1]


def elf_files(folder: Path) -> Iterator[Path]:
    """The programs and libraries under `folder` (by their magic number; links left out)."""
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def passed_checks(output: str) -> int:
    """How many of packaging/smoke_test.py's checks printed "ok"."""
    return len(re.findall(r"^ok   ", output, flags=re.MULTILINE))


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """No Python of ours on the path: the installed copy must stand on its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
    env.update(
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        **extra,
    )
    return env


@pytest.fixture(scope="module")
def virtual_display() -> Iterator[str]:
    """A real X server (Xvfb) for the installed window; its display name."""
    xvfb = subprocess.Popen(
        [need("Xvfb"), "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        yield f":{xvfb.stdout.readline().strip()}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def smoke_test(program: Path, tmp_path: Path, display: str) -> subprocess.CompletedProcess[str]:
    """The release workflow's smoke test (packaging/smoke_test.py) on an installed copy, run by
    this Python (it needs pypdf and the sources' data for its expectations)."""
    env = clean_env(tmp_path, DISPLAY=display, LANG="C.UTF-8")
    env["PATH"] = os.environ["PATH"]
    return subprocess.run(
        [sys.executable, str(REPO / "packaging" / "smoke_test.py"), "--program", str(program), "--work", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
