"""rules.yaml (already schema-valid) to Rules, checked against the questions and the dataset.

Its numbers are finite already: the YAML reader refuses NaN and infinity in every data file
(yamlsource.py), so points and thresholds are not checked for that again here.

A rule that names a question, choice, attribute, runtime, row, note or pin that does not exist, or
compares an attribute with a value of the wrong type, is reported here with its line: a rule
that silently never fires would be worse than no rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gui.domain.data.build_questions import listed, text_of, when_of
from gui.domain.data.document import JsonPath, YamlDocument
from gui.domain.model import (
    Advisory,
    AttributeSpec,
    AttributeValue,
    Condition,
    Dataset,
    Platform,
    QuestionSet,
    Rule,
    TieBreak,
)
from gui.domain.problems import Problem

_COMPARISONS = ("gt", "ge", "lt", "le")


class _RulesBuilder:
    def __init__(
        self, doc: YamlDocument, questions: QuestionSet, dataset: Dataset, platforms: Mapping[str, Platform]
    ) -> None:
        self.doc = doc
        self.questions = questions
        self.dataset = dataset
        self.platforms = platforms
        self.problems: list[Problem] = []
        self.specs: dict[str, AttributeSpec] = dict(dataset.attributes)
        self.specs.setdefault(
            "id",
            AttributeSpec(
                "id",
                "enum",
                dataset.runtime_ids,
                "",
                text_of({"en": "Runtime", "ko": "런타임"}),
                text_of({"en": "runtime id", "ko": "런타임 id"}),
            ),
        )

    def problem(self, path: JsonPath, message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def when(self, path: JsonPath, raw: dict[str, Any]) -> dict[str, frozenset[str]]:
        return when_of(self.questions, path, raw, self.problem)

    def condition(self, path: JsonPath, name: str, value: Any) -> Condition | None:
        spec = self.specs.get(name)
        if spec is None:
            self.problem(path, f"unknown attribute '{name}'; allowed: {', '.join(self.specs)}")
            return None
        if isinstance(value, dict):
            if spec.kind != "number":
                self.problem(
                    path,
                    f"attribute '{name}' is {self._describe(spec)}; "
                    f"gt/ge/lt/le compare numbers only, give a value or a list instead",
                )
                return None
            if len(value) != 1:
                self.problem(path, f"attribute '{name}': give one comparison (gt, ge, lt or le), not {len(value)}")
                return None
            ((op, threshold),) = value.items()
            return Condition(name, op, threshold=float(threshold))
        values: list[AttributeValue] = listed(value)
        for item in values:
            why = self._mismatch(spec, item)
            if why:
                self.problem(path, f"attribute '{name}' is {self._describe(spec)}; {item!r} {why}")
                return None
        return Condition(name, "in", values=frozenset(values))

    @staticmethod
    def _describe(spec: AttributeSpec) -> str:
        if spec.kind == "enum":
            return f"one of {', '.join(spec.values)}"
        if spec.kind == "boolean":
            return "true or false"
        return f"a number{f' in {spec.unit}' if spec.unit else ''}"

    @staticmethod
    def _mismatch(spec: AttributeSpec, item: object) -> str | None:
        if spec.kind == "enum" and item not in spec.values:
            return "is not one of them"
        if spec.kind == "boolean" and not isinstance(item, bool):
            return "is not true or false (write true or false without quotes)"
        if spec.kind == "number" and (isinstance(item, bool) or not isinstance(item, (int, float))):
            return "is not a number (use a number, or {gt|ge|lt|le: N})"
        return None

    def basis(self, path: JsonPath, refs: list[str]) -> None:
        rows = {row.id for row in self.dataset.rows}
        notes = self.dataset.all_notes()
        for i, ref in enumerate(refs):
            where = (*path, i)
            kind, _, rest = ref.partition(":")
            if kind == "seed" and rest not in rows:
                self.problem(where, f"basis '{ref}': no row '{rest}'; allowed rows: {', '.join(sorted(rows))}")
            elif kind == "note" and rest not in notes:
                self.problem(where, f"basis '{ref}': no note '{rest}'; notes: {', '.join(sorted(notes))}")
            elif kind == "pin" and rest not in self.dataset.pins:
                self.problem(where, f"basis '{ref}': no pin '{rest}'; pins: {', '.join(sorted(self.dataset.pins))}")
            elif kind == "platform" and rest not in self.platforms:
                self.problem(
                    where, f"basis '{ref}': no platform '{rest}'; platforms: {', '.join(sorted(self.platforms))}"
                )
            elif kind in ("pro", "con"):
                runtime_id, _, index = rest.rpartition(":")
                if runtime_id not in self.dataset.runtime_ids:
                    self.problem(
                        where,
                        f"basis '{ref}': unknown runtime '{runtime_id}'; "
                        f"allowed: {', '.join(self.dataset.runtime_ids)}",
                    )
                    continue
                runtime = self.dataset.runtime(runtime_id)
                count = len(runtime.pros if kind == "pro" else runtime.cons)
                if not 1 <= int(index) <= count:
                    self.problem(where, f"basis '{ref}': runtime '{runtime_id}' has {count} {kind}s (1 to {count})")

    def rule(self, i: int, raw: dict[str, Any]) -> Rule | None:
        path: JsonPath = ("rules", i)
        kinds = [k for k in ("exclude", "prefer") if k in raw]
        if len(kinds) != 1:
            self.problem(
                path,
                f"rule '{raw['id']}': give exactly one of 'exclude' (a hard constraint) "
                f"or 'prefer' (with points), found {len(kinds)}",
            )
            return None
        kind = kinds[0]
        if kind == "prefer" and "points" not in raw:
            self.problem(path, f"rule '{raw['id']}': 'prefer' needs 'points' (a number, negative to penalise)")
        if kind == "exclude" and "points" in raw:
            self.problem(
                (*path, "points"),
                f"rule '{raw['id']}': 'exclude' takes no points; use 'prefer' to add or subtract points",
            )
        when = self.when((*path, "when"), raw["when"])
        conditions = [self.condition((*path, kind, name), name, value) for name, value in raw[kind].items()]
        self.basis((*path, "basis"), raw["basis"])
        if any(c is None for c in conditions):
            return None
        return Rule(
            id=raw["id"],
            kind=kind,
            when=when,
            match=tuple(c for c in conditions if c is not None),
            points=float(raw.get("points", 0.0)) if kind == "prefer" else 0.0,
            reason=text_of(raw["reason"]),
            basis=tuple(raw["basis"]),
        )

    def conditions(self, path: JsonPath, raw: dict[str, Any]) -> tuple[Condition, ...] | None:
        found = [self.condition((*path, name), name, value) for name, value in raw.items()]
        return None if any(c is None for c in found) else tuple(c for c in found if c is not None)

    def tie_break(self, i: int, raw: dict[str, Any]) -> TieBreak | None:
        path: JsonPath = ("tie_breaks", i)
        when = self.when((*path, "when"), raw["when"])
        match = self.conditions((*path, "prefer"), raw["prefer"])
        self.basis((*path, "basis"), raw["basis"])
        if match is None:
            return None
        return TieBreak(raw["id"], when, match, text_of(raw["reason"]), tuple(raw["basis"]))

    def advisory(self, i: int, raw: dict[str, Any]) -> Advisory | None:
        path: JsonPath = ("warnings", i)
        when = self.when((*path, "when"), raw["when"])
        headline = self.conditions((*path, "headline"), raw.get("headline", {}))
        self.basis((*path, "basis"), raw["basis"])
        if headline is None:
            return None
        return Advisory(raw["id"], raw["kind"], when, headline, text_of(raw["text"]), tuple(raw["basis"]))

    def unique(self, section: str) -> None:
        seen: dict[str, int] = {}
        for i, raw in enumerate(self.doc.data.get(section, ())):
            if raw["id"] in seen:
                line, _ = self.doc.where((section, seen[raw["id"]], "id"))
                self.problem(
                    (section, i, "id"),
                    f"duplicate id '{raw['id']}' in {section} (first on line {line}); ids must be unique",
                )
            seen.setdefault(raw["id"], i)

    def build(self) -> tuple[tuple[Rule, ...], tuple[TieBreak, ...], tuple[Advisory, ...]]:
        for section in ("rules", "tie_breaks", "warnings"):
            self.unique(section)
        rules = [self.rule(i, raw) for i, raw in enumerate(self.doc.data["rules"])]
        ties = [self.tie_break(i, raw) for i, raw in enumerate(self.doc.data.get("tie_breaks", ()))]
        advisories = [self.advisory(i, raw) for i, raw in enumerate(self.doc.data.get("warnings", ()))]
        return (
            tuple(r for r in rules if r is not None),
            tuple(t for t in ties if t is not None),
            tuple(a for a in advisories if a is not None),
        )


@dataclass(frozen=True)
class BuiltRules:
    rules: tuple[Rule, ...]
    tie_breaks: tuple[TieBreak, ...]
    advisories: tuple[Advisory, ...]


def build_rules(
    doc: YamlDocument, questions: QuestionSet, dataset: Dataset, platforms: Mapping[str, Platform] | None = None
) -> tuple[BuiltRules, list[Problem]]:
    builder = _RulesBuilder(doc, questions, dataset, platforms or {})
    rules, ties, advisories = builder.build()
    return BuiltRules(rules, ties, advisories), builder.problems
