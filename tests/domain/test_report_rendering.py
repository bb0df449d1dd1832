# ruff: noqa: E501 (the expected outputs keep their lines as long as the renderers write them)
"""The text, Markdown and JSON renderings of a small report built by hand, against the expected
output written out by hand from the formats the README and DESIGN.md section 4 describe.

The report is synthetic (made-up names such as Sandy and Nody) so that every line of the expected
output can be checked by reading it; it reaches every branch of the renderers: a tie, a
RuntimeClass with hypervisor and overhead, a node runtime with release lines and alternatives,
an excluded runtime, an erratum, dated and checked notes, an artifact, a workload nothing fits,
a Docker `--runtime` handler without RuntimeClass, and a plan with no node runtime.
"""

from __future__ import annotations

from dataclasses import replace

from gui.domain.artifacts import Artifact
from gui.domain.report import (
    AnswerLine,
    ComparisonTable,
    ItemLine,
    NodeRuntimeReport,
    NoteLine,
    PlanNoteLine,
    PlanReport,
    RankLine,
    ReasonLine,
    ReleaseLine,
    Report,
    RuntimeDetail,
    TableCell,
    TableRow,
    WhatIfLine,
    WorkloadReport,
)
from gui.domain.report_json import report_to_json
from gui.domain.report_text import note_text, render_markdown, render_text, what_if_text, why_not

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
    why=(GOOD,),
    pros=(ItemLine("fast"),),
    cons=(ItemLine("old", "new"),),
    ranking=RANKING,
    what_if=WHAT_IF,
    notes=(NoteLine("2026-03-04", "Sandy note.", "https://example.org/s", "2026-11-02"),),
    links=(),
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

EXPECTED_TEXT = """\
Container runtime recommendation

Recommendation: Sandy (sbx), tie, score +2.5 (tied with Alty)

The plan
  Platform: Kubes
  Node runtime: Nody, OCI runtime runc
    Nody is the default.
    Supported release lines: 2.3 (long-term support; until 2028-04-30), 2.4 (active)
    Alternatives: Other node
  Workload default: Sandy (box) beneath Nody [tie, score +2.5]
    tied with Alty. Settled by order.
    RuntimeClass sandy (handler runsc), hypervisor qemu, overhead per pod: 320Mi memory
    Because.
    Set up: Install it.

Warnings and preconditions
  - [warning] default: Watch out.

Cluster answers
  Platform: Kubes

== Workload default ==
  Trust: Untrusted code

Why Sandy
   +2.5  Sandy isolates. [r-good]

Ranking
  1. Sandy            +2.5
  2. Alty             +2.5
  3. Nody             excluded: Nody shares the kernel.

What would change it
  Trust: Untrusted code -> Own code  =>  Nody

Sandy: from the comparison table (Seed, 2025-01-01)
  Pros:
    + fast
  Cons:
    - old [erratum: new]
  Current notes:
    2026-03-04  Sandy note. (https://example.org/s; checked 2026-11-02)

About this platform
  2026-01-02  Platform note. (https://example.org/p; checked 2026-11-01)

Set it up: 1 file (runtime-advisor recommend --artifacts DIR writes it)
  setup.sh  (shell; Sandy 1.0)

Dataset: Data, as of 2026-11-17
Seed table: https://example.org/seed
Generated on 2026-11-29 by Runtime Advisor 9.9
"""

EXPECTED_MARKDOWN = """\
# Container runtime recommendation: Sandy (tie)

Status: proposed

Generated on 2026-11-29 by Runtime Advisor 9.9

## Context

### Cluster answers

| Question | Answer |
|---|---|
| Platform | Kubes |

### Answers for default

| Question | Answer |
|---|---|
| Trust | Untrusted code |

## Decision

On Kubes, the nodes run Nody with runc. Each workload runs as follows:

| Workload | Run | RuntimeClass | Fit |
|---|---|---|---|
| default | Sandy (box) beneath Nody | RuntimeClass sandy (handler runsc), hypervisor qemu, overhead per pod: 320Mi memory | tie, score +2.5 |

- **default**: tied with Alty. Settled by order.

### Node runtime: Nody

- Nody is the default.
- Supported release lines: 2\\.3 (long-term support; until 2028-04-30), 2.4 (active)
- Alternatives: Other node

### Workload default: Sandy (box) beneath Nody

Because.

Set up: Install it.

**Why Sandy**

- **+2.5** Sandy isolates. (`r-good`)

## Consequences

### Warnings and preconditions

- **warning** (default): Watch out.

### Sandy: from the comparison table

[Seed](https://example.org/seed) (2025-01-01). English renderings of the Korean table; errata marked.

**Pros**

- fast

**Cons**

- old \\[erratum: new\\]

**Current notes**

- 2026-03-04: Sandy note. ([source](https://example.org/s); checked 2026-11-02)

### About this platform

- 2026-01-02: Platform note. ([source](https://example.org/p); checked 2026-11-01)

## Alternatives considered

- **Alty** (score +2.5): Alty is slow (-1.0).
- **Nody** (excluded): Nody shares the kernel.

## What would change it

- Trust: Untrusted code -\\> Own code  =\\>  Nody

## Set it up

The files that set this plan up, to review before applying (runtime-advisor recommend --artifacts DIR writes them into a folder).

### setup.sh

shell; Sandy 1.0; <https://example.org/a>

```sh
echo hi
```

## The comparison table, as published

† marks an erratum; the correction follows the cell.

|  | Nody col | **Sandy col** |
|---|---|---|
| Kernel | shared | own<br>*really own* |

---

Dataset: Data, as of 2026-11-17.

Sources:

- <https://example.org/src>
"""

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

EXPECTED_TWO_TEXT = """\
Container runtime recommendation

The plan
  Platform: Kubes
  Workload web: Sandy (box) beneath Nody [fair fit, score +1.0]
    docker run --runtime=runsc
  Workload batch: nothing fits [nothing fits]

Warnings and preconditions
  None.

Cluster answers
  Platform: Kubes

== Workload web ==
  Trust: Untrusted code

Why Sandy
  No rule added or removed points for it; it leads because the others scored lower or were excluded.

Ranking
  1. Sandy            +2.5
  2. Alty             +2.5
  3. Nody             excluded: Nody shares the kernel.

What would change it
  No single answer change changes the recommendation.

== Workload batch ==
  Trust: Untrusted code

Ranking
  1. Nody             excluded: Nody shares the kernel.

What would change it
  Trust: Untrusted code -> Own code  =>  Nody

Dataset: Data, as of 2026-11-17
Seed table: https://example.org/seed
Generated on 2026-11-29 by Runtime Advisor 9.9
"""


def test_the_text_report_reads_as_written() -> None:
    assert render_text(REPORT) == EXPECTED_TEXT


def test_the_markdown_report_reads_as_written() -> None:
    assert render_markdown(REPORT) == EXPECTED_MARKDOWN


def test_a_plan_of_two_workloads_without_a_node_runtime_as_text() -> None:
    assert render_text(TWO) == EXPECTED_TWO_TEXT


def test_a_plan_of_two_workloads_without_a_node_runtime_as_markdown() -> None:
    text = render_markdown(TWO)
    # the title names the platform, not a pick; no node runtime paragraph
    assert text.startswith("# Container runtime recommendation: Kubes\n")
    assert "the nodes run" not in text and "### Node runtime" not in text
    assert "| web | Sandy (box) beneath Nody | docker run --runtime=runsc | fair fit, score +1.0 |" in text
    # "-" alone would open a list item: escaped
    assert r"| batch | nothing fits | \- | nothing fits |" in text
    assert (
        "### Workload batch: nothing fits\n\n"
        "No runtime is chosen: none fits every hard requirement.\n\n"
        'Changing one answer as listed under "What would change it" gives a recommendation.\n'
    ) in text
    assert (
        "**Why Sandy**\n\n- No rule added or removed points for it; it leads because the others scored lower or "
        "were excluded.\n"
    ) in text
    assert "### Warnings and preconditions\n\nNone.\n" in text
    # with several workloads, alternatives and what-if come under a heading per workload
    assert (
        "## Alternatives considered\n\n### Workload web\n\n- **Alty** (score +2.5): Alty is slow (-1.0).\n"
        "- **Nody** (excluded): Nody shares the kernel.\n\n### Workload batch\n\n"
        "- **Nody** (excluded): Nody shares the kernel.\n\n"
    ) in text
    assert (
        "## What would change it\n\n### Workload web\n\nNo single answer change changes the recommendation.\n\n"
        "### Workload batch\n\n- Trust: Untrusted code -\\> Own code  =\\>  Nody\n\n"
        "## The comparison table"
    ) in text
    assert "## Set it up" not in text


def test_a_single_workload_that_nothing_fits() -> None:
    nothing = replace(
        REPORT,
        recommendation_id=None,
        recommendation=None,
        tied_with=(),
        plan=replace(PLAN, workloads=(BATCH,), notes=(), details=()),
    )
    text = render_text(nothing)
    assert text.startswith(
        "Container runtime recommendation\n\n"
        "Recommendation: No runtime fits all of your hard requirements.\n\n"
        'Changing one answer as listed under "What would change it" gives a recommendation.\n\n'
        "The plan\n"
    )
    assert render_markdown(nothing).startswith("# Container runtime recommendation: nothing fits\n")


def test_every_tie_and_every_erratum_is_named() -> None:
    # two runtimes tied with the pick, an erratum on a pro, a precondition for the whole plan
    detail = replace(PLAN.details[0], pros=(ItemLine("fast", "faster"),))
    note = PlanNoteLine("peer-pods", "precondition", None, "Needs peer pods.")
    workload = replace(WORKLOAD, tied_with=("alt", "nod"), tie_break=None)
    plan = replace(PLAN, workloads=(workload,), details=(detail,), notes=(note,))
    report = replace(REPORT, tied_with=("alt", "nod"), plan=plan)
    text = render_text(report)
    assert "Recommendation: Sandy (sbx), tie, score +2.5 (tied with Alty, Nody)\n" in text
    assert "\n    tied with Alty, Nody.\n" in text  # no tie-break sentence to add
    assert "    + fast [erratum: faster]\n" in text
    assert "Warnings and preconditions\n  - [precondition] Needs peer pods.\n\n" in text
    markdown = render_markdown(report)
    assert "- **precondition**: Needs peer pods.\n" in markdown
    assert "\n- **default**: tied with Alty, Nody.\n" in markdown
    assert "\n- fast \\[erratum: faster\\]\n" in markdown


def test_an_artifact_in_markdown_with_its_note_and_its_text_as_written() -> None:
    artifacts = (
        Artifact(
            "daemon", "docker-daemon-json", "daemon.json", "{}\n", "json", "Docker 29", "https://d.example", "Merge it."
        ),
        Artifact("a", "shell", "a.sh", "echo X\n", "sh", "any", "https://a.example"),
        Artifact("b", "shell", "b.sh", "echo b \n\n", "sh", "any", "https://b.example"),
    )
    markdown = render_markdown(replace(REPORT, plan=replace(PLAN, artifacts=artifacts)))
    assert (
        "### daemon.json\n\ndocker-daemon-json; Docker 29; <https://d.example>\n\nMerge it.\n\n```json\n{}\n```\n\n"
        "### a.sh\n\nshell; any; <https://a.example>\n\n```sh\necho X\n```\n\n"
        "### b.sh\n\nshell; any; <https://b.example>\n\n```sh\necho b \n```\n\n"
    ) in markdown


def test_why_not_names_exclusions_else_penalties_else_the_first_three_reasons() -> None:
    assert why_not(RANKING[2]) == "Nody shares the kernel."
    assert why_not(RANKING[1]) == "Alty is slow (-1.0)."
    many = tuple(ReasonLine(f"r{i}", "score", float(i), f"Reason {i}", ()) for i in range(1, 5))
    assert why_not(RankLine(2, "x", "X", 10.0, False, many)) == "Reason 1 (+1.0). Reason 2 (+2.0). Reason 3 (+3.0)."
    # a sentence keeps its own end mark, with the points before it
    asks = ReasonLine("q", "score", -2.0, "Is it slow?", ())
    assert why_not(RankLine(2, "x", "X", -2.0, False, (asks, GOOD))) == "Is it slow (-2.0)?"
    # reasons of no points or a fraction of one are not penalties: the first three are shown
    even = (ReasonLine("z", "score", 0.0, "Neutral.", ()), ReasonLine("h", "score", 0.5, "Half.", ()))
    assert why_not(RankLine(2, "x", "X", 0.5, False, even)) == "Neutral (+0.0). Half (+0.5)."
    half = ReasonLine("h", "score", 0.5, "Half.", ())
    assert why_not(RankLine(2, "x", "X", -0.5, False, (SLOW, half))) == "Alty is slow (-1.0)."
    # a sentence's own spaces and its last letter stay
    assert why_not(RankLine(2, "x", "X", -1.0, False, (ReasonLine("s", "score", -1.0, "Slow. ", ()),))) == (
        "Slow (-1.0)."
    )
    assert why_not(RankLine(2, "x", "X", -1.0, False, (ReasonLine("s", "score", -1.0, "Not X", ()),))) == (
        "Not X (-1.0)."
    )
    # two exclusions, each a sentence, and a penalty beside them that does not count
    two = (SHARED, SLOW, ReasonLine("r-gpu", "exclude", None, "No GPUs.", ()))
    assert why_not(RankLine(3, "x", "X", 0.0, True, two)) == "Nody shares the kernel. No GPUs."


def test_a_suggestion_reads_question_from_to_and_what_it_gives() -> None:
    assert what_if_text(REPORT, 0) == "Trust: Untrusted code -> Own code  =>  Nody"
    nothing = replace(WHAT_IF[0], runtime_id=None, runtime=None)
    assert what_if_text(replace(REPORT, what_if=(WHAT_IF[0], nothing)), 1) == (
        "Trust: Untrusted code -> Own code  =>  nothing fits"
    )


def test_a_note_without_a_checked_date_says_none() -> None:
    assert note_text(NoteLine("2026-01-02", "A note.", "https://example.org/n"), "en") == (
        "2026-01-02  A note. (https://example.org/n)"
    )


def test_the_json_report_has_the_documented_keys_and_values() -> None:
    reasons_sandy = [
        {"rule": "r-good", "kind": "score", "points": 2.5, "text": "Sandy isolates.", "basis": ["isolation"]}
    ]
    ranking = [
        {"runtime": "sbx", "name": "Sandy", "score": 2.5, "excluded": False, "reasons": reasons_sandy},
        {
            "runtime": "alt",
            "name": "Alty",
            "score": 2.5,
            "excluded": False,
            "reasons": [
                {"rule": "r-slow", "kind": "score", "points": -1.0, "text": "Alty is slow.", "basis": []},
                {"rule": "r-small", "kind": "score", "points": 3.5, "text": "Alty is small", "basis": []},
            ],
        },
        {
            "runtime": "nod",
            "name": "Nody",
            "score": -9.0,
            "excluded": True,
            "reasons": [
                {
                    "rule": "r-shared",
                    "kind": "exclude",
                    "points": None,
                    "text": "Nody shares the kernel.",
                    "basis": ["kernel"],
                }
            ],
        },
    ]
    what_if = [{"question": "trust", "current": "untrusted", "answer": "own", "recommendation": "nod"}]
    sandy_note = {
        "date": "2026-03-04",
        "text": "Sandy note.",
        "source": "https://example.org/s",
        "checked": "2026-11-02",
    }
    expected = {
        "recommendation": "sbx",
        "tied_with": ["alt"],
        "answers": {"platform": "kubernetes", "trust": "untrusted"},
        "ranking": ranking,
        "what_if": what_if,
        "plan": {
            "platform": "kubernetes",
            "platform_name": "Kubes",
            "node_runtime": {
                "runtime": "nod",
                "name": "Nody",
                "oci_runtime": "runc",
                "reasons": ["Nody is the default."],
                "supported_releases": [
                    {"line": "2.3", "status": "long-term support", "eol": "2028-04-30"},
                    {"line": "2.4", "status": "active", "eol": None},
                ],
                "alternatives": ["Other node"],
                "sources": ["https://example.org/nody"],
            },
            "cluster_answers": {"platform": "kubernetes"},
            "workloads": [
                {
                    "name": "default",
                    "answers": {"trust": "untrusted"},
                    "recommendation": "sbx",
                    "tied_with": ["alt"],
                    "tie_break": "Settled by order.",
                    "score": 2.5,
                    "fit": "tie",
                    "headline": "Sandy (box) beneath Nody",
                    "sandbox": "sbx",
                    "offering": "box",
                    "runtime_class": "sandy",
                    "handler": "runsc",
                    "hypervisor": "qemu",
                    "overhead": "320Mi memory",
                    "setup": "Install it.",
                    "ranking": ranking,
                    "what_if": what_if,
                }
            ],
            "artifacts": [
                {
                    "id": "a1",
                    "kind": "shell",
                    "filename": "setup.sh",
                    "language": "sh",
                    "applies_to": "Sandy 1.0",
                    "source": "https://example.org/a",
                    "note": None,
                    "text": "echo hi\n",
                }
            ],
            "warnings": [
                {"id": "untrusted-shared-kernel", "kind": "warning", "workload": "default", "text": "Watch out."}
            ],
            "platform_notes": [
                {
                    "date": "2026-01-02",
                    "text": "Platform note.",
                    "source": "https://example.org/p",
                    "checked": "2026-11-01",
                }
            ],
        },
        "notes": [sandy_note],
        "dataset": {
            "title": "Data",
            "as_of": "2026-11-17",
            "seed": {"title": "Seed", "source": "https://example.org/seed", "updated": "2025-01-01"},
            "sources": ["https://example.org/src"],
        },
        "language": "en",
        "version": "9.9",
        "generated_on": "2026-11-29",
    }
    assert report_to_json(REPORT) == expected
    # an artifact's how-to-apply note, when it has one; no node runtime is null
    with_note = replace(PLAN, node=None, artifacts=(replace(PLAN.artifacts[0], note="Run it."),))
    plan = report_to_json(replace(REPORT, plan=with_note))["plan"]
    assert plan["node_runtime"] is None
    assert plan["artifacts"][0]["note"] == "Run it."
