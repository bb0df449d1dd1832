"""platforms.yaml (already schema-valid) to Platforms, cross-checked against the questions,
the dataset and, once they are built, the rules.

What a schema cannot see: that there is one entry per choice of the `platform` question, that
node runtimes and sandboxes name runtimes of the right layer, that every sandbox has a
fallback variant (so every workload gets a RuntimeClass), that sources are listed in the
dataset, and that the rules exclude exactly what a platform does not offer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gui.domain.data.build_dataset import note_of
from gui.domain.data.build_questions import text_of, when_of
from gui.domain.data.document import JsonPath, YamlDocument
from gui.domain.model import (
    PLATFORM_QUESTION,
    Answers,
    Dataset,
    NodeRuntimeOption,
    Platform,
    PodLimit,
    QuestionSet,
    Rule,
    SandboxOffer,
    SandboxVariant,
)
from gui.domain.problems import Problem


class _PlatformsBuilder:
    def __init__(self, doc: YamlDocument, questions: QuestionSet, dataset: Dataset) -> None:
        self.doc = doc
        self.questions = questions
        self.dataset = dataset
        self.problems: list[Problem] = []

    def problem(self, path: JsonPath, message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def source(self, path: JsonPath, url: str) -> None:
        if url not in self.dataset.sources:
            self.problem(path, f"source {url} is not listed under dataset.sources in runtimes.yaml; add it there")

    def runtime_of_layer(self, path: JsonPath, runtime_id: str, layer: str) -> None:
        if runtime_id not in self.dataset.runtime_ids:
            self.problem(path, f"unknown runtime '{runtime_id}'; allowed: {', '.join(self.dataset.runtime_ids)}")
        elif self.dataset.runtime(runtime_id).layer != layer:
            self.problem(
                path, f"runtime '{runtime_id}' is not a {layer} runtime (its attribute 'layer' says otherwise)"
            )

    def when(self, path: JsonPath, raw: dict[str, Any]) -> Answers:
        return when_of(self.questions, path, raw, self.problem)

    def node_option(self, path: JsonPath, raw: dict[str, Any], first: bool) -> NodeRuntimeOption:
        self.runtime_of_layer((*path, "runtime"), raw["runtime"], "node")
        self.source((*path, "source"), raw["source"])
        if not first and "alternative" not in raw:
            self.problem(
                path,
                f"node runtime '{raw['runtime']}' is not this platform's first choice, so it needs 'alternative': "
                "what to tell the user when the first one is chosen instead",
            )
        alternative = text_of(raw["alternative"]) if "alternative" in raw else None
        return NodeRuntimeOption(
            raw["runtime"], raw["oci_runtime"], text_of(raw["reason"]), raw["source"], raw["checked"], alternative
        )

    def variant(self, path: JsonPath, raw: dict[str, Any], kubernetes: bool) -> SandboxVariant:
        if kubernetes and raw["runtime_class"] is None:
            self.problem((*path, "runtime_class"), "a Kubernetes platform selects a sandbox by a RuntimeClass: name it")
        if not kubernetes and raw["runtime_class"] is not None:
            self.problem((*path, "runtime_class"), "this platform has no Kubernetes, so no RuntimeClass: use null")
        self.source((*path, "source"), raw["source"])
        overhead = raw["overhead"] or {}
        return SandboxVariant(
            when=self.when((*path, "when"), raw.get("when") or {}),
            runtime_class=raw["runtime_class"],
            handler=raw["handler"],
            hypervisor=raw["hypervisor"],
            overhead_memory=overhead.get("memory"),
            overhead_cpu=overhead.get("cpu"),
            why=text_of(raw["why"]),
            source=raw["source"],
            checked=raw["checked"],
            offering=text_of(raw["offering"]) if "offering" in raw else None,
            setup=text_of(raw["setup"]) if "setup" in raw else None,
            estimate_memory=(raw.get("estimate") or {}).get("memory"),
            estimate_cpu=(raw.get("estimate") or {}).get("cpu"),
        )

    def sandbox(self, path: JsonPath, raw: dict[str, Any], kubernetes: bool) -> SandboxOffer:
        self.runtime_of_layer((*path, "runtime"), raw["runtime"], "sandbox")
        self.source((*path, "source"), raw["source"])
        variants = tuple(self.variant((*path, "variants", i), v, kubernetes) for i, v in enumerate(raw["variants"]))
        if variants and variants[-1].when:
            self.problem(
                (*path, "variants", len(variants) - 1),
                "the last variant is the fallback for every other workload: leave out its 'when'",
            )
        return SandboxOffer(
            raw["runtime"], text_of(raw["offering"]), text_of(raw["setup"]), variants, raw["source"], raw["checked"]
        )

    def platform(self, i: int, raw: dict[str, Any]) -> Platform:
        path: JsonPath = ("platforms", i)
        nodes = tuple(
            self.node_option((*path, "node_runtimes", n), option, n == 0)
            for n, option in enumerate(raw["node_runtimes"])
        )
        sandboxes = tuple(
            self.sandbox((*path, "sandboxes", s), offer, raw["kubernetes"]) for s, offer in enumerate(raw["sandboxes"])
        )
        for n, note in enumerate(raw.get("notes", ())):
            self.source((*path, "notes", n, "source"), note["source"])
        max_pods = None
        if "max_pods" in raw:
            self.source((*path, "max_pods", "source"), raw["max_pods"]["source"])
            limit = raw["max_pods"]
            max_pods = PodLimit(limit["value"], text_of(limit["text"]), limit["source"])
        listed = {"node_runtimes": [n.runtime for n in nodes], "sandboxes": [s.runtime for s in sandboxes]}
        for kind, runtimes in listed.items():
            for n, runtime_id in enumerate(runtimes):
                if runtime_id in runtimes[:n]:
                    self.problem((*path, kind, n, "runtime"), f"runtime '{runtime_id}' is listed twice")
        return Platform(
            raw["id"],
            text_of(raw["name"]),
            raw["kubernetes"],
            nodes,
            sandboxes,
            tuple(note_of(n) for n in raw.get("notes", ())),
            raw["managed_nodes"],
            max_pods,
        )

    def build(self) -> dict[str, Platform]:
        platforms: dict[str, Platform] = {}
        for i, raw in enumerate(self.doc.data["platforms"]):
            if raw["id"] in platforms:
                self.problem(("platforms", i, "id"), f"platform '{raw['id']}' is listed twice")
            platforms[raw["id"]] = self.platform(i, raw)
        if PLATFORM_QUESTION in self.questions.ids:
            choices = self.questions.get(PLATFORM_QUESTION).choice_ids
            for i, platform_id in enumerate(platforms):
                if platform_id not in choices:
                    self.problem(
                        ("platforms", i, "id"),
                        f"'{platform_id}' is not a choice of the '{PLATFORM_QUESTION}' question; allowed: "
                        f"{', '.join(choices)}",
                    )
            missing = [c for c in choices if c not in platforms]
            if missing:
                self.problem(("platforms",), f"no entry for the platform choices: {', '.join(missing)}")
        return platforms


def build_platforms(
    doc: YamlDocument, questions: QuestionSet, dataset: Dataset
) -> tuple[dict[str, Platform], list[Problem]]:
    builder = _PlatformsBuilder(doc, questions, dataset)
    platforms = builder.build()
    return platforms, builder.problems


def check_rules_match_platforms(
    rules_doc: YamlDocument, rules: tuple[Rule, ...], platforms: Mapping[str, Platform], dataset: Dataset
) -> list[Problem]:
    """Every runtime a platform does not offer must be excluded there by a rule that depends
    on the platform alone, and no such rule may exclude one it does offer: otherwise the
    engine could recommend what the platform cannot run, or hide what it can."""
    problems: list[Problem] = []
    platform_only = [r for r in rules if r.kind == "exclude" and set(r.when) == {PLATFORM_QUESTION}]
    for platform in platforms.values():
        excluded: dict[str, Rule] = {}
        for rule in platform_only:
            if platform.id in rule.when[PLATFORM_QUESTION]:
                for runtime in dataset.runtimes:
                    if all(c.holds(runtime.attributes) for c in rule.match):
                        excluded.setdefault(runtime.id, rule)
        for runtime_id in dataset.runtime_ids:
            offered = runtime_id in platform.offered
            if not offered and runtime_id not in excluded:
                problems.append(
                    rules_doc.problem(
                        ("rules",),
                        f"platform '{platform.id}' does not offer '{runtime_id}' (platforms.yaml), but no rule "
                        f"with when: {{{PLATFORM_QUESTION}: {platform.id}}} excludes it",
                    )
                )
            if offered and runtime_id in excluded:
                rule = excluded[runtime_id]
                position = next(i for i, r in enumerate(rules_doc.data["rules"]) if r["id"] == rule.id)
                problems.append(
                    rules_doc.problem(
                        ("rules", position, "exclude"),
                        f"rule '{rule.id}' excludes '{runtime_id}' on '{platform.id}', which platforms.yaml "
                        "says the platform offers",
                    )
                )
    return problems
