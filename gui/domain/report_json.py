"""The JSON output of `recommend --format json` (DESIGN.md section 4, extended), from the report."""

from __future__ import annotations

from typing import Any

from gui.domain.report import Report


def report_to_json(report: Report) -> dict[str, Any]:
    return {
        "recommendation": report.recommendation_id,
        "tied_with": list(report.tied_with),
        "answers": {a.question_id: a.choice_id for a in report.answers},
        "ranking": [
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
            for entry in report.ranking
        ],
        "what_if": [
            {"question": w.question_id, "current": w.current_id, "answer": w.answer_id, "recommendation": w.runtime_id}
            for w in report.what_if
        ],
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
