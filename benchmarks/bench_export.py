"""PDF export benchmark against DESIGN.md section 5 (a full report under 0.5 s).

Renders the full report (every section, the whole comparison table; English and Korean)
repeatedly in one process and reports the median, and the first export of the process
(which also loads the fonts) beside it.

    python -m benchmarks.bench_export [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from typing import Any


def run(repeat: int = 7) -> list[dict[str, Any]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.assets import data_dir, schema_dir
    from gui.domain.advice.answers import AnswerSet
    from gui.domain.advice.plan import plan_for
    from gui.domain.data.loading import load_data
    from gui.domain.report.model import build_report
    from gui.rendering.export_pdf import ensure_gui_application, render_pdf

    ensure_gui_application()
    data = load_data(data_dir(), schema_dir())
    # a full report: a cluster of three workloads, each with its ranking, reasons and what-ifs
    questions = data.questions
    answers = AnswerSet.single({"platform": "kubernetes", "virtualization": "available"}, questions)
    answers = answers.with_workload("customer-code", {"trust": "untrusted", "workload": "web-stateless"}, questions)
    answers = answers.with_workload("vendor-db", {"trust": "third-party", "workload": "database"}, questions)
    plan = plan_for(data, answers)
    rows = []
    for lang in ("en", "ko"):

        def export(lang: str = lang) -> int:
            return len(render_pdf(build_report(data, plan, lang), "a4"))  # type: ignore[arg-type]

        start = time.perf_counter()
        size = export()
        first = time.perf_counter() - start
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            export()
            samples.append(time.perf_counter() - start)
        median = statistics.median(samples)
        rows.append(
            {
                "what": f"PDF export of a full report ({lang}, {size // 1024} KiB)",
                "figure": f"{median * 1000:.0f} ms (first in the process: {first * 1000:.0f} ms)",
                "budget": "< 0.5 s",
                "met": max(median, first) < 0.5,
            }
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    from benchmarks.table import print_table

    return print_table(run(parser.parse_args().repeat))


if __name__ == "__main__":
    raise SystemExit(main())
