"""Plain-text and Markdown renderings of a recommendation, for the terminal and for repos.

The Markdown form is an Architecture Decision Record: context (the answers), decision,
consequences (the table's pros and cons), and the alternatives with why each lost.
"""

from __future__ import annotations

from collections.abc import Iterator

from gui._version import __version__
from gui.domain.engine import Recommendation, RuntimeResult
from gui.domain.labels import label
from gui.domain.model import AdvisorData, Lang, Runtime, SeedItem


def _points(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}"


def _item_lines(runtime: Runtime, kind: str, items: tuple[SeedItem, ...], lang: Lang) -> Iterator[str]:
    for number, item in enumerate(items, start=1):
        text = item.text.get(lang)
        erratum = runtime.erratum_for(kind, number)
        if erratum is not None:
            text += f" [{label('erratum', lang)}: {erratum.correction.get(lang)}]"
        yield text


def _answer_rows(data: AdvisorData, result: Recommendation, lang: Lang) -> Iterator[tuple[str, str]]:
    for question in data.questions:
        choice = question.choice(result.answers[question.id])
        yield question.title.get(lang), choice.text.get(lang)


def _what_if_line(data: AdvisorData, w_question: str, current: str, answer: str, pick: str | None, lang: Lang) -> str:
    question = data.questions.get(w_question)
    target = data.dataset.runtime(pick).name if pick else label("nothing", lang)
    return (
        f"{question.title.get(lang)} {question.choice(current).text.get(lang)} -> "
        f"{question.choice(answer).text.get(lang)}  =>  {target}"
    )


def _why_not(entry: RuntimeResult, lang: Lang) -> str:
    if entry.excluded:
        return "; ".join(r.text.get(lang) for r in entry.exclusions)
    negatives = [r for r in entry.contributions if (r.points or 0) < 0]
    shown = negatives or list(entry.contributions)
    return "; ".join(f"{r.text.get(lang)} ({_points(r.points)})" for r in shown[:3])


def render_text(data: AdvisorData, result: Recommendation, lang: Lang) -> str:
    dataset = data.dataset
    out: list[str] = [label("title", lang), ""]
    pick = result.recommendation
    if pick is None:
        out += [f"{label('recommendation', lang)}: {label('none_fits', lang)}", label("none_fits_hint", lang)]
    else:
        runtime = dataset.runtime(pick)
        score = f"{label('score', lang)} {result.ranking[0].score:+.1f}"
        line = f"{label('recommendation', lang)}: {runtime.name} ({pick}), {score}"
        if result.tied_with_top:
            names = ", ".join(dataset.runtime(r).name for r in result.tied_with_top)
            line += f" ({label('tied', lang)} {names})"
        out.append(line)
    out += ["", label("answers", lang)]
    out += [f"  {q}: {a}" for q, a in _answer_rows(data, result, lang)]
    if pick is not None:
        runtime = dataset.runtime(pick)
        out += ["", label("why", lang, name=runtime.name)]
        reasons = result.ranking[0].contributions
        out += [f"  {_points(r.points):>5}  {r.text.get(lang)} [{r.rule}]" for r in reasons]
        if not reasons:
            out.append(f"  {label('no_reasons', lang)}")
        out += [
            "",
            f"{label('table', lang)} ({dataset.seed.title}, {dataset.seed.updated}). {label('table_en_note', lang)}",
        ]
        out.append(f"  {label('pros', lang)}:")
        out += [f"    + {t}" for t in _item_lines(runtime, "pro", runtime.pros, lang)]
        out.append(f"  {label('cons', lang)}:")
        out += [f"    - {t}" for t in _item_lines(runtime, "con", runtime.cons, lang)]
        if runtime.notes:
            out += ["", label("notes", lang)]
            out += [f"  {n.date}  {n.text.get(lang)} ({n.source})" for n in runtime.notes]
    out += ["", label("ranking", lang)]
    for place, entry in enumerate(result.ranking, start=1):
        name = dataset.runtime(entry.runtime).name
        status = f"{label('excluded', lang)}: {_why_not(entry, lang)}" if entry.excluded else f"{entry.score:+.1f}"
        out.append(f"  {place}. {name:<16} {status}")
    out += ["", label("what_if", lang)]
    out += [
        f"  {_what_if_line(data, w.question, w.current, w.answer, w.recommendation, lang)}" for w in result.what_if
    ] or [f"  {label('what_if_none', lang)}"]
    out += [
        "",
        f"{label('dataset', lang)}: {dataset.title.get(lang)}, {label('as_of', lang)} {dataset.as_of}",
        f"{label('seed', lang)}: {dataset.seed.source}",
        label("generated", lang, version=__version__),
    ]
    return "\n".join(out) + "\n"


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(data: AdvisorData, result: Recommendation, lang: Lang) -> str:
    dataset = data.dataset
    pick = result.recommendation
    name = dataset.runtime(pick).name if pick else label("nothing", lang)
    out = [
        f"# {label('title', lang)}: {name}",
        "",
        label("adr_status", lang),
        "",
        f"## {label('adr_context', lang)}",
        "",
        f"| {label('question', lang)} | {label('answer', lang)} |",
        "|---|---|",
    ]
    out += [f"| {_md_escape(q)} | {_md_escape(a)} |" for q, a in _answer_rows(data, result, lang)]
    out += ["", f"## {label('adr_decision', lang)}", ""]
    if pick is None:
        out += [label("adr_no_decision", lang), "", label("none_fits_hint", lang)]
    else:
        runtime = dataset.runtime(pick)
        out += [
            label("adr_decision_text", lang, name=runtime.name),
            "",
            f"### {label('why', lang, name=runtime.name)}",
            "",
        ]
        out += [f"- **{_points(r.points)}** {r.text.get(lang)} (`{r.rule}`)" for r in result.ranking[0].contributions]
        out += [
            "",
            f"## {label('adr_consequences', lang)}",
            "",
            f"{label('table', lang)}: [{dataset.seed.title}]({dataset.seed.source}) "
            f"({dataset.seed.updated}). {label('table_en_note', lang)}",
            "",
            f"### {label('pros', lang)}",
            "",
        ]
        out += [f"- {t}" for t in _item_lines(runtime, "pro", runtime.pros, lang)]
        out += ["", f"### {label('cons', lang)}", ""]
        out += [f"- {t}" for t in _item_lines(runtime, "con", runtime.cons, lang)]
        if runtime.notes:
            out += ["", f"### {label('notes', lang)}", ""]
            out += [f"- {n.date}: {n.text.get(lang)} ([{label('source', lang)}]({n.source}))" for n in runtime.notes]
    out += ["", f"## {label('adr_alternatives', lang)}", ""]
    for entry in result.ranking:
        if entry.runtime == pick:
            continue
        runtime = dataset.runtime(entry.runtime)
        status = label("excluded", lang) if entry.excluded else f"{label('score', lang)} {entry.score:+.1f}"
        out.append(f"- **{runtime.name}** ({status}): {_why_not(entry, lang)}")
    out += ["", f"## {label('what_if', lang)}", ""]
    out += [
        f"- {_what_if_line(data, w.question, w.current, w.answer, w.recommendation, lang)}" for w in result.what_if
    ] or [label("what_if_none", lang)]
    out += [
        "",
        "---",
        "",
        f"{label('dataset', lang)}: {dataset.title.get(lang)}, {label('as_of', lang)} {dataset.as_of}. "
        f"{label('generated', lang, version=__version__)}.",
        "",
        f"{label('sources', lang)}:",
        "",
    ]
    out += [f"- <{s}>" for s in dataset.sources]
    return "\n".join(out) + "\n"
