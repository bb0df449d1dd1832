"""The JSON rendering of the report built by hand in hand_report.py, against the keys and values
DESIGN.md section 4 documents, written out by hand."""

from __future__ import annotations

from dataclasses import replace

from gui.domain.report.json_output import report_to_json
from tests.domain.hand_report import PLAN, REPORT


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
                    {"line": "2.3", "status": "long-term support", "eol": "2028-04-30", "kubernetes": []},
                    {"line": "2.4", "status": "active", "eol": None, "kubernetes": []},
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
                    "capacity": None,
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
