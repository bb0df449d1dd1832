"""Mutation testing of gui/domain with mutmut (make mutation).

    python tools/mutation.py run                 every mutant not yet decided (all of them from clean)
    python tools/mutation.py run engine plan     re-test these modules' mutants (all, decided or not)
    python tools/mutation.py report              the score per module, as the Markdown table of TESTING.md
    python tools/mutation.py survivors [MODULE]  the surviving mutants' names, one a line

mutmut keeps its copy of the tree and every verdict in mutants/ (git-ignored), so a second
`run` only tests what changed; delete mutants/ for a run from scratch. The configuration
(what is mutated, which tests run) is [tool.mutmut] in pyproject.toml.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"
PACKAGE = "gui/domain"
# at most two workers: the development machine has two cores and builds installers meanwhile
WORKERS = "2"

# mutmut's exit codes (mutmut/stats.py), folded into the columns TESTING.md shows
# (37: mypy --strict rejects the mutant, so it never runs: counted apart from the kills by tests)
STATUS = {
    1: "killed",
    3: "killed",
    0: "survived",
    36: "timeout",
    24: "timeout",
    -24: "timeout",
    152: "timeout",
    255: "timeout",
    5: "no tests",
    33: "no tests",
    37: "mypy",
    None: "not checked",
}


def _mutmut() -> str:
    return str(Path(sys.executable).with_name("mutmut"))


def _module_of(meta: Path) -> str:
    relative = meta.relative_to(MUTANTS / PACKAGE).as_posix()
    return relative.removesuffix(".py.meta")


def verdicts() -> dict[str, dict[str, int | None]]:
    """Module (relative to gui/domain, e.g. 'artifacts/scripts') -> mutant name -> exit code."""
    found: dict[str, dict[str, int | None]] = {}
    for meta in sorted((MUTANTS / PACKAGE).rglob("*.py.meta")):
        codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        if codes:
            found[_module_of(meta)] = codes
    return found


def _status(code: int | None) -> str:
    return STATUS.get(code, "other")


def report() -> str:
    rows = []
    total: Counter[str] = Counter()
    for module, codes in verdicts().items():
        counts = Counter(_status(code) for code in codes.values())
        total.update(counts)
        rows.append((module, counts, len(codes)))
    lines = [
        "| module | killed by tests | rejected by mypy | survived | timeout | no tests | not run | total "
        "| killed or rejected, % of those run | killed, % of those that reached the tests |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def line(name: str, counts: Counter[str], size: int) -> str:
        dead = counts["killed"] + counts["mypy"]
        decided = dead + counts["survived"] + counts["timeout"] + counts["no tests"]
        score = f"{100 * dead / decided:.1f}" if decided else "-"
        tested = decided - counts["mypy"]
        by_tests = f"{100 * counts['killed'] / tested:.1f}" if tested else "-"
        not_run = counts["not checked"] + counts["other"]
        return (
            f"| {name} | {counts['killed']} | {counts['mypy']} | {counts['survived']} | {counts['timeout']} | "
            f"{counts['no tests']} | {not_run} | {size} | {score} | {by_tests} |"
        )

    lines += [line(f"`{module}.py`", counts, size) for module, counts, size in rows]
    lines.append(line("**gui/domain**", total, sum(size for _, _, size in rows)))
    return "\n".join(lines)


def survivors(modules: list[str]) -> list[str]:
    return [
        name
        for module, codes in verdicts().items()
        if not modules or module in modules
        for name, code in codes.items()
        if _status(code) == "survived"
    ]


def run(modules: list[str]) -> int:
    start = time.monotonic()
    names = [f"gui.domain.{module.replace('/', '.')}.*" for module in modules]
    # mutmut runs the type checker (mypy, from this environment) before the tests
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "QT_QPA_PLATFORM": "offscreen",
    }
    code = subprocess.call([_mutmut(), "run", "--max-children", WORKERS, *names], cwd=ROOT, env=env)
    minutes = (time.monotonic() - start) / 60
    print(f"\nmutmut ran for {minutes:.1f} minutes\n")
    print(report())
    return code


def main(argv: list[str]) -> int:
    command, *rest = argv or ["run"]
    if command == "run":
        return run(rest)
    if command == "report":
        print(report())
        return 0
    if command == "survivors":
        print("\n".join(survivors(rest)))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
