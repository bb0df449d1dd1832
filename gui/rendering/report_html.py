"""The report model as HTML for Qt's rich-text engine (QTextDocument), which lays out the PDF.

Qt-free and kept to the HTML subset QTextDocument supports: tables with <thead> (their header
row repeats when a table breaks across pages), headings, lists, simple inline styles. Every
text from the data is escaped.

Order: the plan (what to run, how well it fits, warnings and preconditions), the answers, each
workload's reasons, ranking and what-ifs, what the table and the dated notes say about each
runtime the plan uses, the comparison table as published, and the sources.
"""

from __future__ import annotations

from html import escape

from gui.domain.labels import label
from gui.domain.model import Lang
from gui.domain.report.model import AnswerLine, NoteLine, PlanReport, Report, WorkloadReport
from gui.domain.report.text import (
    fit_summary,
    points_text,
    releases_text,
    runtime_class_text,
    tie_text,
    what_if_line,
    why_not,
)

_TABLE = (
    '<table width="100%" cellspacing="0" cellpadding="4" border="0.5" '
    'style="border-collapse: collapse; border-color: #888888">'
)
LABEL_COLUMN_PERCENT = 14  # the comparison table's row labels; the runtimes share the rest
MAX_TABLE_COLUMNS = 5  # runtimes side by side on a portrait page
CODE_POINTS = 6.5  # lines up to about 120 characters fit an A4 or Letter page; a longer path wraps, never clips


def _rows(cells: list[list[str]], header: list[str], widths: list[int] | None = None) -> str:
    if widths is not None and len(widths) != len(header):
        widths = None  # never fail a report over layout: let Qt size the columns
    head = "".join(
        f'<th align="left"{f" width={chr(34)}{w}%{chr(34)}" if widths else ""}>{h}</th>'
        for h, w in zip(header, widths or [0] * len(header), strict=True)
    )
    body = "".join("<tr>" + "".join(f'<td valign="top">{c}</td>' for c in row) + "</tr>" for row in cells)
    return f'{_TABLE}<thead><tr style="background-color: #e8e8e8">{head}</tr></thead>{body}</table>'


def _item(text: str, erratum: str | None, lang: Lang) -> str:
    if erratum is None:
        return escape(text)
    return f"{escape(text)}<br/><i>† {escape(label('erratum', lang))}: {escape(erratum)}</i>"


def _answers_table(answers: tuple[AnswerLine, ...], lang: Lang) -> str:
    return _rows(
        [[escape(a.question), escape(a.answer)] for a in answers],
        [escape(label("question", lang)), escape(label("answer", lang))],
        [60, 40],
    )


def _notes(notes: tuple[NoteLine, ...], lang: Lang) -> str:
    return (
        "<ul>"
        + "".join(
            f"<li><b>{escape(n.date)}</b> {escape(n.text)}<br/><small>{escape(n.source)}"
            + (f"; {escape(label('checked', lang, date=n.checked))}" if n.checked else "")
            + "</small></li>"
            for n in notes
        )
        + "</ul>"
    )


def _plan_html(plan: PlanReport, names: dict[str, str], lang: Lang) -> list[str]:
    h = escape
    parts = [f"<h2>{h(label('plan', lang))}: {h(plan.platform)}</h2>"]
    if plan.node is not None:
        node = plan.node
        parts.append(
            f"<p><b>{h(label('node_runtime', lang))}:</b> {h(node.name)}, "
            f"{h(label('oci_runtime', lang))} {h(node.oci_runtime)}. " + " ".join(h(r) for r in node.reasons) + "</p>"
        )
        if node.releases:
            parts.append(f"<p>{h(label('supported_lines', lang))}: {h(releases_text(node.releases, lang))}</p>")
        parts += [f"<p><i>{h(alt)}</i></p>" for alt in node.alternatives]
    rows = []
    for w in plan.workloads:
        selector = runtime_class_text(w, lang) or "-"
        fit = h(fit_summary(w, lang))
        if (tie := tie_text(w, names, lang)) is not None:
            fit += f"<br/><i>{h(tie)}</i>"
        rows.append([f"<b>{h(w.name)}</b>", h(w.headline), h(selector), fit])
    parts.append(
        _rows(
            rows,
            [h(label("workload", lang)), h(label("run", lang)), h(label("runtime_class", lang)), h(label("fit", lang))],
            [16, 34, 30, 20],
        )
    )
    parts.append(f"<h3>{h(label('warnings', lang))}</h3>")
    if plan.notes:
        parts.append(
            "<ul>"
            + "".join(
                f"<li><b>{h(label(n.kind, lang))}</b>{' (' + h(n.workload) + ')' if n.workload else ''}: "
                f"{h(n.text)}</li>"
                for n in plan.notes
            )
            + "</ul>"
        )
    else:
        parts.append(f"<p>{h(label('no_warnings', lang))}</p>")
    return parts


def _workload_html(w: WorkloadReport, lang: Lang, single: bool) -> list[str]:
    h = escape
    parts = [f"<h2>{h(label('for_workload', lang, name=w.name))}: {h(w.headline)}</h2>"]
    if not single:
        parts.append(_answers_table(w.answers, lang))
    if w.recommendation is None:
        parts.append(f"<p>{h(label('none_fits', lang))} {h(label('none_fits_hint', lang))}</p>")
    else:
        if w.variant_why:
            parts.append(f"<p>{h(w.variant_why)}</p>")
        if w.setup:
            parts.append(f"<p><b>{h(label('setup', lang))}:</b> {h(w.setup)}</p>")
        if w.capacity is not None:
            parts.append(f"<p><b>{h(label('capacity', lang))}:</b> {h(' '.join(w.capacity.lines))}</p>")
        parts.append(f"<h3>{h(label('why', lang, name=w.recommendation))}</h3>")
        if w.why:
            parts.append(
                _rows(
                    [[f"<b>{points_text(r.points)}</b>", h(r.text), h(r.rule)] for r in w.why],
                    [h(label("points", lang)), h(label("reasons", lang)), h(label("rule", lang))],
                    [10, 68, 22],
                )
            )
        else:
            parts.append(f"<p>{h(label('no_reasons', lang))}</p>")
    parts.append(f"<h3>{h(label('ranking', lang))}</h3>")
    # a heading per runtime with its reasons below, not a table: a table row that breaks across
    # pages leaves its continuation without the runtime's name (the PDF keeps a heading with
    # what follows it)
    for entry in w.ranking:
        score = h(label("excluded", lang)) if entry.excluded else points_text(entry.score)
        parts.append(f"<h4>{entry.place}. {h(entry.name)} &nbsp; {score}</h4>")
        reasons = "".join(
            f"<li>{'×' if r.kind == 'exclude' else points_text(r.points)} {h(r.text)}</li>" for r in entry.reasons
        )
        parts.append(f"<ul>{reasons}</ul>" if reasons else f"<p>{h(label('no_reasons', lang))}</p>")
    excluded = [e for e in w.ranking if e.excluded]
    if excluded:
        parts.append(f"<h3>{h(label('excluded_heading', lang))}</h3>")
        parts.append("<ul>" + "".join(f"<li><b>{h(e.name)}</b>: {h(why_not(e))}</li>" for e in excluded) + "</ul>")
    parts.append(f"<h3>{h(label('what_if', lang))}</h3>")
    if w.what_if:
        parts.append("<ul>" + "".join(f"<li>{h(what_if_line(x, lang))}</li>" for x in w.what_if) + "</ul>")
    else:
        parts.append(f"<p>{h(label('what_if_none', lang))}</p>")
    return parts


def report_html(report: Report) -> str:
    lang = report.lang
    plan = report.plan
    names = {entry.runtime_id: entry.name for entry in report.ranking}
    h = escape
    parts = [
        f"<h1>{h(label('title', lang))}</h1>",
        f"<p>{h(label('generated_on', lang, date=report.generated_on, version=report.app_version))}. "
        f"{h(label('dataset', lang))}: {h(report.dataset_title)}, {h(label('as_of', lang))} {h(report.as_of)}.</p>",
    ]
    if plan.single:
        if report.recommendation is None:
            parts.append(
                f"<h2>{h(label('recommendation', lang))}: {h(label('none_fits', lang))}</h2>"
                f"<p>{h(label('none_fits_hint', lang))}</p>"
            )
        else:
            tie = ""
            if report.tied_with:
                tie = f" ({h(label('tied', lang))} {h(', '.join(report.name_of(r) for r in report.tied_with))})"
            parts.append(
                f"<h2>{h(label('recommendation', lang))}: {h(report.recommendation)}</h2>"
                f"<p>{h(label('score', lang))} {points_text(report.score)}{tie}</p>"
            )
    parts += _plan_html(plan, names, lang)

    if plan.single:
        parts.append(f"<h2>{h(label('answers', lang))}</h2>" + _answers_table(report.answers, lang))
    else:
        parts.append(f"<h2>{h(label('cluster_answers', lang))}</h2>" + _answers_table(plan.cluster_answers, lang))
    for w in plan.workloads:
        parts += _workload_html(w, lang, plan.single)

    for detail in plan.details:
        if detail.in_table:
            parts.append(f"<h2>{h(label('from_table_for', lang, name=detail.name))}</h2>")
            parts.append(f"<p>{h(report.seed_title)} ({h(report.seed_updated)}). {h(label('table_en_note', lang))}</p>")
            parts.append(
                f"<h3>{h(label('pros', lang))}</h3><ul>"
                + "".join(f"<li>{_item(i.text, i.erratum, lang)}</li>" for i in detail.pros)
                + "</ul>"
            )
            parts.append(
                f"<h3>{h(label('cons', lang))}</h3><ul>"
                + "".join(f"<li>{_item(i.text, i.erratum, lang)}</li>" for i in detail.cons)
                + "</ul>"
            )
        else:  # a runtime the 2018 table predates
            parts.append(f"<h2>{h(label('not_in_table_for', lang, name=detail.name))}</h2>")
            parts.append(f"<p>{h(label('not_in_table', lang))}</p>")
        if detail.notes:
            parts.append(f"<h3>{h(label('notes', lang))}</h3>" + _notes(detail.notes, lang))
    if plan.platform_notes:
        parts.append(f"<h2>{h(label('platform_notes', lang))}</h2>" + _notes(plan.platform_notes, lang))

    if plan.artifacts:
        # the files start on a page of their own, so their heading never ends a page alone
        parts.append(
            f'<h2 style="page-break-before: always">{h(label("artifacts", lang))}</h2>'
            f"<p>{h(label('artifacts_intro', lang))}</p>"
        )
        for artifact in plan.artifacts:
            parts.append(
                f"<h3>{h(artifact.filename)}</h3><p><small>{h(artifact.kind)}; {h(artifact.applies_to)}; "
                f"{h(artifact.source)}</small></p>"
                + (f"<p>{h(artifact.note)}</p>" if artifact.note else "")
                + f'<pre style="font-size: {CODE_POINTS}pt; white-space: pre-wrap">{h(artifact.text)}</pre>'
            )
    table = report.table
    parts.append(
        f"<h2>{h(label('comparison', lang))}</h2><p>{h(report.seed_about)} {h(label('erratum_marker', lang))}</p>"
    )
    # More runtimes than fit a page's width side by side (the seed has five): the table is
    # continued below in groups of five columns, each with the row names again.
    for first in range(0, max(len(table.columns), 1), MAX_TABLE_COLUMNS):
        shown = range(first, min(first + MAX_TABLE_COLUMNS, len(table.columns)))
        header = [""] + [
            f"<b>{h(table.columns[i])} ★</b>" if i == table.highlighted else h(table.columns[i]) for i in shown
        ]
        body = []
        for row in table.rows:
            cells = [f'<span style="font-size: 8pt"><b>{h(row.label)}</b></span>']
            for c in (row.cells[i] for i in shown):
                text = h(c.text).replace("\n", "<br/>")
                if c.erratum:
                    text += "<br/><i>" + h(c.erratum).replace("\n", "<br/>") + "</i>"
                cells.append(f'<span style="font-size: 7.5pt">{text}</span>')
            body.append(cells)
        columns = max(len(shown), 1)
        share = (100 - LABEL_COLUMN_PERCENT) // columns
        parts.append(_rows(body, header, [100 - share * len(shown), *([share] * len(shown))]))

    parts.append(f"<h2>{h(label('sources', lang))}</h2><ul>")
    parts += [f"<li>{h(s)}</li>" for s in report.sources]
    parts.append("</ul>")
    parts.append(f"<p>{h(label('generated_on', lang, date=report.generated_on, version=report.app_version))}.</p>")
    return "".join(parts)
