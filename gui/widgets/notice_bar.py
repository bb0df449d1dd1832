"""A one-line notice with buttons, shown in place (not in the status bar, where an 8-second
line is easy to miss): "Saved to … Open · Show in Folder", "Workload changed to … Undo"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from gui.widgets.text_label import TextLabel


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().AlternateBase)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self.text = TextLabel(wordWrap=True, objectName="noticeText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.text, 1)
        self.buttons: list[QPushButton] = []
        self.close_button = QToolButton(objectName="noticeClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        self._layout.addWidget(self.close_button)
        self.hide()

    def show_notice(self, text: str, actions: Sequence[tuple[str, Callable[[], object]]] = ()) -> None:
        for button in self.buttons:
            button.hide()
            button.deleteLater()
        self.buttons = []
        self.text.setText(text)
        self.setAccessibleName(text)
        for index, (caption, act) in enumerate(actions):
            button = QPushButton(caption)
            button.setAutoDefault(False)  # Enter keeps its meaning (go on), even with focus here
            button.setObjectName(f"noticeAction{index}")
            button.clicked.connect(lambda _=False, a=act: a())
            self._layout.insertWidget(self._layout.count() - 1, button)
            self.buttons.append(button)
        self.show()

    def retranslate(self, close_text: str) -> None:
        self.close_button.setToolTip(close_text)
        self.close_button.setAccessibleName(close_text)
