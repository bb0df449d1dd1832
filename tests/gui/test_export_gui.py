"""File > Export from the window."""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.rendering.exporting import ExportKind
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
    # the name a person would write by hand: what, which pick, and (but for the ADR) today's date
    today = datetime.date.today().isoformat()
    expected = {
        ExportKind.PDF: f"runtime-recommendation-gvisor-{today}.pdf",
        ExportKind.MARKDOWN: "adr-container-runtime-gvisor.md",
        ExportKind.JSON: f"runtime-recommendation-gvisor-{today}.json",
    }
    assert Path(proposed[0]).name == expected[kind]
    written = tmp_path / "exports" / f"mine.{kind.value}"
    assert window.settings.value("export/lastFolder") == str(tmp_path / "exports")
    # the report of the answers given, in the kind chosen
    if kind is ExportKind.PDF:
        text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True, check=True).stdout
        assert "Recommendation: gVisor" in text
    elif kind is ExportKind.MARKDOWN:
        assert written.read_text(encoding="utf-8").startswith("# Container runtime recommendation: gVisor")
    else:
        content = json.loads(written.read_text(encoding="utf-8"))
        assert content["recommendation"] == "gvisor"
        assert (content["answers"]["trust"], content["answers"]["virtualization"]) == ("untrusted", "unavailable")


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


@pytest.mark.parametrize(
    ("paper", "size"), [("letter", "612 x 792 pts (letter)"), ("a4", "595 x 842 pts (A4)")], ids=["letter", "a4"]
)
def test_the_chosen_paper_size_is_the_pdf_page_size(qtbot, window, tmp_path, monkeypatch, paper, size) -> None:
    """Both choices, so whichever the locale's automatic one is, one of them differs from it."""
    walk(qtbot, window, {"trust": "untrusted"})
    window.paper_actions[paper].trigger()
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.export_actions[ExportKind.PDF].trigger()
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    page_size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    assert page_size.split(":", 1)[1].strip() == size


def test_a_full_file_system_warns_and_keeps_the_old_file(qtbot, window, tmp_path, monkeypatch) -> None:
    """A real full file system (a tmpfs filled up), not a patched function."""
    from tests.helpers import fill_up, mounted_tmpfs

    with mounted_tmpfs(tmp_path / "mnt", size="256k") as folder:
        target = folder / "report.pdf"
        target.write_bytes(b"old")
        fill_up(folder)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
        window.export_actions[ExportKind.PDF].trigger()
        assert target.read_bytes() == b"old"
        assert warnings == [
            "Nothing was written; any existing file is unchanged.\n\n"
            f"{target}:0:0: cannot write: No space left on device; the existing file, if any, is unchanged"
        ]
        assert sorted(p.name for p in folder.iterdir()) == ["filler", "report.pdf"], "no temporary file left"


def test_paper_choice_is_kept(qtbot, window) -> None:
    window.paper_actions["letter"].trigger()
    assert window.settings.value("export/paper") == "letter"
    assert window.paper_actions["letter"].isChecked() and not window.paper_actions["a4"].isChecked()
