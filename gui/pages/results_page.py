"""The results page: the plan's workloads (add, pick, edit, remove), the pick for the workload on
screen in large type, what would change it (clickable), and the details."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui.domain.engine import WhatIf
from gui.domain.labels import label
from gui.domain.report_text import fit_summary
from gui.pages.question_page import muted
from gui.results_html import results_html
from gui.session_model import SessionModel
from gui.widgets.artifacts_view import ArtifactsView
from gui.widgets.refresh_when_shown import RefreshWhenShown
from gui.widgets.what_if_link import WhatIfLink

if TYPE_CHECKING:  # the report modules load when the results are first shown
    from gui.domain.report import Report

log = logging.getLogger(__name__)


def open_external_link(url: QUrl) -> bool:
    """Only https links leave the app, and only when the user clicks them (DESIGN.md section 6)."""
    if url.scheme() != "https":
        log.warning("refused to open a non-https link: %s", url.toString())
        return False
    return QDesktopServices.openUrl(url)


class ResultsPage(RefreshWhenShown, QWizardPage):
    compareRequested = Signal()
    editWorkloadRequested = Signal()  # answer the questions of the workload on screen

    def __init__(self, model: SessionModel) -> None:
        super().__init__()
        self.model = model
        self.what_if_items: list[tuple[WhatIfLink, WhatIf]] = []

        layout = QVBoxLayout(self)
        self.workloads_box = QGroupBox()
        workloads_layout = QHBoxLayout(self.workloads_box)
        self.workload_list = QListWidget(objectName="workloads")
        self.workload_list.setMaximumHeight(self.workload_list.fontMetrics().height() * 4)
        self.workload_list.currentRowChanged.connect(self._on_workload_chosen)
        workloads_layout.addWidget(self.workload_list, 1)
        workload_buttons = QVBoxLayout()
        self.add_workload_button = QPushButton(objectName="addWorkload")
        self.add_workload_button.clicked.connect(self.ask_new_workload)
        self.edit_workload_button = QPushButton(objectName="editWorkload")
        self.edit_workload_button.clicked.connect(self.editWorkloadRequested)
        self.remove_workload_button = QPushButton(objectName="removeWorkload")
        self.remove_workload_button.clicked.connect(self._remove_current_workload)
        for button in (self.add_workload_button, self.edit_workload_button, self.remove_workload_button):
            workload_buttons.addWidget(button)
        workload_buttons.addStretch(1)
        workloads_layout.addLayout(workload_buttons)
        layout.addWidget(self.workloads_box)

        self.pick_label = QLabel(objectName="pick")
        self.pick_label.setAccessibleName(self.tr("Recommended runtime"))
        font = QFont(self.pick_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.pick_label.setFont(font)
        self.pick_label.setWordWrap(True)
        self.summary_label = muted(QLabel(wordWrap=True, objectName="summary"))
        layout.addWidget(self.pick_label)
        layout.addWidget(self.summary_label)

        self.what_if_box = QGroupBox()
        # the list can run to a dozen lines: it scrolls within about five, so the details and
        # the files below keep the room they need
        what_if_scroll = QScrollArea(objectName="whatIfScroll")
        what_if_scroll.setWidgetResizable(True)
        what_if_scroll.setFrameShape(QFrame.Shape.NoFrame)
        what_if_scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        what_if_items = QWidget()
        self.what_if_layout = QVBoxLayout(what_if_items)
        self.what_if_layout.setContentsMargins(0, 0, 0, 0)
        what_if_scroll.setWidget(what_if_items)
        QVBoxLayout(self.what_if_box).addWidget(what_if_scroll)
        layout.addWidget(self.what_if_box)

        self.details = QTextBrowser(objectName="details")
        self.details.setOpenLinks(False)  # every link goes through open_external_link
        self.details.anchorClicked.connect(open_external_link)
        self.tabs = QTabWidget(objectName="resultsTabs")
        self.tabs.addTab(self.details, "")
        self.artifacts_view = ArtifactsView()
        self.tabs.addTab(self.artifacts_view, "")
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.compareRequested)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        model.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recommendation"))
        self.workloads_box.setTitle(self.tr("Workloads on this platform"))
        self.workload_list.setAccessibleName(self.tr("Workloads"))
        self.add_workload_button.setText(self.tr("&Add Workload…"))
        self.add_workload_button.setToolTip(self.tr("Plan another workload on the same platform"))
        self.edit_workload_button.setText(self.tr("&Edit Its Answers"))
        self.remove_workload_button.setText(self.tr("Re&move Workload"))
        self.what_if_box.setTitle(self.tr("What would change it"))
        self.compare_button.setText(self.tr("&Compare all runtimes…"))
        self.details.setAccessibleName(self.tr("Why, pros and cons, and notes"))
        self.tabs.setTabText(0, self.tr("&Details"))
        self.tabs.setTabText(1, self.tr("Set it &up"))
        self.artifacts_view.retranslate()
        self.refresh()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.refresh()

    def _headings(self) -> dict[str, str]:
        lang = self.model.lang
        dataset = self.model.data.dataset
        pick = self.model.result.recommendation
        name = dataset.runtime(pick).name if pick else ""
        return {
            "why": self.tr("Why {0}").format(name),
            "table": self.tr("From the comparison table"),
            "table_note": label("table_en_note", lang),
            "pros": self.tr("Pros"),
            "cons": self.tr("Cons"),
            "erratum": self.tr("Erratum"),
            "notes": self.tr("What changed since the table"),
            "warnings": self.tr("Warnings and preconditions"),
            "setup": self.tr("Set up"),
            "platform_notes": self.tr("About this platform"),
            "docs": self.tr("Docs"),
            "others": self.tr("Why not the others"),
            "excluded": self.tr("Excluded"),
            "no_points": self.tr("No rule added or removed points."),
            "dataset": self.tr("Dataset as of {0}. Seed table: {1} ({2}).").format(
                dataset.as_of, dataset.seed.source, dataset.seed.updated
            ),
        }

    def rebuild(self) -> None:
        result = self.model.result
        lang = self.model.lang
        data = self.model.data
        session = self.model.session
        from gui.domain.report import build_report  # loaded when the results are first shown

        report = build_report(data, self.model.plan, lang)
        workload = report.plan.workloads[session.current]
        self._fill_workloads(report)
        pick = result.recommendation
        if pick is None:
            self.pick_label.setText(self.tr("No runtime fits all of your hard requirements"))
            summary = self.tr("Each change listed below would give a recommendation.")
        else:
            self.pick_label.setText(data.dataset.runtime(pick).name)
            # the headline and the fit in words come from the report: the same in every export
            summary = f"{workload.headline}. {fit_summary(workload, lang).capitalize()}."
            if result.tied_with_top:
                names = ", ".join(data.dataset.runtime(r).name for r in result.tied_with_top)
                summary += " " + self.tr("Tied with {0}.").format(names)
        if len(report.plan.workloads) > 1:
            summary = self.tr("Workload {0}:").format(workload.name) + " " + summary
        self.summary_label.setText(summary)
        self.pick_label.setAccessibleDescription(summary)
        self._fill_what_if()
        muted_colour = self.palette().color(self.palette().ColorRole.PlaceholderText).name()
        scroll = self.details.verticalScrollBar().value()
        self.details.setHtml(results_html(report, self._headings(), muted_colour, session.current))
        self.details.verticalScrollBar().setValue(scroll)
        self.artifacts_view.set_artifacts(report.plan.artifacts)

    def _fill_workloads(self, report: Report) -> None:
        session = self.model.session
        self.workload_list.blockSignals(True)
        self.workload_list.clear()
        for w in report.plan.workloads:
            self.workload_list.addItem(f"{w.name}: {w.headline}")
        self.workload_list.setCurrentRow(session.current)
        self.workload_list.blockSignals(False)
        self.remove_workload_button.setEnabled(session.current != 0)

    def _on_workload_chosen(self, row: int) -> None:
        if row >= 0:
            self.model.select_workload(row)

    def ask_new_workload(self) -> bool:
        """Ask for a name (until it is a valid one, or the user cancels), add the workload and
        go to its questions."""
        proposed = f"workload-{len(self.model.session.workload_names) + 1}"
        while True:
            name, ok = QInputDialog.getText(
                self,
                self.tr("Add Workload"),
                self.tr("Name of the new workload (lowercase letters, digits and '-'):"),
                text=proposed,
            )
            if not ok:
                return False
            why = self.model.session.check_new_workload_name(name)
            if why is None:
                self.model.add_workload(name)
                self.editWorkloadRequested.emit()
                return True
            QMessageBox.warning(self, self.tr("Add Workload"), why)
            proposed = name

    def _remove_current_workload(self) -> None:
        session = self.model.session
        if session.current != 0:
            self.model.remove_workload(session.current)

    def _fill_what_if(self) -> None:
        # Old items are hidden at once: deleteLater alone would leave them painted under the
        # new ones until the event loop gets to deleting them.
        while self.what_if_layout.count():
            widget = self.what_if_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.what_if_items = []
        lang = self.model.lang
        questions = self.model.data.questions
        result = self.model.result
        if not result.what_if:
            self.what_if_layout.addWidget(QLabel(self.tr("No single answer change changes the recommendation.")))
            return
        for what_if in result.what_if:
            question = questions.get(what_if.question)
            target = (
                self.model.data.dataset.runtime(what_if.recommendation).name
                if what_if.recommendation
                else self.tr("nothing fits")
            )
            item = WhatIfLink(question.title.get(lang), question.choice(what_if.answer).text.get(lang), target)
            item.setObjectName(f"whatif-{what_if.question}-{what_if.answer}")
            item.setToolTip(self.tr("Take this answer and recompute"))
            item.chosen.connect(lambda w=what_if: self.model.set_answer(w.question, w.answer))
            self.what_if_layout.addWidget(item)
            self.what_if_items.append((item, what_if))
