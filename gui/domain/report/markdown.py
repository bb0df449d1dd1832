"""The Markdown rendering of the report model: an Architecture Decision Record, ready for a
repository's docs/adr/: context (the answers), decision (the plan), consequences (pros, cons,
warnings, notes), the alternatives with why each lost, what would change the decision, the
comparison table, and the sources. It leads with the plan, as the text rendering does, and uses
its phrases (text.py).
"""

from __future__ import annotations

import re

from gui.domain.labels import label
from gui.domain.model import Lang
from gui.domain.plain_text import escaped_controls
from gui.domain.report.model import NoteLine, Report
from gui.domain.report.text import (
    _names,
    fit_summary,
    item_text,
    points_text,
    releases_text,
    runtime_class_text,
    tie_text,
    what_if_line,
    why_not,
)

# Every text from the data, the answers or a label goes through _lit: Markdown reads
# `*`, `_`, `[`, `<`, `|` and more as markup (and passes raw HTML through), so a name such as
# "a|b" broke tables and a note holding "<script>" reached the reader's renderer as HTML.
_MD_MARKUP = re.compile(r"([\\`*_\[\]<>|&#~])")
_MD_ORDERED_ITEM = re.compile(r"^(\d+)([.)])")


# GitHub's Markdown also turns bare addresses into links (its autolink extension): an escaped
# colon or dot stops it for every scheme but https (the only links the data may carry) and
# for www. hosts. An e-mail address still becomes a mailto: link there (escapes do not stop it).
_MD_AUTOLINK = re.compile(r"(?i)\b(?!https:)([a-z][a-z0-9+.-]*)(:)(?=//)|\b(www)(\.)")


def _lit(text: str) -> str:
    """`text` as literal Markdown inline content: markup characters escaped, line breaks as
    spaces, and nothing at its start that would open a list, quote, heading or code block."""
    escaped = _MD_MARKUP.sub(r"\\\1", " ".join(text.split("\n")).strip())
    escaped = _MD_AUTOLINK.sub(lambda m: f"{m[1]}\\:" if m[1] else f"{m[3]}\\.", escaped)
    escaped = _MD_ORDERED_ITEM.sub(r"\1\\\2", escaped)
    return "\\" + escaped if escaped[:1] in ("-", "+", "=") else escaped


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell: escaped, its own line breaks as <br>."""
    return "<br>".join(_lit(line) for line in text.split("\n"))


def _md_url(url: str) -> str:
    """A link destination that cannot end early or carry markup (the data allows only https)."""
    from urllib.parse import quote

    return quote(url, safe="/:?#@!$&'+,;=%-._~*")


def _md_note(note: NoteLine, lang: Lang) -> str:
    source = f"[{_lit(label('source', lang))}]({_md_url(note.source)})"
    checked = _lit(label("checked", lang, date=note.checked))
    return f"- {_lit(note.date)}: {_lit(note.text)} ({source}; {checked})"


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks in `text`, so the block cannot end early."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _md_artifacts(report: Report) -> list[str]:
    lang = report.lang
    artifacts = report.plan.artifacts
    if not artifacts:
        return []
    out = [f"## {_lit(label('artifacts', lang))}", "", _lit(label("artifacts_intro", lang)), ""]
    for artifact in artifacts:
        fence = _fence(artifact.text)
        out += [
            f"### {_lit(artifact.filename)}",
            "",
            f"{_lit(artifact.kind)}; {_lit(artifact.applies_to)}; <{_md_url(artifact.source)}>",
            "",
            *([_lit(artifact.note), ""] if artifact.note else []),
            f"{fence}{artifact.language}",
            artifact.text.rstrip("\n"),
            fence,
            "",
        ]
    return out


def _md_title(report: Report) -> str:
    lang = report.lang
    plan = report.plan
    if plan.single:
        if report.recommendation is None:
            return f"# {_lit(label('title', lang))}: {_lit(label('nothing', lang))}"
        return f"# {_lit(label('title', lang))}: {_lit(report.recommendation)} ({_lit(plan.first.fit_text)})"
    return f"# {_lit(label('title', lang))}: {_lit(plan.platform)}"


def _md_decision(report: Report, names: dict[str, str]) -> list[str]:
    lang = report.lang
    plan = report.plan
    out = [f"## {_lit(label('adr_decision', lang))}", ""]
    if plan.node is not None:
        out += [
            _lit(
                label("adr_decision_plan", lang, platform=plan.platform, node=plan.node.name, oci=plan.node.oci_runtime)
            ),
            "",
        ]
    headers = [label(key, lang) for key in ("workload", "run", "runtime_class", "fit")]
    out += ["| " + " | ".join(_md(h) for h in headers) + " |", "|---|---|---|---|"]
    for w in plan.workloads:
        selector = runtime_class_text(w, lang) or "-"
        out.append(f"| {_md(w.name)} | {_md(w.headline)} | {_md(selector)} | {_md(fit_summary(w, lang))} |")
    ties = [(w, tie_text(w, names, lang)) for w in plan.workloads]
    ties = [(w, t) for w, t in ties if t]
    if ties:
        out.append("")
        out += [f"- **{_lit(w.name)}**: {_lit(t or '')}" for w, t in ties]
    if plan.node is not None:
        out += ["", f"### {_lit(label('node_runtime', lang))}: {_lit(plan.node.name)}", ""]
        out += [f"- {_lit(reason)}" for reason in plan.node.reasons]
        if plan.node.releases:
            out.append(f"- {_lit(label('supported_lines', lang))}: {_lit(releases_text(plan.node.releases, lang))}")
        out += [f"- {_lit(label('alternatives', lang))}: {_lit(alt)}" for alt in plan.node.alternatives]
    for w in plan.workloads:
        out += ["", f"### {_lit(label('for_workload', lang, name=w.name))}: {_lit(w.headline)}", ""]
        if w.recommendation is None:
            out += [_lit(label("adr_no_decision", lang)), "", _lit(label("none_fits_hint", lang))]
        else:
            if w.variant_why:
                out += [_lit(w.variant_why), ""]
            if w.setup:
                out += [f"{_lit(label('setup', lang))}: {_lit(w.setup)}", ""]
            if w.capacity is not None:
                out += [f"{_lit(label('capacity', lang))}: {_lit(' '.join(w.capacity.lines))}", ""]
            out.append(f"**{_lit(label('why', lang, name=w.recommendation))}**")
            out.append("")
            out += [f"- **{points_text(r.points)}** {_lit(r.text)} (`{r.rule}`)" for r in w.why] or [
                f"- {_lit(label('no_reasons', lang))}"
            ]
    return out


def render_markdown(report: Report) -> str:
    lang = report.lang
    plan = report.plan
    names = _names(report)
    out = [
        _md_title(report),
        "",
        _lit(label("adr_status", lang)),
        "",
        _lit(label("generated_on", lang, date=report.generated_on, version=report.app_version)),
        "",
        f"## {_lit(label('adr_context', lang))}",
        "",
        f"### {_lit(label('cluster_answers', lang))}",
        "",
        f"| {_md(label('question', lang))} | {_md(label('answer', lang))} |",
        "|---|---|",
    ]
    out += [f"| {_md(a.question)} | {_md(a.answer)} |" for a in plan.cluster_answers]
    for w in plan.workloads:
        out += ["", f"### {_lit(label('workload_answers', lang, name=w.name))}", ""]
        out += [f"| {_md(label('question', lang))} | {_md(label('answer', lang))} |", "|---|---|"]
        out += [f"| {_md(a.question)} | {_md(a.answer)} |" for a in w.answers]
    out += [""] + _md_decision(report, names)
    out += [
        "",
        f"## {_lit(label('adr_consequences', lang))}",
        "",
        f"### {_lit(label('warnings', lang))}",
        "",
    ]
    out += [
        f"- **{_lit(label(n.kind, lang))}**{' (' + _lit(n.workload) + ')' if n.workload else ''}: {_lit(n.text)}"
        for n in plan.notes
    ] or [_lit(label("no_warnings", lang))]
    for detail in plan.details:
        if detail.in_table:
            seed = f"[{_lit(report.seed_title)}]({_md_url(report.seed_source)})"
            out += [
                "",
                f"### {_lit(label('from_table_for', lang, name=detail.name))}",
                "",
                f"{seed} ({_lit(report.seed_updated)}). {_lit(label('table_en_note', lang))}",
                "",
                f"**{_lit(label('pros', lang))}**",
                "",
            ]
            out += [f"- {_lit(item_text(i.text, i.erratum, lang))}" for i in detail.pros]
            out += ["", f"**{_lit(label('cons', lang))}**", ""]
            out += [f"- {_lit(item_text(i.text, i.erratum, lang))}" for i in detail.cons]
        else:  # a runtime the 2018 table predates
            out += ["", f"### {_lit(label('not_in_table_for', lang, name=detail.name))}", ""]
            out += [_lit(label("not_in_table", lang))]
        if detail.notes:
            out += ["", f"**{_lit(label('notes', lang))}**", ""]
            out += [_md_note(n, lang) for n in detail.notes]
    if plan.platform_notes:
        out += ["", f"### {_lit(label('platform_notes', lang))}", ""]
        out += [_md_note(n, lang) for n in plan.platform_notes]
    out += ["", f"## {_lit(label('adr_alternatives', lang))}", ""]
    for w in plan.workloads:
        if not plan.single:
            out += [f"### {_lit(label('for_workload', lang, name=w.name))}", ""]
        for entry in w.ranking:
            if entry.runtime_id == w.recommendation_id:
                continue
            status = label("excluded", lang) if entry.excluded else f"{label('score', lang)} {points_text(entry.score)}"
            # a runtime no rule scored (one tied with the pick, say) still gets a sentence, as in the window
            reason = why_not(entry) or label("no_points", lang)
            out.append(f"- **{_lit(entry.name)}** ({_lit(status)}): {_lit(reason)}")
        out.append("")
    out += [f"## {_lit(label('what_if', lang))}", ""]
    for w in plan.workloads:
        if not plan.single:
            out += [f"### {_lit(label('for_workload', lang, name=w.name))}", ""]
        out += [f"- {_lit(what_if_line(x, lang))}" for x in w.what_if] or [_lit(label("what_if_none", lang))]
        out.append("")
    out += _md_artifacts(report)
    table = report.table
    out += [f"## {_lit(label('comparison', lang))}", "", _lit(label("erratum_marker", lang)), ""]
    header = [""] + [f"**{_md(c)}**" if i == table.highlighted else _md(c) for i, c in enumerate(table.columns)]
    out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in table.rows:
        cells = [_md(c.text) + (f"<br>*{_md(c.erratum)}*" if c.erratum else "") for c in row.cells]
        out.append(f"| {_md(row.label)} | " + " | ".join(cells) + " |")
    out += [
        "",
        "---",
        "",
        _lit(f"{label('dataset', lang)}: {report.dataset_title}, {label('as_of', lang)} {report.as_of}."),
        "",
        _lit(f"{label('sources', lang)}:"),
        "",
    ]
    out += [f"- <{_md_url(s)}>" for s in report.sources]
    return escaped_controls("\n".join(out) + "\n")  # as render_text
