"""Synthetic data sets of any size, for measuring how the engine scales.

Built straight as domain objects (not YAML) so that the benchmark measures the engine, not the
generator. Seeded: the same sizes always give the same data.
"""

from __future__ import annotations

import random

from gui.domain.model import (
    AdvisorData,
    AttributeSpec,
    Condition,
    Dataset,
    Rule,
    Runtime,
    SeedInfo,
    Text,
)

ENUMS = {f"e{i}": tuple(f"v{j}" for j in range(4)) for i in range(10)}
NUMBERS = tuple(f"n{i}" for i in range(5))
BOOLEANS = tuple(f"b{i}" for i in range(5))


def _text(word: str) -> Text:
    return Text(en=word, ko=word)


def synthetic_data(questions, runtime_count: int, rule_count: int, seed: int = 7) -> AdvisorData:
    """`runtime_count` runtimes with 20 typed attributes, `rule_count` rules over `questions`."""
    rng = random.Random(seed)
    specs = {name: AttributeSpec(name, "enum", values, "", _text(name), _text(name)) for name, values in ENUMS.items()}
    specs.update({name: AttributeSpec(name, "number", (), "ms", _text(name), _text(name)) for name in NUMBERS})
    specs.update({name: AttributeSpec(name, "boolean", (), "", _text(name), _text(name)) for name in BOOLEANS})
    runtimes = []
    for i in range(runtime_count):
        attributes: dict[str, object] = {name: rng.choice(values) for name, values in ENUMS.items()}
        attributes.update({name: rng.randint(0, 1000) for name in NUMBERS})
        attributes.update({name: rng.random() < 0.5 for name in BOOLEANS})
        attributes["id"] = f"rt{i}"
        runtimes.append(
            Runtime(
                id=f"rt{i}",
                name=f"Runtime {i}",
                column=f"Runtime {i}",
                seed={},
                pros=(),
                cons=(),
                attributes=attributes,
            )
        )
    rules = []
    question_list = list(questions)
    for i in range(rule_count):
        when = {}
        for question in rng.sample(question_list, rng.randint(1, 2)):
            when[question.id] = frozenset(rng.sample(question.choice_ids, rng.randint(1, 2)))
        conditions = []
        for _ in range(rng.randint(1, 2)):
            kind = rng.random()
            if kind < 0.6:
                name = rng.choice(list(ENUMS))
                conditions.append(Condition(name, "in", values=frozenset(rng.sample(ENUMS[name], rng.randint(1, 2)))))
            elif kind < 0.8:
                conditions.append(
                    Condition(
                        rng.choice(NUMBERS), rng.choice(("gt", "ge", "lt", "le")), threshold=float(rng.randint(0, 1000))
                    )
                )
            else:
                conditions.append(Condition(rng.choice(BOOLEANS), "in", values=frozenset({rng.random() < 0.5})))
        # exclusions are rarer and narrower than preferences, as in real data
        exclude = rng.random() < 0.05
        rules.append(
            Rule(
                id=f"rule{i}",
                kind="exclude" if exclude else "prefer",
                when=when,
                match=tuple(conditions),
                points=0.0 if exclude else float(rng.randint(-6, 6)) / 2,
                reason=_text(f"reason {i}"),
                basis=("seed:x",),
            )
        )
    dataset = Dataset(
        title=_text("synthetic"),
        as_of="2026-01-01",
        seed=SeedInfo("synthetic", "https://example.invalid/", "2026-01-01", _text("synthetic")),
        sources=("https://example.invalid/",),
        rows=(),
        attributes=specs,
        runtimes=tuple(runtimes),
    )
    return AdvisorData(dataset, questions, tuple(rules), origin="synthetic")
