"""Detect from this machine and Import cluster inventory, in the window: answers filled with
Undo, the notice saying from where, the report listing what was found."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.domain.detect import machine as detect
from gui.rendering.exporting import ExportKind, current_report, export_bytes
from gui.window.wizard import PageId
from tests.inventory.clusters import CLUSTERS
from tests.inventory.test_detect import MACHINES, tree


def _saved(tmp_path: Path, platform: str) -> list[Path]:
    paths = []
    for kind, content in CLUSTERS[platform].items():
        path = tmp_path / f"{platform}-{kind}.json"
        path.write_text(json.dumps(content), encoding="utf-8")
        paths.append(path)
    return paths


def test_importing_an_inventory_fills_answers_and_can_be_undone(qtbot, welcome_window, tmp_path: Path) -> None:
    window = welcome_window
    assert window.model.answer_set.cluster["platform"] == "kubernetes"
    assert window.import_inventory_files(_saved(tmp_path, "aks"))
    assert window.model.answer_set.cluster["platform"] == "aks"
    assert window.model.answer_set.cluster["virtualization"] == "available"
    assert window.wizard.currentId() == PageId.RESULTS
    assert window.notice.isVisible() and "aks-nodes.json" in window.notice.text.text()
    steps = [window.wizard.panel.steps.item(i).text() for i in range(window.wizard.panel.steps.count())]
    assert any("Platform: Azure Kubernetes Service" in t and t.endswith("(detected)") for t in steps), steps
    assert not any("Who wrote the code" in t and "(detected)" in t for t in steps)
    shown = window.wizard.results_page.details.toPlainText()
    assert "detected:" in shown and "node pool katapool: 1 node(s)" in shown
    markdown = export_bytes(current_report(window.model.session), ExportKind.MARKDOWN, "a4").decode("utf-8")
    assert "**detected**" in markdown and "katapool" in markdown and "Pod Sandboxing (Kata) pool" in markdown
    undo = [b for b in window.notice.buttons if "Und" in b.text()][0]
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert window.model.answer_set.cluster["platform"] == "kubernetes"
    assert not window.model.session.detected


def test_a_bad_inventory_changes_nothing(qtbot, welcome_window, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "nodes.json"
    bad.write_text("{not json", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    before = welcome_window.model.answer_set
    assert not welcome_window.import_inventory_files([bad])
    assert welcome_window.model.answer_set == before
    assert f"{bad}:1:2: not JSON" in warned[0]


def test_detecting_this_machine_fills_answers(qtbot, welcome_window, tmp_path: Path, monkeypatch) -> None:
    root = tree(tmp_path / "root", MACHINES["CRI-O node"])
    real = detect.detect_machine
    monkeypatch.setattr(detect, "detect_machine", lambda: real(root, lambda exe: f"{exe.name} version 1.0", "linux"))
    button = welcome_window.wizard.welcome_page.detect_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    cluster = welcome_window.model.answer_set.cluster
    assert (cluster["virtualization"], cluster["platform"]) == ("available", "kubernetes")
    text = export_bytes(current_report(welcome_window.model.session), ExportKind.JSON, "a4").decode("utf-8")
    detected = [w["text"] for w in json.loads(text)["plan"]["warnings"] if w["kind"] == "detected"]
    assert "/dev/kvm usable [/dev/kvm]" in detected and "crio version 1.0 [crio --version]" in detected


def test_both_are_in_the_file_menu(welcome_window) -> None:
    texts = [a.text() for a in welcome_window.file_menu.actions()]
    assert "&Detect from This Machine" in texts and "&Import Cluster Inventory…" in texts


def test_an_answer_the_person_gave_is_kept(qtbot, window, tmp_path: Path) -> None:
    """Detection fills only what is not answered yet; what it found against an answer is listed."""
    from tests.gui.driving import click_choice, click_next

    click_choice(qtbot, window, "platform", "eks")
    click_next(qtbot, window)
    assert window.import_inventory_files(_saved(tmp_path, "aks"))
    cluster = window.model.answer_set.cluster
    assert (cluster["platform"], cluster["virtualization"]) == ("eks", "unknown")
    assert any("is kept" in line for line in window.model.session.detected)
