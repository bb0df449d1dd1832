"""What an imported inventory changes in the plan: the answers it settles (unless the answers
file gives them) and the lines the report adds, marked "detected", about what already exists."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from collections.abc import Collection

from gui.domain.answers import AnswerSet
from gui.domain.inventory import Inventory
from gui.domain.labels import label
from gui.domain.model import AdvisorData, Lang
from gui.domain.report import PlanNoteLine, Report

# containerRuntimeVersion is NAME://VERSION; the dataset's runtime ids for those names
_RUNTIME_IDS = {"containerd": "containerd", "cri-o": "cri-o", "docker": "docker"}
_VERSION = re.compile(r"^([a-z-]+)://v?(\d+)\.(\d+)")


def apply_inventory(
    answer_set: AnswerSet, inventory: Inventory, given: Collection[str]
) -> tuple[AnswerSet, dict[str, tuple[str, str]]]:
    """The answer set with the inventory's suggestions for the cluster questions the answers
    file left out; and the suggestions it overrode (question -> (detected, given))."""
    suggested = inventory.suggested_answers()
    taken = {q: c for q, c in suggested.items() if q not in given}
    overridden = {
        q: (c, answer_set.cluster[q]) for q, c in suggested.items() if q in given and answer_set.cluster.get(q) != c
    }
    return AnswerSet({**answer_set.cluster, **taken}, answer_set.workloads), overridden


def _newer(candidate: str, current: str) -> bool:
    def key(line: str) -> tuple[int, ...]:
        return tuple(int(part) for part in line.split(".") if part.isdigit())

    return key(candidate) > key(current)


def _end_of_life_lines(inventory: Inventory, data: AdvisorData, lang: Lang, today: _dt.date) -> list[str]:
    lines = []
    for pool in inventory.pools:
        for version in pool.runtimes:
            match = _VERSION.match(version)
            if match is None or match[1] not in _RUNTIME_IDS:
                continue
            runtime = next((r for r in data.dataset.runtimes if r.id == _RUNTIME_IDS[match[1]]), None)
            if runtime is None:
                continue
            line = f"{match[2]}.{match[3]}"
            release = next((r for r in runtime.releases if r.line == line), None)
            if release is None or release.eol is None or release.eol > today.isoformat():
                continue
            # only newer lines that are still supported (an older line on extended support is
            # no move forward)
            supported = [
                r.line
                for r in runtime.releases
                if (r.eol is None or r.eol > today.isoformat()) and _newer(r.line, line)
            ]
            newer = ", ".join(supported) or "-"
            lines.append(
                label(
                    "detected_end_of_life",
                    lang,
                    pool=pool.name or label("detected_no_pool", lang),
                    runtime=runtime.name,
                    line=line,
                    eol=release.eol,
                    newer=newer,
                )
            )
    return lines


def detected_lines(
    inventory: Inventory, data: AdvisorData, lang: Lang, overridden: dict[str, tuple[str, str]], today: _dt.date
) -> list[str]:
    """The report's "detected" lines: the platform and its evidence, each pool, what it already
    has, release lines past their end of life, and suggestions the answers file overrode."""
    lines = []
    if inventory.platform is not None:
        name = data.questions.get("platform").choice(inventory.platform).text.get(lang)
        total = str(sum(p.nodes for p in inventory.pools))
        if inventory.platform_evidence:
            key, count = inventory.platform_evidence, str(inventory.platform_votes)
            evidence = label("detected_label", lang, evidence=key, count=count, total=total)
        elif inventory.server_version and not inventory.pools:
            evidence = label("detected_server_version", lang, version=inventory.server_version)
        else:
            evidence = label("detected_no_platform_label", lang)
        lines.append(label("detected_platform", lang, platform=name, evidence=evidence, file=_files(inventory)))
    for pool in inventory.pools:
        sandbox = label(f"detected_sandbox_{pool.sandbox}", lang) if pool.sandbox else ""
        lines.append(
            label(
                "detected_pool",
                lang,
                pool=pool.name or label("detected_no_pool", lang),
                nodes=str(pool.nodes),
                runtimes=", ".join(pool.runtimes) or "-",
                sandbox=sandbox,
            )
        )
    for runtime_class in inventory.runtime_classes:
        lines.append(label("detected_runtime_class", lang, name=runtime_class.name, handler=runtime_class.handler))
    lines += _end_of_life_lines(inventory, data, lang, today)
    for question, (detected, given) in overridden.items():
        q = data.questions.get(question)
        lines.append(
            label(
                "detected_overridden",
                lang,
                question=q.title.get(lang),
                detected=q.choice(detected).text.get(lang),
                given=q.choice(given).text.get(lang),
            )
        )
    return lines


def _files(inventory: Inventory) -> str:
    return ", ".join(inventory.files)


def with_detected(report: Report, lines: list[str]) -> Report:
    """The report with the detected lines first among the plan's notes (every format shows them)."""
    notes = tuple(PlanNoteLine(f"detected-{n}", "detected", None, text) for n, text in enumerate(lines, start=1))
    return dataclasses.replace(report, plan=dataclasses.replace(report.plan, notes=notes + report.plan.notes))
