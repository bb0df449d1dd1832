"""The "Set it up" tab: the plan's files listed, shown as code, copied to the clipboard, and
saved into a folder with a question before anything is replaced."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.domain.advice.answers import AnswerSet
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.report.model import build_report
from tests.gui.driving import walk


def _expected(shipped_data, answers: dict[str, str]):
    answer_set = AnswerSet.single(answers, shipped_data.questions)
    return build_report(shipped_data, build_plan(Advisor(shipped_data), answer_set), "en").plan.artifacts


def _open_tab(qtbot, window):
    page = window.wizard.results_page
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.artifacts_view)
    return page.artifacts_view


def test_the_tab_lists_the_plans_files_and_shows_each_as_code(qtbot, window, shipped_data) -> None:
    walk(qtbot, window, {"platform": "kubernetes", "trust": "untrusted", "virtualization": "available"})
    view = _open_tab(qtbot, window)
    expected = _expected(shipped_data, dict(window.model.answers))
    listed = [view.files.item(i).text() for i in range(view.files.count())]
    assert listed == [a.filename for a in expected]
    assert "runtimeclass-gvisor.yaml" in listed or "kata-deploy-values.yaml" in listed
    for row, artifact in enumerate(expected):
        view.files.setCurrentRow(row)
        assert view.code.toPlainText() == artifact.text
        assert artifact.kind in view.about.text() and view.about.toolTip() == artifact.source
    assert QFontInfo(view.code.font()).fixedPitch(), "code is shown in a fixed-width font"


def test_the_files_follow_the_answers(qtbot, window) -> None:
    walk(qtbot, window, {"platform": "gke", "trust": "untrusted"})
    view = _open_tab(qtbot, window)
    names = [view.files.item(i).text() for i in range(view.files.count())]
    assert "gke-sandbox.sh" in names and "pod-default.yaml" in names
    # GKE makes RuntimeClass gvisor itself: nothing here creates one
    assert not [n for n in names if n.startswith("runtimeclass-")]


def test_copy_puts_the_shown_file_on_the_clipboard(qtbot, window) -> None:
    walk(qtbot, window, {"platform": "kubernetes", "trust": "untrusted", "virtualization": "available"})
    view = _open_tab(qtbot, window)
    view.files.setCurrentRow(view.files.count() - 1)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == view.artifacts[-1].text


def test_save_all_writes_every_file_and_asks_before_replacing(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    walk(qtbot, window, {"platform": "single-host", "trust": "untrusted", "virtualization": "available"})
    view = _open_tab(qtbot, window)
    target = tmp_path / "plan"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    names = sorted(a.filename for a in view.artifacts)
    assert sorted(p.name for p in target.iterdir()) == names
    assert told == [f"{len(names)} files in {target}"]
    for artifact in view.artifacts:
        path = target / artifact.filename
        assert path.read_text(encoding="utf-8") == artifact.text
        assert bool(path.stat().st_mode & stat.S_IXUSR) == (artifact.kind == "shell")

    # the user edited one file: saving again asks, and "No" keeps the edit and writes nothing
    edited = target / view.artifacts[0].filename
    edited.write_text("# mine\n", encoding="utf-8")
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *a, **k):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert view.ask_and_save() is False
    assert str(edited) in asked[0]
    assert edited.read_text(encoding="utf-8") == "# mine\n"

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert view.ask_and_save() is True
    assert edited.read_text(encoding="utf-8") == view.artifacts[0].text


def test_a_folder_that_cannot_be_written_is_explained(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    walk(qtbot, window, {"platform": "kubernetes", "trust": "untrusted", "virtualization": "available"})
    view = _open_tab(qtbot, window)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(blocker))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    assert view.ask_and_save() is False
    assert "not a folder" in warned[0] and str(blocker) in warned[0]
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    # cancelling the folder dialog does nothing
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    assert view.ask_and_save() is False and len(warned) == 1


def test_copy_says_what_it_copied(qtbot, window) -> None:
    walk(qtbot, window, {"platform": "kubernetes", "trust": "untrusted", "virtualization": "available"})
    view = _open_tab(qtbot, window)
    view.files.setCurrentRow(0)
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert view.copied.text() == f"Copied {view.artifacts[0].filename} to the clipboard."
