"""One wizard page per question in questions.yaml: a new question there needs no code here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWizardPage

from gui.domain.model import Question
from gui.session_model import SessionModel


def muted(label: QLabel) -> QLabel:
    """Secondary text: the palette's placeholder colour, so it follows light and dark schemes."""
    label.setForegroundRole(label.palette().ColorRole.PlaceholderText)
    return label


class QuestionPage(QWizardPage):
    def __init__(self, model: SessionModel, question: Question, number: int, total: int) -> None:
        super().__init__()
        self.model = model
        self.question = question
        self.number = number
        self.total = total
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        self.help_labels: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        self.question_help = QLabel(wordWrap=True)
        layout.addWidget(self.question_help)
        layout.addSpacing(8)
        for index, choice in enumerate(question.choices):
            button = QRadioButton()
            button.setObjectName(f"choice-{question.id}-{choice.id}")
            self.group.addButton(button, index)
            help_label = muted(QLabel(wordWrap=True))
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

    def retranslate(self) -> None:
        lang = self.model.lang
        self.setTitle(self.question.title.get(lang))
        self._set_subtitle()
        self.question_help.setText(self.question.help.get(lang))
        for index, choice in enumerate(self.question.choices):
            button = self.buttons[choice.id]
            # digits as mnemonics work in every language: Alt+1 picks the first choice
            button.setText(f"&{index + 1}  {choice.text.get(lang)}" if index < 9 else choice.text.get(lang))
            button.setAccessibleName(choice.text.get(lang))
            button.setAccessibleDescription(choice.help.get(lang))
            self.help_labels[choice.id].setText(choice.help.get(lang))
        self.setAccessibleName(self.question.title.get(lang))

    def _set_subtitle(self) -> None:
        subtitle = self.tr("Question {0} of {1}").format(self.number, self.total)
        session = self.model.session
        if len(session.workload_names) > 1:
            if self.question.scope == "cluster":
                subtitle += " · " + self.tr("for the whole cluster")
            else:
                subtitle += " · " + self.tr("for workload {0}").format(session.current_name)
        self.setSubTitle(subtitle)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self._set_subtitle()
        self._show_answer()
        self.buttons[self.model.answers[self.question.id]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_answer(self) -> None:
        button = self.buttons[self.model.answers[self.question.id]]
        if not button.isChecked():
            button.setChecked(True)

    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.model.set_answer(self.question.id, self.question.choices[index].id)

    def selected_choice(self) -> str:
        return self.question.choices[self.group.checkedId()].id
