"""The PDF report, drawn by Qt itself (QPdfWriter + QTextDocument from QtGui; no print module,
no extra PDF library): paginated with a header and "page N of M" footer, tables that break
across pages with their header row repeated, real text with embedded fonts, PDF/A-1b.

Needs a QGuiApplication (fonts); the CLI starts one on the offscreen platform.
"""

from __future__ import annotations

import datetime as _dt
import re
import uuid
from html import escape

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt, qVersion
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from gui.domain.labels import label
from gui.domain.report.model import Report
from gui.rendering.report_html import report_html

RESOLUTION = 300  # dots per inch of the PDF's coordinate space; text stays vector
MARGIN_MM = 18.0
KOREAN_FAMILIES = ("Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", "NanumGothic")
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans")
# Letter-paper countries; everyone else gets A4
_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}


def paper_for_locale(locale: QLocale | None = None) -> str:
    territory = (locale or QLocale.system()).territory()
    return "letter" if territory in _LETTER_TERRITORIES else "a4"


def korean_family() -> str | None:
    """An installed font family with Korean glyphs, preferring the well-known ones."""
    available = set(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))
    for family in KOREAN_FAMILIES:
        if family in available:
            return family
    return next(iter(sorted(available)), None)


def latin_family() -> str:
    available = set(QFontDatabase.families())
    return next((f for f in LATIN_FAMILIES if f in available), QGuiApplication.font().family())


def report_font(point_size: float = 9.5) -> QFont:
    """A Latin family first, then a Korean one for Hangul. Not the CJK family for everything:
    its digits lost their text (pdftotext found none) in Qt's PDF output; the tests check
    that every page's "page N of M" comes back out."""
    font = QFont(QGuiApplication.font())
    korean = korean_family()
    font.setFamilies([latin_family(), korean] if korean else [latin_family()])
    font.setPointSizeF(point_size)
    # no "fi"/"fl" ligatures: they come out of the PDF as U+FB01.. and then "fit" is not found
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _xmp(title: str, subject: str, creator_tool: str, created: _dt.datetime, document_id: str) -> bytes:
    """PDF/A-1b metadata that also carries the subject (Qt's own XMP has no dc:description)."""
    stamp = created.isoformat(timespec="seconds")
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}</rdf:li></rdf:Alt></dc:description>'
        "<dc:creator><rdf:Seq><rdf:li>Runtime Advisor</rdf:li></rdf:Seq></dc:creator></rdf:Description>"
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        f'pdf:Producer="Qt {escape(qVersion())}" pdf:Trapped="False"/>'
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        f'xmp:CreatorTool="{escape(creator_tool)}" xmp:CreateDate="{stamp}" xmp:ModifyDate="{stamp}" '
        f'xmp:MetadataDate="{stamp}"/>'
        '<rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" '
        f'xmpMM:DocumentID="uuid:{document_id}" xmpMM:VersionID="1" xmpMM:RenditionClass="default"/>'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" '
        'pdfaid:part="1" pdfaid:conformance="B"/>'
        "</rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    ).encode()


_INFO_DATE = re.compile(rb"/CreationDate \(D:(\d{14})(Z|[+-]\d\d'\d\d'?)?")


def _info_created(pdf: bytes) -> _dt.datetime | None:
    match = _INFO_DATE.search(pdf)
    if match is None:
        return None
    moment = _dt.datetime.strptime(match[1].decode(), "%Y%m%d%H%M%S")
    zone = (match[2] or b"Z").decode()
    offset = (
        _dt.timedelta(0)
        if zone == "Z"
        else ((1 if zone[0] == "+" else -1) * _dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])))
    )
    return moment.replace(tzinfo=_dt.timezone(offset))


def _keep_headings_with_next(document: QTextDocument, body: float, room: float) -> None:
    """Move a heading that would end a page (less than `room` below it, or what follows it
    starting on the next page) to the next page. QTextDocument has no keep-with-next, so such a
    heading gets a page break before it. One heading at a time, each followed by a fresh layout
    of what comes after it: a break moves everything after it, and changing blocks while the
    layout is half done loses text. The scan goes on from the heading just moved (nothing before
    it moves). A heading taller than a quarter of a page (a data text at its longest) is left
    where it is: every move costs a layout of the rest of the document, and such headings made
    hundreds of moves and minutes of work."""
    layout = document.documentLayout()
    block = document.begin()
    previous = None  # the heading before, when only a few lines separate it from this one
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            rect = layout.blockBoundingRect(block)
            top_of_page = (rect.top() // body) * body
            # what follows may not split (a table row of several lines): it then starts on the next
            # page although the room is there, and the heading (with a line of introduction under
            # it, perhaps) would be left alone at the bottom; look at what follows within `room`
            follows_on_next_page = False
            after = block.next()
            while after.isValid():
                top = layout.blockBoundingRect(after).top()
                if top >= top_of_page + body:
                    follows_on_next_page = True
                    break
                if top >= rect.bottom() + room:
                    break
                after = after.next()
            short_of_room = top_of_page + body - rect.bottom() < room or follows_on_next_page
            if rect.height() < body / 4 and rect.top() - top_of_page >= 1 and short_of_room:
                # a heading just above (a section's, over this subsection's) would be left behind
                # with its line of introduction: it goes to the next page too, and this one with it
                moved = block
                if previous is not None:
                    above = layout.blockBoundingRect(previous)
                    if above.top() >= top_of_page + 1 and rect.top() - above.bottom() < room:
                        moved = previous
                page_break = QTextBlockFormat()
                page_break.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(moved).mergeBlockFormat(page_break)
                document.markContentsDirty(moved.position(), document.characterCount() - moved.position())
            previous = block
        block = block.next()


def _render_once(report: Report, paper: str, created: _dt.datetime) -> bytes:
    lang = report.lang
    title = label("title", lang)
    if not report.plan.single:
        title += f": {report.plan.platform}"
    elif report.recommendation:
        title += f": {report.recommendation}"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setAuthor("Runtime Advisor")
    writer.setCreator(f"Runtime Advisor {report.app_version}")
    document_id = str(uuid.uuid4())
    writer.setDocumentXmpMetadata(
        _xmp(title, label("subject", lang), f"Runtime Advisor {report.app_version}", created, document_id)
    )
    size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )

    painter = QPainter(writer)
    try:
        body_font = report_font()
        small = report_font(7.5)
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setDefaultFont(body_font)
        document.setDocumentMargin(0)
        document.setHtml(report_html(report))

        width, height = writer.width(), writer.height()
        painter.setFont(small)
        line = painter.fontMetrics().height()
        header, footer = int(line * 2.2), int(line * 2.2)
        body = height - header - footer
        document.setPageSize(QSizeF(width, body))
        _keep_headings_with_next(document, body, room=QFontMetricsF(body_font, writer).lineSpacing() * 4)
        pages = document.pageCount()
        # the title gives way to the date: a long one (a long platform name in the data) is cut
        # with an ellipsis instead of running over it (the same on every page: measured once)
        metrics = painter.fontMetrics()
        room = width - metrics.horizontalAdvance(report.generated_on) - metrics.horizontalAdvance("    ")
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(room, 0))
        for index in range(pages):
            if index:
                writer.newPage()
            painter.setFont(small)
            painter.drawText(QRectF(0, 0, width, line), Qt.AlignmentFlag.AlignLeft, shown)
            painter.drawText(QRectF(0, 0, width, line), Qt.AlignmentFlag.AlignRight, report.generated_on)
            painter.drawLine(0, int(line * 1.4), width, int(line * 1.4))
            painter.save()
            painter.translate(0, header - index * body)
            document.drawContents(painter, QRectF(0, index * body, width, body))
            painter.restore()
            painter.setFont(small)
            bottom = QRectF(0, height - line, width, line)
            painter.drawLine(0, int(height - line * 1.5), width, int(height - line * 1.5))
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, f"Runtime Advisor {report.app_version}")
            painter.drawText(
                bottom, Qt.AlignmentFlag.AlignRight, label("page_of", lang, page=str(index + 1), pages=str(pages))
            )
    finally:
        painter.end()
    return bytes(buffer.data().data())


def ensure_gui_application() -> None:
    """QPdfWriter needs Qt's font database, which lives in a QGuiApplication."""
    if QGuiApplication.instance() is None:
        QGuiApplication(["runtime-advisor"])


def render_pdf(report: Report, paper: str = "auto") -> bytes:
    """The report as PDF bytes. `paper` is "a4", "letter" or "auto" (from the locale)."""
    ensure_gui_application()
    if paper == "auto":
        paper = paper_for_locale()
    # The XMP dates must equal the date Qt writes into the document information; Qt takes the
    # time itself when painting starts, so in the rare case a second ticks over in between,
    # render again.
    for _ in range(3):
        created = _dt.datetime.now().astimezone().replace(microsecond=0)
        pdf = _render_once(report, paper, created)
        if _info_created(pdf) == created:
            return pdf
    return pdf
