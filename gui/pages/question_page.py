"""One wizard page per question in questions.yaml: a new question there needs no code here.

Keys: a digit 1-9 picks that choice (Alt+digit too, as the buttons' mnemonics), arrows move
between choices, Enter goes on. The chosen answer is also shown in bold, which stays visible
where a palette makes the radio indicator hard to read (dark schemes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui.domain.model import Question
from gui.pages.built_on_demand import BuiltOnDemand
from gui.session_model import SessionModel
from gui.theme import secondary
from gui.widgets.text_label import TextLabel


class QuestionPage(BuiltOnDemand, QWizardPage):
    answered = Signal()

    def __init__(self, model: SessionModel, question: Question, number: int, total: int) -> None:
        super().__init__()
        self.model = model
        self.question = question
        self.number = number
        self.total = total
        # the choices are built when the page is first shown (or asked for): ten pages of
        # radio buttons at start-up cost time before the first page is on screen
        self._built = False
        self.retranslate()

    def _build(self) -> None:
        self._built = True
        question = self.question
        model = self.model
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        self.help_labels: dict[str, QLabel] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # a long question (six choices, two-line help in Korean) scrolls in a small window
        # instead of squeezing its lines together
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        self.question_help = TextLabel(wordWrap=True)
        layout.addWidget(self.question_help)
        layout.addSpacing(8)
        for index, choice in enumerate(question.choices):
            button = QRadioButton()
            button.setObjectName(f"choice-{question.id}-{choice.id}")
            self.group.addButton(button, index)
            help_label = secondary(TextLabel(wordWrap=True))
            help_label.setContentsMargins(26, 0, 0, 6)
            help_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(button)
            layout.addWidget(help_label)
            self.buttons[choice.id] = button
            self.help_labels[choice.id] = help_label
        layout.addStretch(1)
        self.group.idToggled.connect(self._on_toggled)
        model.changed.connect(self._show_answer)
        self.retranslate()
        self._show_answer()

    def retranslate(self) -> None:
        lang = self.model.lang
        self.setTitle(self.question.title.get(lang))
        self._set_subtitle()
        self.setAccessibleName(self.question.title.get(lang))
        if not self._built:
            return
        self.question_help.setText(self.question.help.get(lang))
        for index, choice in enumerate(self.question.choices):
            button = self.buttons[choice.id]
            # digits as mnemonics work in every language: Alt+1 picks the first choice
            button.setText(f"&{index + 1}  {choice.text.get(lang)}" if index < 9 else choice.text.get(lang))
            button.setAccessibleName(choice.text.get(lang))
            button.setAccessibleDescription(choice.help.get(lang))
            self.help_labels[choice.id].setText(choice.help.get(lang))

    def _set_subtitle(self) -> None:
        session = self.model.session
        # numbered among the questions asked for this workload (a later workload is asked its own)
        asked = [q.id for q in session.data.questions if session.asks(q.id)]
        number, total = (
            (asked.index(self.question.id) + 1, len(asked)) if self.question.id in asked else (self.number, self.total)
        )
        subtitle = self.tr("Question {0} of {1}").format(number, total)
        if len(session.workload_names) > 1:
            if self.question.scope == "cluster":
                subtitle += " · " + self.tr("for the whole cluster")
            else:
                subtitle += " · " + self.tr("for workload {0}").format(session.current_name)
        self.setSubTitle(subtitle)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        if not self._built:
            self._build()
        self._set_subtitle()
        self._show_answer()
        # after QWizard has finished switching pages (it moves the focus itself), the chosen
        # answer takes the focus, so arrows and digits act on this question at once
        QTimer.singleShot(0, self._focus_answer)

    def _focus_answer(self) -> None:
        if self.isVisible():
            self.buttons[self.model.answers[self.question.id]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_answer(self) -> None:
        button = self.buttons[self.model.answers[self.question.id]]
        if not button.isChecked():
            button.setChecked(True)

    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked and not self.isVisible():
            # a key that reached a radio button of a page no longer shown (the focus stays on it
            # after the last Next) must not change an answer behind the user's back
            QTimer.singleShot(0, self._show_answer)
            return
        button = self.group.button(index)
        font = button.font()
        font.setBold(checked)
        button.setFont(font)
        choice = self.question.choices[index].id
        # only the user's choice answers the question; showing the model's answer does not
        if checked and self.model.answers[self.question.id] != choice:
            self.model.set_answer(self.question.id, choice)
            self.answered.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # a bare digit picks a choice; the radio buttons pass digits on to the page
        number = event.key() - Qt.Key.Key_0
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) and (
            1 <= number <= min(9, len(self.question.choices))
        ):
            button = self.group.button(number - 1)
            button.setChecked(True)
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_choice(self) -> str:
        return self.question.choices[self.group.checkedId()].id
