"""The wizard walked through its UI: same answers, same recommendation as the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from gui.app import create_main_window
from gui.window.wizard import PageId
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
    from tests.test_scenarios import expectations

    shown = walk(qtbot, window, scenario_answers(name))
    expected = cli_pick(SCENARIOS / name)
    # the scenario's own hand-written expectation, not only what the same engine says elsewhere
    picks = expectations(SCENARIOS / name)["default"].picks
    assert expected in picks, (name, expected, picks)
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
    panel = window.wizard.panel
    # before any answer: no "top pick", only the defaults' promise
    assert not panel.top_pick.isVisible() and not panel.ranking.isVisible()
    assert panel.steps.item(0).text() == "▶ Platform: Self-managed Kubernetes (kubeadm, k3s, RKE2, ...)"
    assert panel.steps.item(1).text() == "○ Who wrote the code", "an untouched default is not shown as answered"
    click_choice(qtbot, window, "platform", "single-host")
    assert panel.top_pick.isVisible() and panel.top_pick.text() == "Docker Engine"
    assert panel.ranking.item(0).text().startswith("Docker Engine")
    click_next(qtbot, window)
    assert panel.steps.item(0).text() == "✓ Platform: A single host (no orchestrator)"
    assert panel.steps.item(0).data(Qt.ItemDataRole.AccessibleTextRole).endswith(", answered")


def test_what_if_click_recomputes_and_can_be_undone(qtbot, window, shipped_data) -> None:
    walk(qtbot, window, scenario_answers("separate-kernel-no-virt.yaml"))
    page = window.wizard.results_page
    item, _ = next((i, w) for i, w in page.what_if_items if (w.question, w.answer) == ("virtualization", "available"))
    if not item.isVisible():
        qtbot.mouseClick(page.what_if.more_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(item, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pick_label.text() == "Kata Containers")
    assert window.model.answers["virtualization"] == "available"
    assert window.wizard.currentId() == PageId.RESULTS
    # the old suggestions are gone at once, not left painted under the new ones
    qtbot.waitUntil(lambda: len(page.what_if.buttons) == len(window.model.result.what_if))
    assert {b.text() for b in page.what_if.buttons if not b.isHidden()} == {
        b.text() for b in page.what_if.visible_buttons()
    }
    # the question page shows the changed answer when the user goes back to it
    virtualization = shipped_data.questions.ids.index("virtualization")
    assert window.wizard.question_pages[virtualization].buttons["available"].isChecked()
    # the change is announced with an Undo that puts the old answer back
    assert window.notice.isVisible() and "Virtualization changed to Yes" in window.notice.text.text()
    qtbot.mouseClick(window.notice.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.answers["virtualization"] == "unavailable")
    assert page.pick_label.text() != "Kata Containers" and not window.notice.isVisible()


def test_three_suggestions_first_then_all(qtbot, window) -> None:
    walk(qtbot, window, scenario_answers("separate-kernel-no-virt.yaml"))
    what_if = window.wizard.results_page.what_if
    total = len(what_if.buttons)
    assert total > 3
    assert len(what_if.visible_buttons()) == 3
    assert what_if.more_button.text() == f"Show all {total}"
    qtbot.mouseClick(what_if.more_button, Qt.MouseButton.LeftButton)
    assert len(what_if.visible_buttons()) == total
    # the platform question, rarely a change made for one workload, is never among the first
    assert all(b.what_if.question != "platform" for b in what_if.buttons[:3])


def test_what_if_by_keyboard(qtbot, window) -> None:
    walk(qtbot, window, scenario_answers("separate-kernel-no-virt.yaml"))
    page = window.wizard.results_page
    item, what_if = page.what_if_items[0]
    item.setFocus()
    qtbot.keyClick(item, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.model.answers[what_if.question] == what_if.answer)


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
    assert "Started over" in window.notice.text.text()
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
    for expected_next in (4, 5, 6, 7, 8, 9):  # startup, gpu, privileges, confidential, density, virtualization
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=expected_next: wizard.currentId() == n)
    press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # virtualization: unavailable
    qtbot.waitUntil(lambda: window.model.answers["virtualization"] == "unavailable")
    for expected_next in (10, 11, 12, 13, 14, PageId.RESULTS):  # ..., maturity, then the sizing questions
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=expected_next: wizard.currentId() == n)
    assert wizard.results_page.pick_label.text() == "gVisor"


def test_last_answers_and_geometry_are_kept(qtbot, window, shipped_data, settings) -> None:
    click_choice(qtbot, window, "platform", "single-host")
    window.resize(960, 600)  # the offscreen screen is 800 wide: restoring clamps to it, and to the minimum
    window.close()
    again = create_main_window(shipped_data, settings)
    qtbot.addWidget(again)
    assert again.model.answers["platform"] == "single-host"
    assert (again.size().width(), again.size().height()) == (960, 600)
    # the welcome page offers to go on with them, and does by default
    welcome = again.wizard.welcome_page
    assert welcome.resume.isVisibleTo(welcome) and welcome.resume.isChecked()


def test_corrupt_settings_do_not_stop_the_app(qtbot, shipped_data, settings) -> None:
    settings.setValue("lastAnswers/platform", "mainframe")
    settings.setValue("lastAnswers/unknown-question", "x")
    main = create_main_window(shipped_data, settings)
    qtbot.addWidget(main)
    assert main.model.answers == shipped_data.questions.defaults()


def test_there_is_no_finish_button_and_escape_keeps_the_window(qtbot, window) -> None:
    window.wizard.show_results()
    finish = window.wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isVisible()
    window.activateWindow()
    qtbot.waitActive(window)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
    assert window.isVisible() and window.wizard.currentId() == PageId.RESULTS


def test_the_bars_show_a_close_call_as_close(qtbot, window) -> None:
    from gui.widgets.ranking_panel import SHARE_ROLE

    walk(qtbot, window, {"trust": "untrusted", "workload": "web-stateless", "virtualization": "available"})
    ranking = window.wizard.panel.ranking
    shares = {ranking.item(i).text().split("  ")[0]: ranking.item(i).data(SHARE_ROLE) for i in range(ranking.count())}
    result = window.model.result
    first, second = [e for e in result.ranking if not e.excluded][:2]
    assert abs(first.score - second.score) <= 1.0, "a close call"
    names = {e.runtime: window.model.data.dataset.runtime(e.runtime).name for e in (first, second)}
    # half a point apart is drawn as a small difference, not as a full bar against a sliver
    assert 0 < shares[names[first.runtime]] - shares[names[second.runtime]] < 0.1
