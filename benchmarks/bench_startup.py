"""Start-up and memory benchmark against DESIGN.md section 5.

Starts the real app and a minimal PySide6 window (a QLabel) the same way, alternately, in fresh
processes, and compares the medians:

- time from spawning the process to the first page exposed on screen (budget: 1.5x the window, aim 1.3x);
- peak resident memory with the results page shown (budget: 1.5x the window);
- what the app has imported at its first paint (its own modules, and whether any heavy one is
  among them), and when the data is loaded and every page works ("ready").

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


LAST_IMPORTS: list[str] = []  # what the last app run had imported at its first paint
READY: list[float] = []  # seconds from spawn to ready, per app run


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
        elif word == "imported":
            LAST_IMPORTS[:] = rest.strip().split(",")
        elif word == "ready":
            READY.append(time.perf_counter() - started)
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
        # as installed (the packages and bundles ship compiled bytecode): cached after the first run,
        # in the temporary home rather than the checkout, even where the shell turns caching off
        "PYTHONPYCACHEPREFIX": f"{home}/pycache",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cold, _ = _one("app", env)  # also warms the validated-data cache and the bytecode
    _one("minimal", env)
    READY.clear()
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
            "budget": "<= 1.5x",
            "met": memory_ratio <= 1.5,
        },
        {
            "what": "data loaded, every page working (ready)",
            "figure": f"{statistics.median(READY) * 1000:.0f} ms",
            "budget": "-",
            "met": True,
        },
        _import_row(),
    ]
    return rows, platform


# what the first page must not wait for (issue 29; tests/gui/test_first_paint_imports.py holds it)
HEAVY = (
    "gui.domain.advice.engine",
    "gui.domain.report",
    "gui.rendering.results_html",
    "gui.domain.data.build_dataset",
    "gui.domain.data.loading",
    "gui.pages.results_page",
    "jsonschema",
    "yaml",
)


def _import_row() -> dict[str, Any]:
    ours = [m for m in LAST_IMPORTS if m == "gui" or m.startswith("gui.")]
    heavy = [m for m in LAST_IMPORTS if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    return {
        "what": "imported at the first paint",
        "figure": f"{len(ours)} of the app's modules ({', '.join(ours)}); heavy: {', '.join(heavy) or 'none'}",
        "budget": "no heavy module",
        "met": not heavy,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    rows, platform = run(parser.parse_args().repeat)
    from benchmarks.table import print_table

    print(f"Qt platform: {platform}")
    return print_table(rows)


if __name__ == "__main__":
    raise SystemExit(main())
