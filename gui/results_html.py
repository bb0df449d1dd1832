"""The results page's detail text as HTML: why the pick won, the table's pros and cons (errata
marked), why the others lost, current notes, and docs links.

Qt-free so it can be read and tested on its own; the page passes in its translated headings and
the palette's colours, so the text follows the language and the light or dark scheme.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from gui.domain.engine import Recommendation, RuntimeResult
from gui.domain.model import AdvisorData, Lang, Runtime, SeedItem


def _points(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}"


def _link(url: str) -> str:
    return f'<a href="{escape(url)}">{escape(url)}</a>'


def _items(
    runtime: Runtime, kind: str, items: tuple[SeedItem, ...], lang: Lang, h: Mapping[str, str], muted: str
) -> str:
    rows = []
    for number, item in enumerate(items, start=1):
        text = escape(item.text.get(lang))
        erratum = runtime.erratum_for(kind, number)
        if erratum is not None:
            text += (
                f'<br><span style="color:{muted}">&#8224; {escape(h["erratum"])}: '
                f"{escape(erratum.correction.get(lang))}</span>"
            )
        rows.append(f"<li>{text}</li>")
    return "<ul>" + "".join(rows) + "</ul>"


def _why_not(entry: RuntimeResult, lang: Lang, h: Mapping[str, str]) -> str:
    if entry.excluded:
        return f"<b>{escape(h['excluded'])}:</b> " + "; ".join(escape(r.text.get(lang)) for r in entry.exclusions)
    shown = [r for r in entry.contributions if (r.points or 0) < 0] or list(entry.contributions)
    if not shown:
        return escape(h["no_points"])
    return "; ".join(f"{escape(r.text.get(lang))} ({_points(r.points)})" for r in shown[:3])


def results_html(data: AdvisorData, result: Recommendation, lang: Lang, h: Mapping[str, str], muted: str) -> str:
    """`h` holds the translated headings; `muted` is a colour name for secondary text."""
    dataset = data.dataset
    parts: list[str] = []
    pick = result.recommendation
    if pick is not None:
        runtime = dataset.runtime(pick)
        top = result.ranking[0]
        parts.append(f"<h3>{escape(h['why'])}</h3>")
        if top.contributions:
            parts.append("<table cellspacing='0' cellpadding='3'>")
            for reason in top.contributions:
                parts.append(
                    f"<tr><td align='right' valign='top'><b>{_points(reason.points)}</b></td>"
                    f"<td>{escape(reason.text.get(lang))}</td></tr>"
                )
            parts.append("</table>")
        else:
            parts.append(f"<p>{escape(h['no_points'])}</p>")
        parts.append(f"<h3>{escape(h['table'])}</h3>")
        parts.append(
            f'<p style="color:{muted}">{escape(dataset.seed.title)}, {escape(dataset.seed.updated)}. '
            f"{escape(h['table_note'])}</p>"
        )
        parts.append(f"<h4>{escape(h['pros'])}</h4>" + _items(runtime, "pro", runtime.pros, lang, h, muted))
        parts.append(f"<h4>{escape(h['cons'])}</h4>" + _items(runtime, "con", runtime.cons, lang, h, muted))
        if runtime.notes or dataset.notes:
            parts.append(f"<h3>{escape(h['notes'])}</h3><ul>")
            for note in (*runtime.notes, *dataset.notes):
                parts.append(
                    f"<li><b>{escape(note.date)}</b> {escape(note.text.get(lang))} "
                    f'<span style="color:{muted}">({_link(note.source)})</span></li>'
                )
            parts.append("</ul>")
        if runtime.links:
            parts.append(f"<h3>{escape(h['docs'])}</h3><p>" + "<br>".join(_link(u) for u in runtime.links) + "</p>")
    others = [e for e in result.ranking if e.runtime != pick]
    if others:
        parts.append(f"<h3>{escape(h['others'])}</h3><ul>")
        for entry in others:
            name = escape(dataset.runtime(entry.runtime).name)
            score = "" if entry.excluded else f" ({_points(entry.score)})"
            parts.append(f"<li><b>{name}</b>{score}: {_why_not(entry, lang, h)}</li>")
        parts.append("</ul>")
    parts.append(f'<p style="color:{muted}">{escape(h["dataset"])}</p>')
    return "".join(parts)
