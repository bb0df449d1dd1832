"""Plain-text and Markdown renderings of the report model.

The Markdown form is an Architecture Decision Record, ready for a repository's docs/adr/:
context (the answers), decision, consequences (the table's pros and cons and what changed
since), the alternatives with why each lost, what would change the decision, the comparison
table, and the sources.
"""

from __future__ import annotations

from gui.domain.labels import label
from gui.domain.model import Lang
from gui.domain.report import RankLine, Report


def points_text(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}"


def item_text(text: str, erratum: str | None, lang: Lang) -> str:
    return text if erratum is None else f"{text} [{label('erratum', lang)}: {erratum}]"


def why_not(entry: RankLine) -> str:
    """The reasons a runtime lost: its exclusions, else its penalties, else what it scored."""
    if entry.excluded:
        return "; ".join(r.text for r in entry.reasons if r.kind == "exclude")
    negatives = [r for r in entry.reasons if (r.points or 0) < 0]
    shown = negatives or list(entry.reasons)
    return "; ".join(f"{r.text} ({points_text(r.points)})" for r in shown[:3])


def what_if_text(report: Report, index: int) -> str:
    w = report.what_if[index]
    target = w.runtime or label("nothing", report.lang)
    return f"{w.question} {w.current} -> {w.answer}  =>  {target}"


def render_text(report: Report) -> str:
    lang = report.lang
    out: list[str] = [label("title", lang), ""]
    if report.recommendation is None:
        out += [f"{label('recommendation', lang)}: {label('none_fits', lang)}", label("none_fits_hint", lang)]
    else:
        line = (
            f"{label('recommendation', lang)}: {report.recommendation} ({report.recommendation_id}), "
            f"{label('score', lang)} {points_text(report.score)}"
        )
        if report.tied_with:
            line += f" ({label('tied', lang)} {', '.join(report.name_of(r) for r in report.tied_with)})"
        out.append(line)
    out += ["", label("answers", lang)]
    out += [f"  {a.question}: {a.answer}" for a in report.answers]
    if report.recommendation is not None:
        out += ["", label("why", lang, name=report.recommendation)]
        out += [f"  {points_text(r.points):>5}  {r.text} [{r.rule}]" for r in report.why]
        if not report.why:
            out.append(f"  {label('no_reasons', lang)}")
        out += [
            "",
            f"{label('table', lang)} ({report.seed_title}, {report.seed_updated}). {label('table_en_note', lang)}",
        ]
        out.append(f"  {label('pros', lang)}:")
        out += [f"    + {item_text(i.text, i.erratum, lang)}" for i in report.pros]
        out.append(f"  {label('cons', lang)}:")
        out += [f"    - {item_text(i.text, i.erratum, lang)}" for i in report.cons]
    out += ["", label("ranking", lang)]
    for entry in report.ranking:
        status = f"{label('excluded', lang)}: {why_not(entry)}" if entry.excluded else points_text(entry.score)
        out.append(f"  {entry.place}. {entry.name:<16} {status}")
    out += ["", label("what_if", lang)]
    out += [f"  {what_if_text(report, i)}" for i in range(len(report.what_if))] or [f"  {label('what_if_none', lang)}"]
    if report.notes:
        out += ["", label("notes", lang)]
        out += [f"  {n.date}  {n.text} ({n.source})" for n in report.notes]
    out += [
        "",
        f"{label('dataset', lang)}: {report.dataset_title}, {label('as_of', lang)} {report.as_of}",
        f"{label('seed', lang)}: {report.seed_source}",
        label("generated_on", lang, date=report.generated_on, version=report.app_version),
    ]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", "<br>")


def render_markdown(report: Report) -> str:
    lang = report.lang
    name = report.recommendation or label("nothing", lang)
    out = [
        f"# {label('title', lang)}: {name}",
        "",
        label("adr_status", lang),
        "",
        label("generated_on", lang, date=report.generated_on, version=report.app_version),
        "",
        f"## {label('adr_context', lang)}",
        "",
        f"| {label('question', lang)} | {label('answer', lang)} |",
        "|---|---|",
    ]
    out += [f"| {_md(a.question)} | {_md(a.answer)} |" for a in report.answers]
    out += ["", f"## {label('adr_decision', lang)}", ""]
    if report.recommendation is None:
        out += [label("adr_no_decision", lang), "", label("none_fits_hint", lang)]
    else:
        out += [
            label("adr_decision_text", lang, name=report.recommendation),
            "",
            f"### {label('why', lang, name=report.recommendation)}",
            "",
        ]
        out += [f"- **{points_text(r.points)}** {r.text} (`{r.rule}`)" for r in report.why]
        out += [
            "",
            f"## {label('adr_consequences', lang)}",
            "",
            f"{label('table', lang)}: [{report.seed_title}]({report.seed_source}) ({report.seed_updated}). "
            f"{label('table_en_note', lang)}",
            "",
            f"### {label('pros', lang)}",
            "",
        ]
        out += [f"- {item_text(i.text, i.erratum, lang)}" for i in report.pros]
        out += ["", f"### {label('cons', lang)}", ""]
        out += [f"- {item_text(i.text, i.erratum, lang)}" for i in report.cons]
        if report.notes:
            out += ["", f"### {label('notes', lang)}", ""]
            out += [f"- {n.date}: {n.text} ([{label('source', lang)}]({n.source}))" for n in report.notes]
    out += ["", f"## {label('adr_alternatives', lang)}", ""]
    for entry in report.ranking:
        if entry.runtime_id == report.recommendation_id:
            continue
        status = label("excluded", lang) if entry.excluded else f"{label('score', lang)} {points_text(entry.score)}"
        out.append(f"- **{entry.name}** ({status}): {why_not(entry)}")
    out += ["", f"## {label('what_if', lang)}", ""]
    out += [f"- {what_if_text(report, i)}" for i in range(len(report.what_if))] or [label("what_if_none", lang)]
    table = report.table
    out += ["", f"## {label('comparison', lang)}", "", label("erratum_marker", lang), ""]
    header = [""] + [f"**{c}**" if i == table.highlighted else c for i, c in enumerate(table.columns)]
    out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in table.rows:
        cells = [_md(c.text + (f"\n*{c.erratum}*" if c.erratum else "")) for c in row.cells]
        out.append(f"| {_md(row.label)} | " + " | ".join(cells) + " |")
    out += [
        "",
        "---",
        "",
        f"{label('dataset', lang)}: {report.dataset_title}, {label('as_of', lang)} {report.as_of}.",
        "",
        f"{label('sources', lang)}:",
        "",
    ]
    out += [f"- <{s}>" for s in report.sources]
    return "\n".join(out) + "\n"
