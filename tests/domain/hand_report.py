"""A small report built by hand for the renderer tests (test_report_text.py,
test_report_markdown.py, test_report_json.py).

The report is synthetic (made-up names such as Sandy and Nody) so that every line of the expected
output can be checked by reading it; it reaches every branch of the renderers: a tie, a
RuntimeClass with hypervisor and overhead, a node runtime with release lines and alternatives,
an excluded runtime, an erratum, dated and checked notes, an artifact, a workload nothing fits,
a Docker `--runtime` handler without RuntimeClass, and a plan with no node runtime.
"""

from __future__ import annotations

from dataclasses import replace

from gui.domain.artifacts.artifact import Artifact
from gui.domain.report.comparison import ComparisonTable, ItemLine, TableCell, TableRow
from gui.domain.report.model import (
    AnswerLine,
    NodeRuntimeReport,
    NoteLine,
    PlanNoteLine,
    PlanReport,
    RankLine,
    ReasonLine,
    ReleaseLine,
    Report,
    RuntimeDetail,
    WhatIfLine,
    WorkloadReport,
)

TRUST = AnswerLine("trust", "Trust", "untrusted", "Untrusted code")
PLATFORM = AnswerLine("platform", "Platform", "kubernetes", "Kubes")
GOOD = ReasonLine("r-good", "score", 2.5, "Sandy isolates.", ("isolation",))
SLOW = ReasonLine("r-slow", "score", -1.0, "Alty is slow.", ())
SMALL = ReasonLine("r-small", "score", 3.5, "Alty is small", ())
SHARED = ReasonLine("r-shared", "exclude", None, "Nody shares the kernel.", ("kernel",))
RANKING = (
    RankLine(1, "sbx", "Sandy", 2.5, False, (GOOD,)),
    RankLine(2, "alt", "Alty", 2.5, False, (SLOW, SMALL)),
    RankLine(3, "nod", "Nody", -9.0, True, (SHARED,)),
)
WHAT_IF = (WhatIfLine("trust", "Trust", "untrusted", "Untrusted code", "own", "Own code", "nod", "Nody"),)
WARNING = PlanNoteLine("untrusted-shared-kernel", "warning", "default", "Watch out.")

WORKLOAD = WorkloadReport(
    name="default",
    answers=(TRUST,),
    recommendation_id="sbx",
    recommendation="Sandy",
    headline="Sandy (box) beneath Nody",
    score=2.5,
    fit="tie",
    fit_text="tie",
    tied_with=("alt",),
    tie_break="Settled by order.",
    sandbox_id="sbx",
    offering="box",
    runtime_class="sandy",
    handler="runsc",
    hypervisor="qemu",
    overhead="320Mi memory",
    setup="Install it.",
    variant_why="Because.",
    why=(GOOD,),
    ranking=RANKING,
    what_if=WHAT_IF,
    notes=(WARNING,),
)

PLAN = PlanReport(
    platform_id="kubernetes",
    platform="Kubes",
    node=NodeRuntimeReport(
        runtime_id="nod",
        name="Nody",
        oci_runtime="runc",
        reasons=("Nody is the default.",),
        releases=(ReleaseLine("2.3", "long-term support", "2028-04-30"), ReleaseLine("2.4", "active", None)),
        alternatives=("Other node",),
        sources=("https://example.org/nody",),
    ),
    cluster_answers=(PLATFORM,),
    workloads=(WORKLOAD,),
    notes=(WARNING,),
    platform_notes=(NoteLine("2026-01-02", "Platform note.", "https://example.org/p", "2026-11-01"),),
    details=(
        RuntimeDetail(
            runtime_id="sbx",
            name="Sandy",
            pros=(ItemLine("fast"),),
            cons=(ItemLine("old", "new"),),
            notes=(NoteLine("2026-03-04", "Sandy note.", "https://example.org/s", "2026-11-02"),),
            links=(),
        ),
    ),
    artifacts=(Artifact("a1", "shell", "setup.sh", "echo hi\n", "sh", "Sandy 1.0", "https://example.org/a", ""),),
)

REPORT = Report(
    lang="en",
    generated_on="2026-11-29",
    app_version="9.9",
    answers=(PLATFORM, TRUST),
    recommendation_id="sbx",
    recommendation="Sandy",
    score=2.5,
    tied_with=("alt",),
    ranking=RANKING,
    what_if=WHAT_IF,
    notes=(NoteLine("2026-03-04", "Sandy note.", "https://example.org/s", "2026-11-02"),),
    table=ComparisonTable(
        columns=("Nody col", "Sandy col"),
        highlighted=1,
        rows=(TableRow("Kernel", (TableCell("shared"), TableCell("own", "really own"))),),
    ),
    dataset_title="Data",
    as_of="2026-11-17",
    seed_title="Seed",
    seed_source="https://example.org/seed",
    seed_updated="2025-01-01",
    seed_about="",
    sources=("https://example.org/src",),
    plan=PLAN,
)

# Two workloads, no node runtime: one runs with Docker's --runtime handler and has no reasons,
# nothing fits the other.
WEB = replace(
    WORKLOAD,
    name="web",
    tied_with=(),
    tie_break=None,
    fit="fair",
    fit_text="fair fit",
    score=1.0,
    runtime_class=None,
    hypervisor=None,
    overhead=None,
    setup=None,
    variant_why=None,
    why=(),
    what_if=(),
    notes=(),
)
BATCH = replace(
    WORKLOAD,
    name="batch",
    recommendation_id=None,
    recommendation=None,
    headline="nothing fits",
    score=None,
    fit="none",
    fit_text="nothing fits",
    tied_with=(),
    tie_break=None,
    sandbox_id=None,
    offering=None,
    runtime_class=None,
    handler=None,
    hypervisor=None,
    overhead=None,
    setup=None,
    variant_why=None,
    why=(),
    ranking=(RankLine(1, "nod", "Nody", 0.0, True, (SHARED,)),),
    notes=(),
)
TWO = replace(
    REPORT,
    plan=replace(PLAN, node=None, workloads=(WEB, BATCH), notes=(), platform_notes=(), details=(), artifacts=()),
)
