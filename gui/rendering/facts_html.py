"""Every correction and dated fact behind the data, per runtime and per platform, as HTML for
the comparison dialog: each erratum beside the cell it corrects, each note with the day it
happened and the day it was last checked against its source, each release line with its end of
life. Qt-free; every data text is escaped, and links are https only (the data's schema)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from gui.domain.labels import label
from gui.domain.model import AdvisorData, Erratum, Lang, Note, Runtime


def _link(url: str) -> str:
    return f'<a href="{escape(url)}">{escape(url)}</a>'


def _erratum_target(runtime: Runtime, erratum: Erratum, data: AdvisorData, lang: Lang) -> str:
    if erratum.target_kind == "row":
        row = next(r for r in data.dataset.rows if r.id == erratum.target)
        return f"{row.label.get(lang)}: {runtime.seed[row.id]}"
    assert isinstance(erratum.target, int)
    items = runtime.pros if erratum.target_kind == "pro" else runtime.cons
    kind = label("pros" if erratum.target_kind == "pro" else "cons", lang)
    return f"{kind} {erratum.target}: {items[erratum.target - 1].published}"


def _notes(notes: tuple[Note, ...], lang: Lang, muted: str) -> str:
    rows = []
    for note in sorted(notes, key=lambda n: n.date, reverse=True):
        rows.append(
            f"<li><b>{escape(note.date)}</b> {escape(note.text.get(lang))} "
            f'<span style="color:{muted}">({_link(note.source)}; {escape(label("checked", lang, date=note.checked))})'
            "</span></li>"
        )
    return "<ul>" + "".join(rows) + "</ul>"


def facts_html(data: AdvisorData, lang: Lang, h: Mapping[str, str], muted: str) -> str:
    """`h` holds the dialog's translated headings: errata, notes, releases, platforms."""
    parts: list[str] = []
    for runtime in data.dataset.runtimes:
        parts.append(f"<h3>{escape(runtime.name)}</h3>")
        if runtime.errata:
            parts.append(f"<h4>{escape(h['errata'])}</h4><ul>")
            for erratum in runtime.errata:
                parts.append(
                    f"<li><i>{escape(_erratum_target(runtime, erratum, data, lang))}</i> &#8594; "
                    f"{escape(erratum.correction.get(lang))} "
                    f'<span style="color:{muted}">({_link(erratum.source)}; '
                    f"{escape(label('checked', lang, date=erratum.checked))})</span></li>"
                )
            parts.append("</ul>")
        if runtime.notes:
            parts.append(f"<h4>{escape(h['notes'])}</h4>" + _notes(runtime.notes, lang, muted))
        if runtime.releases:
            parts.append(f"<h4>{escape(h['releases'])}</h4><ul>")
            for release in runtime.releases:
                end = f"; {label('until', lang, date=release.eol)}" if release.eol else ""
                parts.append(
                    f"<li><b>{escape(release.line)}</b> {escape(release.status.get(lang))}{escape(end)} "
                    f'<span style="color:{muted}">({escape(label("checked", lang, date=release.checked))})</span></li>'
                )
            parts.append("</ul>")
    platform_notes = [p for p in data.platforms.values() if p.notes]
    if platform_notes:
        parts.append(f"<h3>{escape(h['platforms'])}</h3>")
        for platform in platform_notes:
            parts.append(f"<h4>{escape(platform.name.get(lang))}</h4>" + _notes(platform.notes, lang, muted))
    if data.dataset.notes:
        parts.append(f"<h3>{escape(h['general'])}</h3>" + _notes(data.dataset.notes, lang, muted))
    return "".join(parts)
