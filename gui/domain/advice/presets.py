"""Presets: common situations as ready answers (data/presets.yaml; DESIGN.md section 2).

A preset holds what an answers file holds, checked the same way (unknown questions or choices,
cluster questions inside `workloads`, repeated names), plus an id, a title and a summary. It is
a starting point: the window fills the answers from it and asks every question as usual, and
`recommend --preset NAME` gives its plan as it stands. A data folder without presets.yaml (an
older `--data` folder) has no presets; that is not a problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gui.domain.advice.answers import AnswerSet, AnswersFile, Workload, answer_set_from, check_answers
from gui.domain.data.loading import read_checked
from gui.domain.model import QuestionSet, Text
from gui.domain.problems import InputError, Problem

PRESETS_FILE = "presets.yaml"


@dataclass(frozen=True)
class Preset:
    id: str
    title: Text
    summary: Text
    answer_set: AnswerSet
    content: dict[str, object]  # as written in presets.yaml: `answers` and `workloads`, for JSON and saving


def load_presets(folder: Path, schema_folder: Path, questions: QuestionSet) -> tuple[Preset, ...]:
    """The presets of a data folder, in file order; raise InputError naming every problem."""
    path = folder / PRESETS_FILE
    if not path.exists() and not path.is_symlink():
        return ()
    doc, problems = read_checked(path, schema_folder / "presets.schema.json")
    if doc is None:
        raise InputError(problems)
    presets: list[Preset] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(doc.data["presets"]):
        found = check_answers(doc, questions, ("presets", index))
        if raw["id"] in seen:
            found.append(
                doc.problem(
                    ("presets", index, "id"),
                    f"duplicate preset id '{raw['id']}' (also presets[{seen[raw['id']]}]); preset ids must be unique",
                )
            )
        seen.setdefault(raw["id"], index)
        problems += found
        if not found:
            content = {key: raw[key] for key in ("answers", "workloads") if key in raw}
            presets.append(
                Preset(
                    raw["id"],
                    Text(**raw["title"]),
                    Text(**raw["summary"]),
                    answer_set_from(raw, questions),
                    content,
                )
            )
    if problems:
        raise InputError(problems)
    return tuple(presets)


def overlay(preset: Preset, answers: AnswersFile) -> AnswerSet:
    """The preset with an answers file's own answers on top (`recommend --preset NAME --answers
    FILE`): what the file answers under `answers` replaces the preset's cluster and first-workload
    answers; a workload of the file replaces the answers it gives of the preset's workload of
    that name, or is added after the preset's."""
    base = preset.answer_set
    mine = answers.answer_set
    cluster = {q: mine.cluster[q] if q in answers.given else a for q, a in base.cluster.items()}
    first = base.workloads[0]
    workloads = [
        Workload(
            first.name, {q: mine.workloads[0].answers[q] if q in answers.given else a for q, a in first.answers.items()}
        )
    ]
    theirs = {w.name: w for w in mine.workloads[1:]}
    for workload in base.workloads[1:]:
        given = answers.given_workloads.get(workload.name, frozenset())
        if workload.name in theirs:
            override = theirs.pop(workload.name).answers
            workload = Workload(
                workload.name, {q: override[q] if q in given else a for q, a in workload.answers.items()}
            )
        workloads.append(workload)
    workloads += [w for w in mine.workloads[1:] if w.name in theirs]
    return AnswerSet(cluster, tuple(workloads))


def preset_named(presets: tuple[Preset, ...], name: str, origin: str) -> Preset:
    """The preset with id `name`; bad input naming the ids there are otherwise."""
    for preset in presets:
        if preset.id == name:
            return preset
    ids = ", ".join(p.id for p in presets) or "none (the data folder has no presets.yaml)"
    raise InputError([Problem(origin, 0, 0, f"no preset named {name!r}; presets: {ids}")])
