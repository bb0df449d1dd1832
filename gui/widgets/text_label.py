"""Labels and tooltips that show a text as text.

QLabel and tooltips guess whether a text is HTML (Qt::mightBeRichText) and render it if it
looks like some. The data's texts and the user's names are theirs to edit, so a note holding
"<h1>" made a 90 pt heading and an <a href="javascript:..."> a live link (DESIGN.md section 6).
Every label of the app is a TextLabel; every tooltip and message box that carries a data text,
a file name or a problem goes through escaped_if_rich.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


class TextLabel(QLabel):
    """A QLabel whose text is never read as HTML."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)


def escaped_if_rich(text: str) -> str:
    """`text` for a tooltip or a message box (which guess like QLabel): as it is, or escaped into
    a paragraph when Qt would take it for HTML."""
    if not GuiQt.mightBeRichText(text):
        return text
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"
