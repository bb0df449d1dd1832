"""The results page: the plan as a picture of the stack (a box per workload on the node
runtime), the pick for the workload chosen in it with its fit in words, what would change it
(the three most useful first, each a button), the details and the files that set it up, and
"Save Report…".

Everything the page says comes from the report model every export renders, so the window and
the PDF never disagree. Actions that change answers are reported to the window (`whatIfTaken`),
which offers to undo them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui.domain.advice.engine import WhatIf
from gui.domain.advice.what_if_order import most_useful_first
from gui.domain.labels import label
from gui.pages.built_on_demand import BuiltOnDemand
from gui.pages.workload_actions import WorkloadActions
from gui.rendering.results_html import results_html
from gui.session_model import SessionModel
from gui.theme import secondary, secondary_css
from gui.widgets.artifacts_view import ArtifactsView
from gui.widgets.external_links import open_external_link
from gui.widgets.plan_stack import PlanStack
from gui.widgets.refresh_when_shown import RefreshWhenShown
from gui.widgets.text_label import TextLabel
from gui.widgets.what_if_list import WhatIfList

if TYPE_CHECKING:  # the report modules load when the results are first shown
    from gui.domain.report.model import Report, WorkloadReport

log = logging.getLogger(__name__)


class ResultsPage(WorkloadActions, RefreshWhenShown, BuiltOnDemand, QWizardPage):
    compareRequested = Signal()
    scoringRequested = Signal()  # "How is this scored?"
    saveReportRequested = Signal()
    editWorkloadRequested = Signal()  # answer the questions of the workload on screen
    whatIfTaken = Signal(object, str)  # the WhatIf, and the answer it replaced
    workloadRemoved = Signal(object)  # the AnswerSet before the removal
    protected_inputs: tuple[Path, ...] = ()  # files Save All must never replace (data, inventories)

    def __init__(self, model: SessionModel) -> None:
        super().__init__()
        self.model = model
        self.setObjectName("resultsPage")
        # the page's widgets are built when it is first needed, not at start-up (it is the last
        # page a person reaches); until then only the model connection exists
        self._built = False
        model.changed.connect(self.refresh)

    def protect(self, paths: tuple[Path, ...]) -> None:
        """What Save All must never replace, from now on (the page need not be built yet)."""
        self.protected_inputs = paths
        if self.__dict__.get("_built"):
            self.artifacts_view.protected = paths

    def _build(self) -> None:
        self._built = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # the whole page scrolls when the window is small, rather than squeezing lines together
        scroll = self.scroll = QScrollArea(objectName="resultsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a control: Tab goes to its children
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 4, 0)

        # the plan: a box per workload on the node runtime, with the workload buttons beside it
        plan_row = QHBoxLayout()
        self.stack = PlanStack()
        self.stack.workloadChosen.connect(self._on_workload_chosen)
        self.workload_list = self.stack.workloads
        plan_row.addWidget(self.stack, 1)
        workload_buttons = QVBoxLayout()
        self.add_workload_button = QPushButton(objectName="addWorkload")
        self.add_workload_button.clicked.connect(self.ask_new_workload)
        self.edit_workload_button = QPushButton(objectName="editWorkload")
        self.edit_workload_button.clicked.connect(self.editWorkloadRequested)
        self.remove_workload_button = QPushButton(objectName="removeWorkload")
        self.remove_workload_button.clicked.connect(self._remove_current_workload)
        for button in (self.add_workload_button, self.edit_workload_button, self.remove_workload_button):
            button.setAutoDefault(False)
            workload_buttons.addWidget(button)
        workload_buttons.addStretch(1)
        plan_row.addLayout(workload_buttons)
        layout.addLayout(plan_row)

        # the pick for the chosen workload, its fit in words, the sentence behind it
        pick_row = QHBoxLayout()
        self.pick_label = TextLabel(objectName="pick")
        font = QFont(self.pick_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.pick_label.setFont(font)
        self.pick_label.setWordWrap(True)
        self.fit_label = TextLabel(objectName="fit")
        self.fit_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.fit_label.setContentsMargins(8, 2, 8, 2)
        fit_font = QFont(self.fit_label.font())
        fit_font.setBold(True)
        self.fit_label.setFont(fit_font)
        pick_row.addWidget(self.pick_label, 1)
        pick_row.addWidget(self.fit_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(pick_row)
        self.summary_label = secondary(TextLabel(wordWrap=True, objectName="summary"))
        layout.addWidget(self.summary_label)

        self.what_if = WhatIfList()
        self.what_if.chosen.connect(self.take_what_if)
        self.what_if_box = self.what_if  # the group box's name in earlier versions
        layout.addWidget(self.what_if)

        self.details = QTextBrowser(objectName="details")
        self.details.setOpenLinks(False)  # every link goes through open_external_link
        self.details.anchorClicked.connect(open_external_link)
        # one tab stop: Tab leaves the text instead of walking its twenty-odd links
        self.details.setTabChangesFocus(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.details.setMinimumHeight(170)
        self.tabs = QTabWidget(objectName="resultsTabs")
        self.tabs.addTab(self.details, "")
        self.artifacts_view = ArtifactsView()
        self.artifacts_view.protected = self.protected_inputs
        self.tabs.addTab(self.artifacts_view, "")
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(objectName="saveReport")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.saveReportRequested)
        self.compare_button = QPushButton(objectName="compare")
        self.compare_button.setAutoDefault(False)
        self.compare_button.clicked.connect(self.compareRequested)
        self.scoring_button = QPushButton(objectName="howScored")
        self.scoring_button.setAutoDefault(False)
        self.scoring_button.setFlat(True)
        self.scoring_button.clicked.connect(self.scoringRequested)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.scoring_button)
        # the buttons stay at the foot of the page, outside the part that scrolls
        outer.addLayout(buttons)
        self._retranslate_built()

    def retranslate(self) -> None:
        if self._built:
            self._retranslate_built()

    def _retranslate_built(self) -> None:
        self.setTitle(self.tr("Your plan"))
        self.stack.setAccessibleName(self.tr("The plan"))
        self.workload_list.setAccessibleName(self.tr("Workloads, each with what it runs in"))
        self.add_workload_button.setText(self.tr("&Add Workload…"))
        self._show_whether_full()
        self.edit_workload_button.setText(self.tr("&Edit Its Answers"))
        self.remove_workload_button.setText(self.tr("Re&move Workload"))
        self.what_if.retranslate(
            self.tr("What would change it"),
            self.tr("No single answer change changes the recommendation."),
            self.tr("Show all {0}"),
            self.tr("Show the first three"),
        )
        self.save_button.setText(self.tr("&Save Report…"))
        self.save_button.setToolTip(self.tr("The plan as a PDF, a Markdown decision record or JSON"))
        self.compare_button.setText(self.tr("&Compare All Runtimes…"))
        self.scoring_button.setText(self.tr("How is th&is scored?"))
        self.details.setAccessibleName(self.tr("Why, pros and cons, and notes"))
        self.tabs.setTabText(0, self.tr("&Details"))
        self.tabs.setTabText(1, self.tr("Set it &up"))
        self.artifacts_view.retranslate()
        self.refresh()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        if not self._built:
            self._build()
        self.refresh()
        # the focus leaves the last question (its radio would still take arrow keys): the plan's
        # text takes it, so arrows scroll the plan
        QTimer.singleShot(0, self._focus_on_arrival)

    def _focus_on_arrival(self) -> None:
        if self.isVisible():
            self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        if self._built:
            super().refresh()

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
            "capacity": self.tr("Capacity"),
            "platform_notes": self.tr("About this platform"),
            "docs": self.tr("Docs"),
            "others": self.tr("Why not the others"),
            "excluded": self.tr("Excluded"),
            "tied": self.tr("Tied with the pick"),
            "side_by_side": self.tr("The options side by side"),
            "no_points": self.tr("No rule added or removed points."),
            "dataset": self.tr("Dataset as of {0}. Seed table: {1} ({2}).").format(
                dataset.as_of, dataset.seed.source, dataset.seed.updated
            ),
        }

    def rebuild(self) -> None:
        lang = self.model.lang
        data = self.model.data
        session = self.model.session
        from gui.domain.report.model import build_report  # loaded when the results are first shown
        from gui.rendering.exporting import with_findings

        # what detection, an inventory or imported results found
        report = with_findings(build_report(data, self.model.plan, lang), session)
        workload = report.plan.workloads[session.current]
        self._fill_plan(report)
        self._show_pick(report, workload)
        self._fill_what_if()
        scroll = self.details.verticalScrollBar().value()
        self.details.setHtml(results_html(report, self._headings(), secondary_css(self), session.current))
        self.details.verticalScrollBar().setValue(scroll)
        self.artifacts_view.set_artifacts(report.plan.artifacts)

    def _show_pick(self, report: Report, workload: WorkloadReport) -> None:
        lang = self.model.lang
        names = {r.id: r.name for r in self.model.data.dataset.runtimes}
        if workload.recommendation is None:
            pick = self.tr("No runtime fits all of your hard requirements")
            summary = self.tr("Each change listed below would give a recommendation.")
        elif workload.tied_with:
            # a tie is its own state: the options, and what settled it for the plan
            pick = " / ".join([workload.recommendation, *(names.get(r, r) for r in workload.tied_with)])
            summary = f"{workload.headline}. {workload.tie_break or ''}".strip()
        else:
            pick = workload.recommendation
            summary = f"{workload.headline}."
        if len(report.plan.workloads) > 1:
            summary = self.tr("Workload {0}:").format(workload.name) + " " + summary
        fit = label(f"fit_{workload.fit}", lang)
        fit = fit[:1].upper() + fit[1:]
        if workload.score is not None:
            fit += f" · {label('score', lang)} {workload.score:+.1f}"
        self.pick_label.setText(pick)
        self.fit_label.setText(fit)
        self.fit_label.setVisible(workload.recommendation is not None)
        self.summary_label.setText(summary)
        # what a screen reader announces carries the value, not only the label's role
        self.pick_label.setAccessibleName(self.tr("Recommended runtime: {0}").format(pick))
        self.pick_label.setAccessibleDescription(f"{fit}. {summary}")
        self.fit_label.setAccessibleName(self.tr("Fit: {0}").format(fit))

    def _fill_plan(self, report: Report) -> None:
        session = self.model.session
        lang = self.model.lang
        plan = report.plan
        boxes = []
        for w in plan.workloads:
            if w.recommendation is None:
                detail = label("fit_none", lang)
            elif w.runtime_class:
                detail = f"{w.recommendation} · RuntimeClass {w.runtime_class}"
            else:
                detail = self.tr("no sandbox: {0}").format(plan.node.oci_runtime if plan.node else w.recommendation)
            boxes.append((w.name, detail, w.runtime_class is not None, f"{w.name}: {w.headline}"))
        node_line = ""
        if plan.node is not None:
            node_line = self.tr("Node runtime: {0} · OCI runtime: {1} · {2}").format(
                plan.node.name, plan.node.oci_runtime, plan.platform
            )
        self.stack.set_plan(boxes, session.current, node_line)
        self.stack.setAccessibleDescription(
            "; ".join(f"{name}: {detail}" for name, detail, _, _ in boxes) + (f"; {node_line}" if node_line else "")
        )
        self.remove_workload_button.setEnabled(session.current != 0)
        self._show_whether_full()

    def _fill_what_if(self) -> None:
        lang = self.model.lang
        questions = self.model.data.questions
        result = self.model.result
        items = []
        for what_if in most_useful_first(result.what_if, questions):
            changed = [(questions.get(q), questions.get(q).choice(a).text.get(lang)) for q, _, a in what_if.changes]
            target = (
                self.model.data.dataset.runtime(what_if.recommendation).name
                if what_if.recommendation
                else self.tr("nothing fits")
            )
            line = ", ".join(f"{question.label(lang)}: {answer}" for question, answer in changed) + f"  →  {target}"
            every = any(question.scope == "cluster" for question, _ in changed)
            if every and len(self.model.session.workload_names) > 1:
                line += "  " + self.tr("(every workload)")  # a cluster answer changes the others too
            (first, first_answer), *others = changed
            if others:  # only when nothing fits and no single answer would give a fit
                (second, second_answer) = others[0]
                spoken = self.tr("Answer {0} to “{1}”, and {2} to “{3}”: the pick becomes {4}").format(
                    first_answer, first.title.get(lang), second_answer, second.title.get(lang), target
                )
            else:
                spoken = self.tr("Answer {0} to “{1}”: the pick becomes {2}").format(
                    first_answer, first.title.get(lang), target
                )
            items.append((line, spoken, what_if))
        self.what_if.set_items(items)
        # Tab reaches the suggestions right after the plan and its workload buttons, before the
        # details and the buttons at the foot (they were created later, so Qt put them last)
        chain: list[QWidget] = [
            self.workload_list,
            self.add_workload_button,
            self.edit_workload_button,
            self.remove_workload_button,
            *self.what_if.buttons,
            self.what_if.more_button,
            self.tabs,
            self.details,
            self.save_button,
            self.compare_button,
            self.scoring_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @property
    def what_if_items(self) -> list[tuple[QPushButton, WhatIf]]:
        """(button, what-if) for every suggestion, the most useful first."""
        return [(b, b.what_if) for b in self.what_if.buttons]

    def take_what_if(self, what_if: WhatIf) -> None:
        """Take the suggested answers (one, or two when nothing else fits); the window offers to
        undo them."""
        previous = self.model.answers[what_if.question]
        for question, _, answer in what_if.changes:
            self.model.set_answer(question, answer)
        self.whatIfTaken.emit(what_if, previous)
        # the clicked button is gone with the old suggestions: show the new pick, keep the focus here
        self.scroll.verticalScrollBar().setValue(0)
        target = self.what_if.buttons[0] if self.what_if.buttons else self.details
        target.setFocus(Qt.FocusReason.OtherFocusReason)
