"""The main window: the wizard, its menus, answers files, and what is remembered between runs.

It also owns the notices that answer an action ("Saved … Open · Show in Folder", "… Undo"), so
they show on whichever page the action leaves you, and it asks before closing over a result
that was never saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gui.assets import schema_dir
from gui.domain.advice.answers import answers_to_yaml, load_answer_set
from gui.domain.files import input_at, write_atomically
from gui.domain.model import Lang
from gui.domain.problems import InputError, Problem, shown_safely
from gui.exporting import ExportKind, current_report, export_report, proposed_file_name
from gui.i18n import LANGUAGE_NAMES, SETTING, Translations, has_korean_font
from gui.last_answers import save_last_answers
from gui.session_model import SessionModel
from gui.stored_settings import stored_bool, stored_bytes, stored_text, stored_text_list
from gui.widgets.notice_bar import NoticeBar
from gui.widgets.text_label import escaped_if_rich
from gui.wizard import AdvisorWizard, PageId

if TYPE_CHECKING:
    from gui.dialogs.scoring import ScoringDialog
    from gui.domain.advice.answers import AnswerSet
    from gui.domain.advice.engine import WhatIf
    from gui.domain.report.model import Report
    from gui.widgets.comparison import ComparisonDialog

log = logging.getLogger(__name__)
MAX_RECENT = 8
MINIMUM_SIZE = QSize(960, 560)  # every page stays readable down to this (tests check 1024x600)
CONTENT_WIDTH = 1360  # wider windows centre the content: lines stay short enough to read


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """The size a dialog opens at, no larger than the screen it opens on (a 1024x600 laptop)."""
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(width, int(screen.width() * 0.95)), min(height, int(screen.height() * 0.9)))


class MainWindow(QMainWindow):
    def __init__(
        self,
        model: SessionModel,
        settings: QSettings,
        translations: Translations | None = None,
        parent: QWidget | None = None,
        has_last_answers: bool = False,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.settings = settings
        self.translations = translations or Translations()
        self.comparison: ComparisonDialog | None = None
        self.setObjectName("mainWindow")
        self.scoring: ScoringDialog | None = None
        self._results_seen = False
        self._saved_answers: AnswerSet | None = None  # the answers of the last saved report or file
        self.wizard = AdvisorWizard(model, has_last_answers)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)  # a page of this window, not a dialog
        self.wizard.setMaximumWidth(CONTENT_WIDTH)
        self.wizard.openAnswersRequested.connect(self.open_answers)
        self.wizard.detectRequested.connect(self.detect_from_machine)
        self.wizard.importInventoryRequested.connect(self.import_inventory)
        self.wizard.currentIdChanged.connect(self._on_page_changed)
        self.wizard.startOverRequested.connect(self.start_over)
        results = self.wizard.results_page
        results.compareRequested.connect(self.show_comparison)
        results.scoringRequested.connect(self.show_scoring)
        results.saveReportRequested.connect(self.save_report)
        results.whatIfTaken.connect(self._offer_undo_what_if)
        results.workloadRemoved.connect(self._offer_undo_removal)
        self._inventory_files: tuple[Path, ...] = ()  # the last inventory imported: the report cites it
        results.protect(self.input_files())  # the page stays unbuilt
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
        self.retranslate()
        if not self.restoreGeometry(stored_bytes(settings, "window/geometry")):
            self.resize(1000, 700)

    # -- actions and menus --------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.open_answers)
        self.save_action = QAction(self, shortcut=QKeySequence.StandardKey.Save, triggered=self.save_answers)
        self.detect_action = QAction(self, triggered=self.detect_from_machine)
        self.import_inventory_action = QAction(self, triggered=self.import_inventory)
        self.restart_action = QAction(self, shortcut=QKeySequence("Ctrl+R"), triggered=self.start_over)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.compare_action = QAction(self, shortcut=QKeySequence("Ctrl+T"), triggered=self.show_comparison)
        self.results_action = QAction(self, shortcut=QKeySequence("Ctrl+Return"), triggered=self.wizard.show_results)
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
            action = QAction(name, self, checkable=True, checked=lang == self.model.lang)
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

    # -- answers files ------------------------------------------------------------------------

    def _paper(self) -> str:
        return stored_text(self.settings, "export/paper", "auto", allowed=("auto", "a4", "letter"))

    def _last_folder(self) -> str:
        return stored_text(self.settings, "files/lastFolder", str(Path.home()))

    def _remember(self, path: Path) -> None:
        self.settings.setValue("files/lastFolder", str(path.parent))
        recent = [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("files/recent", [str(path), *recent][:MAX_RECENT])
        self._fill_recent()

    def recent_files(self) -> list[str]:
        return stored_text_list(self.settings, "files/recent", MAX_RECENT)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(self.recent_files(), start=1):
            action = self.recent_menu.addAction(f"&{number} {path}")
            action.triggered.connect(lambda _=False, p=path: self.open_answers_file(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def open_answers(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Answers"), self._last_folder(), self.tr("Answers files (*.yaml *.yml);;All files (*)")
        )
        if name:
            self.open_answers_file(Path(name))

    # -- facts: this machine, a cluster's inventory ----------------------------------------------

    def detect_from_machine(self) -> bool:
        """Fill the cluster answers this machine settles (read-only, offline), with Undo."""
        from gui.domain.detect.machine import detect_machine

        facts = detect_machine()
        if not facts.supported:
            QMessageBox.information(
                self,
                self.tr("Detect from This Machine"),
                self.tr("Detection reads Linux system files; on this system, please answer the questions yourself."),
            )
            return False
        from gui.domain.detect.inventory_plan import overridden_lines

        found = tuple(shown_safely(f"{f.what} [{f.evidence}]") for f in facts.findings)  # the machine's texts

        def lines(kept: dict[str, tuple[str, str]]) -> tuple[str, ...]:
            return found + tuple(overridden_lines(kept, self.model.data, self.model.lang))

        return self._apply_findings(facts.suggested_answers(), None, lines, self.tr("this machine"))

    def import_inventory(self) -> bool:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Cluster Inventory"),
            self._last_folder(),
            self.tr("kubectl JSON (*.json);;All files (*)"),
        )
        return self.import_inventory_files([Path(n) for n in names]) if names else False

    def import_inventory_files(self, paths: list[Path]) -> bool:
        """Fill the cluster answers the inventory settles; its findings go into the report."""
        import datetime as _dt

        from gui.domain.detect.inventory import read_inventory
        from gui.domain.detect.inventory_plan import detected_lines

        try:
            inventory = read_inventory(paths)
        except InputError as error:
            self._show_problems(
                self.tr("Cannot import the inventory"), self.tr("The answers were not changed. Problems found:"), error
            )
            return False

        def lines(kept: dict[str, tuple[str, str]]) -> tuple[str, ...]:
            return tuple(detected_lines(inventory, self.model.data, self.model.lang, kept, _dt.date.today()))

        self._inventory_files = tuple(paths)
        self.wizard.results_page.protect(self.input_files())
        source = ", ".join(p.name for p in paths)
        return self._apply_findings(inventory.suggested_answers(), inventory.platform, lines, source)

    def _apply_findings(
        self,
        suggested: dict[str, str],
        detected_platform: str | None,
        lines: Callable[[dict[str, tuple[str, str]]], tuple[str, ...]],
        source: str,
    ) -> bool:
        """Fill the cluster answers not answered yet; an answer given stays, and the report says
        what was detected against it."""
        from gui.domain.detect.inventory_plan import apply_suggestions

        before = self.model.answer_set
        session = self.model.session
        given = {q for q in suggested if session.is_confirmed(q)}
        after, kept = apply_suggestions(before, suggested, detected_platform, given)
        suggested = {q: c for q, c in suggested.items() if q not in given and after.cluster.get(q) == c}
        found = lines(kept)
        self.model.replace_answers(after)
        self.model.session.detected = found
        self.model.session.detected_answers = {q: (c, source) for q, c in suggested.items()}
        self.model.changed.emit()  # the report's detected lines and the steps' marks changed too
        self.wizard.restart()
        self.wizard.show_results()
        questions = self.model.data.questions
        filled = "; ".join(
            f"{questions.get(q).title.get(self.model.lang)} {questions.get(q).choice(c).text.get(self.model.lang)}"
            for q, c in suggested.items()
        )

        def undo() -> None:
            self.model.replace_answers(before)
            self.notice.hide()

        text = (
            self.tr("Detected from {0}: {1}. Each answer can be changed; the report lists what was found.").format(
                source, filled
            )
            if filled
            else self.tr("Nothing in {0} settles an answer; the report lists what was found.").format(source)
        )
        self.notice.show_notice(text, [(self.tr("Und&o"), undo)])
        return True

    def open_answers_file(self, path: Path) -> bool:
        """Load answers; on any problem, say what and where, and keep the current answers."""
        try:
            if path.exists() and not path.is_file():
                # a FIFO or device would block the window until someone writes to it
                raise InputError([Problem(str(path), 0, 0, "is not a regular file; choose an answers file (.yaml)")])
            answers = load_answer_set(path, self.model.data.questions, schema_dir() / "answers.schema.json")
        except InputError as error:
            self._show_problems(
                self.tr("Cannot open the answers"), self.tr("The answers were not changed. Problems found:"), error
            )
            return False
        before = self.model.answer_set
        self.model.replace_answers(answers)
        self._remember(path)
        self.wizard.restart()
        self.wizard.show_results()
        # the file replaced every answer (and workload) on screen: that can be taken back

        def undo() -> None:
            self.model.replace_answers(before)
            self.notice.hide()

        self.notice.show_notice(self.tr("Opened {0}.").format(path.name), [(self.tr("Und&o"), undo)])
        return True

    def save_answers(self) -> None:
        proposed = str(Path(self._last_folder()) / "runtime-answers.yaml")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Answers"), proposed, self.tr("Answers files (*.yaml *.yml)")
        )
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".yaml", ".yml"):
                path = path.with_suffix(".yaml")
            self.save_answers_file(path)

    def save_answers_file(self, path: Path) -> bool:
        text = answers_to_yaml(self.model.answer_set, self.model.data.questions)
        try:
            self._refuse_data_file(path)
            write_atomically(path, text.encode("utf-8"))
        except InputError as error:
            self._show_problems(self.tr("Cannot save the answers"), "", error)
            return False
        self._remember(path)
        self._saved_answers = self.model.answer_set
        return True

    # -- export --------------------------------------------------------------------------------

    def export(self, kind: ExportKind) -> None:
        report = current_report(self.model.session)
        folder = Path(stored_text(self.settings, "export/lastFolder", self._last_folder()))
        filters = {
            ExportKind.PDF: self.tr("PDF documents (*.pdf)"),
            ExportKind.MARKDOWN: self.tr("Markdown (*.md)"),
            ExportKind.JSON: self.tr("JSON (*.json)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(folder / proposed_file_name(report, kind)), filters[kind]
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{kind.value}":
            path = path.with_name(path.name + f".{kind.value}")
        self.export_to(report, kind, path)

    def input_files(self) -> tuple[Path, ...]:
        """What the plan is made from: the data files and the inventory imported. A report or the
        plan's files written over one would change the next start's advice, or lose the cluster's
        listing the report cites (the command line refuses both too)."""
        from gui.domain.data.loading import DATA_FILES

        return (*(Path(self.model.data.origin) / name for name in DATA_FILES), *self._inventory_files)

    def _refuse_data_file(self, path: Path) -> None:
        if (source := input_at(path, self.input_files())) is not None:
            what = "an inventory file" if source in self._inventory_files else "one of the data files"
            raise InputError([Problem(str(path), 0, 0, f"is {what} the advice is made from; nothing was written")])

    def _show_problems(self, title: str, intro: str, error: InputError) -> None:
        """Every problem as FILE:LINE:COLUMN, under a sentence saying what was (not) done."""
        problems = "\n".join(str(p) for p in error.problems)
        QMessageBox.warning(self, title, escaped_if_rich(f"{intro}\n\n{problems}" if intro else problems))

    def export_to(self, report: Report, kind: ExportKind, path: Path) -> bool:
        try:
            self._refuse_data_file(path)
            export_report(report, kind, path, self._paper())
        except InputError as error:
            self._show_problems(
                self.tr("Export failed"), self.tr("Nothing was written; any existing file is unchanged."), error
            )
            return False
        self.settings.setValue("export/lastFolder", str(path.parent))
        self._saved_answers = self.model.answer_set
        self.notice.show_notice(
            self.tr("Saved {0}").format(path),
            [
                (self.tr("&Open"), lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))),
                (self.tr("Sho&w in Folder"), lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))),
            ],
        )
        return True

    def save_report(self) -> bool:
        """The results page's Save Report…: one dialog for the three formats (by filter or suffix)."""
        report = current_report(self.model.session)
        folder = Path(stored_text(self.settings, "export/lastFolder", self._last_folder()))
        filters = {
            self.tr("PDF documents (*.pdf)"): ExportKind.PDF,
            self.tr("Markdown decision record (*.md)"): ExportKind.MARKDOWN,
            self.tr("JSON (*.json)"): ExportKind.JSON,
        }
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Report"),
            str(folder / proposed_file_name(report, ExportKind.PDF)),
            ";;".join(filters),
        )
        if not name:
            return False
        path = Path(name)
        by_suffix = {f".{kind.value}": kind for kind in ExportKind}
        kind = by_suffix.get(path.suffix.lower()) or filters.get(chosen, ExportKind.PDF)
        if path.suffix.lower() != f".{kind.value}":
            path = path.with_name(path.name + f".{kind.value}")
        return self.export_to(report, kind, path)

    # -- undo ----------------------------------------------------------------------------------

    def _offer_undo_what_if(self, what_if: WhatIf, previous: str) -> None:
        question = self.model.data.questions.get(what_if.question)
        lang = self.model.lang
        workload = self.model.session.current
        answer = question.choice(what_if.answer).text.get(lang)
        text = self.tr("{0} changed to {1}.").format(question.label(lang), answer)

        def undo() -> None:
            self.model.select_workload(workload)
            self.model.set_answer(what_if.question, previous)
            self.notice.hide()

        self.notice.show_notice(text, [(self.tr("Und&o"), undo)])

    def _offer_undo_removal(self, before: AnswerSet) -> None:
        removed = next(i for i, w in enumerate(before.workloads) if w.name not in self.model.session.workload_names)

        def undo() -> None:
            self.model.replace_answers(before)
            self.model.select_workload(removed)  # back on the workload that came back
            self.notice.hide()

        self.notice.show_notice(self.tr("Workload removed."), [(self.tr("Und&o"), undo)])

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
        return self._results_seen and self._saved_answers != self.model.answer_set

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
        save_last_answers(self.settings, self.model.answer_set)
        self.settings.sync()
        super().closeEvent(event)
