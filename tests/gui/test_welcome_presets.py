"""Presets on the welcome page: a common situation fills the answers, every question is then
asked as usual (none counts as answered yet), the answers before can come back, and a bad
presets.yaml costs the presets, never the window."""

from __future__ import annotations

from pathlib import Path

from gui.app import create_main_window
from gui.domain.data.loading import load_data
from tests.conftest import SCHEMAS
from tests.gui.driving import click_next


def test_the_welcome_page_offers_the_presets_with_their_summaries(welcome_window) -> None:
    page = welcome_window.wizard.welcome_page
    titles = [page.preset_box.itemText(i) for i in range(page.preset_box.count())]
    assert titles == [p.title.en for p in welcome_window.model.presets]
    assert titles[0] == "An AI-agent platform"
    assert page.preset_box.isVisible() and page.preset_button.isEnabled()
    assert page.preset_summary.text() == welcome_window.model.presets[0].summary.en
    page.preset_box.setCurrentIndex(1)
    assert page.preset_summary.text().startswith("Runners build and test pull requests from forks")


def test_starting_from_a_preset_fills_its_answers_and_asks_every_question(qtbot, welcome_window) -> None:
    window = welcome_window
    page = window.wizard.welcome_page
    before = window.model.answer_set
    page.preset_box.setCurrentIndex(0)
    page.preset_button.click()
    session = window.model.session
    assert window.wizard.currentId() == session.first_index() == 0
    assert session.workload_names == ("default", "agent-loop")
    assert session.answer_set.answers_for(0)["workload"] == "ai-agent"
    assert session.answer_set.answers_for(0)["trust"] == "untrusted"
    assert not session.is_confirmed("trust"), "a preset fills answers; the user still confirms each"
    assert "Filled in the answers of “An AI-agent platform”" in window.notice.text.text()
    # the question on screen shows the preset's choice, and going on answers it
    click_next(qtbot, window)
    assert session.is_confirmed("platform")
    # Undo brings the answers before back
    window.notice.buttons[0].click()
    assert window.model.answer_set == before


def test_in_korean_the_presets_read_in_korean(qtbot, welcome_window) -> None:
    window = welcome_window
    window.set_language("ko")
    page = window.wizard.welcome_page
    assert page.preset_box.itemText(0) == "AI 에이전트 플랫폼"
    assert page.preset_summary.text() == window.model.presets[0].summary.ko
    assert page.preset_button.text() == "이것으로 시작(&A)"


def test_a_bad_presets_file_leaves_the_window_working_and_says_why(qtbot, data_copy: Path, settings) -> None:
    presets = data_copy / "presets.yaml"
    presets.write_text(presets.read_text("utf-8").replace("maturity: proven}", "maturity: newest}"), "utf-8")
    window = create_main_window(load_data(data_copy, SCHEMAS), settings)
    qtbot.addWidget(window)
    window.show()
    page = window.wizard.welcome_page
    assert window.model.presets == ()
    assert not page.preset_button.isEnabled() and not page.preset_box.isEnabled()
    assert page.preset_summary.text().startswith("The presets could not be read: ")
    assert "question 'maturity' has no choice 'newest'" in page.preset_summary.text()
    click_next(qtbot, window)
    assert window.wizard.currentId() == 0


def test_a_data_folder_without_presets_shows_no_preset_box(qtbot, data_copy: Path, settings) -> None:
    (data_copy / "presets.yaml").unlink()
    window = create_main_window(load_data(data_copy, SCHEMAS), settings)
    qtbot.addWidget(window)
    window.show()
    page = window.wizard.welcome_page
    assert not page.preset_box.isVisible() and not page.preset_heading.isVisible()
    click_next(qtbot, window)
    assert window.wizard.currentId() == 0
