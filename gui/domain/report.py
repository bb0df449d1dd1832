"""The report model: everything an exported recommendation says, in one language, Qt-free.

Every export (text, Markdown, JSON, PDF) renders this one model, so they cannot disagree. It
stands on its own: someone who never ran the app reads what was asked, what was decided, why,
what it costs, what was rejected and why, what would change it, and where the facts come from.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from gui._version import __version__
from gui.domain.engine import Reason, Recommendation
from gui.domain.model import AdvisorData, Lang, Runtime, SeedItem


@dataclass(frozen=True)
class AnswerLine:
    question_id: str
    question: str
    choice_id: str
    answer: str


@dataclass(frozen=True)
class ItemLine:
    """A pro or con as the table gives it, and the erratum beside it, if any."""

    text: str
    erratum: str | None = None


@dataclass(frozen=True)
class ReasonLine:
    rule: str
    kind: str
    points: float | None
    text: str
    basis: tuple[str, ...]


@dataclass(frozen=True)
class RankLine:
    place: int
    runtime_id: str
    name: str
    score: float
    excluded: bool
    reasons: tuple[ReasonLine, ...]


@dataclass(frozen=True)
class WhatIfLine:
    question_id: str
    question: str
    current_id: str
    current: str
    answer_id: str
    answer: str
    runtime_id: str | None
    runtime: str | None


@dataclass(frozen=True)
class NoteLine:
    date: str
    text: str
    source: str


@dataclass(frozen=True)
class TableCell:
    text: str
    erratum: str | None = None


@dataclass(frozen=True)
class TableRow:
    label: str
    cells: tuple[TableCell, ...]


@dataclass(frozen=True)
class ComparisonTable:
    columns: tuple[str, ...]
    highlighted: int | None
    rows: tuple[TableRow, ...]


@dataclass(frozen=True)
class Report:
    lang: Lang
    generated_on: str
    app_version: str
    answers: tuple[AnswerLine, ...]
    recommendation_id: str | None
    recommendation: str | None
    score: float | None
    tied_with: tuple[str, ...]  # runtime ids
    why: tuple[ReasonLine, ...]
    pros: tuple[ItemLine, ...]
    cons: tuple[ItemLine, ...]
    ranking: tuple[RankLine, ...]
    what_if: tuple[WhatIfLine, ...]
    notes: tuple[NoteLine, ...]
    links: tuple[str, ...]
    table: ComparisonTable
    dataset_title: str
    as_of: str
    seed_title: str
    seed_source: str
    seed_updated: str
    seed_about: str
    sources: tuple[str, ...]

    @property
    def excluded(self) -> tuple[RankLine, ...]:
        return tuple(r for r in self.ranking if r.excluded)

    def name_of(self, runtime_id: str) -> str:
        return next(r.name for r in self.ranking if r.runtime_id == runtime_id)


def _reason(reason: Reason, lang: Lang) -> ReasonLine:
    return ReasonLine(reason.rule, reason.kind, reason.points, reason.text.get(lang), reason.basis)


def _items(runtime: Runtime, kind: str, items: tuple[SeedItem, ...], lang: Lang) -> tuple[ItemLine, ...]:
    lines = []
    for number, item in enumerate(items, start=1):
        erratum = runtime.erratum_for(kind, number)
        lines.append(ItemLine(item.text.get(lang), erratum.correction.get(lang) if erratum else None))
    return tuple(lines)


DAGGER = "\u2020"


def comparison_table(data: AdvisorData, pick: str | None, lang: Lang) -> ComparisonTable:
    """The whole seed table as published (pros and cons in `lang`). A dagger marks each cell
    or item that has an erratum; the cell's `erratum` holds the corrections."""
    dataset = data.dataset
    rows = []
    for row in dataset.rows:
        cells = []
        for runtime in dataset.runtimes:
            if row.id in ("pros", "cons"):
                kind = row.id[:-1]
                items = _items(runtime, kind, runtime.pros if row.id == "pros" else runtime.cons, lang)
                text = "\n".join(f"• {i.text}" + (f" {DAGGER}" if i.erratum else "") for i in items)
                errata = [i.erratum for i in items if i.erratum]
                cells.append(TableCell(text, "\n".join(errata) or None))
            else:
                erratum = runtime.erratum_for("row", row.id)
                text = runtime.seed[row.id] + (f" {DAGGER}" if erratum else "")
                cells.append(TableCell(text, erratum.correction.get(lang) if erratum else None))
        rows.append(TableRow(row.label.get(lang), tuple(cells)))
    ids = dataset.runtime_ids
    return ComparisonTable(
        columns=tuple(r.column for r in dataset.runtimes),
        highlighted=ids.index(pick) if pick in ids else None,
        rows=tuple(rows),
    )


def build_report(data: AdvisorData, result: Recommendation, lang: Lang, today: _dt.date | None = None) -> Report:
    dataset = data.dataset
    questions = data.questions
    pick = result.recommendation
    runtime = dataset.runtime(pick) if pick else None
    answers = tuple(
        AnswerLine(q.id, q.title.get(lang), result.answers[q.id], q.choice(result.answers[q.id]).text.get(lang))
        for q in questions
    )
    ranking = tuple(
        RankLine(
            place,
            e.runtime,
            dataset.runtime(e.runtime).name,
            e.score,
            e.excluded,
            tuple(_reason(r, lang) for r in e.reasons),
        )
        for place, e in enumerate(result.ranking, start=1)
    )
    what_if = tuple(
        WhatIfLine(
            w.question,
            questions.get(w.question).title.get(lang),
            w.current,
            questions.get(w.question).choice(w.current).text.get(lang),
            w.answer,
            questions.get(w.question).choice(w.answer).text.get(lang),
            w.recommendation,
            dataset.runtime(w.recommendation).name if w.recommendation else None,
        )
        for w in result.what_if
    )
    notes: tuple[NoteLine, ...] = ()
    if runtime is not None:
        notes = tuple(NoteLine(n.date, n.text.get(lang), n.source) for n in (*runtime.notes, *dataset.notes))
    return Report(
        lang=lang,
        generated_on=(today or _dt.date.today()).isoformat(),
        app_version=__version__,
        answers=answers,
        recommendation_id=pick,
        recommendation=runtime.name if runtime else None,
        score=result.ranking[0].score if runtime else None,
        tied_with=tuple(result.tied_with_top),
        why=tuple(_reason(r, lang) for r in result.ranking[0].contributions) if runtime else (),
        pros=_items(runtime, "pro", runtime.pros, lang) if runtime else (),
        cons=_items(runtime, "con", runtime.cons, lang) if runtime else (),
        ranking=ranking,
        what_if=what_if,
        notes=notes,
        links=runtime.links if runtime else (),
        table=comparison_table(data, pick, lang),
        dataset_title=dataset.title.get(lang),
        as_of=dataset.as_of,
        seed_title=dataset.seed.title,
        seed_source=dataset.seed.source,
        seed_updated=dataset.seed.updated,
        seed_about=dataset.seed.about.get(lang),
        sources=dataset.sources,
    )
