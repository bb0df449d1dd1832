"""The welcome page (what the app does, what it asks, what it stands on; go on with the last
session or start fresh; open a file) and the step list (names, states, jumps)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from gui.app import create_main_window
from gui.window.last_answers import save_last_answers
from gui.window.wizard import PageId
from tests.conftest import SCENARIOS
from tests.gui.driving import click_choice, click_next, walk


def test_a_first_start_welcomes_and_starts_at_the_first_question(qtbot, welcome_window, shipped_data) -> None:
    window = welcome_window
    page = window.wizard.welcome_page
    assert window.wizard.currentId() == PageId.WELCOME
    assert "15 questions: 6 about the platform, asked once, and 9 about each workload" in page.questions_line.text()
    assert shipped_data.dataset.as_of in page.data_line.text()
    assert not page.resume.isVisible() and not page.fresh.isVisible(), "nothing to resume on a first start"
    # before any answer there is no "top pick"
    assert not window.wizard.panel.top_pick.isVisible()
    click_next(qtbot, window)
    assert window.wizard.currentId() == 0


def _kept(settings, shipped_data, answers: dict[str, str]) -> None:
    from gui.domain.advice.answers import AnswerSet

    save_last_answers(settings, AnswerSet.single(answers, shipped_data.questions))


def test_the_last_session_is_offered_and_resumes_at_the_plan(qtbot, shipped_data, settings) -> None:
    _kept(settings, shipped_data, {"platform": "openshift", "trust": "untrusted"})
    window = create_main_window(shipped_data, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.wizard.welcome_page
    assert page.resume.isVisible() and page.resume.isChecked()
    click_next(qtbot, window)
    assert window.wizard.currentId() == PageId.RESULTS
    assert window.model.answers["platform"] == "openshift"
    assert window.wizard.results_page.pick_label.text() == "Kata Containers"


def test_starting_fresh_sets_the_last_session_aside(qtbot, shipped_data, settings) -> None:
    _kept(settings, shipped_data, {"platform": "openshift", "trust": "untrusted"})
    window = create_main_window(shipped_data, settings)
    qtbot.addWidget(window)
    window.show()
    window.wizard.welcome_page.fresh.setChecked(True)
    click_next(qtbot, window)
    assert window.wizard.currentId() == 0 and window.model.answers["platform"] == "kubernetes"
    assert not window.model.session.is_confirmed("platform")


def test_an_answers_file_opened_from_the_welcome_page_shows_its_plan(qtbot, welcome_window, monkeypatch) -> None:
    answers = SCENARIOS / "cluster-own-and-customer-code.yaml"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(answers), ""))
    qtbot.mouseClick(welcome_window.wizard.welcome_page.open_button, Qt.MouseButton.LeftButton)
    assert welcome_window.wizard.currentId() == PageId.RESULTS
    assert welcome_window.model.session.workload_names == ("default", "customer-code")
    # Back walks the questions, not into the welcome page's choice
    assert PageId.WELCOME not in welcome_window.wizard.visitedIds()


def test_a_step_jumps_to_its_question_and_back_still_works(qtbot, window, shipped_data) -> None:
    steps = window.wizard.panel.steps
    index = shipped_data.questions.ids.index("virtualization")
    item = next(steps.item(i) for i in range(steps.count()) if steps.item(i).data(Qt.ItemDataRole.UserRole) == index)
    assert item.text() == "○ Virtualization"
    steps.itemClicked.emit(item)
    assert window.wizard.currentId() == index
    # the questions passed on the way were not answered by the jump
    assert not window.model.session.is_confirmed("trust")
    click_choice(qtbot, window, "virtualization", "available")
    window.wizard.back()
    assert window.wizard.currentId() == index - 1
    # and "The plan" step goes to the results
    plan = steps.item(steps.count() - 1)
    steps.itemClicked.emit(plan)
    assert window.wizard.currentId() == PageId.RESULTS


def test_the_last_question_says_where_it_leads(qtbot, window) -> None:
    wizard = window.wizard
    while wizard.nextId() != PageId.RESULTS:
        click_next(qtbot, window)
    assert wizard.button(wizard.WizardButton.NextButton).text() == "See the &Plan >"


def test_workload_questions_are_listed_under_the_workload(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    walk(qtbot, window, {})
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("batch", True))
    qtbot.mouseClick(window.wizard.results_page.add_workload_button, Qt.MouseButton.LeftButton)
    steps = window.wizard.panel.steps
    texts = [steps.item(i).text() for i in range(steps.count())]
    headings = [i for i in range(steps.count()) if not steps.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
    assert [texts[i] for i in headings] == ["The whole cluster", "Workload batch"]
    cluster = texts[headings[0] + 1 : headings[1]]
    assert cluster[0].startswith("✓ Platform"), "the cluster's questions, answered once, come first"
    assert texts[headings[1] + 1].startswith("▶ Who wrote the code"), "then the workload's own"
    assert texts[-1].endswith("The plan")
    # a later workload's questions are numbered among its own questions
    assert window.wizard.currentPage().subTitle().startswith("Question 1 of 9")
