"""Shown when the data folder has problems: every problem with its file and line, and the
choice to open another data folder or to quit. Never a traceback."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from gui.domain.problems import Problem
from gui.widgets.text_label import TextLabel


class DataErrorChoice(Enum):
    OPEN_OTHER = "open-other"
    QUIT = "quit"


class DataErrorDialog(QDialog):
    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataError")
        self.setWindowTitle(self.tr("The data has problems"))
        self.choice = DataErrorChoice.QUIT
        layout = QVBoxLayout(self)
        intro = TextLabel(
            self.tr(
                "Runtime Advisor cannot use this data folder. Each line names the file, "
                "the line and column, and what is wrong:"
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.details = QPlainTextEdit("\n".join(str(p) for p in problems), objectName="problems")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(self.tr("Problems found"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("&Open Another Data Folder…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        buttons.accepted.connect(self._open_other)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _open_other(self) -> None:
        self.choice = DataErrorChoice.OPEN_OTHER
        self.accept()

    def ask(self) -> DataErrorChoice:
        self.exec()
        return self.choice
