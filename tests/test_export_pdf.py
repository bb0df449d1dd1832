"""The PDF report, parsed back with poppler's tools: text, headings, pros and cons, pages,
fonts and metadata, in English and Korean."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from gui.domain.advice.plan import plan_for
from gui.domain.labels import label
from gui.domain.report.model import AnswerLine, build_report
from tests.conftest import SCENARIOS, shared_unless_mutating

HEADINGS = (
    "title",
    "plan",
    "node_runtime",
    "warnings",
    "answers",
    "pros",
    "cons",
    "ranking",
    "excluded_heading",
    "what_if",
    "notes",
    "comparison",
    "sources",
)


def squash(text: str) -> str:
    """Text without any white space: PDF extraction breaks lines wherever the layout did."""
    return re.sub(r"\s+", "", text)


def poppler(tool: str, *args: str) -> str:
    assert shutil.which(tool), f"{tool} (poppler-utils) is needed by the export tests"
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope=shared_unless_mutating("module"))
def gvisor_report(shipped_data, advisor):
    answers = {"trust": "untrusted", "workload": "web-stateless", "virtualization": "unavailable"}
    plan = plan_for(shipped_data, answers)
    return {lang: build_report(shipped_data, plan, lang) for lang in ("en", "ko")}


@pytest.fixture(scope=shared_unless_mutating("module"))
def pdfs(gvisor_report, tmp_path_factory):
    from gui.rendering.export_pdf import render_pdf

    folder = tmp_path_factory.mktemp("pdf")
    paths = {}
    for lang, report in gvisor_report.items():
        path = folder / f"report-{lang}.pdf"
        path.write_bytes(render_pdf(report, "a4"))
        paths[lang] = path
    return paths


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_pdf_text_has_the_pick_every_heading_and_every_pro_and_con(pdfs, gvisor_report, lang) -> None:
    text = squash(poppler("pdftotext", str(pdfs[lang]), "-"))
    report = gvisor_report[lang]
    assert squash(f"{label('recommendation', lang)}: gVisor") in text
    for key in HEADINGS:
        assert squash(label(key, lang)) in text, key
    assert squash(label("why", lang, name="gVisor")) in text
    assert squash(label("from_table_for", lang, name="gVisor")) in text
    (detail,) = [d for d in report.plan.details if d.runtime_id == "gvisor"]
    for item in (*detail.pros, *detail.cons):
        assert squash(item.text) in text, item.text
        if item.erratum:
            assert squash(item.erratum) in text


def test_korean_pdf_has_the_published_korean_items(pdfs) -> None:
    text = squash(poppler("pdftotext", str(pdfs["ko"]), "-"))
    assert squash("표준 컨테이너에 두 개의 보안 계층을 추가함") in text
    assert squash("400 개 Linux syscall이 모두 구현되어 일부 앱이 작동하지 않을 수 있음 (예 : postgres).") in text
    assert squash("컨테이너 런타임 추천") in text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_font_is_embedded(pdfs, lang) -> None:
    lines = poppler("pdffonts", str(pdfs[lang])).splitlines()[2:]
    assert lines, "the PDF has fonts"
    for line in lines:
        columns = line.split()
        emb = columns[-5]
        assert emb == "yes", line
    if lang == "ko":
        assert any("CJK" in line or "KR" in line for line in lines), "a Korean font is used"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_page_says_page_n_of_m(pdfs, lang) -> None:
    info = poppler("pdfinfo", str(pdfs[lang]))
    pages = int(re.search(r"Pages:\s+(\d+)", info)[1])
    assert pages >= 3, "the full report spans pages"
    for page in range(1, pages + 1):
        text = squash(poppler("pdftotext", "-f", str(page), "-l", str(page), str(pdfs[lang]), "-"))
        assert squash(label("page_of", lang, page=str(page), pages=str(pages))) in text


def test_a_long_table_breaks_across_pages_with_its_header_repeated(gvisor_report, tmp_path) -> None:
    from gui.rendering.export_pdf import render_pdf

    report = gvisor_report["en"]
    many = tuple(AnswerLine(f"q{i}", f"Made-up question number {i:03d}", "c", f"answer {i:03d}") for i in range(120))
    path = tmp_path / "long.pdf"
    path.write_bytes(render_pdf(dataclasses.replace(report, answers=many), "a4"))
    pages = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(path)))[1])
    texts = [poppler("pdftotext", "-f", str(p), "-l", str(p), str(path), "-") for p in range(1, pages + 1)]
    with_rows = [t for t in texts if "Made-up question number" in t]
    assert len(with_rows) >= 3, "120 rows need several pages"
    for text in with_rows:
        assert "Question" in text and "Answer" in text, "each page of the table starts with its header row"
    found = [int(n) for t in texts for n in re.findall(r"Made-up question number (\d{3})", t)]
    assert found == list(range(120)), "no row lost or repeated at a page break"


def test_metadata_and_pdfa(pdfs, tmp_path) -> None:
    info = poppler("pdfinfo", str(pdfs["en"]))
    assert re.search(r"Title:\s+Container runtime recommendation: gVisor", info)
    assert re.search(r"Creator:\s+Runtime Advisor \d", info)
    assert "Page size:       595 x 842 pts (A4)" in info
    raw = pdfs["en"].read_bytes()
    assert b'pdfaid:part="1" pdfaid:conformance="B"' in raw
    assert b'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Which container runtime to use' in raw
    created = re.search(rb"/CreationDate \(D:(\d{14})", raw)[1].decode()
    xmp = re.search(rb'xmp:CreateDate="([^"]+)"', raw)[1].decode()
    assert xmp.replace("-", "").replace(":", "").replace("T", "")[:14] == created
    for private in (str(Path.home()), str(tmp_path), "/tmp/", "/work/"):
        assert private.encode() not in raw, f"no local path ({private}) in the PDF"


def test_letter_paper(gvisor_report, tmp_path) -> None:
    from gui.rendering.export_pdf import render_pdf

    path = tmp_path / "letter.pdf"
    path.write_bytes(render_pdf(gvisor_report["en"], "letter"))
    assert "612 x 792 pts (letter)" in poppler("pdfinfo", str(path))


def test_paper_follows_the_locale() -> None:
    from PySide6.QtCore import QLocale

    from gui.rendering.export_pdf import paper_for_locale

    assert paper_for_locale(QLocale("en_US")) == "letter"
    assert paper_for_locale(QLocale("ko_KR")) == "a4"
    assert paper_for_locale(QLocale("de_DE")) == "a4"


def test_nothing_fits_report(shipped_data, advisor, tmp_path) -> None:
    from gui.rendering.export_pdf import render_pdf

    answers = {"isolation": "separate-kernel", "virtualization": "unavailable"}
    report = build_report(shipped_data, plan_for(shipped_data, answers), "en")
    path = tmp_path / "none.pdf"
    path.write_bytes(render_pdf(report, "a4"))
    text = squash(poppler("pdftotext", str(path), "-"))
    assert squash(label("none_fits", "en")) in text
    assert squash("Can the nodes run hardware virtualization?: No -> Yes (bare metal or nested virtualization)") in text


def test_cli_writes_the_pdf(run_cli, tmp_path) -> None:
    target = tmp_path / "r.pdf"
    code, out, err = run_cli(
        "recommend",
        "--answers",
        str(SCENARIOS / "openshift.yaml"),
        "--format",
        "pdf",
        "-o",
        str(target),
        "--paper",
        "a4",
        "--lang",
        "ko",
    )
    assert (code, out, err) == (0, "", "")
    assert target.read_bytes().startswith(b"%PDF-")
    assert squash("추천: CRI-O") in squash(poppler("pdftotext", str(target), "-"))


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_pdf_carries_every_artifact_whole(pdfs, gvisor_report, lang) -> None:
    """The files are printed as code: each name, and every line of each file (line by line, as
    text extraction may reorder an indented comment against the line before it)."""
    text = squash(poppler("pdftotext", str(pdfs[lang]), "-"))
    artifacts = gvisor_report[lang].plan.artifacts
    assert artifacts and squash(label("artifacts", lang)) in text
    for artifact in artifacts:
        assert squash(artifact.filename) in text
        for line in artifact.text.splitlines():
            # an indented comment (`#   kubectl ...`) comes out as "#" and the command apart
            assert squash(line).lstrip("#") in text, (artifact.filename, line)


def _headings(report) -> list[str]:
    from html import unescape

    from gui.rendering.report_html import report_html

    found = re.findall(r"<h([1-4])[^>]*>(.*?)</h\1>", report_html(report), flags=re.S)
    return [squash(unescape(re.sub(r"<[^>]+>", "", text))) for _, text in found]


def _pages_ending_in_a_heading(path: Path, headings: list[str]) -> list[tuple[int, str]]:
    """Pages with a heading among their last three lines of body text: a heading cut off from
    what it introduces (the export keeps four lines' room under each heading)."""
    count = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(path)))[1])
    ending = []
    for page in range(1, count):  # the last page may end anywhere
        lines = [
            squash(line)
            for line in poppler("pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-").splitlines()
        ]
        body = [line for line in lines[1:] if line and not line.startswith("RuntimeAdvisor")]
        for last in body[-3:]:
            if len(last) >= 4 and any(h.startswith(last) for h in headings if h):
                ending.append((page, last))
    return ending


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_page_ends_with_a_heading(shipped_data, tmp_path: Path, monkeypatch, lang: str) -> None:
    """Over reports of several lengths (one per workload shape, so that page breaks fall in
    different places), no page of the export ends with a heading; the control, the same reports
    without keeping headings with what follows, has such a page in at least one of them."""
    from gui.rendering import export_pdf

    keep = export_pdf._keep_headings_with_next
    loose_endings = []
    for shape in ("web-stateless", "general", "database", "io-heavy", "network-heavy"):
        plan = plan_for(shipped_data, {"trust": "untrusted", "workload": shape, "virtualization": "unavailable"})
        report = build_report(shipped_data, plan, lang)
        headings = _headings(report)
        monkeypatch.setattr(export_pdf, "_keep_headings_with_next", keep)
        kept = tmp_path / f"kept-{shape}.pdf"
        kept.write_bytes(export_pdf.render_pdf(report, "a4"))
        assert _pages_ending_in_a_heading(kept, headings) == [], shape
        # and moving headings loses no text
        assert squash(poppler("pdftotext", str(kept), "-")).replace("\x0c", "").count(squash(headings[-1])) >= 1
        monkeypatch.setattr(export_pdf, "_keep_headings_with_next", lambda *a, **k: None)
        loose = tmp_path / f"loose-{shape}.pdf"
        loose.write_bytes(export_pdf.render_pdf(report, "a4"))
        loose_endings += _pages_ending_in_a_heading(loose, headings)
    assert loose_endings, "the control: without keeping headings with what follows, some page ends with one"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_start_time_cells_of_the_seed_are_in_the_pdf_table(pdfs, lang) -> None:
    """The published start times ("<10ms" four times, "<100ms") as the seed file has them: a cell
    starting with "<" must not be taken for markup and vanish from the table."""
    from tests.conftest import DATA

    seed = (DATA / "seed" / "container-runtimes-table.ko.txt").read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(seed) if line.strip() == "| start time |")
    cells = [line.strip().rstrip("|").strip() for line in seed[row + 1 : row + 6]]
    assert cells == ["<10ms", "<10ms", "<10ms", "<10ms", "<100ms"]  # the seed as read by hand
    text = poppler("pdftotext", str(pdfs[lang]), "-")
    table = squash(text[text.index(label("comparison", lang)) :])
    # each cell carries an erratum, so its text is followed by the dagger
    for cell in set(cells):
        assert table.count(f"{cell}\u2020") == cells.count(cell), cell


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_long_title_gives_way_to_the_date_in_the_header(gvisor_report, tmp_path: Path, lang: str) -> None:
    """The header's title is cut with an ellipsis before the date (a long name in the data ran
    the title over it); every page's first line still ends with the date."""
    from gui.rendering.export_pdf import render_pdf

    report = dataclasses.replace(gvisor_report[lang], recommendation="gVisor " + "Sandbox" * 60)
    path = tmp_path / "long.pdf"
    path.write_bytes(render_pdf(report, "a4"))
    count = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(path)))[1])
    title = squash(f"{label('title', lang)}: gVisor ")
    for page in range(1, count + 1):
        text = squash(poppler("pdftotext", "-f", str(page), "-l", str(page), str(path), "-"))
        # the header's title is cut short with an ellipsis (no text of the report has one), never
        # drawn whole (the body may name the pick in full)
        assert "…" in text, page
        assert title + "Sandbox" * 60 not in text, page
