"""The wizard walked through its UI: same answers, same recommendation as the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from gui.app import create_main_window
from gui.widgets.what_if_link import WhatIfLink
from gui.wizard import PageId
from tests.conftest import SCENARIOS
from tests.gui.driving import click_back, click_choice, click_next, walk

WALKED = [
    "openshift.yaml",
    "single-host-docker-cli.yaml",
    "untrusted-web-no-virt.yaml",
    "untrusted-database-virt.yaml",
    "separate-kernel-no-virt.yaml",
    "kubernetes-docker-cli.yaml",
    "untrusted-network-virt.yaml",
]


def scenario_answers(name: str) -> dict[str, str]:
    return yaml.safe_load((SCENARIOS / name).read_text(encoding="utf-8"))["answers"]


@pytest.mark.parametrize("name", WALKED)
def test_walking_the_wizard_shows_what_the_cli_recommends(qtbot, window, shipped_data, cli_pick, name) -> None:
    shown = walk(qtbot, window, scenario_answers(name))
    expected = cli_pick(SCENARIOS / name)
    if expected is None:
        assert shown == "No runtime fits all of your hard requirements"
        assert window.wizard.results_page.what_if_items, "what-if suggestions are offered"
    else:
        assert shown == shipped_data.dataset.runtime(expected).name
    assert window.wizard.panel.top_pick.text() == (shown if expected else "Nothing fits yet")


def test_progress_is_shown_on_every_question(qtbot, window, shipped_data) -> None:
    total = len(shipped_data.questions)
    for number in range(1, total + 1):
        assert window.wizard.currentPage().subTitle() == f"Question {number} of {total}"
        click_next(qtbot, window)
    assert window.wizard.currentId() == PageId.RESULTS


def test_defaults_are_preselected(qtbot, window, shipped_data) -> None:
    for question in shipped_data.questions:
        assert window.wizard.currentPage().selected_choice() == question.default
        click_next(qtbot, window)


def test_back_keeps_answers(qtbot, window) -> None:
    click_choice(qtbot, window, "platform", "openshift")
    click_next(qtbot, window)
    click_choice(qtbot, window, "trust", "untrusted")
    click_back(qtbot, window)
    assert window.wizard.currentPage().buttons["openshift"].isChecked()
    click_next(qtbot, window)
    assert window.wizard.currentPage().buttons["untrusted"].isChecked()


def test_side_panel_updates_live(qtbot, window) -> None:
    assert window.wizard.panel.top_pick.text() == "containerd"
    click_choice(qtbot, window, "platform", "single-host")
    assert window.wizard.panel.top_pick.text() == "Docker Engine"
    assert window.wizard.panel.ranking.item(0).text().startswith("Docker Engine")
    assert window.wizard.panel.steps.item(0).text() == "1. A single host (no orchestrator)"


def test_what_if_click_recomputes(qtbot, window, shipped_data) -> None:
    walk(qtbot, window, scenario_answers("separate-kernel-no-virt.yaml"))
    page = window.wizard.results_page
    item, _ = next((i, w) for i, w in page.what_if_items if (w.question, w.answer) == ("virtualization", "available"))
    qtbot.mouseClick(item, Qt.MouseButton.LeftButton, pos=QPoint(8, item.height() // 2))
    qtbot.waitUntil(lambda: page.pick_label.text() == "Kata Containers")
    assert window.model.answers["virtualization"] == "available"
    assert window.wizard.currentId() == PageId.RESULTS

    # the old suggestions are gone at once, not left painted under the new ones
    def visible() -> list[WhatIfLink]:
        return [i for i in page.what_if_box.findChildren(WhatIfLink) if i.isVisible()]

    qtbot.waitUntil(lambda: len(visible()) == len(window.model.result.what_if) == len(page.what_if_items))
    assert {i.text() for i in visible()} == {i.text() for i, _ in page.what_if_items}
    # the question page shows the changed answer when the user goes back to it
    virtualization = shipped_data.questions.ids.index("virtualization")
    assert window.wizard.question_pages[virtualization].buttons["available"].isChecked()


def test_what_if_by_keyboard(qtbot, window) -> None:
    walk(qtbot, window, scenario_answers("separate-kernel-no-virt.yaml"))
    page = window.wizard.results_page
    item, what_if = page.what_if_items[0]
    item.setFocus()
    qtbot.keyClick(item, Qt.Key.Key_Return)
    assert window.model.answers[what_if.question] == what_if.answer


def test_save_then_open_round_trip(qtbot, window, tmp_path: Path, monkeypatch, cli_pick) -> None:
    walk(qtbot, window, scenario_answers("untrusted-database-virt.yaml"))
    target = tmp_path / "answers"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_action.trigger()
    saved = tmp_path / "answers.yaml"
    assert saved.exists(), "the .yaml suffix is added"
    assert cli_pick(saved) == "kata"
    window.restart_action.trigger()
    assert window.model.answers["trust"] == "own" and window.wizard.currentId() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    window.open_action.trigger()
    assert window.model.answers["trust"] == "untrusted"
    assert window.wizard.currentId() == PageId.RESULTS
    assert window.wizard.results_page.pick_label.text() == "Kata Containers"
    assert window.recent_files()[0] == str(saved)


def test_opening_a_bad_answers_file_keeps_the_current_answers(qtbot, window, tmp_path, monkeypatch) -> None:
    click_choice(qtbot, window, "platform", "openshift")
    bad = tmp_path / "bad.yaml"
    bad.write_text("answers:\n  platform: mainframe\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    assert not window.open_answers_file(bad)
    assert window.model.answers["platform"] == "openshift"
    assert f"{bad}:2:3: question 'platform' has no choice 'mainframe'" in shown[0]


def test_keyboard_only_completion(qtbot, window) -> None:
    wizard = window.wizard
    window.activateWindow()  # mnemonics and the default button act in the active window
    qtbot.waitActive(window)

    def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)

    press(Qt.Key.Key_Return)  # platform: keep Kubernetes
    qtbot.waitUntil(lambda: wizard.currentId() == 1)
    press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # trust: Alt+3 = untrusted
    # a mnemonic "animates" the click, which lands a moment later
    qtbot.waitUntil(lambda: window.model.answers["trust"] == "untrusted")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 2)
    press(Qt.Key.Key_Return)  # isolation: default
    qtbot.waitUntil(lambda: wizard.currentId() == 3)
    press(Qt.Key.Key_Down)  # workload: general -> web-stateless with an arrow key
    assert window.model.answers["workload"] == "web-stateless"
    for expected_next in (4, 5, 6, 7):  # startup, gpu, density, then virtualization
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=expected_next: wizard.currentId() == n)
    press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # virtualization: unavailable
    qtbot.waitUntil(lambda: window.model.answers["virtualization"] == "unavailable")
    for expected_next in (8, 9, PageId.RESULTS):
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=expected_next: wizard.currentId() == n)
    assert wizard.results_page.pick_label.text() == "gVisor"


def test_last_answers_and_geometry_are_kept(qtbot, window, shipped_data, settings) -> None:
    click_choice(qtbot, window, "platform", "single-host")
    window.resize(760, 560)
    window.close()
    again = create_main_window(shipped_data, settings)
    qtbot.addWidget(again)
    assert again.model.answers["platform"] == "single-host"
    assert (again.size().width(), again.size().height()) == (760, 560)


def test_corrupt_settings_do_not_stop_the_app(qtbot, shipped_data, settings) -> None:
    settings.setValue("lastAnswers/platform", "mainframe")
    settings.setValue("lastAnswers/unknown-question", "x")
    main = create_main_window(shipped_data, settings)
    qtbot.addWidget(main)
    assert main.model.answers == shipped_data.questions.defaults()


def test_finish_closes_the_window(qtbot, window) -> None:
    window.wizard.show_results()
    qtbot.mouseClick(window.wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
