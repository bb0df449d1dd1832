"""One "what would change it" suggestion: a wrapping, clickable line of text.

A QPushButton cannot wrap its text, and these lines are long (a question, an answer, a runtime;
longer still in some languages), so a label that acts as a button: click it, or focus it with
Tab and press Enter or Space.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget


class WhatIfLink(QLabel):
    chosen = Signal()

    def __init__(self, question: str, answer: str, runtime: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f'• <a href="#">{escape(question)} <b>{escape(answer)}</b></a> → {escape(runtime)}')
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{question} {answer} → {runtime}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.chosen.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit()
            event.accept()
            return
        super().keyPressEvent(event)
