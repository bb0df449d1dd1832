"""Driving the wizard the way a person does: clicking choices and buttons, pressing keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from gui.window.main_window import MainWindow
from gui.window.wizard import PageId


def click_choice(qtbot, window: MainWindow, question_id: str, choice_id: str) -> None:
    page = window.wizard.currentPage()
    assert page.question.id == question_id
    button = page.buttons[choice_id]
    # a radio button reacts on its indicator and text, not on the empty width beside them
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(10, button.height() // 2))
    assert button.isChecked()


def click_next(qtbot, window: MainWindow) -> None:
    before = window.wizard.currentId()
    qtbot.mouseClick(window.wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.wizard.currentId() != before)


def click_back(qtbot, window: MainWindow) -> None:
    before = window.wizard.currentId()
    qtbot.mouseClick(window.wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.wizard.currentId() != before)


def past_welcome(qtbot, window: MainWindow) -> None:
    """From the welcome page (a first start: start fresh) to the first question."""
    assert window.wizard.currentId() == PageId.WELCOME
    click_next(qtbot, window)
    assert window.wizard.currentId() == 0


def walk(qtbot, window: MainWindow, answers: dict[str, str]) -> str:
    """Answer every question page by clicking (defaults where `answers` is silent), then return
    the recommendation the results page shows."""
    wizard = window.wizard
    if wizard.currentId() == PageId.WELCOME:
        click_next(qtbot, window)
    while wizard.currentId() != PageId.RESULTS:
        question = wizard.currentPage().question
        click_choice(qtbot, window, question.id, answers.get(question.id, question.default))
        click_next(qtbot, window)
    return wizard.results_page.pick_label.text()


def quit_data_error_dialog(qtbot, seen: list[str]):
    """A stand-in for DataErrorDialog.exec: records the problems shown, then presses Quit."""

    def fake_exec(dialog) -> int:
        qtbot.addWidget(dialog)
        seen.append(dialog.details.toPlainText())
        dialog.quit_button.click()
        return 0

    return fake_exec
