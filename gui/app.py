"""Starting the desktop app: Qt application, logging, crash dialog, data, window."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog

from gui._version import __version__
from gui.assets import data_dir, resources_dir, schema_dir
from gui.dialogs.crash import CrashReporter
from gui.domain.data.loading import load_data
from gui.domain.data.validated_cache import ValidatedDataCache
from gui.domain.model import AdvisorData
from gui.domain.problems import InputError
from gui.i18n import Translations, initial_language
from gui.logs import setup_logging
from gui.session_model import SessionModel
from gui.window.last_answers import load_last_answers
from gui.window.main_window import MainWindow

log = logging.getLogger(__name__)


def application(argv: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["runtime-advisor", *argv])
    app.setOrganizationName("runtime-advisor")
    app.setApplicationName("runtime-advisor")
    app.setApplicationDisplayName("Runtime Advisor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.runtime_advisor.RuntimeAdvisor")  # packaging/linux/*.desktop
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "runtime-advisor.svg")))
    return app


def load_data_interactively(folder: Path) -> AdvisorData | None:
    """Load `folder`; on problems show them and offer another folder. None: the user quit."""
    cache_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    cache = ValidatedDataCache(Path(cache_folder)) if cache_folder else None
    while True:
        try:
            return load_data(folder, schema_dir(), cache)
        except InputError as error:
            from gui.dialogs.data_error import DataErrorChoice, DataErrorDialog

            log.warning("data folder %s has %d problem(s)", folder, len(error.problems))
            if DataErrorDialog(error.problems).ask() is DataErrorChoice.QUIT:
                return None
            chosen = QFileDialog.getExistingDirectory(
                None, QCoreApplication.translate("app", "Open Data Folder"), str(folder)
            )
            if chosen:
                folder = Path(chosen)


def load_presets_into(model: SessionModel) -> None:
    """The presets of the data folder; a bad presets.yaml costs the presets, not the window."""
    from gui.domain.advice.presets import load_presets
    from gui.domain.problems import InputError

    try:
        model.presets = load_presets(Path(model.data.origin), schema_dir(), model.data.questions)
    except InputError as error:
        log.warning("presets not loaded: %s", "; ".join(str(p) for p in error.problems))
        model.presets_problem = str(error.problems[0])


def create_main_window(data: AdvisorData, settings: QSettings | None = None, read_presets: bool = True) -> MainWindow:
    """The window on its welcome page. `read_presets=False` leaves presets.yaml for later (start()
    reads it after the first paint: YAML and its schema check are no part of the first page)."""
    if settings is None:
        from gui.stored_settings import app_settings

        settings = app_settings()
    translations = Translations()
    lang = initial_language(settings)
    translations.apply(lang)
    last = load_last_answers(settings, data.questions)
    model = SessionModel(data, lang, last)
    if read_presets:
        load_presets_into(model)
    window = MainWindow(model, settings, translations, has_last_answers=last is not None)
    return window


def start(argv: list[str]) -> tuple[QApplication, MainWindow | None]:
    """Everything up to the first page on screen; the window is None when the user quit over
    bad data. Split from run_app so the start-up benchmark measures exactly this."""
    from gui.arguments import data_folder_option

    chosen = data_folder_option(argv)
    folder = Path(chosen) if chosen is not None else data_dir()
    app = application()
    reporter = CrashReporter(None)
    reporter.install()
    data = load_data_interactively(folder)
    if data is None:
        return app, None
    window = create_main_window(data, read_presets=False)
    window.show()

    def after_first_paint() -> None:
        load_presets_into(window.model)
        window.wizard.welcome_page.show_presets()
        # the log file (logging.handlers is a slow import) is set up once the page is on screen
        reporter.log_file = setup_logging()
        log.info("Runtime Advisor %s started with data from %s", __version__, data.origin)
        window.warn_once_if_no_korean_font()

    QTimer.singleShot(0, after_first_paint)
    return app, window


# The release workflow's smoke test starts the installed program with this set to a file name:
# once the first page has been on screen, the window writes what it shows there and quits (a
# crash, a missing plugin or a blank start fails the job on every OS; packaging/smoke_test.py).
SMOKE_REPORT = "RUNTIME_ADVISOR_SMOKE_REPORT"


def run_app(argv: list[str]) -> int:
    app, window = start(argv)
    if window is None:
        return 2
    report = os.environ.get(SMOKE_REPORT)
    if report:
        QTimer.singleShot(1500, lambda: _report_and_quit(app, window, Path(report)))
    return app.exec()


def _report_and_quit(app: QApplication, window: MainWindow, report: Path) -> None:
    from PySide6.QtWidgets import QLabel

    shown = {
        "title": window.windowTitle(),
        "visible": window.isVisible(),
        "width": window.width(),
        "height": window.height(),
        "platform": app.platformName(),
        "texts": [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.text()],
    }
    report.write_text(json.dumps(shown, ensure_ascii=False, indent=2), encoding="utf-8")
    app.exit(0)


if __name__ == "__main__":
    sys.exit(run_app(sys.argv[1:]))
