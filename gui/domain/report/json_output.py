"""The JSON output of `recommend --format json` (DESIGN.md section 4, extended), from the report.

The top-level keys of version 1 (`recommendation`, `tied_with`, `answers`, `ranking`,
`what_if`) describe the first workload, so version 1 readers keep working; `plan` holds the
whole plan, with each workload's ranking and what-if in the same shapes.
"""

from __future__ import annotations

from typing import Any

from gui.domain.report.capacity_text import CapacityLines
from gui.domain.report.model import NoteLine, PlanReport, RankLine, Report, WhatIfLine, WorkloadReport


def _ranking(ranking: tuple[RankLine, ...]) -> list[dict[str, Any]]:
    return [
        {
            "runtime": entry.runtime_id,
            "name": entry.name,
            "score": entry.score,
            "excluded": entry.excluded,
            "reasons": [
                {"rule": r.rule, "kind": r.kind, "points": r.points, "text": r.text, "basis": list(r.basis)}
                for r in entry.reasons
            ],
        }
        for entry in ranking
    ]


def _what_if(what_if: tuple[WhatIfLine, ...]) -> list[dict[str, Any]]:
    lines = []
    for w in what_if:
        line: dict[str, Any] = {
            "question": w.question_id,
            "current": w.current_id,
            "answer": w.answer_id,
            "recommendation": w.runtime_id,
        }
        if w.also:  # the answers that must change with this one (only when nothing else fits)
            line["also"] = [{"question": a.question_id, "current": a.current_id, "answer": a.answer_id} for a in w.also]
        lines.append(line)
    return lines


def _note(note: NoteLine) -> dict[str, str]:
    return {"date": note.date, "text": note.text, "source": note.source, "checked": note.checked}


def _capacity(lines: CapacityLines | None) -> dict[str, Any] | None:
    """A sandboxed workload's capacity cost: the sizes used, the sandbox's per-pod overhead and
    where it comes from, pods per node and nodes with and without the sandbox (null: not known),
    and the same in sentences."""
    if lines is None:
        return None
    c = lines.capacity
    with_sandbox = c.with_sandbox
    return {
        "node": {"cpu_millis": c.node.cpu_millis, "memory_mib": float(c.node.memory_mib)},
        "pod": {"cpu_millis": c.pod.cpu_millis, "memory_mib": float(c.pod.memory_mib)},
        "pods": c.pods,
        "max_pods_per_node": c.max_pods,
        "overhead": {
            "basis": c.basis,
            "cpu_millis": c.overhead_cpu_millis,
            "memory_mib": None if c.overhead_memory_mib is None else float(c.overhead_memory_mib),
        },
        "pods_per_node": {
            "without_sandbox": c.without.pods,
            "with_sandbox": with_sandbox.pods if with_sandbox else None,
            "bound": (with_sandbox or c.without).bound,
        },
        "nodes": {"without_sandbox": c.nodes_without, "with_sandbox": c.nodes_with, "extra": c.extra_nodes},
        "text": list(lines.lines),
    }


def _workload(workload: WorkloadReport) -> dict[str, Any]:
    return {
        "name": workload.name,
        "answers": {a.question_id: a.choice_id for a in workload.answers},
        "recommendation": workload.recommendation_id,
        "tied_with": list(workload.tied_with),
        "tie_break": workload.tie_break,
        "score": workload.score,
        "fit": workload.fit,
        "headline": workload.headline,
        "sandbox": workload.sandbox_id,
        "offering": workload.offering,
        "runtime_class": workload.runtime_class,
        "handler": workload.handler,
        "hypervisor": workload.hypervisor,
        "overhead": workload.overhead,
        "setup": workload.setup,
        "capacity": _capacity(workload.capacity),
        "ranking": _ranking(workload.ranking),
        "what_if": _what_if(workload.what_if),
    }


def _plan(plan: PlanReport) -> dict[str, Any]:
    node = plan.node
    return {
        "platform": plan.platform_id,
        "platform_name": plan.platform,
        "node_runtime": None
        if node is None
        else {
            "runtime": node.runtime_id,
            "name": node.name,
            "oci_runtime": node.oci_runtime,
            "reasons": list(node.reasons),
            "supported_releases": [
                {
                    "line": r.line,
                    "status": r.status,
                    "eol": r.eol,
                    "kubernetes": [{"minor": minor, "from": patch} for minor, patch in r.kubernetes],
                }
                for r in node.releases
            ],
            "alternatives": list(node.alternatives),
            "sources": list(node.sources),
        },
        "cluster_answers": {a.question_id: a.choice_id for a in plan.cluster_answers},
        "workloads": [_workload(w) for w in plan.workloads],
        "artifacts": [
            {
                "id": a.id,
                "kind": a.kind,
                "filename": a.filename,
                "language": a.language,
                "applies_to": a.applies_to,
                "source": a.source,
                "note": a.note or None,
                "text": a.text,
            }
            for a in plan.artifacts
        ],
        "warnings": [{"id": n.id, "kind": n.kind, "workload": n.workload, "text": n.text} for n in plan.notes],
        "platform_notes": [_note(n) for n in plan.platform_notes],
        **({"evidence": [record.as_json() for record in plan.evidence]} if plan.evidence else {}),
        **({"measurements": [record.as_json() for record in plan.measurements]} if plan.measurements else {}),
    }


def report_to_json(report: Report) -> dict[str, Any]:
    return {
        "recommendation": report.recommendation_id,
        "tied_with": list(report.tied_with),
        "answers": {a.question_id: a.choice_id for a in report.answers},
        "ranking": _ranking(report.ranking),
        "what_if": _what_if(report.what_if),
        "plan": _plan(report.plan),
        "notes": [_note(n) for n in report.notes],
        "dataset": {
            "title": report.dataset_title,
            "as_of": report.as_of,
            "seed": {"title": report.seed_title, "source": report.seed_source, "updated": report.seed_updated},
            "sources": list(report.sources),
        },
        "language": report.lang,
        "version": report.app_version,
        "generated_on": report.generated_on,
    }
