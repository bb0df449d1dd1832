"""Texts from the data are text in every output: never HTML in the window or the PDF, never
markup in Markdown, exact in JSON (DESIGN.md section 6).

Every text of the data (en and ko) and every name carries PAYLOAD: HTML that would make a 90 pt
heading and live javascript:/file: links, Markdown table pipes, emphasis, links, entities,
backticks and a line break that opens a heading, and right-to-left text.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QTextBrowser, QTextEdit, QWidget

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.data.loading import load_data
from gui.domain.report.json_output import report_to_json
from gui.domain.report.markdown import render_markdown
from gui.domain.report.model import build_report
from gui.domain.report.text import render_text
from tests.conftest import SCHEMAS, shared_unless_mutating
from tests.hostile.hostile_data import NAME_PAYLOAD, PAYLOAD, VISIBLE, hostile_data

# a cluster of two workloads: one sandboxed, so every part of the plan is rendered
ANSWERS = {"platform": "kubernetes", "trust": "untrusted", "virtualization": "available"}


@pytest.fixture(scope=shared_unless_mutating("module"))
def hostile(tmp_path_factory):
    return load_data(hostile_data(tmp_path_factory.mktemp("hostile") / "data"), SCHEMAS)


def _reports(data):
    answer_set = AnswerSet.single(ANSWERS, data.questions).with_workload("own", {"trust": "own"}, data.questions)
    plan = build_plan(Advisor(data), answer_set)
    return [build_report(data, plan, lang) for lang in ("en", "ko")]


def test_the_payload_reaches_every_output(hostile) -> None:
    """The control: without it, an output that dropped the texts would pass every check below."""
    for report in _reports(hostile):
        assert VISIBLE in render_text(report)
        assert json.dumps(VISIBLE)[1:-1] in json.dumps(report_to_json(report), ensure_ascii=False)


def _inline_text(tokens) -> str:
    return "".join(
        child.content
        for token in tokens
        if token.children
        for child in token.children
        if child.type in ("text", "code_inline")
    )


@pytest.mark.parametrize("lang_index", [0, 1])
def test_markdown_has_no_markup_from_the_data(hostile, lang_index: int) -> None:
    markdown = render_markdown(_reports(hostile)[lang_index])
    # GitHub's flavour: tables, and bare http:// and ftp:// addresses turned into links
    parser = MarkdownIt("commonmark", {"linkify": True}).enable(["table", "linkify"])
    parser.linkify.set({"fuzzy_link": False, "fuzzy_email": False})
    tokens = parser.parse(markdown)
    # GitHub also links a bare www. host; linkify-it's fuzzy mode links far more than GitHub
    # (any name.tld such as install-kata.sh), so the www. case is checked on the text itself
    prose = re.sub(r"^(`{3,})[^\n]*\n.*?^\1[ \t]*$", "", markdown, flags=re.M | re.S)  # code is not linked
    assert "www.plain.example" not in prose and "www\\.plain.example" in prose
    # no raw HTML from the data: the only HTML is our own <br> inside table cells
    inline_html = [c.content for t in tokens if t.children for c in t.children if c.type == "html_inline"]
    assert set(inline_html) <= {"<br>"}, inline_html[:5]
    assert not [t for t in tokens if t.type == "html_block"]
    # every link goes to https (the data's sources), none to javascript: or file:
    hrefs = [c.attrs.get("href", "") for t in tokens if t.children for c in t.children if c.type == "link_open"]
    assert hrefs and all(str(h).startswith("https://") for h in hrefs), [
        h for h in hrefs if not str(h).startswith("https://")
    ]
    # headings are only ours: the data's "# not a heading" stays inside its paragraph or item
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert not [h for h in headings if h.startswith("not a heading")]
    # tables keep their shape: a pipe in a name does not add a cell. The cell count alone cannot
    # show it (a parser drops the cells past the header's count), so the cells' text must hold
    # the payload's pipes whole: "a|b" in a question, "<b>x</b>|y&z" in a runtime's name
    cells_text = [_inline_text([tokens[i + 1]]) for i, t in enumerate(tokens) if t.type in ("td_open", "th_open")]
    assert any("a|b & &amp; `tick`" in c for c in cells_text), "a pipe in a table cell split it"
    assert any(NAME_PAYLOAD.strip() in c for c in cells_text), "a pipe in a name split its cell"
    rows: list[int] = []
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            cells = 0
            for later in tokens[i + 1 :]:
                if later.type == "tr_close":
                    break
                cells += later.type in ("td_open", "th_open")
            rows.append(cells)
        if token.type == "table_close":
            assert len(set(rows)) == 1, f"a table with rows of {sorted(set(rows))} cells"
            rows = []
    # and the reader sees the payload as the text it is
    text = _inline_text(tokens)
    assert VISIBLE in text and "[link](javascript:x)" in text and NAME_PAYLOAD.strip() in text
    assert "http://plain.example/x www.plain.example" in text


def test_pdf_shows_the_payload_as_text(hostile, tmp_path: Path) -> None:
    from gui.rendering.export_pdf import render_pdf

    report = _reports(hostile)[0]
    target = tmp_path / "report.pdf"
    target.write_bytes(render_pdf(report, "a4"))
    text = subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert '<h1 style="font-size:90pt">BIG</h1>' in flat
    assert "javascript:alert(1)" in flat  # shown as text, not a link target
    links = subprocess.run(["pdfinfo", "-url", str(target)], capture_output=True, text=True).stdout
    assert "javascript:" not in links and "file:" not in links


# The payload's characters a renderer most often loses or mangles: a table pipe, an ampersand
# and an entity, backticks, angle brackets, a line break inside a value, right-to-left words.
SPECIALS = "a|b & &amp; `tick` *star*"
RTL = ("\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627")  # Hebrew, Arabic


def _flat(text: str) -> str:
    """Text as a reader sees it: no spacing, no bidirectional marks, Arabic presentation forms
    (what pdftotext gives for shaped Arabic) as the letters they are."""
    import unicodedata

    return unicodedata.normalize("NFKC", re.sub(r"[\s\u200e\u200f\u202a-\u202e]", "", text))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return [s for item in items for s in _strings(item)]


def test_every_special_character_arrives_in_every_format(hostile, tmp_path: Path) -> None:
    from gui.rendering.export_pdf import render_pdf

    for report in _reports(hostile):
        lang = report.lang
        text = render_text(report)
        assert SPECIALS in text and VISIBLE in text, lang
        assert all(word in text for word in RTL), lang
        assert "# not a heading" in text and "- not an item" in text, lang
        # a line break in a data text stays inside its item: the next line is indented under it,
        # never at column 0 where it would read as a section of the report
        assert not [line for line in text.splitlines() if line.startswith(("# not a heading", "- not an item"))]
        # JSON: the data's string exactly, line breaks and all
        assert any(PAYLOAD in s for s in _strings(report_to_json(report))), lang
        # Markdown, as a reader's parser sees it
        tokens = MarkdownIt("commonmark").enable(["table"]).parse(render_markdown(report))
        shown = _inline_text(tokens)
        assert SPECIALS in shown and all(word in shown for word in RTL), lang
        # PDF, as pdftotext reads it back
        target = tmp_path / f"report.{lang}.pdf"
        target.write_bytes(render_pdf(report, "a4"))
        pdf_text = _flat(
            subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True).stdout
        )
        for piece in (SPECIALS, VISIBLE, "# not a heading - not an item", *RTL):
            assert _flat(piece) in pdf_text, (lang, piece)


def _anchors(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isAnchor():
                found.append(fragment.charFormat().anchorHref())
            iterator += 1
        block = block.next()
    return found


def _shown_as_rich_text(label: QLabel) -> bool:
    return label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def _check_widgets(root: QWidget, seen: dict[str, int]) -> list[str]:
    """Every way a widget can render a data text: labels, buttons, text views, tooltips."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        tip = widget.toolTip()
        if "<h1 style" in tip and GuiQt.mightBeRichText(tip):
            problems.append(f"{name}: tooltip renders data as HTML")
        if isinstance(widget, QLabel):
            if "<h1 style" in widget.text() and _shown_as_rich_text(widget):
                problems.append(f"{name}: label renders data as HTML: {widget.text()[:80]!r}")
            seen["labels"] += "BIG" in widget.text()
        if isinstance(widget, QAbstractButton):
            seen["buttons"] += "BIG" in widget.text()
        if isinstance(widget, (QTextBrowser, QTextEdit)):
            document = widget.document()
            plain = document.toPlainText()
            if "BIG" in plain and VISIBLE not in re.sub(r"\s+", " ", plain):
                problems.append(f"{name}: text view renders data as HTML")
            seen["views"] += VISIBLE in plain
            seen["specials"] += SPECIALS in plain
            seen["rtl"] += all(word in plain for word in RTL)
            bad = [href for href in _anchors(document) if not href.startswith(("https://", "#"))]
            if bad:
                problems.append(f"{name}: links that are not https: {bad[:3]}")
    return problems


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_window_shows_data_as_text(qtbot, hostile, settings, lang: str) -> None:
    from gui.app import application, create_main_window
    from gui.window.wizard import PageId

    application()
    settings.setValue("ui/language", lang)
    window = create_main_window(hostile, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen = {"labels": 0, "buttons": 0, "views": 0, "specials": 0, "rtl": 0}
    problems = _check_widgets(window, seen)
    wizard = window.wizard
    # every question page on the way (each is built when first shown), then the results
    while wizard.currentId() != PageId.RESULTS:
        problems += _check_widgets(window, seen)
        if wizard.currentId() != PageId.WELCOME:
            question = wizard.currentPage().question
            wizard.currentPage().buttons[ANSWERS.get(question.id, question.default)].click()
        wizard.next()
        qtbot.wait(1)
    results = wizard.results_page
    for index in range(results.tabs.count()):
        results.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        problems += _check_widgets(window, seen)
    problems += _check_widgets(window, seen)
    window.show_comparison()
    problems += _check_widgets(window.comparison, seen)
    window.show_scoring()
    problems += _check_widgets(window.scoring, seen)
    window.comparison.close()
    window.scoring.close()
    window.translations.apply("en")
    assert not problems, "\n".join(sorted(set(problems)))
    # the control: the payload was on screen in each kind of widget
    assert seen["labels"] and seen["buttons"] and seen["views"], seen
    # and in the text views, the special characters and right-to-left words as they are
    assert seen["specials"] and seen["rtl"], seen


@pytest.mark.parametrize("count", [7, 9, 12])
def test_datasets_of_other_sizes_render_in_every_format(tmp_path: Path, count: int) -> None:
    """The seed has five columns (six runtimes with Nitro Sandboxes); the PDF once crashed for any
    other number (fixed column widths)."""
    from gui.rendering.export_pdf import render_pdf
    from tests.hostile.hostile_data import data_with_runtimes

    data = load_data(data_with_runtimes(tmp_path / "data", count), SCHEMAS)
    assert len(data.dataset.runtimes) == count
    for report in _reports(data):
        names = [entry.name for entry in report.ranking]
        assert len(names) == count
        text = render_text(report)
        assert all(name in text for name in names)
        assert len(report_to_json(report)["ranking"]) == count
        tokens = MarkdownIt("commonmark").enable("table").parse(render_markdown(report))
        header_cells = [i for i, t in enumerate(tokens) if t.type == "th_open"]
        assert len(header_cells) >= count + 1  # the comparison table has a column per runtime
        target = tmp_path / f"report-{report.lang}.pdf"
        target.write_bytes(render_pdf(report, "a4"))
        shown = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        flat = re.sub(r"\s+", " ", shown)
        assert all(name in flat for name in names if name.isascii()), [n for n in names if n not in flat]


# Not a speed budget (BENCHMARKS.md has those): a guard against the minutes Qt's page layout
# spends on a table cell taller than a page, which the length limit exists to prevent.
@pytest.mark.timeout(90)
def test_every_text_at_its_longest_allowed_length_exports(tmp_path: Path) -> None:
    from gui.domain.data import yamlsource
    from gui.rendering.export_pdf import render_pdf
    from tests.hostile.hostile_data import data_at_maximum_length

    folder = data_at_maximum_length(tmp_path / "data", yamlsource.MAX_TEXT)
    data = load_data(folder, SCHEMAS)
    assert max(len(r.name) for r in data.dataset.runtimes) == yamlsource.MAX_TEXT  # the control
    for report in _reports(data):
        assert render_text(report) and render_markdown(report)
        json.dumps(report_to_json(report), allow_nan=False)
        assert render_pdf(report, "a4").startswith(b"%PDF-")
