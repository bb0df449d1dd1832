"""rules.yaml (already schema-valid) to Rules, checked against the questions and the dataset.

A rule that names a question, choice, attribute, runtime, row or note that does not exist, or
compares an attribute with a value of the wrong type, is reported here with its line: a rule
that silently never fires would be worse than no rule.
"""

from __future__ import annotations

import math
from typing import Any

from gui.domain.build_questions import text_of
from gui.domain.document import JsonPath, YamlDocument
from gui.domain.model import AttributeSpec, AttributeValue, Condition, Dataset, QuestionSet, Rule
from gui.domain.problems import Problem

_COMPARISONS = ("gt", "ge", "lt", "le")


def _listed(value: object) -> list[Any]:
    return value if isinstance(value, list) else [value]


class _RulesBuilder:
    def __init__(self, doc: YamlDocument, questions: QuestionSet, dataset: Dataset) -> None:
        self.doc = doc
        self.questions = questions
        self.dataset = dataset
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
        when: dict[str, frozenset[str]] = {}
        for qid, value in raw.items():
            if qid not in self.questions.ids:
                self.problem((*path, qid), f"unknown question '{qid}'; allowed: {', '.join(self.questions.ids)}")
                continue
            choices = self.questions.get(qid).choice_ids
            for choice in _listed(value):
                if choice not in choices:
                    self.problem(
                        (*path, qid), f"question '{qid}' has no choice '{choice}'; allowed: {', '.join(choices)}"
                    )
            when[qid] = frozenset(_listed(value))
        return when

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
            if not math.isfinite(threshold):
                self.problem(path, f"attribute '{name}': compare with a finite number, not {threshold}")
                return None
            return Condition(name, op, threshold=float(threshold))
        values: list[AttributeValue] = _listed(value)
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
        if isinstance(raw.get("points"), float) and not math.isfinite(raw["points"]):
            self.problem((*path, "points"), f"rule '{raw['id']}': points must be a finite number, not {raw['points']}")
            return None
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

    def build(self) -> tuple[Rule, ...]:
        rules: list[Rule] = []
        seen: dict[str, int] = {}
        for i, raw in enumerate(self.doc.data["rules"]):
            if raw["id"] in seen:
                line, _ = self.doc.where(("rules", seen[raw["id"]], "id"))
                self.problem(
                    ("rules", i, "id"),
                    f"duplicate rule id '{raw['id']}' (first on line {line}); rule ids must be unique",
                )
            seen.setdefault(raw["id"], i)
            rule = self.rule(i, raw)
            if rule is not None:
                rules.append(rule)
        return tuple(rules)


def build_rules(doc: YamlDocument, questions: QuestionSet, dataset: Dataset) -> tuple[tuple[Rule, ...], list[Problem]]:
    builder = _RulesBuilder(doc, questions, dataset)
    rules = builder.build()
    return rules, builder.problems
