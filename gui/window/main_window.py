"""The main window: the wizard, its menus, answers files, and what is remembered between runs.

Opening, saving, importing and exporting are in gui/window/file_actions.py (a mixin of this
class). It also owns the notices that answer an action ("Saved … Open · Show in Folder", "… Undo"), so
they show on whichever page the action leaves you, and it asks before closing over a result
that was never saved.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QMenu, QMessageBox, QVBoxLayout, QWidget

from gui.i18n import LANGUAGE_NAMES, SETTING, Translations, has_korean_font
from gui.rendering.exporting import ExportKind
from gui.stored_settings import stored_bool, stored_bytes
from gui.widgets.notice_bar import NoticeBar
from gui.window.file_actions import FileActions
from gui.window.last_answers import save_last_answers
from gui.window.wizard import AdvisorWizard, PageId

if TYPE_CHECKING:
    from gui.dialogs.scoring import ScoringDialog
    from gui.domain.advice.answers import AnswerSet
    from gui.domain.advice.engine import WhatIf
    from gui.domain.language import Lang
    from gui.session_model import SessionModel
    from gui.widgets.comparison import ComparisonDialog

log = logging.getLogger(__name__)
MINIMUM_SIZE = QSize(960, 560)  # every page stays readable down to this (tests check 1024x600)
CONTENT_WIDTH = 1360  # wider windows centre the content: lines stay short enough to read


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """The size a dialog opens at, no larger than the screen it opens on (a 1024x600 laptop)."""
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(width, int(screen.width() * 0.95)), min(height, int(screen.height() * 0.9)))


class MainWindow(FileActions, QMainWindow):
    ready = Signal()  # app.start: the data is loaded and every page and action works

    def __init__(
        self,
        model: SessionModel | None,
        settings: QSettings,
        translations: Translations | None = None,
        parent: QWidget | None = None,
        has_last_answers: bool = False,
    ) -> None:
        """`model` None: the window as it is first shown, before the data is loaded (app.start);
        its menus and the welcome page are there, what needs the data waits for attach()."""
        super().__init__(parent)
        self.model = model  # type: ignore[assignment]  # None only until attach()
        self.settings = settings
        self.translations = translations or Translations()
        self.comparison: ComparisonDialog | None = None
        self.setObjectName("mainWindow")
        self.scoring: ScoringDialog | None = None
        self._results_seen = False
        self._saved_answers: AnswerSet | None = None  # the answers of the last saved report or file
        self.wizard = AdvisorWizard(None, has_last_answers)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)  # a page of this window, not a dialog
        self.wizard.setMaximumWidth(CONTENT_WIDTH)
        self.wizard.openAnswersRequested.connect(self.open_answers)
        self.wizard.detectRequested.connect(self.detect_from_machine)
        self.wizard.importInventoryRequested.connect(self.import_inventory)
        self.wizard.presetRequested.connect(self.start_from_preset)
        self.wizard.currentIdChanged.connect(self._on_page_changed)
        self.wizard.startOverRequested.connect(self.start_over)
        self._inventory_files: tuple[Path, ...] = ()  # the last inventory imported: the report cites it
        self.wizard.skip_settled = stored_bool(settings, "wizard/skipSettled", False)
        central = QWidget(objectName="central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.notice = NoticeBar()
        self.notice.setObjectName("notice")
        column.addWidget(self.notice)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.wizard, 100)
        row.addStretch(1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(MINIMUM_SIZE)
        self._make_actions()
        self._make_menus()
        if model is not None:
            self.attach(model, has_last_answers)
        else:
            self._enable_data_actions(False)
            self.retranslate()
        if not self.restoreGeometry(stored_bytes(settings, "window/geometry")):
            self.resize(1000, 700)

    def attach(self, model: SessionModel, has_last_answers: bool) -> None:
        """The data is loaded: the questions, the results and every action."""
        self.model = model
        self.wizard.attach(model, has_last_answers)
        results = self.wizard.results_page
        assert results is not None
        results.compareRequested.connect(self.show_comparison)
        results.scoringRequested.connect(self.show_scoring)
        results.saveReportRequested.connect(self.save_report)
        results.whatIfTaken.connect(self._offer_undo_what_if)
        results.workloadRemoved.connect(self._offer_undo_removal)
        results.protect(self.input_files())  # the page stays unbuilt
        self.language_actions[model.lang].setChecked(True)
        self._enable_data_actions(True)
        self.retranslate()

    def is_ready(self) -> bool:
        return self.model is not None

    def _enable_data_actions(self, on: bool) -> None:
        """What needs the questions or the dataset waits, greyed out, until they are loaded."""
        waiting = [
            self.open_action,
            self.save_action,
            self.detect_action,
            self.import_inventory_action,
            self.import_results_action,
            self.restart_action,
            self.compare_action,
            self.results_action,
            self.scoring_action,
            self.about_action,
            *self.export_actions.values(),
        ]
        for action in waiting:
            action.setEnabled(on)
        self.recent_menu.setEnabled(on)

    # -- actions and menus --------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.open_answers)
        self.save_action = QAction(self, shortcut=QKeySequence.StandardKey.Save, triggered=self.save_answers)
        self.detect_action = QAction(self, triggered=self.detect_from_machine)
        self.import_inventory_action = QAction(self, triggered=self.import_inventory)
        self.import_results_action = QAction(self, triggered=self.import_results)
        self.restart_action = QAction(self, shortcut=QKeySequence("Ctrl+R"), triggered=self.start_over)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.compare_action = QAction(self, shortcut=QKeySequence("Ctrl+T"), triggered=self.show_comparison)
        self.results_action = QAction(
            self, shortcut=QKeySequence("Ctrl+Return"), triggered=lambda: self.wizard.show_results()
        )
        self.skip_action = QAction(self, checkable=True, checked=self.wizard.skip_settled)
        self.skip_action.toggled.connect(self._set_skip_settled)
        self.export_actions = {
            kind: QAction(self, triggered=lambda _=False, k=kind: self.export(k)) for kind in ExportKind
        }
        self.export_actions[ExportKind.PDF].setShortcut(QKeySequence("Ctrl+E"))
        self.paper_group = QActionGroup(self)
        self.paper_actions = {}
        for paper in ("auto", "a4", "letter"):
            action = QAction(self, checkable=True)
            action.setData(paper)
            action.setChecked(paper == self._paper())
            action.triggered.connect(lambda _=False, p=paper: self.settings.setValue("export/paper", p))
            self.paper_group.addAction(action)
            self.paper_actions[paper] = action
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True, checked=lang == self.translations.lang)
            action.triggered.connect(lambda _=False, chosen=lang: self.set_language(chosen))
            self.language_group.addAction(action)
            self.language_actions[lang] = action
        self.scoring_action = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents, triggered=self.show_scoring)
        self.about_action = QAction(self, triggered=self.show_about)
        self.about_qt_action = QAction(self, triggered=QApplication.aboutQt)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.save_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.detect_action)
        self.file_menu.addAction(self.import_inventory_action)
        self.file_menu.addAction(self.import_results_action)
        self.export_menu = QMenu(self)
        for action in self.export_actions.values():
            self.export_menu.addAction(action)
        self.export_menu.addSeparator()
        self.paper_menu = QMenu(self)
        for action in self.paper_actions.values():
            self.paper_menu.addAction(action)
        self.export_menu.addMenu(self.paper_menu)
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restart_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.results_action)
        self.view_menu.addAction(self.compare_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.skip_action)
        self.language_menu = QMenu(self)
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.view_menu.addMenu(self.language_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.scoring_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)
        self._fill_recent()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Runtime Advisor"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("&Open Answers…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.save_action.setText(self.tr("&Save Answers…"))
        self.detect_action.setText(self.tr("&Detect from This Machine"))
        self.import_inventory_action.setText(self.tr("&Import Cluster Inventory…"))
        self.import_results_action.setText(self.tr("Import Verification &Results…"))
        self.restart_action.setText(self.tr("Sta&rt Over"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.export_actions[ExportKind.PDF].setText(self.tr("&PDF Report…"))
        self.export_actions[ExportKind.MARKDOWN].setText(self.tr("&Markdown Decision Record…"))
        self.export_actions[ExportKind.JSON].setText(self.tr("&JSON…"))
        self.paper_menu.setTitle(self.tr("PDF Page &Size"))
        self.paper_actions["auto"].setText(self.tr("A&utomatic (from the locale)"))
        self.paper_actions["a4"].setText(self.tr("&A4"))
        self.paper_actions["letter"].setText(self.tr("US &Letter"))
        self.quit_action.setText(self.tr("&Quit"))
        self.results_action.setText(self.tr("Go to &Results"))
        self.compare_action.setText(self.tr("&Comparison Table"))
        self.skip_action.setText(self.tr("&Skip Questions That Cannot Change the Result"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.scoring_action.setText(self.tr("&How Is This Scored?"))
        self.about_action.setText(self.tr("&About Runtime Advisor"))
        self.notice.retranslate(self.tr("Dismiss"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.wizard.retranslate()
        if self.comparison is not None:
            self.comparison.retranslate()

    def _set_skip_settled(self, on: bool) -> None:
        self.wizard.skip_settled = on
        self.settings.setValue("wizard/skipSettled", on)

    # -- language ------------------------------------------------------------------------------

    def set_language(self, lang: Lang) -> None:
        """Switch every visible text at once: Qt's translators, the data texts, this window."""
        self.translations.apply(lang)
        self.settings.setValue(SETTING, lang)
        self.language_actions[lang].setChecked(True)
        if self.model is not None:
            self.model.set_language(lang)
        self.notice.hide()  # its sentence was written in the other language
        self.retranslate()
        self.warn_once_if_no_korean_font()

    def warn_once_if_no_korean_font(self) -> None:
        """Korean text (the seed table is Korean) needs a Korean-capable font; say so once."""
        if has_korean_font() or stored_bool(self.settings, "fonts/warnedNoKorean", False):
            return
        self.settings.setValue("fonts/warnedNoKorean", True)
        QMessageBox.information(
            self,
            self.tr("No Korean font"),
            self.tr(
                "No font with Korean characters was found, so Korean text shows as empty boxes. "
                "Install one (for example Noto Sans CJK: the fonts-noto-cjk package) and restart."
            ),
        )

    # -- undo ----------------------------------------------------------------------------------

    def _offer_undo_what_if(self, what_if: WhatIf, previous: str) -> None:
        questions = self.model.data.questions
        lang = self.model.lang
        workload = self.model.session.current
        text = " ".join(
            self.tr("{0} changed to {1}.").format(
                questions.get(question).label(lang), questions.get(question).choice(answer).text.get(lang)
            )
            for question, _, answer in what_if.changes
        )

        def undo() -> None:
            self.model.select_workload(workload)
            self.model.set_answer(what_if.question, previous)
            for question, before, _ in what_if.also:
                self.model.set_answer(question, before)
            self.notice.hide()

        self.notice.show_notice(text, [(self.tr("Und&o"), undo)])

    def _offer_undo_removal(self, before: AnswerSet) -> None:
        removed = next(i for i, w in enumerate(before.workloads) if w.name not in self.model.session.workload_names)

        def undo() -> None:
            self.model.replace_answers(before)
            self.model.select_workload(removed)  # back on the workload that came back
            self.notice.hide()

        self.notice.show_notice(self.tr("Workload removed."), [(self.tr("Und&o"), undo)])

    def start_from_preset(self, preset_id: str) -> None:
        """Fill in a preset's answers and ask the questions from the first, each showing the
        preset's choice; the answers before can come back."""
        preset = next(p for p in self.model.presets if p.id == preset_id)
        before = self.model.answer_set
        self.model.start_from(preset.answer_set)
        self.wizard.setStartId(self.model.session.first_index())
        self.wizard.restart()

        def undo() -> None:
            self.model.replace_answers(before)
            self.notice.hide()

        self.notice.show_notice(
            self.tr("Filled in the answers of “{0}”: check each question; any answer can be changed.").format(
                preset.title.get(self.model.lang)
            ),
            [(self.tr("Und&o"), undo)],
        )

    def start_over(self) -> None:
        """Back to the first question with the default answers; the old answers can come back."""
        before = self.model.answer_set
        page = self.wizard.currentId()
        self.wizard.start_over()

        def undo() -> None:
            self.model.replace_answers(before)
            if page == PageId.RESULTS:
                self.wizard.show_results()
            self.notice.hide()

        self.notice.show_notice(self.tr("Started over with the default answers."), [(self.tr("Und&o"), undo)])

    # -- closing -------------------------------------------------------------------------------

    def _on_page_changed(self, page_id: int) -> None:
        if page_id == PageId.RESULTS:
            self._results_seen = True

    def has_unsaved_result(self) -> bool:
        """A result was shown, and neither a report nor an answers file holds these answers."""
        return self.model is not None and self._results_seen and self._saved_answers != self.model.answer_set

    def ask_to_save_before_closing(self) -> bool:
        """Whether to go on closing: save the report first, close without it, or stay."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Save the report?"))
        box.setText(self.tr("This plan has not been saved. Save it as a report before closing?"))
        box.setInformativeText(self.tr("Your answers are kept for the next start either way."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        # Qt's own word for Discard reads "Ignore" in some languages: say what it does
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Close Without Saving"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_report()
        return answer == QMessageBox.StandardButton.Discard

    # -- views ---------------------------------------------------------------------------------

    def show_scoring(self) -> None:
        from gui.dialogs.scoring import ScoringDialog  # built on first use, not at start-up

        if self.scoring is None or self.scoring.lang != self.model.lang:  # built in the language shown
            self.scoring = ScoringDialog(self.model.data, self.model.lang, self)
            self.scoring.lang = self.model.lang
        fit_to_screen(self.scoring, 760, 620)
        self.scoring.show()
        self.scoring.raise_()
        self.scoring.activateWindow()

    def show_about(self) -> None:
        from gui.dialogs.about import show_about

        show_about(self, self.model.data.dataset)

    def show_comparison(self) -> None:
        if self.comparison is None:
            from gui.widgets.comparison import ComparisonDialog  # built on first use, not at start-up

            self.comparison = ComparisonDialog(self.model, self)
        fit_to_screen(self.comparison, 1100, 700)
        self.comparison.show()
        self.comparison.raise_()
        self.comparison.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.has_unsaved_result() and not self.ask_to_save_before_closing():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.model is not None:  # closed before the data was loaded: the kept answers stay as they were
            save_last_answers(self.settings, self.model.answer_set)
        self.settings.sync()
        super().closeEvent(event)
