"""The main window's file work: answers files opened, saved and remembered (recent files, the
last folder), the facts of this machine or of a cluster's inventory filled in with Undo, and
the report exported, never over a file the advice is made from.

A mixin of MainWindow (gui/window/main_window.py), which owns the wizard, the notice bar and
the settings these methods use; its own class name is the context of its translations.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from gui.assets import schema_dir
from gui.domain.problems import InputError, Problem, shown_safely
from gui.rendering.exporting import ExportKind, current_report, export_report, proposed_file_name
from gui.stored_settings import stored_text, stored_text_list
from gui.widgets.notice_bar import NoticeBar
from gui.widgets.text_label import escaped_if_rich

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from gui.domain.advice.answers import AnswerSet
    from gui.domain.report.model import Report
    from gui.session_model import SessionModel
    from gui.window.wizard import AdvisorWizard

    _Window = QMainWindow  # what the methods below may call on self
else:
    _Window = object

MAX_RECENT = 8


class FileActions(_Window):
    model: SessionModel
    settings: QSettings
    wizard: AdvisorWizard
    notice: NoticeBar
    recent_menu: QMenu
    _inventory_files: tuple[Path, ...]  # the last inventory imported: the report cites it
    _saved_answers: AnswerSet | None  # the answers of the last saved report or file

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

    def import_results(self) -> bool:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Results"),
            self._last_folder(),
            self.tr("verify.sh --json or benchmark.sh output (*.json);;All files (*)"),
        )
        return self.import_result_files([Path(n) for n in names]) if names else False

    def import_result_files(self, paths: list[Path]) -> bool:
        """Read what verify.sh --json and benchmark.sh printed; the report says what they show
        against the plan (and warns first where they contradict it). The answers do not change."""
        from gui.assets import schema_dir
        from gui.domain.proof.evidence import read_records

        try:
            evidence, measurements = read_records(paths, schema_dir())
        except InputError as error:
            self._show_problems(
                self.tr("Cannot import the results"), self.tr("Nothing was imported. Problems found:"), error
            )
            return False
        session = self.model.session
        before = (session.evidence, session.measurements)
        session.evidence += evidence
        session.measurements += measurements
        self.model.changed.emit()
        self.wizard.show_results()

        def undo() -> None:
            session.evidence, session.measurements = before
            self.model.changed.emit()
            self.notice.hide()

        count = len(evidence) + len(measurements)
        text = self.tr("Imported {0} record(s) from {1}: the report says what they show against this plan.")
        self.notice.show_notice(text.format(count, ", ".join(p.name for p in paths)), [(self.tr("Und&o"), undo)])
        return True

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
            from gui.domain.advice.answers import load_answer_set

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
        from gui.domain.advice.answers import answers_to_yaml

        text = answers_to_yaml(self.model.answer_set, self.model.data.questions)
        try:
            self._refuse_data_file(path)
            from gui.domain.files import write_atomically

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
        from gui.domain.files import input_at

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
