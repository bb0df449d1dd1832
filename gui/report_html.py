"""The report model as HTML for Qt's rich-text engine (QTextDocument), which lays out the PDF.

Qt-free and kept to the HTML subset QTextDocument supports: tables with <thead> (their header
row repeats when a table breaks across pages), headings, lists, simple inline styles.
"""

from __future__ import annotations

from html import escape

from gui.domain.labels import label
from gui.domain.model import Lang
from gui.domain.report import Report
from gui.domain.report_text import points_text, why_not

_TABLE = (
    '<table width="100%" cellspacing="0" cellpadding="4" border="0.5" '
    'style="border-collapse: collapse; border-color: #888888">'
)


def _rows(cells: list[list[str]], header: list[str], widths: list[int] | None = None) -> str:
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


def report_html(report: Report) -> str:
    lang = report.lang
    h = escape
    parts = [
        f"<h1>{h(label('title', lang))}</h1>",
        f"<p>{h(label('generated_on', lang, date=report.generated_on, version=report.app_version))}. "
        f"{h(label('dataset', lang))}: {h(report.dataset_title)}, {h(label('as_of', lang))} {h(report.as_of)}.</p>",
    ]
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

    parts.append(f"<h2>{h(label('answers', lang))}</h2>")
    parts.append(
        _rows(
            [[h(a.question), h(a.answer)] for a in report.answers],
            [h(label("question", lang)), h(label("answer", lang))],
            [60, 40],
        )
    )

    if report.recommendation is not None:
        parts.append(f"<h2>{h(label('why', lang, name=report.recommendation))}</h2>")
        if report.why:
            parts.append(
                _rows(
                    [[f"<b>{points_text(r.points)}</b>", h(r.text), h(r.rule)] for r in report.why],
                    [h(label("points", lang)), h(label("reasons", lang)), h(label("rule", lang))],
                    [10, 68, 22],
                )
            )
        else:
            parts.append(f"<p>{h(label('no_reasons', lang))}</p>")
        parts.append(f"<h2>{h(label('table', lang))}</h2>")
        parts.append(f"<p>{h(report.seed_title)} ({h(report.seed_updated)}). {h(label('table_en_note', lang))}</p>")
        parts.append(
            f"<h3>{h(label('pros', lang))}</h3><ul>"
            + "".join(f"<li>{_item(i.text, i.erratum, lang)}</li>" for i in report.pros)
            + "</ul>"
        )
        parts.append(
            f"<h3>{h(label('cons', lang))}</h3><ul>"
            + "".join(f"<li>{_item(i.text, i.erratum, lang)}</li>" for i in report.cons)
            + "</ul>"
        )

    parts.append(f"<h2>{h(label('ranking', lang))}</h2>")
    rows = []
    for entry in report.ranking:
        reasons = "<br/>".join(
            f"{'×' if r.kind == 'exclude' else points_text(r.points)} {h(r.text)}" for r in entry.reasons
        ) or h(label("no_reasons", lang))
        score = h(label("excluded", lang)) if entry.excluded else points_text(entry.score)
        rows.append([str(entry.place), f"<b>{h(entry.name)}</b>", score, reasons])
    parts.append(
        _rows(
            rows, ["#", h(label("runtime", lang)), h(label("score", lang)), h(label("reasons", lang))], [5, 20, 12, 63]
        )
    )

    parts.append(f"<h2>{h(label('excluded_heading', lang))}</h2>")
    if report.excluded:
        parts.append(
            "<ul>" + "".join(f"<li><b>{h(e.name)}</b>: {h(why_not(e))}</li>" for e in report.excluded) + "</ul>"
        )
    else:
        parts.append("<p>-</p>")

    parts.append(f"<h2>{h(label('what_if', lang))}</h2>")
    if report.what_if:
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{h(w.question)} <b>{h(w.answer)}</b> → <b>{h(w.runtime or label('nothing', lang))}</b> "
                f"({h(w.current)} → {h(w.answer)})</li>"
                for w in report.what_if
            )
            + "</ul>"
        )
    else:
        parts.append(f"<p>{h(label('what_if_none', lang))}</p>")

    if report.notes:
        parts.append(f"<h2>{h(label('notes', lang))}</h2><ul>")
        parts += [f"<li><b>{h(n.date)}</b> {h(n.text)}<br/><small>{h(n.source)}</small></li>" for n in report.notes]
        parts.append("</ul>")

    table = report.table
    parts.append(
        f"<h2>{h(label('comparison', lang))}</h2><p>{h(report.seed_about)} {h(label('erratum_marker', lang))}</p>"
    )
    header = [""] + [f"<b>{h(c)} ★</b>" if i == table.highlighted else h(c) for i, c in enumerate(table.columns)]
    body = []
    for row in table.rows:
        cells = [f'<span style="font-size: 8pt"><b>{h(row.label)}</b></span>']
        for c in row.cells:
            text = h(c.text).replace("\n", "<br/>")
            if c.erratum:
                text += "<br/><i>" + h(c.erratum).replace("\n", "<br/>") + "</i>"
            cells.append(f'<span style="font-size: 7.5pt">{text}</span>')
        body.append(cells)
    parts.append(_rows(body, header, [14, 17, 17, 17, 17, 18]))

    parts.append(f"<h2>{h(label('sources', lang))}</h2><ul>")
    parts += [f"<li>{h(s)}</li>" for s in report.sources]
    parts.append("</ul>")
    parts.append(f"<p>{h(label('generated_on', lang, date=report.generated_on, version=report.app_version))}.</p>")
    return "".join(parts)
