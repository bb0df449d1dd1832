"""The wizard: a welcome page, a page per question, then the plan, with the steps and the live
ranking beside them.

Keyboard rules (a person may press Enter ten times without reading): Enter always goes
forward, never back and never out; Escape does nothing to the window; the results page has no
Finish button, so nothing closes the app but the window's own close (which asks first when a
result has not been saved).
"""

from __future__ import annotations

import sys
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard

from gui.pages.welcome_page import WelcomePage

if TYPE_CHECKING:
    # built by attach(), once the data is loaded: not imported before the first page is shown
    from gui.pages.question_page import QuestionPage
    from gui.pages.results_page import ResultsPage
    from gui.session_model import SessionModel
    from gui.widgets.ranking_panel import RankingPanel


class PageId(IntEnum):
    """Question pages take ids 0..n-1 in questions.yaml order; the welcome and results pages
    come after them."""

    WELCOME = 999
    RESULTS = 1000


class _StepsToCome(QWidget):
    """Where the step list goes, while the questions load: its heading, so nothing moves."""

    def __init__(self) -> None:
        super().__init__(objectName="stepsToCome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)  # the step list's own, as are its widths
        self.heading = QLabel()
        layout.addWidget(self.heading)
        layout.addStretch(1)
        self.setMinimumWidth(250)
        self.setMaximumWidth(340)

    def retranslate(self) -> None:
        # the step list's own heading and translation; no list to jump to yet, so no mnemonic
        self.heading.setText(QCoreApplication.translate("RankingPanel", "S&teps").replace("&", ""))


class AdvisorWizard(QWizard):
    openAnswersRequested = Signal()
    detectRequested = Signal()
    importInventoryRequested = Signal()
    presetRequested = Signal(str)
    startOverRequested = Signal()  # the window starts over, and offers to undo it

    def __init__(
        self, model: SessionModel | None, has_last_answers: bool = False, parent: QWidget | None = None
    ) -> None:
        """`model` None: the welcome page alone, as the window first shows it; attach() adds the
        questions, the results and the step list once the data is loaded."""
        super().__init__(parent)
        # page titles are the data's question texts: shown as text, never as HTML
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.model = model
        self.skip_settled = False
        self._jumping = False  # a jump from the step list passes pages without answering them
        self.setObjectName("wizard")
        if sys.platform != "darwin":
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        # no Finish button: on the results page it was the default button, so Enter quit the app
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
            ]
        )
        # only Next takes Enter, wherever the focus is (a focused Back would otherwise take it)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CustomButton1):
            self.button(which).setAutoDefault(False)
        self.welcome_page = WelcomePage(model, has_last_answers)
        self.welcome_page.openAnswersRequested.connect(self.openAnswersRequested)
        self.welcome_page.detectRequested.connect(self.detectRequested)
        self.welcome_page.importInventoryRequested.connect(self.importInventoryRequested)
        self.welcome_page.presetRequested.connect(self.presetRequested)
        self.setPage(PageId.WELCOME, self.welcome_page)
        self.setStartId(PageId.WELCOME)
        self.question_pages: list[QuestionPage] = []
        self.results_page: ResultsPage | None = None
        self.panel: RankingPanel | None = None
        self.steps_to_come: _StepsToCome | None = _StepsToCome()
        self.setSideWidget(self.steps_to_come)
        self.currentIdChanged.connect(self._on_page_changed)
        self.customButtonClicked.connect(self._on_custom_button)
        if model is not None:
            self.attach(model, has_last_answers)
        else:
            self.retranslate()

    def attach(self, model: SessionModel, has_last_answers: bool) -> None:
        """The data is loaded: a page per question, the results page and the step list."""
        from gui.pages.question_page import QuestionPage
        from gui.pages.results_page import ResultsPage
        from gui.widgets.ranking_panel import RankingPanel

        self.model = model
        questions = model.data.questions
        for index, question in enumerate(questions):
            page = QuestionPage(model, question, index + 1, len(questions))
            page.answered.connect(self._on_answered)
            self.setPage(index, page)
            self.question_pages.append(page)
        self.results_page = ResultsPage(model)
        self.results_page.editWorkloadRequested.connect(self.edit_current_workload)
        self.setPage(PageId.RESULTS, self.results_page)
        self.panel = RankingPanel(model)
        self.panel.stepChosen.connect(self.go_to)
        self.setSideWidget(self.panel)  # the wizard deletes the placeholder it replaces
        self.steps_to_come = None
        self.panel.set_current(self.currentId())
        self.welcome_page.attach(model, has_last_answers)
        if self.currentId() == PageId.WELCOME:
            # shown already (as the first page, alone): QWizard decides whether Next shows when
            # it enters a page, so enter it again now that a question follows it
            self.restart()
        self.retranslate()

    def retranslate(self) -> None:
        # QWizard re-reads its own button texts only on a page change, so they are set here
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Sta&rt Over"))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr("Back to the first question, with the default answers")
        )
        self._set_next_text()
        self.welcome_page.retranslate()
        for page in self.question_pages:
            page.retranslate()
        if self.results_page is not None:
            self.results_page.retranslate()
        if self.panel is not None:
            self.panel.retranslate()
        if self.steps_to_come is not None:
            self.steps_to_come.retranslate()

    def _set_next_text(self) -> None:
        current = self.currentId()
        if current != PageId.WELCOME and 0 <= current < len(self.question_pages) and self.nextId() == PageId.RESULTS:
            text = self.tr("See the &Plan >")  # the last question leads to the results, not a question
        else:
            text = self.tr("&Next >")
        self.setButtonText(QWizard.WizardButton.NextButton, text)

    # -- flow ---------------------------------------------------------------------------------

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        current = self.currentId()
        if current == PageId.RESULTS or self.model is None:
            return -1  # no Next before the questions are loaded
        if current == PageId.WELCOME:
            return PageId.RESULTS if self.welcome_page.resuming() else self.model.session.first_index()
        following = self.model.session.next_index(current, self.skip_settled)
        return PageId.RESULTS if following is None else following

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        current = self.currentId()
        if self.model is None:
            return False
        if current == PageId.WELCOME and not self.welcome_page.resuming() and self.welcome_page.has_last_answers:
            self.model.reset()  # "start fresh": the last session's answers are set aside
        elif 0 <= current < len(self.question_pages) and not self._jumping:
            # going on from a question answers it, default or not
            self.model.confirm(self.question_pages[current].question.id)
        return super().validateCurrentPage()

    def reject(self) -> None:
        """Escape (QDialog's reject) never closes the window."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter goes forward wherever the focus is (a focused push button takes its own Enter
        first); QDialog's default-button rule loses Next as soon as a focused button gives the
        focus away. On the plan there is nothing to go forward to, and Enter does nothing."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            next_button = self.button(QWizard.WizardButton.NextButton)
            if next_button.isVisible() and next_button.isEnabled():
                self.next()
            event.accept()
            return
        page = self.currentPage()
        if page in self.question_pages and page is not self.focusWidget():
            page.keyPressEvent(event)  # a digit chooses even when the focus is on a button
            if event.isAccepted():
                return
        super().keyPressEvent(event)

    def _on_answered(self) -> None:
        self._set_next_text()

    def _on_page_changed(self, page_id: int) -> None:
        on_results = page_id == PageId.RESULTS
        # Start Over belongs to the results page only
        self.button(QWizard.WizardButton.CustomButton1).setVisible(on_results)
        self._set_next_text()
        if self.panel is not None:
            self.panel.set_current(page_id)

    def _on_custom_button(self, which: int) -> None:
        # the signal carries a plain int, which does not compare equal to the enum member
        if which == QWizard.WizardButton.CustomButton1.value:
            self.startOverRequested.emit()

    def start_over(self) -> None:
        self.model.reset()
        self.setStartId(self.model.session.first_index())
        self.restart()

    def go_to(self, page_id: int) -> None:
        """Show a question (or the results) chosen in the step list, keeping Back meaningful:
        back through the history when it was visited, else forward page by page."""
        if page_id == self.currentId():
            return
        self._jumping = True
        try:
            if self.currentId() == PageId.WELCOME:
                # from the welcome page (an answers file was opened): the questions come first,
                # so Back walks them, and the welcome page's choice is not applied
                self.setStartId(self.model.session.first_index())
                self.restart()
            if page_id in self.visitedIds():
                while self.currentId() != page_id:
                    self.back()
            else:
                while self.currentId() not in (page_id, PageId.RESULTS):
                    before = self.currentId()
                    self.next()
                    if self.currentId() == before:
                        break
                if self.currentId() != page_id:
                    # skipped by "skip settled questions", or not asked for this workload
                    self.setStartId(page_id)
                    self.restart()
        finally:
            self._jumping = False

    def edit_current_workload(self) -> None:
        """Walk the questions of the workload chosen on the results page (for a workload after
        the first, only its own questions: the cluster's are shared)."""
        self.setStartId(self.model.session.first_index())
        self.restart()

    def show_results(self) -> None:
        """Jump to the results (used after opening an answers file)."""
        self.go_to(PageId.RESULTS)
