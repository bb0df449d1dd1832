"""The window meets the same hostile inputs: it shows the problems (as text) and keeps running."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QMessageBox

from gui import app as app_module
from gui.dialogs.data_error import DataErrorDialog
from tests.gui.driving import quit_data_error_dialog


def test_a_number_beyond_range_shows_the_data_problems_not_the_crash_dialog(
    qtbot, data_copy: Path, monkeypatch
) -> None:
    rules = data_copy / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(text.replace("    points: 4\n", "    points: " + "9" * 120 + "\n", 1), encoding="utf-8")
    line = text[: text.index("    points: 4\n")].count("\n") + 1
    seen: list[str] = []
    monkeypatch.setattr(DataErrorDialog, "exec", quit_data_error_dialog(qtbot, seen))
    assert app_module.load_data_interactively(data_copy) is None
    assert f"rules.yaml:{line}:13: " in seen[0] and "out of range" in seen[0]


def _opened(window, path: Path, monkeypatch) -> list[str]:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    assert not window.open_answers_file(path)
    return warned


def test_problems_with_markup_are_shown_as_text(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("answers: {trust: \"<h1 style='font-size:90pt'>x</h1>\"}\n", encoding="utf-8")
    warned = _opened(window, path, monkeypatch)
    assert "90pt" in warned[0]
    # what the message box would render: no heading element survives, the markup is visible text
    assert "<h1" not in warned[0] or not GuiQt.mightBeRichText(warned[0])


def test_a_fifo_or_device_is_refused_at_once(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        warned = _opened(window, path, monkeypatch)
        assert "is not a regular file" in warned[0]


def test_a_huge_answers_file_is_refused(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    warned = _opened(window, huge, monkeypatch)
    assert "too large" in warned[0]


def test_the_window_never_writes_over_its_data_files(qtbot, data_copy: Path, settings, monkeypatch) -> None:
    from gui.app import application, create_main_window
    from gui.domain.data.loading import load_data
    from gui.rendering.exporting import ExportKind, current_report
    from tests.conftest import SCHEMAS

    application()
    window = create_main_window(load_data(data_copy, SCHEMAS), settings)  # a copy: a failure harms nothing
    qtbot.addWidget(window)
    rules = data_copy / "rules.yaml"
    before = rules.read_bytes()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    assert not window.export_to(current_report(window.model.session), ExportKind.MARKDOWN, rules)
    assert not window.save_answers_file(rules)
    assert rules.read_bytes() == before
    assert len(warned) == 2 and all("data files the advice is made from" in w for w in warned)
    view = window.wizard.results_page.artifacts_view
    assert rules in view.protected
    # Save All into a folder where a data file sits (hard-linked) at a plan file's name, even
    # when the person answers "replace" to the question about files with other content
    report = current_report(window.model.session)
    assert report.plan.artifacts, "the control: this plan has files to save"
    view.set_artifacts(report.plan.artifacts)
    folder = data_copy.parent / "plan-files"
    folder.mkdir()
    os.link(rules, folder / report.plan.artifacts[0].filename)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert not view.save_to(folder)
    assert rules.read_bytes() == before


def test_an_imported_inventory_is_never_replaced_by_an_export_or_the_plans_files(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    """The report cites the inventory it was made from: an export or Save All over it is refused."""
    import json

    from gui.rendering.exporting import ExportKind, current_report
    from tests.inventory.clusters import node, node_list

    inventory = tmp_path / "nodes.json"
    inventory.write_text(json.dumps(node_list(node("n1", {}, "containerd://2.3.0"))), encoding="utf-8")
    before = inventory.read_bytes()
    assert window.import_inventory_files([inventory])
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    report = current_report(window.model.session)
    assert not window.export_to(report, ExportKind.JSON, inventory)
    assert f"{inventory}:0:0: is an inventory file the advice is made from; nothing was written" in warned[0]
    assert window.wizard.results_page.artifacts_view.protected == window.input_files()
    assert inventory in window.input_files()
    assert inventory.read_bytes() == before
