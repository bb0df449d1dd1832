# ruff: noqa: E501 (the expected outputs keep their lines as long as the renderers write them)
"""The Markdown decision record of the report built by hand in hand_report.py, against the expected output written
out by hand from the formats docs/command-line.md and DESIGN.md section 4 describe."""

from __future__ import annotations

from dataclasses import replace

from gui.domain.artifacts.artifact import Artifact
from gui.domain.report.markdown import render_markdown
from tests.domain.hand_report import PLAN, REPORT, TWO

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


def test_the_markdown_report_reads_as_written() -> None:
    assert render_markdown(REPORT) == EXPECTED_MARKDOWN


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
