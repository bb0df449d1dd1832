"""Engine benchmark against DESIGN.md section 5.

- the shipped data: recommendation + explanation + what-if, budget under 16 ms (one frame);
- synthetic data, 1,000 runtimes x 500 rules: build + recommendation + what-if, under 1 s;
- the same with 10x the rules: at most 12x the time.

The sizes are measured interleaved in one run (the machine is shared and noisy) and compared
by their medians.

    python -m benchmarks.bench_engine [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

from benchmarks.synthetic import synthetic_data
from benchmarks.table import print_table
from gui.assets import data_dir, schema_dir
from gui.domain.answers import complete
from gui.domain.engine import Advisor
from gui.domain.loading import load_data
from gui.domain.report import build_report
from gui.domain.report_json import report_to_json


def _seconds(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run(repeat: int = 7) -> list[dict[str, Any]]:
    shipped = load_data(data_dir(), schema_dir())
    answers = complete(
        {"trust": "untrusted", "workload": "web-stateless", "virtualization": "unavailable"}, shipped.questions
    )
    shipped_advisor = Advisor(shipped)

    def shipped_full() -> None:
        # what the window does on every answer change: rank, explain, what-if, render texts
        report_to_json(build_report(shipped, shipped_advisor.recommend(answers), "en"))

    small = synthetic_data(shipped.questions, 1000, 500)
    large = synthetic_data(shipped.questions, 1000, 5000)
    synthetic_answers = complete({}, shipped.questions)

    def engine(data) -> Callable[[], None]:
        return lambda: Advisor(data).recommend(synthetic_answers)

    timings: dict[str, list[float]] = {"shipped": [], "small": [], "large": []}
    for _ in range(repeat):
        # interleaved, so a noisy neighbour slows all sizes alike
        timings["shipped"].append(min(_seconds(shipped_full) for _ in range(20)))
        timings["small"].append(_seconds(engine(small)))
        timings["large"].append(_seconds(engine(large)))
    shipped_ms = statistics.median(timings["shipped"]) * 1000
    small_s = statistics.median(timings["small"])
    large_s = statistics.median(timings["large"])
    ratio = large_s / small_s
    return [
        {
            "what": "recommendation + explanation + what-if, shipped data",
            "figure": f"{shipped_ms:.2f} ms",
            "budget": "< 16 ms",
            "met": shipped_ms < 16,
        },
        {
            "what": "engine, synthetic 1,000 runtimes x 500 rules",
            "figure": f"{small_s * 1000:.0f} ms",
            "budget": "< 1 s",
            "met": small_s < 1.0,
        },
        {
            "what": "engine, synthetic 1,000 runtimes x 5,000 rules",
            "figure": f"{large_s * 1000:.0f} ms",
            "budget": "-",
            "met": True,
        },
        {
            "what": "scaling: 10x the rules costs",
            "figure": f"{ratio:.1f}x the time",
            "budget": "<= 12x",
            "met": ratio <= 12,
        },
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    return print_table(run(parser.parse_args().repeat))


if __name__ == "__main__":
    raise SystemExit(main())
