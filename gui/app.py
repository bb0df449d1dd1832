"""Starting the desktop app: Qt application, logging, crash dialog, data, window."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog

from gui._version import __version__
from gui.assets import data_dir, resources_dir, schema_dir
from gui.dialogs.crash import CrashReporter
from gui.i18n import Translations, initial_language
from gui.window.last_answers import has_last_answers, load_last_answers
from gui.window.main_window import MainWindow

if TYPE_CHECKING:
    # the core: loaded once the first page is on screen (start), never before it
    from gui.domain.model import AdvisorData
    from gui.session_model import SessionModel

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


def _validated_cache():  # noqa: ANN202 (a ValidatedDataCache or None; its module loads with the core)
    from gui.domain.data.validated_cache import ValidatedDataCache

    cache_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return ValidatedDataCache(Path(cache_folder)) if cache_folder else None


def checked_before(folder: Path) -> bool:
    """Whether `folder`, as it is now, passed every check at an earlier start (the validated-data
    cache was written for exactly these bytes): then the first page can show before the data is
    loaded. A first start, or changed or broken data, is checked in full before any window, so a
    data error shows its dialog alone and quitting over it leaves no window behind."""
    from gui.domain.data.validated_cache import data_key

    cache = _validated_cache()
    key = data_key(folder, schema_dir())
    return cache is not None and key is not None and cache.probably_holds(key)


def load_data_interactively(folder: Path) -> AdvisorData | None:
    """Load `folder`; on problems show them and offer another folder. None: the user quit."""
    from gui.domain.data.loading import load_data
    from gui.domain.problems import InputError

    cache = _validated_cache()
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
    """The window on its welcome page, with `data` loaded. `read_presets=False` leaves
    presets.yaml for later."""
    if settings is None:
        from gui.stored_settings import app_settings

        settings = app_settings()
    translations = Translations()
    lang = initial_language(settings)
    translations.apply(lang)
    model, last = _session_model(data, settings, lang)
    if read_presets:
        load_presets_into(model)
    return MainWindow(model, settings, translations, has_last_answers=last)


def _session_model(data: AdvisorData, settings: QSettings, lang: str) -> tuple[SessionModel, bool]:
    from gui.session_model import SessionModel

    last = load_last_answers(settings, data.questions)
    return SessionModel(data, lang, last), last is not None  # type: ignore[arg-type]


def _forget_read_sources() -> None:
    """PySide6's import hook reads the source of every module imported after PySide6 (to see
    whether it uses it), and linecache keeps those lines: about 3.5 MiB for the core, never read
    again. Dropped as soon as the imports are done, the memory serves the data and the pages
    instead of adding to the peak."""
    import linecache

    linecache.clearcache()


def _import_the_core() -> None:
    """The Qt-free core and the pages, right after the first paint, then what reading them left."""
    import gui.domain.advice.engine  # noqa: F401
    import gui.domain.advice.session  # noqa: F401
    import gui.domain.data.loading  # noqa: F401
    import gui.pages.question_page  # noqa: F401
    import gui.pages.results_page  # noqa: F401
    import gui.session_model  # noqa: F401
    import gui.widgets.ranking_panel  # noqa: F401

    _forget_read_sources()


class _OnFirstExpose(QObject):
    """Calls `then` once, from the event loop, after the window's first expose (its first paint
    is done in the same event): loading the data then does not hold the first page back."""

    def __init__(self, then) -> None:  # noqa: ANN001 (a callable)
        super().__init__()
        self.then = then
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.done and event.type() == QEvent.Type.Expose:
            self.fire()
        return False

    def fire(self) -> None:
        if not self.done:
            self.done = True
            QTimer.singleShot(0, self.then)


def start(argv: list[str]) -> tuple[QApplication, MainWindow | None]:
    """The window on screen with its first page, from Qt, the window shell, the translations and
    the settings alone; the data, the engine and the pages that use them are loaded right after
    the first paint, and the window emits `ready` then (it is closed, and the app exits with 2,
    when the user quits over bad data). Split from run_app so the start-up benchmark measures
    exactly this."""
    from gui.arguments import data_folder_option
    from gui.stored_settings import app_settings

    chosen = data_folder_option(argv)
    folder = Path(chosen) if chosen is not None else data_dir()
    app = application()
    reporter = CrashReporter(None)
    reporter.install()
    preloaded = None
    if not checked_before(folder):
        preloaded = load_data_interactively(folder)
        if preloaded is None:
            return app, None
    settings = app_settings()
    translations = Translations()
    translations.apply(initial_language(settings))
    window = MainWindow(None, settings, translations, has_last_answers=has_last_answers(settings))

    def load_the_rest() -> None:
        _import_the_core()
        # the data changed since the check (a rare race): its problems get the same dialog
        data = preloaded or load_data_interactively(folder)
        if data is None:
            window.close()
            window.deleteLater()
            app.exit(2)
            return
        model, last = _session_model(data, settings, window.translations.lang)
        load_presets_into(model)
        window.attach(model, has_last_answers=last)
        from gui.logs import setup_logging  # logging.handlers is a slow import

        reporter.log_file = setup_logging()
        log.info("Runtime Advisor %s started with data from %s", __version__, data.origin)
        _forget_read_sources()
        window.ready.emit()
        window.warn_once_if_no_korean_font()

    waiter = _OnFirstExpose(load_the_rest)
    window.show()
    handle = window.windowHandle()
    if handle is not None:
        handle.installEventFilter(waiter)
    window._first_expose = waiter  # type: ignore[attr-defined]  # kept alive with the window
    # a platform that sends no expose event (or one already handled) must not leave it empty
    QTimer.singleShot(1000, waiter.fire)
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
