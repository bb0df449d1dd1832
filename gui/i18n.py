"""The interface language: Qt Linguist translations for the app and for Qt's own dialogs.

English is the source language (no translator); Korean loads resources/translations/
runtime_advisor_ko.qm and Qt's qtbase_ko.qm, so standard buttons and dialogs are Korean too.
After a switch the main window re-sets every text it shows (its own, the wizard's buttons and
pages, the results, the comparison table), so it shows at once, without a restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase

from gui.assets import resources_dir
from gui.domain.language import LANGUAGES, Lang, language_from_locale

log = logging.getLogger(__name__)
SETTING = "ui/language"
LANGUAGE_NAMES: dict[Lang, str] = {"en": "English", "ko": "한국어"}  # each in its own language


def translation_files(lang: Lang) -> list[Path]:
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [resources_dir() / "translations" / f"runtime_advisor_{lang}.qm", qt_translations / f"qtbase_{lang}.qm"]


class Translations:
    """The translators installed for the current language."""

    def __init__(self) -> None:
        self.installed: list[QTranslator] = []
        self.lang: Lang = "en"

    def apply(self, lang: Lang) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        for translator in self.installed:
            app.removeTranslator(translator)
        self.installed = []
        self.lang = lang
        QLocale.setDefault(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English))
        if lang == "en":
            return
        for path in translation_files(lang):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                self.installed.append(translator)
            else:
                log.warning("translation not found: %s", path)


def initial_language(settings: QSettings) -> Lang:
    """The language chosen before, else the system's (Korean for a ko* locale)."""
    from gui.stored_settings import stored_text

    stored = stored_text(settings, SETTING, "", allowed=tuple(LANGUAGES))
    if stored == "en" or stored == "ko":
        return stored
    return language_from_locale(QLocale.system().name())


def has_korean_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))
