"""File > Export from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.exporting import ExportKind
from tests.gui.driving import walk


@pytest.mark.parametrize("kind", list(ExportKind))
def test_export_proposes_a_name_remembers_the_folder_and_writes(qtbot, window, tmp_path, monkeypatch, kind) -> None:
    walk(qtbot, window, {"trust": "untrusted", "workload": "web-stateless", "virtualization": "unavailable"})
    window.settings.setValue("export/lastFolder", str(tmp_path))
    proposed: list[str] = []

    def save_dialog(_parent, _title, suggested, _filter):
        proposed.append(suggested)
        return str(tmp_path / "exports" / "mine"), ""

    (tmp_path / "exports").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.export_actions[kind].trigger()
    assert Path(proposed[0]).parent == tmp_path
    assert "gvisor" in Path(proposed[0]).name and proposed[0].endswith(f".{kind.value}")
    written = tmp_path / "exports" / f"mine.{kind.value}"
    assert written.exists() and written.stat().st_size > 100
    assert window.settings.value("export/lastFolder") == str(tmp_path / "exports")
    if kind is ExportKind.PDF:
        assert written.read_bytes().startswith(b"%PDF-")


def test_failed_export_warns_and_keeps_the_old_file(qtbot, window, tmp_path, monkeypatch) -> None:
    import os

    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    monkeypatch.setattr(os, "fsync", lambda _fd: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.export_actions[ExportKind.PDF].trigger()
    assert target.read_bytes() == b"old"
    assert "any existing file is unchanged" in warnings[0] and "No space left on device" in warnings[0]
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name], "no temporary file left behind"


def test_paper_choice_is_kept(qtbot, window) -> None:
    window.paper_actions["letter"].trigger()
    assert window.settings.value("export/paper") == "letter"
    assert window.paper_actions["letter"].isChecked() and not window.paper_actions["a4"].isChecked()
