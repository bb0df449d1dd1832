"""The wizard: a page per question, then the results, with the live ranking beside them."""

from __future__ import annotations

import sys
from enum import IntEnum

from PySide6.QtWidgets import QWidget, QWizard

from gui.pages.question_page import QuestionPage
from gui.pages.results_page import ResultsPage
from gui.session_model import SessionModel
from gui.widgets.ranking_panel import RankingPanel


class PageId(IntEnum):
    """Question pages take ids 0..n-1 in questions.yaml order; the results page comes last."""

    RESULTS = 1000


class AdvisorWizard(QWizard):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.skip_settled = False
        self.setObjectName("wizard")
        if sys.platform != "darwin":
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.question_pages: list[QuestionPage] = []
        questions = model.data.questions
        for index, question in enumerate(questions):
            page = QuestionPage(model, question, index + 1, len(questions))
            self.setPage(index, page)
            self.question_pages.append(page)
        self.results_page = ResultsPage(model)
        self.results_page.editWorkloadRequested.connect(self.edit_current_workload)
        self.setPage(PageId.RESULTS, self.results_page)
        self.setStartId(0)
        self.panel = RankingPanel(model)
        self.setSideWidget(self.panel)
        self.currentIdChanged.connect(self._on_page_changed)
        self.customButtonClicked.connect(self._on_custom_button)
        self.retranslate()

    def retranslate(self) -> None:
        # QWizard re-reads its own button texts only on a page change, so they are set here
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Start &Over"))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr("Back to the first question, with the default answers")
        )
        for page in self.question_pages:
            page.retranslate()
        self.results_page.retranslate()
        self.panel.retranslate()

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        current = self.currentId()
        if current == PageId.RESULTS:
            return -1
        following = self.model.session.next_index(current, self.skip_settled)
        return PageId.RESULTS if following is None else following

    def _on_page_changed(self, page_id: int) -> None:
        on_results = page_id == PageId.RESULTS
        # the Start Over button belongs to the results page only
        self.setOption(QWizard.WizardOption.HaveCustomButton1, on_results)
        self.panel.set_current(len(self.question_pages) if on_results else page_id)

    def _on_custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1:
            self.start_over()

    def start_over(self) -> None:
        self.model.reset()
        self.setStartId(0)
        self.restart()

    def edit_current_workload(self) -> None:
        """Walk the questions of the workload chosen on the results page (for a workload after
        the first, only its own questions: the cluster's are shared)."""
        self.setStartId(self.model.session.first_index())
        self.restart()

    def show_results(self) -> None:
        """Jump to the results (used after opening an answers file)."""
        while self.currentId() != PageId.RESULTS and self.currentId() != -1:
            self.next()
