""" "What would change it": each single-answer change that changes the pick, as a button that
takes that answer. The most useful three are shown; "Show all" shows the rest (they scroll
within a few lines, so the explanation below keeps its room)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from gui.domain.advice.engine import WhatIf
from gui.widgets.text_label import TextLabel, escaped_if_rich

SHOWN_FIRST = 3


class WhatIfButton(QPushButton):
    """A flat, left-aligned button: it reads as a line of the list and acts as a button (focus
    frame, Enter/Space, the button role for a screen reader)."""

    def __init__(self, text: str, spoken: str, what_if: WhatIf, parent: QWidget | None = None) -> None:
        super().__init__(text.replace("&", "&&"), parent)  # data text: an & is a character, not a mnemonic
        self.what_if = what_if
        self.setAccessibleName(spoken)
        self.setToolTip(escaped_if_rich(spoken))
        self.setStyleSheet("text-align: left; padding: 3px 8px;")
        self.setCursor(Qt.CursorShape.PointingHandCursor)


class WhatIfList(QGroupBox):
    chosen = Signal(object)  # the WhatIf taken

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIf")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.scroll = QScrollArea(objectName="whatIfScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its buttons take the focus, not the frame
        holder = QWidget()
        self.items_layout = QVBoxLayout(holder)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.items_layout.setSpacing(1)
        self.scroll.setWidget(holder)
        outer.addWidget(self.scroll)
        self.none_label = TextLabel(wordWrap=True)
        self.items_layout.addWidget(self.none_label)
        self.items_layout.addStretch(1)
        self.more_button = QPushButton(objectName="showAllWhatIf")
        self.more_button.setAutoDefault(False)
        self.more_button.setCheckable(True)
        self.more_button.toggled.connect(self._show_rest)
        outer.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons: list[WhatIfButton] = []
        self._texts = {"none": "", "more": "", "fewer": ""}

    def retranslate(self, title: str, none: str, more: str, fewer: str) -> None:
        self.setTitle(title)
        self._texts = {"none": none, "more": more, "fewer": fewer}
        self.none_label.setText(none)
        self._update_more()

    def set_items(self, items: Sequence[tuple[str, str, WhatIf]]) -> None:
        """`items`: (line, spoken text, what-if), the most useful first."""
        for button in self.buttons:
            # hidden at once: deleteLater alone leaves them painted under the new ones for a moment
            button.hide()
            button.deleteLater()
        self.buttons = []
        for text, spoken, what_if in items:
            button = WhatIfButton(text, spoken, what_if)
            button.setObjectName(f"whatif-{what_if.question}-{what_if.answer}")
            button.clicked.connect(lambda _=False, w=what_if: self.chosen.emit(w))
            self.items_layout.insertWidget(self.items_layout.count() - 1, button)
            self.buttons.append(button)
        self.none_label.setVisible(not items)
        self._show_rest(self.more_button.isChecked())

    def _show_rest(self, on: bool) -> None:
        for index, button in enumerate(self.buttons):
            button.setVisible(on or index < SHOWN_FIRST)
        shown = len(self.buttons) if on else min(SHOWN_FIRST, len(self.buttons))
        line = self.buttons[0].sizeHint().height() + 1 if self.buttons else self.fontMetrics().lineSpacing() * 2
        # all of them scroll within about five lines; three (or fewer) need no scrolling
        self.scroll.setFixedHeight(max(line, min(shown, 5) * line + 2))
        self._update_more()

    def _update_more(self) -> None:
        extra = len(self.buttons) - SHOWN_FIRST
        self.more_button.setVisible(extra > 0)
        if extra > 0:
            self.more_button.setText(
                self._texts["fewer"] if self.more_button.isChecked() else self._texts["more"].format(len(self.buttons))
            )

    def visible_buttons(self) -> list[WhatIfButton]:
        return [b for b in self.buttons if not b.isHidden()]
