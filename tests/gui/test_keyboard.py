"""The keyboard rules of the redesigned wizard: Enter always goes forward (even after Tab has
visited Back), bare digits choose, Escape never closes the window, mnemonics are unique in
every language, and every focusable thing shows its focus."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from gui.window.wizard import PageId
from tests.gui.driving import walk


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_enter_goes_forward_even_after_tab_reached_back(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard.currentId() == 1)
    back = window.wizard.button(QWizard.WizardButton.BackButton)
    back.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is back
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard.currentId() == 2)
    # Space on the focused Back still goes back: only Enter is reserved for going on
    window.wizard.button(QWizard.WizardButton.BackButton).setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.wizard.currentId() == 1)


def test_a_bare_digit_chooses(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard.currentId() == 1)
    press(qtbot, window, Qt.Key.Key_3)
    assert window.model.answers["trust"] == "untrusted"
    assert window.wizard.currentPage().buttons["untrusted"].font().bold(), "the chosen answer is bold"
    press(qtbot, window, Qt.Key.Key_9)  # no ninth choice: nothing happens
    assert window.model.answers["trust"] == "untrusted"


def test_enters_alone_reach_the_plan_and_the_app_stays_open(qtbot, welcome_window) -> None:
    window = welcome_window
    window.activateWindow()
    qtbot.waitActive(window)
    for _ in range(len(window.model.data.questions) + 3):  # the welcome page, each question, and more
        press(qtbot, window, Qt.Key.Key_Return)
        qtbot.wait(5)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.wizard.currentId() == PageId.RESULTS


MNEMONIC = re.compile(r"&(?!&)(\w)")


def _mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, owner) of every mnemonic a person can press on what is visible."""
    found = []
    candidates = [top, *top.findChildren(QWidget)]
    for widget in candidates:
        if not widget.isVisible():
            continue
        texts = []
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            match = MNEMONIC.search(text)
            if match:
                found.append((match.group(1).lower(), text))
    for action in top.menuBar().actions() if hasattr(top, "menuBar") else []:
        match = MNEMONIC.search(action.text())
        if match:
            found.append((match.group(1).lower(), action.text()))
    return found


def _duplicates(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for letter, owner in pairs:
        seen.setdefault(letter, []).append(owner)
    return {k: v for k, v in seen.items() if len(v) > 1}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_mnemonics_are_unique_on_every_page(qtbot, welcome_window, lang) -> None:
    window = welcome_window
    window.set_language(lang)
    wizard = window.wizard
    checked = 0
    while True:
        qtbot.wait(5)
        found = _mnemonics(window)
        assert not _duplicates(found), (wizard.currentId(), _duplicates(found))
        checked += len(found)
        if wizard.currentId() == PageId.RESULTS:
            break
        wizard.next()
    # the results page with a notice (Open, Show in Folder) and every what-if shown
    page = wizard.results_page
    window.notice.show_notice("x", [(window.tr("O&pen"), lambda: None), (window.tr("Sho&w in Folder"), lambda: None)])
    page.what_if.more_button.setChecked(True)
    qtbot.wait(5)
    assert not _duplicates(_mnemonics(window)), _duplicates(_mnemonics(window))
    assert checked > 30
    window.show_comparison()
    qtbot.waitExposed(window.comparison)
    assert not _duplicates(_mnemonics(window.comparison)), _duplicates(_mnemonics(window.comparison))


FOCUS_DRAWN = (QAbstractButton, QAbstractItemView, QTextEdit, QLineEdit, QTabBar)


def test_every_tab_stop_on_the_results_page_shows_its_focus(qtbot, window) -> None:
    walk(qtbot, window, {"trust": "untrusted", "virtualization": "unavailable"})
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.wizard.results_page
    page.stack.workloads.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        if widget in visited:
            break
        visited.append(widget)
        press(qtbot, window, Qt.Key.Key_Tab)
    kinds = {type(w).__name__ for w in visited}
    assert not [w for w in visited if isinstance(w, QLabel)], "no label takes the focus without showing it"
    assert all(isinstance(w, FOCUS_DRAWN) for w in visited), kinds
    # the detail text is one stop, not one per link
    assert visited.count(page.details) == 1
    assert page.details.tabChangesFocus()
    # the what-if lines are real buttons, each a stop of its own
    assert all(b in visited for b in page.what_if.visible_buttons())
    assert page.save_button in visited


def test_arrows_after_arriving_at_the_plan_change_no_answer(qtbot, window) -> None:
    """The focus leaves the last question's radio buttons: an arrow key then scrolls the plan
    instead of silently changing the last answer."""
    window.activateWindow()
    qtbot.waitActive(window)
    while window.wizard.currentId() != PageId.RESULTS:
        press(qtbot, window, Qt.Key.Key_Return)
        qtbot.wait(5)
    before = dict(window.model.answers)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.wizard.results_page.details)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Down):
        press(qtbot, window, key)
    assert window.model.answers == before
    # even a key sent to a hidden question's radio button is undone
    last = window.wizard.question_pages[-1]
    other = next(b for c, b in last.buttons.items() if c != before[last.question.id])
    other.setChecked(True)
    qtbot.waitUntil(lambda: last.buttons[before[last.question.id]].isChecked())
    assert window.model.answers == before


def test_tab_reaches_the_suggestions_before_the_foot_buttons(qtbot, window) -> None:
    walk(qtbot, window, {"trust": "untrusted", "virtualization": "unavailable"})
    page = window.wizard.results_page
    order = []
    widget = page.remove_workload_button
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    first_what_if = page.what_if.visible_buttons()[0]
    assert order.index(first_what_if) < order.index(page.save_button)
    # taking a suggestion keeps the focus among the suggestions
    qtbot.mouseClick(first_what_if, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in page.what_if.buttons)
