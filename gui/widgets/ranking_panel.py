"""The wizard's side panel: where you are in the questions, and the live ranking."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.session_model import SessionModel


class RankingPanel(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.current_index = 0
        self.setObjectName("rankingPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        self.steps_title = QLabel()
        self.steps = QListWidget(objectName="steps")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a display, not a control
        self.steps.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.top_title = QLabel()
        self.top_pick = QLabel(objectName="topPick", wordWrap=True)
        font = QFont(self.top_pick.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.top_pick.setFont(font)
        self.ranking = QListWidget(objectName="ranking")
        self.ranking.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ranking.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.ranking.setWordWrap(True)
        self.ranking.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        for widget in (self.steps_title, self.steps, self.top_title, self.top_pick, self.ranking):
            layout.addWidget(widget)
        layout.setStretch(1, 3)
        layout.setStretch(4, 2)
        self.setMinimumWidth(250)
        model.changed.connect(self.refresh)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        # colours in the generated text come from the palette: follow a light/dark switch
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.steps_title.setText(self.tr("Questions"))
        self.top_title.setText(self.tr("Top pick so far"))
        self.steps.setAccessibleName(self.tr("Questions and your answers"))
        self.ranking.setAccessibleName(self.tr("Live ranking"))
        self.top_pick.setAccessibleName(self.tr("Top pick so far"))
        self.refresh()

    def set_current(self, index: int) -> None:
        """`index` of the question on screen; len(questions) means the results page."""
        self.current_index = index
        self.refresh()

    def refresh(self) -> None:
        lang = self.model.lang
        data = self.model.data
        answers = self.model.answers
        self.steps.clear()
        for index, question in enumerate(data.questions):
            answer = question.choice(answers[question.id]).text.get(lang)
            item = QListWidgetItem(f"{index + 1}. {answer}")
            item.setToolTip(question.title.get(lang))
            if index == self.current_index:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.steps.addItem(item)
        result = self.model.result
        pick = result.recommendation
        self.top_pick.setText(data.dataset.runtime(pick).name if pick else self.tr("Nothing fits yet"))
        self.ranking.clear()
        for entry in result.ranking:
            name = data.dataset.runtime(entry.runtime).name
            status = self.tr("excluded") if entry.excluded else f"{entry.score:+.1f}"
            item = QListWidgetItem(f"{name}  {status}")
            if entry.excluded:
                item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
                item.setToolTip("; ".join(r.text.get(lang) for r in entry.exclusions))
            self.ranking.addItem(item)
