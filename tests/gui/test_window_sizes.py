"""The window at the sizes people use: the minimum, 1024x600 (a small laptop), 1920x1080 (the
content centred, lines not stretched across the screen), in both languages, on every kind of
page: nothing clipped, nothing overlapping (checked on geometry)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gui.window.main_window import CONTENT_WIDTH, MINIMUM_SIZE
from gui.window.wizard import PageId
from tests.gui.test_pseudo_translation import geometry_problems


def _pages(qtbot, window):
    """The welcome page, a question, the plan, the plan when nothing fits, a two-workload plan."""
    wizard = window.wizard
    yield "welcome"
    wizard.next()
    yield "question 1"
    wizard.next()
    yield "question 2"
    window.model.set_answer("trust", "untrusted")
    wizard.show_results()
    yield "results"
    window.model.set_answer("isolation", "separate-kernel")
    window.model.set_answer("virtualization", "unavailable")
    yield "nothing fits"
    window.model.set_answer("isolation", "no-preference")
    window.model.add_workload("batch")
    wizard.show_results()
    yield "two workloads"


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("size", [(MINIMUM_SIZE.width(), MINIMUM_SIZE.height()), (1024, 600), (1920, 1080)])
def test_every_page_fits(qtbot, welcome_window, lang, size) -> None:
    window = welcome_window
    window.set_language(lang)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    for name in _pages(qtbot, window):
        QApplication.processEvents()
        qtbot.wait(10)
        problems = geometry_problems(window)
        assert problems == [], f"{name} at {size} in {lang}: " + "\n".join(problems)
    assert window.wizard.currentId() == PageId.RESULTS


def test_a_wide_window_centres_the_content(qtbot, welcome_window) -> None:
    window = welcome_window
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    wizard = window.wizard
    assert wizard.width() <= CONTENT_WIDTH
    centre = wizard.mapTo(window, wizard.rect().center()).x()
    assert abs(centre - window.width() / 2) <= 2


def test_the_window_cannot_be_made_smaller_than_its_minimum(qtbot, welcome_window) -> None:
    welcome_window.resize(700, 400)
    QApplication.processEvents()
    assert welcome_window.width() >= MINIMUM_SIZE.width() and welcome_window.height() >= MINIMUM_SIZE.height()
