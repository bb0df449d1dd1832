"""Colours and text roles, in one place and derived from the palette.

Secondary text (help lines, notes, excluded runtimes) used to take the palette's placeholder
colour, which is about 3.9:1 against the window in Fusion's light palette; WCAG AA asks 4.5:1
for text. Here it is a mix of the text and window colours chosen to reach that ratio, in a
light palette and a dark one alike, so every widget and every generated page uses the same.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

MIN_CONTRAST = 4.5  # WCAG 2.x AA for normal text
_TARGET = 4.8  # a little over the minimum, so rounding to 8-bit colours cannot fall below it


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.x)."""
    return 0.2126 * _linear(colour.redF()) + 0.7152 * _linear(colour.greenF()) + 0.0722 * _linear(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share_of_b,
        a.greenF() + (b.greenF() - a.greenF()) * share_of_b,
        a.blueF() + (b.blueF() - a.blueF()) * share_of_b,
    )


def secondary_text(palette: QPalette) -> QColor:
    """Text that reads as secondary yet keeps 4.5:1 against the window: the text colour moved
    as far towards the background as that ratio allows (at most halfway)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return QColor(_secondary_rgba(text.rgba(), window.rgba()))


@lru_cache(maxsize=64)
def _secondary_rgba(text_rgba: int, window_rgba: int) -> int:
    text, window = QColor.fromRgba(text_rgba), QColor.fromRgba(window_rgba)
    share = 0.5
    while share > 0 and contrast_ratio(_mix(text, window, share), window) < _TARGET:
        share -= 0.02
    return _mix(text, window, max(share, 0.0)).rgba()


def secondary_css(widget: QWidget) -> str:
    """The secondary colour as a CSS colour, for generated HTML."""
    return secondary_text(widget.palette()).name()


class _FollowPalette(QObject):
    """Re-applies the secondary colour when the palette changes (light/dark switch)."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and not self._busy:
            self._busy = True  # setting the colour is itself a palette change
            try:
                _apply_secondary(watched)  # type: ignore[arg-type]
            finally:
                self._busy = False
        return False


def _apply_secondary(label: QLabel) -> None:
    parent = label.parentWidget()
    base = parent.palette() if parent is not None else label.palette()
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, secondary_text(base))
    label.setPalette(palette)


def secondary(label: QLabel) -> QLabel:
    """Make `label` secondary text, now and after any palette change."""
    _apply_secondary(label)
    label.installEventFilter(_FollowPalette(label))
    return label
