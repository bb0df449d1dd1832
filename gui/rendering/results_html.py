"""The results page's detail text as HTML, from the report model every export also renders:
the plan (platform, node runtime, each workload's headline), then for the workload on screen
its warnings and preconditions, how its sandbox is selected and set up, why it won, the
table's pros and cons (errata marked), dated notes (with the day each was checked), docs
links, and why the others lost.

Qt-free so it can be read and tested on its own; the page passes in its translated headings and
the palette's colour for secondary text, so the text follows the language and the light or
dark scheme. Every text from the data is escaped: nothing in it is read as HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from gui.domain.labels import label
from gui.domain.model import Lang
from gui.domain.report.comparison import ItemLine
from gui.domain.report.model import NoteLine, Report, WorkloadReport
from gui.domain.report.text import fit_summary, points_text, releases_text, runtime_class_text, why_not


def _link(url: str) -> str:
    return f'<a href="{escape(url)}">{escape(url)}</a>'


def _items(items: tuple[ItemLine, ...], h: Mapping[str, str], muted: str) -> str:
    rows = []
    for item in items:
        text = escape(item.text)
        if item.erratum is not None:
            text += f'<br><span style="color:{muted}">&#8224; {escape(h["erratum"])}: {escape(item.erratum)}</span>'
        rows.append(f"<li>{text}</li>")
    return "<ul>" + "".join(rows) + "</ul>"


def _notes(notes: tuple[NoteLine, ...], lang: Lang, muted: str) -> str:
    rows = []
    for note in notes:
        checked = f"; {escape(label('checked', lang, date=note.checked))}" if note.checked else ""
        rows.append(
            f"<li><b>{escape(note.date)}</b> {escape(note.text)} "
            f'<span style="color:{muted}">({_link(note.source)}{checked})</span></li>'
        )
    return "<ul>" + "".join(rows) + "</ul>"


def _plan_overview(report: Report, current: int, muted: str) -> str:
    lang = report.lang
    plan = report.plan
    parts = [f"<h3>{escape(label('plan', lang))}: {escape(plan.platform)}</h3>"]
    if plan.node is not None:
        node = plan.node
        parts.append(
            f"<p><b>{escape(label('node_runtime', lang))}:</b> {escape(node.name)}, "
            f"{escape(label('oci_runtime', lang))} {escape(node.oci_runtime)}<br>"
            + "<br>".join(escape(r) for r in node.reasons)
            + (
                f'<br><span style="color:{muted}">{escape(label("supported_lines", lang))}: '
                f"{escape(releases_text(node.releases, lang))}</span>"
                if node.releases
                else ""
            )
            + "".join(f'<br><span style="color:{muted}">{escape(alt)}</span>' for alt in node.alternatives)
            + "</p>"
        )
    detected = [n for n in plan.notes if n.kind == "detected"]
    if detected:
        parts.append(
            f"<p><b>{escape(label('detected', lang))}:</b></p><ul>"
            + "".join(f"<li>{escape(n.text)}</li>" for n in detected)
            + "</ul>"
        )
    # what imported verify and benchmark records show, contradictions first (gui.domain.proof)
    proof = [n for n in plan.notes if n.kind in ("verified", "measured") or n.id.startswith("evidence-")]
    if proof:
        parts.append(
            f"<p><b>{escape(label('evidence', lang))}:</b></p><ul>"
            + "".join(
                f"<li><b>{escape(label(n.kind, lang))}</b>"
                + (f" ({escape(n.workload)})" if n.workload else "")
                + f": {escape(n.text)}</li>"
                for n in proof
            )
            + "</ul>"
        )
    if len(plan.workloads) > 1:
        rows = []
        for index, w in enumerate(plan.workloads):
            name = escape(w.name)
            if index == current:
                name = f"<b>{name}</b>"
            rows.append(
                f"<tr><td valign='top'>{name}</td><td valign='top'>{escape(w.headline)}</td>"
                f"<td valign='top'>{escape(fit_summary(w, lang))}</td></tr>"
            )
        parts.append("<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>")
    return "".join(parts)


def _side_by_side(workload: WorkloadReport, h: Mapping[str, str]) -> str:
    """A tie, a weak fit or a close call is a choice between options: the top two (or all tied
    ones) in columns, each with its score and the points behind it."""
    if workload.fit not in ("tie", "weak", "close-call") or workload.recommendation_id is None:
        return ""
    tied = set(workload.tied_with)
    scored = [e for e in workload.ranking if not e.excluded]
    shown = [e for e in scored if e.runtime_id == workload.recommendation_id or e.runtime_id in tied]
    if len(shown) < 2:
        shown = scored[:2]
    if len(shown) < 2:
        return ""
    head = "".join(f"<th align='left'>{escape(e.name)} ({points_text(e.score)})</th>" for e in shown)
    cells = []
    for entry in shown:
        reasons = "".join(
            f"<li><b>{points_text(r.points)}</b> {escape(r.text)}</li>" for r in entry.reasons if r.points is not None
        )
        cells.append(f"<td valign='top'><ul>{reasons}</ul></td>")
    return (
        f"<h3>{escape(h['side_by_side'])}</h3>"
        f"<table cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr><tr>{''.join(cells)}</tr></table>"
    )


def _selector(workload: WorkloadReport, lang: Lang, h: Mapping[str, str]) -> str:
    parts = []
    selector = runtime_class_text(workload, lang)
    if selector:
        parts.append(f"<p><b>{escape(selector)}</b>")
        if workload.variant_why:
            parts.append(f"<br>{escape(workload.variant_why)}")
        parts.append("</p>")
    if workload.setup:
        parts.append(f"<p><b>{escape(h['setup'])}:</b> {escape(workload.setup)}</p>")
    if workload.capacity is not None:
        parts.append(f"<p><b>{escape(h['capacity'])}:</b> {escape(' '.join(workload.capacity.lines))}</p>")
    return "".join(parts)


def results_html(report: Report, h: Mapping[str, str], muted: str, current: int = 0) -> str:
    """`h` holds the translated headings; `muted` is a colour name for secondary text;
    `current` the index of the workload the page shows."""
    lang = report.lang
    plan = report.plan
    workload = plan.workloads[current]
    parts: list[str] = [_plan_overview(report, current, muted)]
    if workload.notes:
        parts.append(f"<h3>{escape(h['warnings'])}</h3><ul>")
        parts += [f"<li><b>{escape(label(n.kind, lang))}:</b> {escape(n.text)}</li>" for n in workload.notes]
        parts.append("</ul>")
    parts.append(_side_by_side(workload, h))
    if workload.recommendation is not None:
        parts.append(_selector(workload, lang, h))
        parts.append(f"<h3>{escape(h['why'])}</h3>")
        if workload.why:
            parts.append("<table cellspacing='0' cellpadding='3'>")
            for reason in workload.why:
                parts.append(
                    f"<tr><td align='right' valign='top'><b>{points_text(reason.points)}</b></td>"
                    f"<td>{escape(reason.text)}</td></tr>"
                )
            parts.append("</table>")
        else:
            parts.append(f"<p>{escape(h['no_points'])}</p>")
        detail = next(d for d in plan.details if d.runtime_id == workload.recommendation_id)
        parts.append(f"<h3>{escape(h['table'])}</h3>")
        if detail.in_table:
            parts.append(
                f'<p style="color:{muted}">{escape(report.seed_title)}, {escape(report.seed_updated)}. '
                f"{escape(h['table_note'])}</p>"
            )
            parts.append(f"<h4>{escape(h['pros'])}</h4>" + _items(detail.pros, h, muted))
            parts.append(f"<h4>{escape(h['cons'])}</h4>" + _items(detail.cons, h, muted))
        else:  # a runtime the 2018 table predates
            parts.append(f'<p style="color:{muted}">{escape(label("not_in_table", lang))}</p>')
        if detail.notes:
            parts.append(f"<h3>{escape(h['notes'])}</h3>" + _notes(detail.notes, lang, muted))
        if detail.links:
            parts.append(f"<h3>{escape(h['docs'])}</h3><p>" + "<br>".join(_link(u) for u in detail.links) + "</p>")
    others = [e for e in workload.ranking if e.runtime_id != workload.recommendation_id]
    if others:
        parts.append(f"<h3>{escape(h['others'])}</h3><ul>")
        for entry in others:
            score = "" if entry.excluded else f" ({points_text(entry.score)})"
            if entry.excluded:
                reason = f"<b>{escape(h['excluded'])}:</b> {escape(why_not(entry))}"
            elif entry.runtime_id in workload.tied_with:
                # a runtime tied with the pick did not lose: say so
                reason = f"<b>{escape(h['tied'])}.</b> {escape(why_not(entry) or h['no_points'])}"
            else:
                reason = escape(why_not(entry) or h["no_points"])
            parts.append(f"<li><b>{escape(entry.name)}</b>{score}: {reason}</li>")
        parts.append("</ul>")
    if plan.platform_notes:
        parts.append(f"<h3>{escape(h['platform_notes'])}</h3>" + _notes(plan.platform_notes, lang, muted))
    parts.append(f'<p style="color:{muted}">{escape(h["dataset"])}</p>')
    return "".join(parts)
