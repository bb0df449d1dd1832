"""The JSON output of `recommend --format json` (DESIGN.md section 4, extended)."""

from __future__ import annotations

from typing import Any

from gui._version import __version__
from gui.domain.engine import Reason, Recommendation
from gui.domain.model import AdvisorData, Lang


def _reason(reason: Reason, lang: Lang) -> dict[str, Any]:
    return {
        "rule": reason.rule,
        "kind": reason.kind,
        "points": reason.points,
        "text": reason.text.get(lang),
        "basis": list(reason.basis),
    }


def recommendation_to_json(data: AdvisorData, result: Recommendation, lang: Lang) -> dict[str, Any]:
    dataset = data.dataset
    return {
        "recommendation": result.recommendation,
        "tied_with": list(result.tied_with_top),
        "answers": dict(result.answers),
        "ranking": [
            {
                "runtime": entry.runtime,
                "name": dataset.runtime(entry.runtime).name,
                "score": entry.score,
                "excluded": entry.excluded,
                "reasons": [_reason(r, lang) for r in entry.reasons],
            }
            for entry in result.ranking
        ],
        "what_if": [
            {"question": w.question, "current": w.current, "answer": w.answer, "recommendation": w.recommendation}
            for w in result.what_if
        ],
        "dataset": {
            "title": dataset.title.get(lang),
            "as_of": dataset.as_of,
            "seed": {"title": dataset.seed.title, "source": dataset.seed.source, "updated": dataset.seed.updated},
            "sources": list(dataset.sources),
        },
        "language": lang,
        "version": __version__,
    }
