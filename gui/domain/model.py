"""The domain values: dataset, questions and rules, as loaded and cross-checked.

All frozen: once loaded, data never changes under the engine or the window. Texts keep both
languages; callers pick one with `Text.get(lang)`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["en", "ko"]
LANGUAGES: tuple[Lang, ...] = ("en", "ko")
AttributeValue = str | bool | float | int | None
# DESIGN.md section 3: a cluster question has one answer for the whole platform, a workload
# question one answer per workload.
Scope = Literal["cluster", "workload"]
SCOPES: tuple[Scope, ...] = ("cluster", "workload")
# The question whose choices name the platforms of platforms.yaml (DESIGN.md section 3).
PLATFORM_QUESTION = "platform"
Answers = Mapping[str, frozenset[str]]  # question id -> the choices a condition accepts


def answers_match(when: Answers, answers: Mapping[str, str]) -> bool:
    """Whether every question named in `when` has one of the listed answers."""
    return all(answers.get(q) in choices for q, choices in when.items())


@dataclass(frozen=True)
class Text:
    en: str
    ko: str

    def get(self, lang: Lang) -> str:
        return self.ko if lang == "ko" else self.en


# ---------------------------------------------------------------------------- questions


@dataclass(frozen=True)
class Choice:
    id: str
    text: Text
    help: Text


@dataclass(frozen=True)
class Question:
    id: str
    title: Text
    help: Text
    choices: tuple[Choice, ...]
    scope: Scope = "workload"
    short: Text | None = None  # a word or two for the step list; the title when absent

    def label(self, lang: Lang) -> str:
        return (self.short or self.title).get(lang)

    @property
    def default(self) -> str:
        """DESIGN.md section 3: the first choice listed is the default."""
        return self.choices[0].id

    @property
    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

    def choice(self, choice_id: str) -> Choice:
        for choice in self.choices:
            if choice.id == choice_id:
                return choice
        raise KeyError(choice_id)


@dataclass(frozen=True)
class QuestionSet:
    questions: tuple[Question, ...]

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)

    def get(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def defaults(self) -> dict[str, str]:
        return {q.id: q.default for q in self.questions}

    def of_scope(self, scope: Scope) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.scope == scope)

    def ids_of_scope(self, scope: Scope) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions if q.scope == scope)


# ---------------------------------------------------------------------------- dataset


@dataclass(frozen=True)
class AttributeSpec:
    id: str
    kind: Literal["enum", "boolean", "number"]
    values: tuple[str, ...]
    unit: str
    label: Text
    source: Text


@dataclass(frozen=True)
class SeedRow:
    id: str
    published: str
    label: Text


@dataclass(frozen=True)
class SeedItem:
    """A pro or con as the table printed it, with its rendering in the other language."""

    text: Text
    published_lang: Lang

    @property
    def published(self) -> str:
        return self.text.get(self.published_lang)


@dataclass(frozen=True)
class Erratum:
    """A correction beside a published cell (`row`) or a pro/con (`pro`/`con`, from 1)."""

    target_kind: Literal["row", "pro", "con"]
    target: str | int
    correction: Text
    source: str
    checked: str = ""


@dataclass(frozen=True)
class Note:
    """A dated fact from after the table. `date` is when it happened, `checked` when it was
    last compared with its source (`validate --stale-after DAYS` warns about old checks)."""

    id: str
    date: str
    text: Text
    source: str
    checked: str = ""


@dataclass(frozen=True)
class Release:
    """A supported (or recently ended) release line of a runtime, with its end of life."""

    line: str
    status: Text
    released: str
    eol: str | None
    source: str
    checked: str
    # the Kubernetes minors the project's own support table lists this line for, each with the
    # first patch release it names (containerd's RELEASES.md "Kubernetes Support")
    kubernetes: tuple[tuple[str, str], ...] = ()

    def is_supported_on(self, day: str) -> bool:
        """Whether the line is still supported on `day` (ISO dates compare as text; a
        month-only end of life counts to the end of that month)."""
        if self.eol is None:
            return True
        return day <= (self.eol if len(self.eol) == 10 else self.eol + "-31")


@dataclass(frozen=True)
class Runtime:
    id: str
    name: str
    column: str
    seed: Mapping[str, str]
    pros: tuple[SeedItem, ...]
    cons: tuple[SeedItem, ...]
    attributes: Mapping[str, AttributeValue]
    links: tuple[str, ...] = ()
    errata: tuple[Erratum, ...] = ()
    notes: tuple[Note, ...] = ()
    releases: tuple[Release, ...] = ()

    @property
    def layer(self) -> str:
        """`node` (what the kubelet or the user talks to) or `sandbox` (runs beneath one)."""
        return str(self.attributes.get("layer", "node"))

    def erratum_for(self, kind: str, target: str | int) -> Erratum | None:
        for erratum in self.errata:
            if erratum.target_kind == kind and erratum.target == target:
                return erratum
        return None


@dataclass(frozen=True)
class Pin:
    """A version, release name or figure that artifacts or rules use, with what its source shows.

    Pins are the one place such values live (data/runtimes.yaml, `pins`), so a reviewer can
    compare `shows` with `source` and `validate --sources` can refuse one that cannot be traced.
    """

    id: str
    value: str
    about: Text  # what the value is used for
    shows: str  # what the source shows: the tag, the line, the sentence
    source: str
    checked: str
    advisories: tuple[str, ...] = ()  # GHSA or CVE ids a floor is set for
    fixes: Text | None = None  # for a floor: what the release fixes, as the plan says it


@dataclass(frozen=True)
class SeedInfo:
    """The published table the data starts from. (runtimes.yaml also records the address of the
    copy it was transcribed from, `copy`; it is among the dataset's sources, so reports list it.)"""

    title: str
    source: str
    updated: str
    about: Text


@dataclass(frozen=True)
class Dataset:
    title: Text
    as_of: str
    seed: SeedInfo
    sources: tuple[str, ...]
    rows: tuple[SeedRow, ...]
    attributes: Mapping[str, AttributeSpec]
    runtimes: tuple[Runtime, ...]
    notes: tuple[Note, ...] = ()
    kubernetes_version: str = ""
    pins: Mapping[str, Pin] = field(default_factory=dict)

    def pin(self, pin_id: str) -> str:
        """The value of pin `pin_id` (the loader has checked that every pin the code names exists)."""
        return self.pins[pin_id].value

    @property
    def runtime_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.runtimes)

    def runtime(self, runtime_id: str) -> Runtime:
        for runtime in self.runtimes:
            if runtime.id == runtime_id:
                return runtime
        raise KeyError(runtime_id)

    def all_notes(self) -> dict[str, Note]:
        found = {note.id: note for note in self.notes}
        for runtime in self.runtimes:
            found.update((note.id, note) for note in runtime.notes)
        return found


# ---------------------------------------------------------------------------- platforms


@dataclass(frozen=True)
class NodeRuntimeOption:
    """A node runtime a platform runs (or lets you run), with the OCI runtime beneath it."""

    runtime: str
    oci_runtime: str
    reason: Text  # why this node runtime and OCI runtime on this platform
    source: str
    checked: str
    alternative: Text | None = None  # said when another option of the platform is chosen instead


@dataclass(frozen=True)
class SandboxVariant:
    """How a sandbox is selected on a platform: the first variant whose `when` matches a
    workload's answers is used (e.g. a GPU-capable Kata hypervisor for GPU workloads)."""

    when: Answers
    runtime_class: str | None  # None where there is no Kubernetes (a single host)
    handler: str  # RuntimeClass handler, or the Docker runtime name on a single host
    hypervisor: str | None
    overhead_memory: str | None  # RuntimeClass overhead.podFixed, as Kubernetes quantities
    overhead_cpu: str | None
    why: Text
    source: str
    checked: str


@dataclass(frozen=True)
class SandboxOffer:
    runtime: str
    offering: Text  # the product or project name on this platform, e.g. "GKE Sandbox"
    setup: Text  # how it is turned on, in a sentence
    variants: tuple[SandboxVariant, ...]
    source: str
    checked: str

    def variant_for(self, answers: Mapping[str, str]) -> SandboxVariant | None:
        return next((v for v in self.variants if answers_match(v.when, answers)), None)


@dataclass(frozen=True)
class Platform:
    """What a platform (a choice of the `platform` question) runs and offers."""

    id: str
    name: Text
    kubernetes: bool
    node_runtimes: tuple[NodeRuntimeOption, ...]  # in order of preference
    sandboxes: tuple[SandboxOffer, ...]
    notes: tuple[Note, ...] = ()
    managed_nodes: bool = False  # the platform picks the node runtime's version

    def sandbox(self, runtime_id: str) -> SandboxOffer | None:
        return next((s for s in self.sandboxes if s.runtime == runtime_id), None)

    def node_option(self, runtime_id: str) -> NodeRuntimeOption | None:
        return next((n for n in self.node_runtimes if n.runtime == runtime_id), None)

    @property
    def offered(self) -> frozenset[str]:
        return frozenset(n.runtime for n in self.node_runtimes) | frozenset(s.runtime for s in self.sandboxes)


# ---------------------------------------------------------------------------- rules

Operator = Literal["in", "gt", "ge", "lt", "le"]


@dataclass(frozen=True)
class Condition:
    """`attribute` is one of `values` (op "in"), or compares with `threshold`."""

    attribute: str
    op: Operator
    values: frozenset[AttributeValue] = frozenset()
    threshold: float = 0.0

    def holds(self, attributes: Mapping[str, AttributeValue]) -> bool:
        value = attributes.get(self.attribute)
        if self.op == "in":
            return value in self.values
        if value is None or isinstance(value, (bool, str)):
            return False
        number = float(value)
        return {
            "gt": number > self.threshold,
            "ge": number >= self.threshold,
            "lt": number < self.threshold,
            "le": number <= self.threshold,
        }[self.op]


@dataclass(frozen=True)
class Rule:
    id: str
    kind: Literal["exclude", "prefer"]
    when: Answers
    match: tuple[Condition, ...]
    points: float
    reason: Text
    basis: tuple[str, ...]


@dataclass(frozen=True)
class TieBreak:
    """Between runtimes with equal scores, those matching `match` go first when `when` holds
    (DESIGN.md section 4.1: a tie between a shared kernel and a sandbox goes to the sandbox
    unless the code is the user's own)."""

    id: str
    when: Answers
    match: tuple[Condition, ...]
    reason: Text
    basis: tuple[str, ...]


@dataclass(frozen=True)
class Advisory:
    """A warning or a precondition the plan states for a workload when its answers match
    `when` and its headline runtime matches `headline`."""

    id: str
    kind: Literal["warning", "precondition"]
    when: Answers
    headline: tuple[Condition, ...]
    text: Text
    basis: tuple[str, ...]

    def applies(self, answers: Mapping[str, str], runtime: Runtime | None) -> bool:
        """`runtime` is the workload's headline, None when nothing fits: then only advisories
        that name no headline apply."""
        if not answers_match(self.when, answers):
            return False
        if runtime is None:
            return not self.headline
        return all(c.holds(runtime.attributes) for c in self.headline)


@dataclass(frozen=True)
class AdvisorData:
    """Everything the engine and the window need, loaded from one data folder."""

    dataset: Dataset
    questions: QuestionSet
    rules: tuple[Rule, ...]
    origin: str = field(default="", compare=False)
    tie_breaks: tuple[TieBreak, ...] = ()
    advisories: tuple[Advisory, ...] = ()
    platforms: Mapping[str, Platform] = field(default_factory=dict)
