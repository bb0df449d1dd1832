"""Golden reports: the text, Markdown, JSON and PDF text of four representative plans, in English
and Korean, kept as files a person has read (tests/golden/test_golden_reports/).

The plans: one workload (Docker Engine on a single host, own code), a mixed cluster (AKS with
own services, customer plugins in Pod Sandboxing and a GPU workload), a tie at the top (gVisor
level with containerd) and nothing fits (a guest kernel per pod without hardware
virtualization). The date is fixed and the app's version is masked, so the files change only
when a renderer, the engine or the data does. Read the diff before `pytest --force-regen`.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from gui._version import __version__
from gui.domain.advice.answers import load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.report.json_output import report_to_json
from gui.domain.report.markdown import render_markdown
from gui.domain.report.model import Report, build_report
from gui.domain.report.text import render_text
from tests.conftest import SCENARIOS, SCHEMAS

TODAY = _dt.date(2026, 11, 29)
ANSWERS = Path(__file__).resolve().parent / "answers"
PLANS = {
    "single-workload": SCENARIOS / "single-host-own-available.yaml",
    "mixed-cluster": SCENARIOS / "cluster-aks-mixed.yaml",
    "tie": ANSWERS / "tie.yaml",
    "nothing-fits": SCENARIOS / "separate-kernel-no-virt.yaml",
}
LANGS = ["en", "ko"]


def _report(shipped_data, plan: str, lang: str) -> Report:
    answer_set = load_answer_set(PLANS[plan], shipped_data.questions, SCHEMAS / "answers.schema.json")
    report = build_report(shipped_data, build_plan(Advisor(shipped_data), answer_set), lang, TODAY)
    return dataclasses.replace(report, app_version="VERSION")


def _masked(text: str) -> str:
    """The artifacts' headers name the version themselves (not through Report.app_version)."""
    text = text.replace(f"Runtime Advisor {__version__}", "Runtime Advisor VERSION")
    assert f"Advisor {__version__}" not in text, "the version leaked past the mask"
    return text


def test_the_plans_are_what_their_names_say(shipped_data) -> None:
    """The four kinds really are the four kinds (so a golden file cannot quietly drift into
    another one): hand-written expectations, not values read back from the code."""
    first = {plan: _report(shipped_data, plan, "en").plan for plan in PLANS}
    assert len(first["single-workload"].workloads) == 1
    assert first["single-workload"].workloads[0].recommendation_id == "docker"
    assert [w.name for w in first["mixed-cluster"].workloads] == ["default", "plugins", "training"]
    assert [w.recommendation_id for w in first["mixed-cluster"].workloads] == ["containerd", "kata", "containerd"]
    tie = _report(shipped_data, "tie", "en")
    assert (tie.recommendation_id, tie.tied_with) == ("gvisor", ("containerd",))
    nothing = _report(shipped_data, "nothing-fits", "en")
    assert nothing.recommendation_id is None


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("plan", list(PLANS))
def test_text_report(shipped_data, file_regression, plan: str, lang: str) -> None:
    text = _masked(render_text(_report(shipped_data, plan, lang)))
    file_regression.check(text, basename=f"{plan}.{lang}", extension=".txt")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("plan", list(PLANS))
def test_markdown_report(shipped_data, file_regression, plan: str, lang: str) -> None:
    text = _masked(render_markdown(_report(shipped_data, plan, lang)))
    file_regression.check(text, basename=f"{plan}.{lang}", extension=".md")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("plan", list(PLANS))
def test_json_report(shipped_data, file_regression, plan: str, lang: str) -> None:
    content = report_to_json(_report(shipped_data, plan, lang))
    text = _masked(json.dumps(content, ensure_ascii=False, allow_nan=False, indent=2) + "\n")
    file_regression.check(text, basename=f"{plan}.{lang}", extension=".json")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("plan", list(PLANS))
def test_pdf_text(shipped_data, file_regression, tmp_path, plan: str, lang: str) -> None:
    from gui.rendering.export_pdf import korean_family, render_pdf

    # a missing tool or font is the machine's fault, said as such (.ci/run installs both)
    assert shutil.which("pdftotext"), "pdftotext is needed (poppler-utils)"
    assert lang == "en" or korean_family() is not None, "a font with Korean characters is needed (fonts-noto-cjk)"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(_report(shipped_data, plan, lang), "a4"))
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    # page breaks (form feeds) stay: they show where each page ends; trailing blanks do not
    text = "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
    file_regression.check(_masked(text), basename=f"{plan}.{lang}.pdf", extension=".txt")
