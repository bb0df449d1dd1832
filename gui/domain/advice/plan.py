"""The plan (DESIGN.md section 4): what to run on a whole cluster, not one runtime out of five.

One node runtime for the platform with its OCI runtime (runc or crun), and for each workload a
headline: run on the node runtime directly, or in a sandbox beneath it, selected by a
Kubernetes RuntimeClass (or a Docker `--runtime` on a single host). Warnings and
preconditions say what must hold for the plan to be safe, and when a pick is a tie or a weak
fit. Built from the engine's per-workload rankings and the platform facts in platforms.yaml.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.engine import Advisor, Fit, Recommendation
from gui.domain.labels import bilingual, label
from gui.domain.model import (
    PLATFORM_QUESTION,
    AdvisorData,
    Lang,
    Platform,
    Release,
    SandboxOffer,
    SandboxVariant,
    Text,
)


@dataclass(frozen=True)
class NodeRuntimePlan:
    runtime: str
    oci_runtime: str
    reasons: tuple[Text, ...]
    sources: tuple[str, ...]
    supported_releases: tuple[Release, ...]  # lines still supported on the dataset's date
    alternatives: tuple[tuple[str, Text], ...] = ()  # other node runtimes the platform allows


@dataclass(frozen=True)
class WorkloadPlan:
    name: str
    answers: Mapping[str, str]
    result: Recommendation
    offer: SandboxOffer | None = None
    variant: SandboxVariant | None = None

    @property
    def recommendation(self) -> str | None:
        return self.result.recommendation

    @property
    def tied_with(self) -> tuple[str, ...]:
        return self.result.tied_with_top

    @property
    def fit(self) -> Fit:
        return self.result.fit

    @property
    def sandbox(self) -> str | None:
        return self.offer.runtime if self.offer is not None else None

    @property
    def runtime_class(self) -> str | None:
        return self.variant.runtime_class if self.variant is not None else None

    @property
    def handler(self) -> str | None:
        return self.variant.handler if self.variant is not None else None


@dataclass(frozen=True)
class PlanNote:
    """A warning or precondition, for one workload (or None: the whole plan)."""

    id: str
    kind: Literal["warning", "precondition"]
    workload: str | None
    text: Text


@dataclass(frozen=True)
class Plan:
    platform: str
    platform_info: Platform | None
    node_runtime: NodeRuntimePlan | None
    workloads: tuple[WorkloadPlan, ...]
    notes: tuple[PlanNote, ...]

    @property
    def first(self) -> WorkloadPlan:
        return self.workloads[0]

    def notes_for(self, workload: str | None) -> tuple[PlanNote, ...]:
        return tuple(n for n in self.notes if n.workload == workload)


def _node_runtime_plan(data: AdvisorData, platform: Platform | None, runtime_id: str) -> NodeRuntimePlan:
    runtime = data.dataset.runtime(runtime_id)
    supported: tuple[Release, ...] = ()
    if platform is None or not platform.managed_nodes:  # else the platform picks the version
        supported = tuple(r for r in runtime.releases if r.is_supported_on(data.dataset.as_of))
    if platform is None or (option := platform.node_option(runtime_id)) is None:
        return NodeRuntimePlan(runtime_id, "runc", (), (), supported)
    alternatives = tuple(
        (o.runtime, o.alternative)
        for o in platform.node_runtimes
        if o.runtime != runtime_id and o.alternative is not None
    )
    return NodeRuntimePlan(runtime_id, option.oci_runtime, (option.reason,), (option.source,), supported, alternatives)


def _fallback_node_runtime(data: AdvisorData, result: Recommendation) -> str | None:
    """Without platform facts: the best-placed node runtime of the first workload's ranking."""
    for entry in result.ranking:
        if data.dataset.runtime(entry.runtime).layer == "node" and not entry.excluded:
            return entry.runtime
    return None


def _workload_notes(data: AdvisorData, workload: WorkloadPlan) -> list[PlanNote]:
    notes: list[PlanNote] = []
    result = workload.result
    pick = result.recommendation
    dataset = data.dataset
    runtime = dataset.runtime(pick) if pick is not None else None
    if runtime is None:
        notes.append(PlanNote("no-fit", "warning", workload.name, bilingual("warn_no_fit")))
    for advisory in data.advisories:
        if advisory.applies(workload.answers, runtime):
            notes.append(PlanNote(advisory.id, advisory.kind, workload.name, advisory.text))
    if runtime is None:
        return notes
    if result.tied_with_top:
        names = ", ".join(dataset.runtime(r).name for r in result.tied_with_top)
        why = result.tie_break.reason if result.tie_break is not None else bilingual("tie_dataset_order")
        text = bilingual("warn_tie", name=runtime.name, others=names)
        notes.append(PlanNote("tie", "warning", workload.name, Text(f"{text.en} {why.en}", f"{text.ko} {why.ko}")))
    if result.score is not None and result.score < 0:
        notes.append(PlanNote("weak-fit", "warning", workload.name, bilingual("warn_weak_fit", name=runtime.name)))
    return notes


def build_plan(advisor: Advisor, answer_set: AnswerSet) -> Plan:
    """The plan for every workload in `answer_set` (answers complete, as AnswerSet keeps them)."""
    data = advisor.data
    first_answers = answer_set.answers_for(0)
    platform_id = first_answers.get(PLATFORM_QUESTION, "")
    platform = data.platforms.get(platform_id)
    workloads: list[WorkloadPlan] = []
    for index, workload in enumerate(answer_set.workloads):
        answers = answer_set.answers_for(index)
        result = advisor.recommend(answers)
        offer = variant = None
        pick = result.recommendation
        if platform is not None and pick is not None:
            offer = platform.sandbox(pick)
            variant = offer.variant_for(answers) if offer is not None else None
            if offer is not None and variant is not None:
                offer = offer.as_offered_by(variant)
        workloads.append(WorkloadPlan(workload.name, answers, result, offer, variant))
    node_id = advisor.node_runtime(first_answers) or _fallback_node_runtime(data, workloads[0].result)
    node = _node_runtime_plan(data, platform, node_id) if node_id is not None else None
    notes = [note for workload in workloads for note in _workload_notes(data, workload)]
    notes += _cluster_notes(data, platform, workloads)
    return Plan(platform_id, platform, node, tuple(workloads), tuple(notes))


def _cluster_notes(data: AdvisorData, platform: Platform | None, workloads: list[WorkloadPlan]) -> list[PlanNote]:
    """What only shows across workloads: each one is ranked on its own, so a cluster can end up
    installing two sandboxes, each on a close margin."""
    sandboxes = sorted({w.sandbox for w in workloads if w.sandbox is not None})
    if len(sandboxes) < 2 or platform is None or platform.managed_nodes:
        return []
    names = ", ".join(data.dataset.runtime(s).name for s in sandboxes)
    return [PlanNote("several-sandboxes", "warning", None, bilingual("warn_several_sandboxes", names=names))]


def plan_for(data: AdvisorData, answers: Mapping[str, str] | AnswerSet) -> Plan:
    """Convenience for callers with flat answers (one workload) or an AnswerSet."""
    answer_set = answers if isinstance(answers, AnswerSet) else AnswerSet.single(answers, data.questions)
    return build_plan(Advisor(data), answer_set)


def headline_text(data: AdvisorData, plan: Plan, workload: WorkloadPlan, lang: Lang) -> str:
    """What to run, in a phrase: "containerd directly, no sandbox", "gVisor (GKE Sandbox) beneath
    containerd", or that nothing fits."""
    pick = workload.recommendation
    if pick is None:
        return label("none_fits", lang)
    name = data.dataset.runtime(pick).name
    if workload.offer is None:
        return label("headline_direct", lang, node=name)
    node = data.dataset.runtime(plan.node_runtime.runtime).name if plan.node_runtime else name
    return label("headline_sandbox", lang, sandbox=name, offering=workload.offer.offering.get(lang), node=node)
