"""The crash dialog: an unexpected exception is logged and shown with details to copy, and the
app keeps running (the user's answers are still there)."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from gui._version import __version__

log = logging.getLogger(__name__)


class CrashReporter:
    """Installed as sys.excepthook while the window runs."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        if self._showing or QApplication.instance() is None:
            print(details, file=sys.stderr)
            return
        self._showing = True  # an error inside the dialog must not open another one
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("CrashReporter", "Unexpected error"))
            where = (
                QCoreApplication.translate("CrashReporter", "The details are also in the log file:\n{0}").format(
                    self.log_file
                )
                if self.log_file
                else ""
            )
            box.setText(
                QCoreApplication.translate(
                    "CrashReporter",
                    "Runtime Advisor hit an unexpected error. Your answers are kept; you can go on or "
                    "save them. Please report it with the details below.",
                )
                + ("\n\n" + where if where else "")
            )
            box.setDetailedText(f"Runtime Advisor {__version__}\n\n{details}")
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.exec()
        finally:
            self._showing = False
