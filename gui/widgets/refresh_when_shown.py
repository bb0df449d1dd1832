"""For views whose content is costly to build: build it only while they are visible."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent


class RefreshWhenShown:
    """Mix into a QWidget subclass (first in the bases) that implements `rebuild()`.

    `refresh()` rebuilds at once when the widget is visible; hidden, it only notes that it is
    out of date, and the next show catches up. Building on every answer change a view nobody
    sees would cost start-up and every click. Colours come from the palette, so a light/dark
    switch rebuilds too.
    """

    _stale = True

    def rebuild(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        if not self.isVisible():  # type: ignore[attr-defined]
            self._stale = True
            return
        self._stale = False
        self.rebuild()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)  # type: ignore[misc]
