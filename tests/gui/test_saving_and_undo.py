"""Save Report… on the results page, the notice that follows (Open, Show in Folder), the
question before closing over an unsaved plan, and Undo after a what-if, a removed workload or
Start Over."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.window.main_window import MainWindow
from tests.gui.driving import walk


@pytest.fixture
def asking(monkeypatch):
    """The real "save the report first?" question, answered by `answers` in turn."""
    answers: list[QMessageBox.StandardButton] = []
    asked: list[str] = []
    monkeypatch.setattr(MainWindow, "ask_to_save_before_closing", _REAL_ASK)

    def fake_exec(box) -> int:
        asked.append(box.text())
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return answers, asked


_REAL_ASK = MainWindow.ask_to_save_before_closing


def test_save_report_writes_the_chosen_format_and_offers_open_and_show(qtbot, window, monkeypatch, tmp_path) -> None:
    walk(qtbot, window, {"trust": "untrusted", "virtualization": "unavailable"})
    target = tmp_path / "plan"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Markdown decision record (*.md)")
    )
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(window.wizard.results_page.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "plan.md"
    assert written.read_text(encoding="utf-8").startswith("# ")
    assert window.notice.isVisible() and str(written) in window.notice.text.text()
    open_button, show_button = window.notice.buttons
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(show_button, Qt.MouseButton.LeftButton)
    assert opened == [str(written), str(tmp_path)]
    assert not window.has_unsaved_result()


def test_closing_over_an_unsaved_plan_asks_first(qtbot, window, asking, monkeypatch, tmp_path) -> None:
    answers, asked = asking
    walk(qtbot, window, {"trust": "untrusted"})
    assert window.has_unsaved_result()
    answers.append(QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and asked == ["This plan has not been saved. Save it as a report before closing?"]
    # "Save" opens the save dialog; saving closes the window, and the file is there
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.pdf"), ""))
    answers.append(QMessageBox.StandardButton.Save)
    window.close()
    assert not window.isVisible() and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_a_saved_plan_closes_without_asking_and_a_changed_one_asks_again(qtbot, window, asking, tmp_path) -> None:
    answers, asked = asking
    walk(qtbot, window, {"trust": "untrusted"})
    assert window.save_answers_file(tmp_path / "a.yaml")
    assert not window.has_unsaved_result()
    window.model.set_answer("workload", "database")
    assert window.has_unsaved_result()
    answers.append(QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible() and len(asked) == 1


def test_a_window_that_never_showed_a_plan_closes_without_asking(qtbot, window, asking) -> None:
    _, asked = asking
    window.close()
    assert not window.isVisible() and asked == []


def test_a_removed_workload_comes_back_with_undo(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    walk(qtbot, window, {})
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("batch", True))
    page = window.wizard.results_page
    qtbot.mouseClick(page.add_workload_button, Qt.MouseButton.LeftButton)
    window.model.set_answer("trust", "untrusted")
    window.wizard.show_results()
    assert window.model.session.workload_names == ("default", "batch")
    qtbot.mouseClick(page.remove_workload_button, Qt.MouseButton.LeftButton)
    assert window.model.session.workload_names == ("default",)
    assert window.notice.text.text() == "Workload removed."
    qtbot.mouseClick(window.notice.buttons[0], Qt.MouseButton.LeftButton)
    assert window.model.session.workload_names == ("default", "batch")
    assert window.model.answer_set.answers_for(1)["trust"] == "untrusted"


def test_start_over_can_be_undone(qtbot, window) -> None:
    walk(qtbot, window, {"platform": "openshift", "trust": "untrusted"})
    before = window.model.answer_set
    qtbot.mouseClick(window.wizard.button(window.wizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)
    assert window.model.answers["platform"] == "kubernetes" and window.wizard.currentId() == 0
    qtbot.mouseClick(window.notice.buttons[0], Qt.MouseButton.LeftButton)
    assert window.model.answer_set == before
    assert window.wizard.results_page.isVisible()


def test_saving_to_a_folder_that_cannot_be_written_keeps_the_window(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    walk(qtbot, window, {})
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocked / "r.pdf"), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    assert window.save_report() is False
    assert warned and "Nothing was written" in warned[0] and window.has_unsaved_result()


def test_opening_an_answers_file_can_be_undone(qtbot, window, monkeypatch) -> None:
    from tests.conftest import SCENARIOS

    walk(qtbot, window, {"platform": "single-host"})
    before = window.model.answer_set
    assert window.open_answers_file(SCENARIOS / "cluster-own-and-customer-code.yaml")
    assert window.model.session.workload_names == ("default", "customer-code")
    assert window.notice.text.text() == "Opened cluster-own-and-customer-code.yaml."
    qtbot.mouseClick(window.notice.buttons[0], Qt.MouseButton.LeftButton)
    assert window.model.answer_set == before


def test_a_language_switch_closes_a_notice_written_in_the_other_language(qtbot, window) -> None:
    walk(qtbot, window, {"trust": "untrusted", "virtualization": "unavailable"})
    page = window.wizard.results_page
    page.take_what_if(page.what_if_items[0][1])
    assert window.notice.isVisible()
    window.set_language("ko")
    assert not window.notice.isVisible()
    window.set_language("en")


def test_a_two_answer_suggestion_changes_both_answers_and_undo_restores_both(qtbot, window) -> None:
    # nothing fits and no single answer would: the button names both changes, takes both
    stuck = {"platform": "single-host", "trust": "untrusted", "isolation": "separate-kernel", "gpu": "nvidia"}
    walk(qtbot, window, {**stuck, "privileges": "privileged", "virtualization": "unavailable"})
    page = window.wizard.results_page
    before = dict(window.model.answers)
    button, pair = next((b, w) for b, w in page.what_if_items if w.also)
    (first, _, first_answer), (second, _, second_answer) = pair.changes
    assert ", " in button.text() and "→" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert (window.model.answers[first], window.model.answers[second]) == (first_answer, second_answer)
    assert window.model.result.recommendation == pair.recommendation
    assert window.notice.text.text().count("changed to") == 2
    qtbot.mouseClick(window.notice.buttons[0], Qt.MouseButton.LeftButton)
    assert dict(window.model.answers) == before
