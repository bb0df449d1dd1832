"""The results page's detail text as HTML, from the report model every export also renders:
why the pick won, the table's pros and cons (errata marked), current notes, docs links, and
why the others lost.

Qt-free so it can be read and tested on its own; the page passes in its translated headings and
the palette's colour for secondary text, so the text follows the language and the light or
dark scheme.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from gui.domain.report import ItemLine, Report
from gui.domain.report_text import points_text, why_not


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


def results_html(report: Report, h: Mapping[str, str], muted: str) -> str:
    """`h` holds the translated headings; `muted` is a colour name for secondary text."""
    parts: list[str] = []
    if report.recommendation is not None:
        parts.append(f"<h3>{escape(h['why'])}</h3>")
        if report.why:
            parts.append("<table cellspacing='0' cellpadding='3'>")
            for reason in report.why:
                parts.append(
                    f"<tr><td align='right' valign='top'><b>{points_text(reason.points)}</b></td>"
                    f"<td>{escape(reason.text)}</td></tr>"
                )
            parts.append("</table>")
        else:
            parts.append(f"<p>{escape(h['no_points'])}</p>")
        parts.append(f"<h3>{escape(h['table'])}</h3>")
        parts.append(
            f'<p style="color:{muted}">{escape(report.seed_title)}, {escape(report.seed_updated)}. '
            f"{escape(h['table_note'])}</p>"
        )
        parts.append(f"<h4>{escape(h['pros'])}</h4>" + _items(report.pros, h, muted))
        parts.append(f"<h4>{escape(h['cons'])}</h4>" + _items(report.cons, h, muted))
        if report.notes:
            parts.append(f"<h3>{escape(h['notes'])}</h3><ul>")
            for note in report.notes:
                parts.append(
                    f"<li><b>{escape(note.date)}</b> {escape(note.text)} "
                    f'<span style="color:{muted}">({_link(note.source)})</span></li>'
                )
            parts.append("</ul>")
        if report.links:
            parts.append(f"<h3>{escape(h['docs'])}</h3><p>" + "<br>".join(_link(u) for u in report.links) + "</p>")
    others = [e for e in report.ranking if e.runtime_id != report.recommendation_id]
    if others:
        parts.append(f"<h3>{escape(h['others'])}</h3><ul>")
        for entry in others:
            score = "" if entry.excluded else f" ({points_text(entry.score)})"
            reason = (
                f"<b>{escape(h['excluded'])}:</b> {escape(why_not(entry))}"
                if entry.excluded
                else escape(why_not(entry) or h["no_points"])
            )
            parts.append(f"<li><b>{escape(entry.name)}</b>{score}: {reason}</li>")
        parts.append("</ul>")
    parts.append(f'<p style="color:{muted}">{escape(h["dataset"])}</p>')
    return "".join(parts)
