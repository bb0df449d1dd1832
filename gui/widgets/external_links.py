"""Links in the app's texts (sources, release notes) open in the user's browser, and only those."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)


def open_external_link(url: QUrl) -> bool:
    """Only https links leave the app, and only when the user clicks them (DESIGN.md section 6)."""
    if url.scheme() != "https":
        log.warning("refused to open a non-https link: %s", url.toString())
        return False
    return QDesktopServices.openUrl(url)
