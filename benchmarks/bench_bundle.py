"""Bundle size benchmark against DESIGN.md section 5 (Linux onedir at most 130 MB).

Builds, in this one run, the real bundle with its .deb and .tar.gz (packaging/build.py) and a
naive bundle from the same spec with every exclusion switched off, and reports their sizes.
Takes a few minutes.

    python -m benchmarks.bench_bundle
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


def tree_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_both() -> None:
    build = [sys.executable, str(REPO / "packaging" / "build.py")]
    subprocess.run([*build, "--naive"], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    subprocess.run(build, check=True, cwd=REPO, stdout=subprocess.DEVNULL)


def builds_exist() -> bool:
    return all(
        p.is_dir()
        for p in (
            REPO / "build" / "pyinstaller" / "dist" / "runtime-advisor",
            REPO / "build" / "pyinstaller-naive" / "dist" / "runtime-advisor",
        )
    ) and any((REPO / "dist").glob("runtime-advisor_*.deb"))


def run(build: bool = True) -> list[dict[str, Any]]:
    if build:
        build_both()
    naive = tree_size(REPO / "build" / "pyinstaller-naive" / "dist" / "runtime-advisor")
    onedir = tree_size(REPO / "build" / "pyinstaller" / "dist" / "runtime-advisor")
    deb = max((REPO / "dist").glob("runtime-advisor_*.deb"), key=lambda p: p.stat().st_mtime).stat().st_size
    tarball = max((REPO / "dist").glob("runtime-advisor-*.tar.gz"), key=lambda p: p.stat().st_mtime).stat().st_size
    return [
        {
            "what": "Linux onedir bundle",
            "figure": f"{onedir / MB:.1f} MiB ({onedir / naive:.0%} of the naive bundle)",
            "budget": "<= 130 MB",
            "met": onedir <= 130 * MB,
        },
        {
            "what": "naive bundle (same spec, no exclusions)",
            "figure": f"{naive / MB:.1f} MiB",
            "budget": "-",
            "met": True,
        },
        {"what": ".deb (xz)", "figure": f"{deb / MB:.1f} MiB", "budget": "-", "met": True},
        {"what": ".tar.gz of the onedir", "figure": f"{tarball / MB:.1f} MiB", "budget": "-", "met": True},
    ]


def main() -> int:
    from benchmarks.table import print_table

    return print_table(run())


if __name__ == "__main__":
    raise SystemExit(main())
