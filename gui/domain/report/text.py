"""The plain-text rendering of the report model, and the phrases every rendering shares.

Both lead with the plan: the platform, its node runtime and OCI runtime, and for each workload
what to run (directly on the node runtime, or in a sandbox selected by a RuntimeClass), how
well it fits (ties and weak fits named), and the warnings and preconditions. The details per
workload (why, ranking, what would change it) and per runtime (the table's pros and cons,
dated notes) follow.

The Markdown form (an Architecture Decision Record) is in markdown.py and uses these phrases.
"""

from __future__ import annotations

from gui.domain.labels import label
from gui.domain.model import Lang
from gui.domain.plain_text import escaped_controls
from gui.domain.report.model import NoteLine, PlanReport, RankLine, ReleaseLine, Report, WhatIfLine, WorkloadReport


def points_text(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}"


def item_text(text: str, erratum: str | None, lang: Lang) -> str:
    return text if erratum is None else f"{text} [{label('erratum', lang)}: {erratum}]"


def why_not(entry: RankLine) -> str:
    """The reasons a runtime lost: its exclusions, else its penalties, else what it scored."""
    if entry.excluded:
        # each exclusion reason is a sentence of its own
        return " ".join(r.text for r in entry.reasons if r.kind == "exclude")
    negatives = [r for r in entry.reasons if (r.points or 0) < 0]
    shown = negatives or list(entry.reasons)
    return " ".join(_with_points(r.text, r.points) for r in shown[:3])


def _with_points(sentence: str, points: float | None) -> str:
    """`Kata is slow (-1.0).`: the points inside the sentence, which keeps its own full stop."""
    text = sentence.rstrip()
    end = text[-1] if text and text[-1] in ".!?" else "."
    body = text[:-1] if text.endswith(end) else text
    return f"{body} ({points_text(points)}){end}"


def what_if_line(w: WhatIfLine, lang: Lang) -> str:
    target = w.runtime or label("nothing", lang)
    changes = [f"{c.question}: {c.current} -> {c.answer}" for c in (w, *w.also)]
    return f"{label('what_if_and', lang).join(changes)}  =>  {target}"


def what_if_text(report: Report, index: int) -> str:
    return what_if_line(report.what_if[index], report.lang)


def fit_summary(workload: WorkloadReport, lang: Lang) -> str:
    """`fair fit, score +2.5`, and for a tie what it is tied with and what settled it."""
    text = workload.fit_text
    if workload.score is not None:
        text += f", {label('score', lang)} {points_text(workload.score)}"
    return text


def tie_text(workload: WorkloadReport, names: dict[str, str], lang: Lang) -> str | None:
    if not workload.tied_with:
        return None
    others = ", ".join(names.get(r, r) for r in workload.tied_with)
    return f"{label('tied', lang)} {others}. {workload.tie_break or ''}".strip()


def runtime_class_text(workload: WorkloadReport, lang: Lang) -> str | None:
    """`RuntimeClass gvisor (handler runsc), hypervisor qemu, overhead per pod 320Mi memory`."""
    parts = []
    if workload.runtime_class:
        handler = workload.handler or label("handler_unpublished", lang)  # the platform's own class
        parts.append(f"{label('runtime_class', lang)} {workload.runtime_class} ({label('handler', lang)} {handler})")
    elif workload.handler:
        parts.append(f"docker run --runtime={workload.handler}")
    if workload.hypervisor:
        parts.append(f"{label('hypervisor', lang)} {workload.hypervisor}")
    if workload.overhead:
        parts.append(f"{label('overhead', lang)}: {workload.overhead}")
    return ", ".join(parts) or None


def releases_text(releases: tuple[ReleaseLine, ...], lang: Lang) -> str:
    """`2.3 (long-term support; until 2028-04-30; Kubernetes 1.36 from 2.3.0), 2.4 (...)`."""

    def one(r: ReleaseLine) -> str:
        parts = [r.status]
        if r.eol:
            parts.append(label("until", lang, date=r.eol))
        parts += [label("for_kubernetes", lang, minor=minor, patch=patch) for minor, patch in r.kubernetes]
        return f"{r.line} ({'; '.join(parts)})"

    return ", ".join(one(r) for r in releases)


def note_text(note: NoteLine, lang: Lang) -> str:
    checked = f"; {label('checked', lang, date=note.checked)}" if note.checked else ""
    return f"{note.date}  {note.text} ({note.source}{checked})"


def _headline_line(report: Report) -> str:
    """`Recommendation: gVisor (gvisor), close call, score +2.5 (tied with ...)` for one workload."""
    lang = report.lang
    if report.recommendation is None:
        return f"{label('recommendation', lang)}: {label('none_fits', lang)}"
    workload = report.plan.first
    line = f"{label('recommendation', lang)}: {report.recommendation} ({report.recommendation_id}), "
    line += fit_summary(workload, lang)
    if report.tied_with:
        line += f" ({label('tied', lang)} {', '.join(report.name_of(r) for r in report.tied_with)})"
    return line


def _names(report: Report) -> dict[str, str]:
    return {entry.runtime_id: entry.name for entry in report.ranking}


def _plan_text(plan: PlanReport, names: dict[str, str], lang: Lang) -> list[str]:
    out = [label("plan", lang), f"  {label('platform', lang)}: {plan.platform}"]
    if plan.node is not None:
        node = plan.node
        out.append(f"  {label('node_runtime', lang)}: {node.name}, {label('oci_runtime', lang)} {node.oci_runtime}")
        out += [f"    {reason}" for reason in node.reasons]
        if node.releases:
            out.append(f"    {label('supported_lines', lang)}: {releases_text(node.releases, lang)}")
        out += [f"    {label('alternatives', lang)}: {alt}" for alt in node.alternatives]
    for workload in plan.workloads:
        out.append(
            f"  {label('for_workload', lang, name=workload.name)}: {workload.headline} [{fit_summary(workload, lang)}]"
        )
        if (tie := tie_text(workload, names, lang)) is not None:
            out.append(f"    {tie}")
        if (selector := runtime_class_text(workload, lang)) is not None:
            out.append(f"    {selector}")
        if workload.variant_why:
            out.append(f"    {workload.variant_why}")
        if workload.setup:
            out.append(f"    {label('setup', lang)}: {workload.setup}")
        if workload.capacity is not None:
            out.append(f"    {label('capacity', lang)}: " + " ".join(workload.capacity.lines))
    out += ["", label("warnings", lang)]
    if not plan.notes:
        out.append(f"  {label('no_warnings', lang)}")
    for note in plan.notes:
        where = f"{note.workload}: " if note.workload else ""
        out.append(f"  - [{label(note.kind, lang)}] {where}{note.text}")
    return out


def _workload_text(workload: WorkloadReport, lang: Lang) -> list[str]:
    out = ["", f"== {label('for_workload', lang, name=workload.name)} =="]
    out += [f"  {a.question}: {a.answer}" for a in workload.answers]
    if workload.recommendation is not None:
        out += ["", label("why", lang, name=workload.recommendation)]
        out += [f"  {points_text(r.points):>5}  {r.text} [{r.rule}]" for r in workload.why]
        if not workload.why:
            out.append(f"  {label('no_reasons', lang)}")
    out += ["", label("ranking", lang)]
    width = max([16, *(len(entry.name) for entry in workload.ranking)])  # the names in a column
    for entry in workload.ranking:
        status = f"{label('excluded', lang)}: {why_not(entry)}" if entry.excluded else points_text(entry.score)
        out.append(f"  {entry.place}. {entry.name:<{width}} {status}")
    out += ["", label("what_if", lang)]
    out += [f"  {what_if_line(w, lang)}" for w in workload.what_if] or [f"  {label('what_if_none', lang)}"]
    return out


def render_text(report: Report) -> str:
    lang = report.lang
    plan = report.plan
    names = _names(report)
    out: list[str] = [label("title", lang), ""]
    if plan.single:  # with several workloads, the plan below says what each one runs
        out += [_headline_line(report), ""]
        if report.recommendation is None:
            out += [label("none_fits_hint", lang), ""]
    out += _plan_text(plan, names, lang)
    out += ["", label("cluster_answers", lang)]
    out += [f"  {a.question}: {a.answer}" for a in plan.cluster_answers]
    for workload in plan.workloads:
        out += _workload_text(workload, lang)
    for detail in plan.details:
        if detail.in_table:
            heading = label("from_table_for", lang, name=detail.name)
            out += ["", f"{heading} ({report.seed_title}, {report.seed_updated})"]
            out.append(f"  {label('pros', lang)}:")
            out += [f"    + {item_text(i.text, i.erratum, lang)}" for i in detail.pros]
            out.append(f"  {label('cons', lang)}:")
            out += [f"    - {item_text(i.text, i.erratum, lang)}" for i in detail.cons]
        else:
            out += ["", label("not_in_table_for", lang, name=detail.name), f"  {label('not_in_table', lang)}"]
        if detail.notes:
            out.append(f"  {label('notes', lang)}:")
            out += [f"    {note_text(n, lang)}" for n in detail.notes]
    if plan.platform_notes:
        out += ["", label("platform_notes", lang)]
        out += [f"  {note_text(n, lang)}" for n in plan.platform_notes]
    if plan.artifacts:
        count = len(plan.artifacts)
        out += [
            "",
            label("artifacts_list_one", lang) if count == 1 else label("artifacts_list", lang, count=str(count)),
        ]
        out += [f"  {a.filename}  ({a.kind}; {a.applies_to})" for a in plan.artifacts]
    out += [
        "",
        f"{label('dataset', lang)}: {report.dataset_title}, {label('as_of', lang)} {report.as_of}",
        f"{label('seed', lang)}: {report.seed_source}",
        label("generated_on", lang, date=report.generated_on, version=report.app_version),
    ]
    # what a terminal acts on (an escape in a node label, a bidirectional override) as escapes
    return escaped_controls("\n".join(_indent_continuations(line) for line in out) + "\n")


def _indent_continuations(line: str) -> str:
    """A data text with a line break keeps its place in the outline: the lines after the break
    are indented under the line's own text (at column 0 they would read as a new section)."""
    if "\n" not in line:
        return line
    first, *rest = line.split("\n")
    indent = " " * (len(first) - len(first.lstrip(" ")) + 4)
    return "\n".join([first, *(indent + part for part in rest)])
