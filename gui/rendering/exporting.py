"""File > Export: the report as PDF, Markdown or JSON, written atomically."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the report modules load on the first export, not at start-up
    from gui.domain.advice.session import AnswerSession
    from gui.domain.report.model import Report


class ExportKind(Enum):
    PDF = "pdf"
    MARKDOWN = "md"
    JSON = "json"


def current_report(session: AnswerSession) -> Report:
    from gui.domain.report.model import build_report

    return with_findings(build_report(session.data, session.plan, session.lang), session)


def with_findings(report: Report, session: AnswerSession) -> Report:
    """The report with what detection, an inventory and imported results said: the window's
    results and every export show the same."""
    if session.detected:
        from gui.domain.detect.inventory_plan import with_detected

        report = with_detected(report, list(session.detected))
    if session.evidence or session.measurements:
        from gui.domain.proof.evidence_plan import with_evidence

        report = with_evidence(session.data, report, session.evidence, session.measurements)
    return report


def proposed_file_name(report: Report, kind: ExportKind) -> str:
    """e.g. runtime-recommendation-gvisor-2026-11-27.pdf; an ADR gets the ADR-style name."""
    pick = report.recommendation_id or "none"
    if not report.plan.single:
        pick = f"plan-{report.plan.platform_id}"
    if kind is ExportKind.MARKDOWN:
        return f"adr-container-runtime-{pick}.md"
    return f"runtime-recommendation-{pick}-{report.generated_on}.{kind.value}"


def export_bytes(report: Report, kind: ExportKind, paper: str) -> bytes:
    if kind is ExportKind.PDF:
        from gui.rendering.export_pdf import render_pdf  # QtGui painting is loaded only when exporting

        return render_pdf(report, paper)
    if kind is ExportKind.MARKDOWN:
        from gui.domain.report.markdown import render_markdown

        return render_markdown(report).encode("utf-8")
    from gui.domain.plain_text import json_text
    from gui.domain.report.json_output import report_to_json

    return json_text(report_to_json(report), ascii_only=False).encode("utf-8")


def export_report(report: Report, kind: ExportKind, path: Path, paper: str = "auto") -> None:
    """Raises InputError (file and reason) when the file cannot be written; the old one stays."""
    from gui.domain.files import write_atomically  # not needed for the first page

    write_atomically(path, export_bytes(report, kind, paper))
