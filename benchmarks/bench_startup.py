"""Start-up and memory benchmark against DESIGN.md section 5.

Starts the real app and a minimal PySide6 window (a QLabel) the same way, alternately, in fresh
processes, and compares the medians:

- time from spawning the process to the first page exposed on screen (budget: 1.5x the window, aim 1.3x);
- peak resident memory with the results page shown (budget: 1.3x the window).

Runs on the display in $DISPLAY when there is one (e.g. under xvfb-run), else offscreen.
The app's validated-data cache is warmed first, as after the first start on a user's machine;
the cold first start is reported beside it.

    python -m benchmarks.bench_startup [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def _one(kind: str, env: dict[str, str]) -> tuple[float, int]:
    """(seconds from spawn to first exposed page, peak RSS KiB with the final page shown)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.startup_child", kind],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    exposed = None
    peak = 0
    for line in child.stdout:
        word, _, rest = line.partition(" ")
        if word == "exposed" and exposed is None:
            exposed = time.perf_counter() - started
        elif word == "results":
            peak = int(rest.split()[1])
    if child.wait(timeout=60) != 0 or exposed is None:
        raise RuntimeError(f"{kind} start-up failed (exit {child.returncode})")
    return exposed, peak


def run(repeat: int = 7) -> tuple[list[dict[str, Any]], str]:
    platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    home = tempfile.mkdtemp(prefix="bench-home-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": platform,
        "HOME": home,
        "XDG_CACHE_HOME": f"{home}/cache",
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
        "PYTHONPATH": str(REPO),
    }
    cold, _ = _one("app", env)  # also warms the validated-data cache and the bytecode
    _one("minimal", env)
    samples: dict[str, list[tuple[float, int]]] = {"minimal": [], "app": []}
    for _ in range(repeat):
        for kind in ("minimal", "app"):  # alternated: a noisy neighbour slows both alike
            samples[kind].append(_one(kind, env))
    seconds = {k: statistics.median(s for s, _ in v) for k, v in samples.items()}
    peak = {k: statistics.median(m for _, m in v) for k, v in samples.items()}
    time_ratio = seconds["app"] / seconds["minimal"]
    memory_ratio = peak["app"] / peak["minimal"]
    rows = [
        {
            "what": "start-up to the first page shown (warm)",
            "figure": f"{seconds['app'] * 1000:.0f} ms vs {seconds['minimal'] * 1000:.0f} ms = {time_ratio:.2f}x",
            "budget": "<= 1.5x (aim 1.3x)",
            "met": time_ratio <= 1.5,
        },
        {
            "what": "start-up, first run (cold: full data validation)",
            "figure": f"{cold * 1000:.0f} ms",
            "budget": "-",
            "met": True,
        },
        {
            "what": "peak memory with the results page shown",
            "figure": f"{peak['app'] / 1024:.1f} MiB vs {peak['minimal'] / 1024:.1f} MiB = {memory_ratio:.2f}x",
            "budget": "<= 1.3x",
            "met": memory_ratio <= 1.3,
        },
    ]
    return rows, platform


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    rows, platform = run(parser.parse_args().repeat)
    from benchmarks.table import print_table

    print(f"Qt platform: {platform}")
    return print_table(rows)


if __name__ == "__main__":
    raise SystemExit(main())
