# ruff: noqa: E501 (the expected outputs keep their lines as long as the renderers write them)
"""The text rendering (and the helpers it shares with Markdown) of the report built by hand in hand_report.py, against the expected output written
out by hand from the formats docs/command-line.md and DESIGN.md section 4 describe."""

from __future__ import annotations

from dataclasses import replace

from gui.domain.report.comparison import ItemLine
from gui.domain.report.markdown import render_markdown
from gui.domain.report.model import NoteLine, PlanNoteLine, RankLine, ReasonLine
from gui.domain.report.text import note_text, render_text, what_if_text, why_not
from tests.domain.hand_report import BATCH, GOOD, PLAN, RANKING, REPORT, SHARED, SLOW, TWO, WHAT_IF, WORKLOAD

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


def test_a_plan_of_two_workloads_without_a_node_runtime_as_text() -> None:
    assert render_text(TWO) == EXPECTED_TWO_TEXT


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
