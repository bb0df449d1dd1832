"""Switching the interface language on a shown window: every visible text follows at once."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from gui import i18n
from gui.app import create_main_window
from gui.rendering.exporting import current_report
from tests.gui.driving import click_next, walk

HANGUL = re.compile(r"[가-힣]")


def button_text(window, which) -> str:
    return window.wizard.button(which).text()


def test_switching_on_a_question_page(qtbot, window, shipped_data) -> None:
    click_next(qtbot, window)
    page = window.wizard.currentPage()
    assert page.title() == "Who wrote the code that runs in this workload?"
    window.language_actions["ko"].trigger()
    assert page.title() == "이 워크로드에서 실행되는 코드는 누가 작성했나요?"
    assert page.subTitle() == "질문 2/15"
    assert page.buttons["untrusted"].text() == "&3  신뢰할 수 없는 사용자나 고객"
    assert button_text(window, QWizard.WizardButton.NextButton) == "다음(&N) >"
    assert button_text(window, QWizard.WizardButton.BackButton) == "< 이전(&B)"
    assert window.file_menu.title() == "파일(&F)" and window.view_menu.title() == "보기(&V)"
    assert window.wizard.panel.top_title.text() == "현재 추천"
    assert window.wizard.panel.steps.item(0).text() == "✓ 플랫폼: 직접 운영하는 쿠버네티스(kubeadm, k3s, RKE2 등)"
    assert window.wizard.panel.steps.item(1).data(Qt.ItemDataRole.AccessibleTextRole).endswith(", 현재 단계")
    # Qt's own texts come from qtbase_ko.qm
    assert HANGUL.search(QCoreApplication.translate("QPlatformTheme", "Cancel"))
    window.language_actions["en"].trigger()
    assert page.title() == "Who wrote the code that runs in this workload?"
    assert button_text(window, QWizard.WizardButton.NextButton) == "&Next >"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_switching_on_the_results_page(qtbot, window) -> None:
    walk(qtbot, window, {"trust": "untrusted", "workload": "web-stateless", "virtualization": "unavailable"})
    page = window.wizard.results_page
    window.language_actions["ko"].trigger()
    assert page.title() == "계획"
    assert page.pick_label.text() == "gVisor"
    assert page.fit_label.text() == "유일한 선택 · 점수 +2.5"
    assert page.summary_label.text() == "containerd 아래의 gVisor(노드에 직접 설치한 runsc)."
    assert page.pick_label.accessibleName() == "추천 런타임: gVisor"
    assert page.what_if_box.title() == "답을 바꾸면"
    assert "추천 이유: gVisor" in page.details.toPlainText()
    assert "표준 컨테이너에 두 개의 보안 계층을 추가함" in page.details.toPlainText()
    assert any("우리 팀" in item.text() for item, _ in page.what_if_items)
    assert page.save_button.text() == "보고서 저장(&S)…"
    assert button_text(window, QWizard.WizardButton.CustomButton1) == "처음부터(&R)"
    assert current_report(window.model.session).lang == "ko"


def test_the_choice_is_kept_for_the_next_start(qtbot, window, shipped_data, settings) -> None:
    window.language_actions["ko"].trigger()
    window.close()
    again = create_main_window(shipped_data, settings)
    qtbot.addWidget(again)
    assert again.model.lang == "ko" and again.language_actions["ko"].isChecked()
    assert again.file_menu.title() == "파일(&F)"
    again.set_language("en")


def test_the_first_start_follows_the_system_locale(qtbot, shipped_data, settings, monkeypatch) -> None:
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("ko_KR")))
    assert i18n.initial_language(settings) == "ko"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.initial_language(settings) == "en"


def test_a_missing_korean_font_is_said_once(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr("gui.window.main_window.has_korean_font", lambda: False)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: said.append(text))
    window.set_language("ko")
    window.set_language("en")
    window.set_language("ko")
    assert len(said) == 1 and "fonts-noto-cjk" in said[0]
    window.set_language("en")
