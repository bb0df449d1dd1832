"""The results page: the pick in large type, what would change it (clickable), and the details."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from gui.domain.engine import WhatIf
from gui.domain.labels import label
from gui.pages.question_page import muted
from gui.results_html import results_html
from gui.session_model import SessionModel
from gui.widgets.refresh_when_shown import RefreshWhenShown
from gui.widgets.what_if_link import WhatIfLink

log = logging.getLogger(__name__)


def open_external_link(url: QUrl) -> bool:
    """Only https links leave the app, and only when the user clicks them (DESIGN.md section 6)."""
    if url.scheme() != "https":
        log.warning("refused to open a non-https link: %s", url.toString())
        return False
    return QDesktopServices.openUrl(url)


class ResultsPage(RefreshWhenShown, QWizardPage):
    compareRequested = Signal()

    def __init__(self, model: SessionModel) -> None:
        super().__init__()
        self.model = model
        self.what_if_items: list[tuple[WhatIfLink, WhatIf]] = []

        layout = QVBoxLayout(self)
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
        self.what_if_layout = QVBoxLayout(self.what_if_box)
        layout.addWidget(self.what_if_box)

        self.details = QTextBrowser(objectName="details")
        self.details.setOpenLinks(False)  # every link goes through open_external_link
        self.details.anchorClicked.connect(open_external_link)
        layout.addWidget(self.details, 1)

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
        self.what_if_box.setTitle(self.tr("What would change it"))
        self.compare_button.setText(self.tr("&Compare all runtimes…"))
        self.details.setAccessibleName(self.tr("Why, pros and cons, and notes"))
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
        pick = result.recommendation
        if pick is None:
            self.pick_label.setText(self.tr("No runtime fits all of your hard requirements"))
            self.summary_label.setText(self.tr("Each change listed below would give a recommendation."))
        else:
            runtime = data.dataset.runtime(pick)
            self.pick_label.setText(runtime.name)
            summary = self.tr("Recommended, with a score of {0}.").format(f"{result.ranking[0].score:+.1f}")
            if result.tied_with_top:
                names = ", ".join(data.dataset.runtime(r).name for r in result.tied_with_top)
                summary += " " + self.tr("Tied with {0}; the table's order decided.").format(names)
            self.summary_label.setText(summary)
        self._fill_what_if()
        muted_colour = self.palette().color(self.palette().ColorRole.PlaceholderText).name()
        scroll = self.details.verticalScrollBar().value()
        from gui.domain.report import build_report  # loaded when the results are first shown

        report = build_report(data, result, lang)
        self.details.setHtml(results_html(report, self._headings(), muted_colour))
        self.details.verticalScrollBar().setValue(scroll)

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
