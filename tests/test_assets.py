"""gui/assets.py finds data/ and resources/ in a source checkout and in an installed wheel (the
frozen build is checked by tests/packaging)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from gui.assets import data_dir, resources_dir
from tests.conftest import REPO


def test_source_checkout() -> None:
    assert data_dir() == REPO / "data"
    assert resources_dir() == REPO / "resources"


def test_installed_wheel(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("runtime_advisor-*.whl")
    unpacked = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(unpacked)
    assert "gui/_data/runtimes.yaml" in names and "gui/_resources/translations/runtime_advisor_ko.qm" in names
    assert not any(name.startswith(("tests/", "data/", "benchmarks/")) for name in names)
    script = "import gui.assets as a, gui.cli as c, sys; print(a.data_dir()); sys.exit(c.main(['validate']))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(unpacked)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == str(unpacked / "gui" / "_data")
