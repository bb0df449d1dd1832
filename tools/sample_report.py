"""The sample PDF report in docs/sample-report/, with its pages as PNG (poppler's pdftoppm).

    python -m tools.sample_report

Uses tests/scenarios/untrusted-web-no-virt.yaml, in English and Korean.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "sample-report"
ANSWERS = REPO / "tests" / "scenarios" / "untrusted-web-no-virt.yaml"


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("needs pdftoppm (poppler-utils)", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    for lang in ("en", "ko"):
        pdf = OUT / f"sample-report-{lang}.pdf"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "gui",
                "recommend",
                "--answers",
                str(ANSWERS),
                "--format",
                "pdf",
                "--paper",
                "a4",
                "--lang",
                lang,
                "-o",
                str(pdf),
            ],
            check=True,
            env=env,
            cwd=REPO,
        )
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(OUT / f"page-{lang}")], check=True)
    for path in sorted(OUT.iterdir()):
        print(path.relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
