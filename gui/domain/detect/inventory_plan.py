"""What an imported inventory changes in the plan: the answers it settles (unless the answers
file gives them) and the lines the report adds, marked "detected", about what already exists."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from collections.abc import Collection

from gui.domain.advice.answers import AnswerSet
from gui.domain.detect.inventory import Inventory
from gui.domain.labels import label
from gui.domain.model import AdvisorData, Lang
from gui.domain.problems import shown_safely
from gui.domain.report.model import PlanNoteLine, Report

# containerRuntimeVersion is NAME://VERSION; the dataset's runtime ids for those names
_RUNTIME_IDS = {"containerd": "containerd", "cri-o": "cri-o", "docker": "docker"}
_VERSION = re.compile(r"^([a-z-]+)://v?(\d+)\.(\d+)")


def apply_suggestions(
    answer_set: AnswerSet, suggested: dict[str, str], detected_platform: str | None, given: Collection[str]
) -> tuple[AnswerSet, dict[str, tuple[str, str]]]:
    """The answer set with the suggestions for the cluster questions not already answered
    (`given`), and the suggestions that lost to an answer (question -> (detected, given))."""
    platform = answer_set.cluster.get("platform") if "platform" in given else suggested.get("platform")
    if detected_platform is not None and platform != detected_platform:
        # what the nodes say about virtualization holds for the platform they are on (an AKS
        # Kata pool says nothing about the EKS cluster the answers name)
        suggested = {q: c for q, c in suggested.items() if q == "platform"}
    taken = {q: c for q, c in suggested.items() if q not in given}
    overridden = {
        q: (c, answer_set.cluster[q]) for q, c in suggested.items() if q in given and answer_set.cluster.get(q) != c
    }
    return AnswerSet({**answer_set.cluster, **taken}, answer_set.workloads), overridden


def apply_inventory(
    answer_set: AnswerSet, inventory: Inventory, given: Collection[str]
) -> tuple[AnswerSet, dict[str, tuple[str, str]]]:
    """apply_suggestions with what the inventory suggests."""
    return apply_suggestions(answer_set, inventory.suggested_answers(), inventory.platform, given)


def _newer(candidate: str, current: str) -> bool:
    return _line_key(candidate) > _line_key(current)


MANAGED = ("gke", "eks", "aks", "openshift")  # the platform picks the node runtime's version


def _ended(eol: str | None, today: _dt.date) -> bool:
    if eol is None:
        return False
    last_day = eol if len(eol) == 10 else f"{eol}-31"  # a month: supported to its end
    return last_day < today.isoformat()


def _end_of_life_lines(inventory: Inventory, data: AdvisorData, lang: Lang, today: _dt.date) -> list[str]:
    lines = []
    for pool in inventory.pools:
        if pool.sandbox == "fargate":  # AWS runs and updates those
            continue
        for version in pool.runtimes:
            match = _VERSION.match(version)
            if match is None or match[1] not in _RUNTIME_IDS or "rhaos" in version:
                continue  # OpenShift's CRI-O builds follow the OpenShift release, not upstream's
            runtime = next((r for r in data.dataset.runtimes if r.id == _RUNTIME_IDS[match[1]]), None)
            if runtime is None or not runtime.releases:
                continue
            # Docker's lines are majors ("29"); the others major.minor
            line = match[2] if all("." not in r.line for r in runtime.releases) else f"{match[2]}.{match[3]}"
            release = next((r for r in runtime.releases if r.line == line), None)
            ended_lines = [r.line for r in runtime.releases if _ended(r.eol, today)]
            if release is not None and not _ended(release.eol, today):
                continue
            if release is None and not all(_newer(r.line, line) for r in runtime.releases):
                continue  # a line the dataset does not list but not older than all it lists
            # newer than every line that has ended: an older line still on a vendor's extended
            # support (containerd 2.0, for GKE) is no way forward; the longest-supported first
            newest_ended = max(ended_lines, key=_line_key, default="0")
            forward = [
                r
                for r in runtime.releases
                if not _ended(r.eol, today) and _newer(r.line, line) and _newer(r.line, newest_ended)
            ]
            forward.sort(key=lambda r: r.eol or "9999", reverse=True)
            newer = ", ".join(
                f"{r.line}" + (f" ({label('until', lang, date=r.eol)})" if r.eol else "") for r in forward
            )
            key = "detected_older_than_listed" if release is None else "detected_end_of_life"
            if inventory.platform in MANAGED:  # the platform, not the user, picks the node runtime
                key += "_managed"
            lines.append(
                label(
                    key,
                    lang,
                    pool=pool.name or label("detected_no_pool", lang),
                    runtime=runtime.name,
                    line=line,
                    eol=(release.eol or "") if release is not None else "",
                    newer=newer or "-",
                )
            )
    return lines


def _line_key(line: str) -> tuple[int, ...]:
    return tuple(int(part) for part in line.split(".") if part.isdigit())


def _runtime_class_lines(inventory: Inventory, lang: Lang) -> list[str]:
    """A RuntimeClass works only where the nodes offer its handler (status.runtimeHandlers,
    Kubernetes 1.30+); runc and crun classes are not sandboxes and are left out."""
    lines = []
    known = any(pool.handlers for pool in inventory.pools)
    offered_by: dict[str, list[str]] = {}  # handler -> the pools offering it, looked up once
    for pool in inventory.pools:
        for handler in pool.handlers:
            offered_by.setdefault(handler, []).append(pool.name or label("detected_no_pool", lang))
    for rc in inventory.runtime_classes:
        if rc.handler in ("runc", "crun", ""):
            continue
        if offering := offered_by.get(rc.handler):
            lines.append(
                label("detected_runtime_class", lang, name=rc.name, handler=rc.handler, pools=", ".join(offering))
            )
        elif known:
            lines.append(label("detected_runtime_class_unoffered", lang, name=rc.name, handler=rc.handler))
        else:
            lines.append(label("detected_runtime_class_unchecked", lang, name=rc.name, handler=rc.handler))
    return lines


# A report lists a cluster, not a database dump: past this many lines of one kind (node pools,
# RuntimeClasses, values not read), the rest is counted. 100,000 RuntimeClasses made a report no
# one reads and a PDF of thousands of pages.
MAX_LINES_OF_A_KIND = 50


def _at_most(lines: list[str], lang: Lang) -> list[str]:
    if len(lines) <= MAX_LINES_OF_A_KIND:
        return lines
    more = f"{len(lines) - MAX_LINES_OF_A_KIND:,}"
    return [*lines[:MAX_LINES_OF_A_KIND], label("detected_more", lang, count=more, shown=str(MAX_LINES_OF_A_KIND))]


def _skipped_lines(inventory: Inventory, lang: Lang) -> list[str]:
    return [
        label(
            "detected_skipped_gpus",
            lang,
            file=file,
            where=skipped.where,
            value=repr(skipped.value),
            node=skipped.node or label("detected_no_name", lang),
        )
        for file, skipped in inventory.skipped
    ]


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
    pool_lines = []
    for pool in inventory.pools:
        kind = (
            f"{pool.sandbox}_openshift"
            if pool.sandbox == "kata" and inventory.platform == "openshift"
            else pool.sandbox
        )
        sandbox = label(f"detected_sandbox_{kind}", lang) if kind else ""
        pool_lines.append(
            label(
                "detected_pool",
                lang,
                pool=pool.name or label("detected_no_pool", lang),
                nodes=str(pool.nodes),
                runtimes=", ".join(pool.runtimes) or "-",
                sandbox=sandbox,
            )
        )
    lines += _at_most(pool_lines, lang)
    lines += _at_most(_runtime_class_lines(inventory, lang), lang)
    lines += _at_most(_end_of_life_lines(inventory, data, lang, today), lang)
    lines += _at_most(_skipped_lines(inventory, lang), lang)
    # names and labels are the cluster's to choose: what a terminal or a text view acts on
    # (escapes, bidirectional overrides that reverse the line) is shown as visible escapes
    return [shown_safely(line) for line in lines] + overridden_lines(overridden, data, lang)


def overridden_lines(overridden: dict[str, tuple[str, str]], data: AdvisorData, lang: Lang) -> list[str]:
    """A line for each suggestion an answer already given outranked."""
    lines = []
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
