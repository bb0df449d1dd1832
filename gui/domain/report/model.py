"""The report model: everything an exported recommendation says, in one language, Qt-free.

Every export (text, Markdown, JSON, PDF) and the results page render this one model, so they
cannot disagree. It stands on its own: someone who never ran the app reads what was asked,
the plan (node runtime, OCI runtime, and per workload a sandbox with its RuntimeClass), why,
what it costs, what must hold first, what was rejected and why, what would change it, and
where the facts come from and when they were last checked.

The fields outside `plan` describe the first workload, as version 1 reports did.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from gui._version import __version__
from gui.domain.advice.capacity import capacity_of
from gui.domain.advice.engine import Reason, Recommendation
from gui.domain.advice.plan import Plan, PlanNote, WorkloadPlan, headline_text
from gui.domain.artifacts.artifact import Artifact
from gui.domain.artifacts.build import build_artifacts
from gui.domain.labels import label
from gui.domain.model import AdvisorData, Lang, Note, Runtime
from gui.domain.proof.evidence import Evidence, Measurement
from gui.domain.report.capacity_text import CapacityLines, capacity_lines
from gui.domain.report.comparison import ComparisonTable, ItemLine, comparison_table, seed_items


@dataclass(frozen=True)
class AnswerLine:
    question_id: str
    question: str
    choice_id: str
    answer: str


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
    also: tuple[WhatIfLine, ...] = ()  # the other answers changed with this one (runtime: None)


@dataclass(frozen=True)
class NoteLine:
    date: str
    text: str
    source: str
    checked: str = ""


@dataclass(frozen=True)
class PlanNoteLine:
    """A warning or precondition of the plan, for one workload (or the whole plan)."""

    id: str
    kind: str  # warning | precondition
    workload: str | None
    text: str


@dataclass(frozen=True)
class WorkloadReport:
    name: str
    answers: tuple[AnswerLine, ...]  # this workload's own answers (workload questions)
    recommendation_id: str | None
    recommendation: str | None
    headline: str  # what to run, in a sentence fragment
    score: float | None
    fit: str
    fit_text: str
    tied_with: tuple[str, ...]
    tie_break: str | None
    sandbox_id: str | None
    offering: str | None
    runtime_class: str | None
    handler: str | None
    hypervisor: str | None
    overhead: str | None  # "320Mi memory, 250m CPU"
    setup: str | None
    variant_why: str | None
    why: tuple[ReasonLine, ...]
    ranking: tuple[RankLine, ...]
    what_if: tuple[WhatIfLine, ...]
    notes: tuple[PlanNoteLine, ...]
    capacity: CapacityLines | None = None  # a sandboxed workload's cost in node capacity


@dataclass(frozen=True)
class ReleaseLine:
    line: str
    status: str
    eol: str | None
    kubernetes: tuple[tuple[str, str], ...] = ()  # (Kubernetes minor, first patch of this line for it)


@dataclass(frozen=True)
class NodeRuntimeReport:
    runtime_id: str
    name: str
    oci_runtime: str
    reasons: tuple[str, ...]
    releases: tuple[ReleaseLine, ...]
    alternatives: tuple[str, ...]
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuntimeDetail:
    """What the table and the notes say about one runtime the plan uses."""

    runtime_id: str
    name: str
    pros: tuple[ItemLine, ...]
    cons: tuple[ItemLine, ...]
    notes: tuple[NoteLine, ...]
    links: tuple[str, ...]
    in_table: bool = True  # False: the 2018 table predates it (no pros or cons from it)


@dataclass(frozen=True)
class PlanReport:
    platform_id: str
    platform: str
    node: NodeRuntimeReport | None
    cluster_answers: tuple[AnswerLine, ...]
    workloads: tuple[WorkloadReport, ...]
    notes: tuple[PlanNoteLine, ...]  # every workload's warnings and preconditions, in order
    platform_notes: tuple[NoteLine, ...]
    details: tuple[RuntimeDetail, ...]  # each runtime the plan uses: the node runtime, then each pick
    artifacts: tuple[Artifact, ...]  # the files that set the plan up, in the report's language
    # the verify scripts' records given with --evidence (gui.domain.proof), for JSON readers
    evidence: tuple[Evidence, ...] = ()
    measurements: tuple[Measurement, ...] = ()  # the benchmark scripts' records

    @property
    def single(self) -> bool:
        return len(self.workloads) == 1

    @property
    def first(self) -> WorkloadReport:
        return self.workloads[0]


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
    # the first workload's reasons, pros, cons and links are in plan.workloads and plan.details
    ranking: tuple[RankLine, ...]
    what_if: tuple[WhatIfLine, ...]
    notes: tuple[NoteLine, ...]
    table: ComparisonTable
    dataset_title: str
    as_of: str
    seed_title: str
    seed_source: str
    seed_updated: str
    seed_about: str
    sources: tuple[str, ...]
    plan: PlanReport

    @property
    def excluded(self) -> tuple[RankLine, ...]:
        return tuple(r for r in self.ranking if r.excluded)

    def name_of(self, runtime_id: str) -> str:
        return next(r.name for r in self.ranking if r.runtime_id == runtime_id)


def _reason(reason: Reason, lang: Lang) -> ReasonLine:
    return ReasonLine(reason.rule, reason.kind, reason.points, reason.text.get(lang), reason.basis)


def _note_line(note: Note, lang: Lang) -> NoteLine:
    return NoteLine(note.date, note.text.get(lang), note.source, note.checked)


def _notes_by_date(notes: tuple[Note, ...], lang: Lang) -> tuple[NoteLine, ...]:
    """Newest first: what changed most recently is what a reader is least likely to know."""
    return tuple(_note_line(n, lang) for n in sorted(notes, key=lambda n: n.date, reverse=True))


def _ranking(data: AdvisorData, result: Recommendation, lang: Lang) -> tuple[RankLine, ...]:
    return tuple(
        RankLine(
            place,
            e.runtime,
            data.dataset.runtime(e.runtime).name,
            e.score,
            e.excluded,
            tuple(_reason(r, lang) for r in e.reasons),
        )
        for place, e in enumerate(result.ranking, start=1)
    )


def _change_line(data: AdvisorData, question: str, current: str, answer: str, lang: Lang) -> WhatIfLine:
    asked = data.questions.get(question)
    return WhatIfLine(
        question,
        asked.title.get(lang),
        current,
        asked.choice(current).text.get(lang),
        answer,
        asked.choice(answer).text.get(lang),
        None,
        None,
    )


def _what_if(data: AdvisorData, result: Recommendation, lang: Lang) -> tuple[WhatIfLine, ...]:
    lines = []
    for w in result.what_if:
        first = _change_line(data, w.question, w.current, w.answer, lang)
        lines.append(
            replace(
                first,
                runtime_id=w.recommendation,
                runtime=data.dataset.runtime(w.recommendation).name if w.recommendation else None,
                also=tuple(_change_line(data, *change, lang) for change in w.also),
            )
        )
    return tuple(lines)


def _answer_lines(
    data: AdvisorData, answers: Mapping[str, str], ids: tuple[str, ...], lang: Lang
) -> tuple[AnswerLine, ...]:
    questions = data.questions
    return tuple(
        AnswerLine(q, questions.get(q).title.get(lang), answers[q], questions.get(q).choice(answers[q]).text.get(lang))
        for q in ids
    )


def _plan_note(note: PlanNote, lang: Lang) -> PlanNoteLine:
    return PlanNoteLine(note.id, note.kind, note.workload, note.text.get(lang))


def _overhead(workload: WorkloadPlan, lang: Lang) -> str | None:
    variant = workload.variant
    if variant is None or variant.overhead_memory is None:
        return None
    text = label("overhead_memory", lang, memory=variant.overhead_memory)
    if variant.overhead_cpu:
        text += ", " + label("overhead_cpu", lang, cpu=variant.overhead_cpu)
    return text


def _workload_report(data: AdvisorData, plan: Plan, workload: WorkloadPlan, lang: Lang) -> WorkloadReport:
    result = workload.result
    pick = result.recommendation
    workload_ids = data.questions.ids_of_scope("workload")
    tie_break = None
    if result.tied_with_top:
        tie_break = result.tie_break.reason.get(lang) if result.tie_break else label("tie_dataset_order", lang)
    variant = workload.variant
    offer = workload.offer
    return WorkloadReport(
        name=workload.name,
        answers=_answer_lines(data, workload.answers, workload_ids, lang),
        recommendation_id=pick,
        recommendation=data.dataset.runtime(pick).name if pick else None,
        headline=headline_text(data, plan, workload, lang),
        score=result.score,
        fit=result.fit,
        fit_text=label(f"fit_{result.fit}", lang),
        tied_with=result.tied_with_top,
        tie_break=tie_break,
        sandbox_id=workload.sandbox,
        offering=offer.offering.get(lang) if offer else None,
        runtime_class=workload.runtime_class,
        handler=workload.handler,
        hypervisor=variant.hypervisor if variant else None,
        overhead=_overhead(workload, lang),
        setup=offer.setup.get(lang) if offer else None,
        variant_why=variant.why.get(lang) if variant else None,
        why=tuple(_reason(r, lang) for r in result.ranking[0].contributions) if pick else (),
        ranking=_ranking(data, result, lang),
        what_if=_what_if(data, result, lang),
        notes=tuple(_plan_note(n, lang) for n in plan.notes_for(workload.name)),
        capacity=capacity_lines(
            capacity,
            lang,
            gpus=workload.answers.get("gpu") == "nvidia",
            limit_of=plan.platform_info.max_pods if plan.platform_info else None,
        )
        if (capacity := capacity_of(data, plan, workload))
        else None,
    )


def _detail(data: AdvisorData, runtime: Runtime, lang: Lang) -> RuntimeDetail:
    return RuntimeDetail(
        runtime.id,
        runtime.name,
        seed_items(runtime, "pro", runtime.pros, lang),
        seed_items(runtime, "con", runtime.cons, lang),
        _notes_by_date(runtime.notes, lang),
        runtime.links,
        runtime.in_table,
    )


def build_plan_report(data: AdvisorData, plan: Plan, lang: Lang, generated_on: str) -> PlanReport:
    dataset = data.dataset
    node = None
    if plan.node_runtime is not None:
        runtime = dataset.runtime(plan.node_runtime.runtime)
        node = NodeRuntimeReport(
            runtime.id,
            runtime.name,
            plan.node_runtime.oci_runtime,
            tuple(r.get(lang) for r in plan.node_runtime.reasons),
            tuple(
                ReleaseLine(r.line, r.status.get(lang), r.eol, r.kubernetes)
                for r in plan.node_runtime.supported_releases
            ),
            tuple(text.get(lang) for _, text in plan.node_runtime.alternatives),
            plan.node_runtime.sources,
        )
    used: list[str] = [plan.node_runtime.runtime] if plan.node_runtime else []
    used += [w.recommendation for w in plan.workloads if w.recommendation and w.recommendation not in used]
    platform = plan.platform_info
    return PlanReport(
        platform_id=plan.platform,
        platform=platform.name.get(lang) if platform else plan.platform,
        node=node,
        cluster_answers=_answer_lines(data, plan.first.answers, data.questions.ids_of_scope("cluster"), lang),
        workloads=tuple(_workload_report(data, plan, w, lang) for w in plan.workloads),
        notes=tuple(_plan_note(n, lang) for n in plan.notes),
        platform_notes=_notes_by_date(platform.notes, lang) if platform else (),
        details=tuple(_detail(data, dataset.runtime(r), lang) for r in used),
        artifacts=build_artifacts(data, plan, lang, generated_on),
    )


def build_report(data: AdvisorData, plan: Plan, lang: Lang, today: _dt.date | None = None) -> Report:
    dataset = data.dataset
    questions = data.questions
    result = plan.first.result
    pick = result.recommendation
    runtime = dataset.runtime(pick) if pick else None
    answers = tuple(
        AnswerLine(q.id, q.title.get(lang), result.answers[q.id], q.choice(result.answers[q.id]).text.get(lang))
        for q in questions
    )
    notes: tuple[NoteLine, ...] = ()
    if runtime is not None:
        notes = _notes_by_date(runtime.notes, lang) + _notes_by_date(dataset.notes, lang)
    generated_on = (today or _dt.date.today()).isoformat()
    return Report(
        lang=lang,
        generated_on=generated_on,
        app_version=__version__,
        answers=answers,
        recommendation_id=pick,
        recommendation=runtime.name if runtime else None,
        score=result.score,
        tied_with=tuple(result.tied_with_top),
        ranking=_ranking(data, result, lang),
        what_if=_what_if(data, result, lang),
        notes=notes,
        table=comparison_table(data, pick, lang),
        dataset_title=dataset.title.get(lang),
        as_of=dataset.as_of,
        seed_title=dataset.seed.title,
        seed_source=dataset.seed.source,
        seed_updated=dataset.seed.updated,
        seed_about=dataset.seed.about.get(lang),
        sources=dataset.sources,
        plan=build_plan_report(data, plan, lang, generated_on),
    )
