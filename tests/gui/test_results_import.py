"""Import Verification Results in the window: verify.sh --json and benchmark.sh records held
against the plan on the results page and in every export, with Undo; a broken record is refused
with its file, line and what is wrong, and nothing is imported."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.rendering.exporting import ExportKind, current_report, export_bytes
from gui.window.wizard import PageId
from tests.test_evidence import _measurement, _record

UNTRUSTED = {"platform": "kubernetes", "trust": "untrusted", "virtualization": "unavailable"}


def _files(tmp_path: Path, *records: dict) -> list[Path]:
    paths = []
    for n, record in enumerate(records):
        path = tmp_path / f"record-{n}.json"
        path.write_text(json.dumps(record), encoding="utf-8")
        paths.append(path)
    return paths


def test_imported_results_show_on_the_results_page_and_in_exports(qtbot, welcome_window, tmp_path: Path) -> None:
    window = welcome_window
    window.model.replace_answers(UNTRUSTED)
    runtime_class = window.model.plan.first.runtime_class
    assert runtime_class == "gvisor"
    failed = {
        "check": "sandbox-kernel",
        "result": "fail",
        "workload": "default",
        "runtime_class": "gvisor",
        "node_kernel": "6.12.57",
        "sandbox_kernel": "6.12.57",
    }
    verify = _record(result="fail", checks=[_record()["checks"][0], failed])
    benchmark = _measurement()
    for result in benchmark["results"]:
        result["workload"] = "default"
    assert window.import_result_files(_files(tmp_path, verify, benchmark))
    assert window.wizard.currentId() == PageId.RESULTS
    assert window.notice.isVisible() and "record-0.json" in window.notice.text.text()
    shown = window.wizard.results_page.details.toPlainText()
    assert "From your verification and measurements:" in shown
    assert "verification on 2026-12-07 20:44 UTC on lab-cluster (record-0.json) FAILED" in shown
    assert "creation to Ready 363 ms under RuntimeClass gvisor against 157 ms without one (containerd)" in shown
    markdown = export_bytes(current_report(window.model.session), ExportKind.MARKDOWN, "a4").decode("utf-8")
    assert "did not run in its sandbox" in markdown and "**measured**" in markdown
    # answers changed afterwards: the records stay and are held against the new plan
    window.model.replace_answers({**UNTRUSTED, "platform": "gke"})
    assert "is for platform kubernetes, but this plan is for gke" in window.wizard.results_page.details.toPlainText()
    window.model.replace_answers(UNTRUSTED)
    window.import_result_files(_files(tmp_path, _record(platform="kubernetes", checks=[])))
    undo = [b for b in window.notice.buttons if "Und" in b.text()][0]
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert len(window.model.session.evidence) == 1 and len(window.model.session.measurements) == 1


def test_a_broken_record_imports_nothing(qtbot, welcome_window, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "evidence.json"
    bad.write_text(json.dumps(_record(result="maybe"), indent=1), encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    assert not welcome_window.import_result_files([bad, *_files(tmp_path, _record())])
    assert welcome_window.model.session.evidence == ()
    assert f"{bad}:7:" in warned[0] and "'maybe' is not allowed" in warned[0]


def test_it_is_in_the_file_menu(welcome_window) -> None:
    assert "Import Verification &Results…" in [a.text() for a in welcome_window.file_menu.actions()]
