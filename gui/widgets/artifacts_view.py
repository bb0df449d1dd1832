"""The "Set it up" view: the plan's files, each shown as code with a Copy button, and "Save All…"
to write them into a folder (the same writer as `recommend --artifacts DIR`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.domain.problems import InputError
from gui.widgets.text_label import TextLabel, escaped_if_rich

if TYPE_CHECKING:
    from gui.domain.artifacts.artifact import Artifact

log = logging.getLogger(__name__)


class ArtifactsView(QWidget):
    # the files the plan was made from (the data files), which Save All must never replace;
    # the window sets it
    protected: tuple[Path, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("artifactsView")
        self.artifacts: tuple[Artifact, ...] = ()
        self.last_folder = str(Path.home())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = TextLabel(wordWrap=True, objectName="artifactsIntro")
        layout.addWidget(self.intro)
        splitter = QSplitter()
        self.files = QListWidget(objectName="artifactFiles")
        self.files.currentRowChanged.connect(self._show)
        splitter.addWidget(self.files)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.about = TextLabel(wordWrap=True, objectName="artifactAbout")
        self.code = QPlainTextEdit(objectName="artifactText")
        self.code.setReadOnly(True)
        # code reads as code: a fixed-width font, and long lines scroll instead of breaking mid-token
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        right_layout.addWidget(self.about)
        right_layout.addWidget(self.code, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        # the list as wide as a long file name; the code gets the rest
        splitter.setSizes([self.fontMetrics().horizontalAdvance("x" * 26), 10_000])
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long names keep both ends
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(objectName="copyArtifact")
        self.copy_button.clicked.connect(self.copy_current)
        self.save_button = QPushButton(objectName="saveArtifacts")
        self.save_button.clicked.connect(self.ask_and_save)
        self.copied = TextLabel(objectName="copied")
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copied)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("The files that set this plan up: review each before applying it, or save them all to a folder.")
        )
        self.copy_button.setText(self.tr("Cop&y"))
        self.copy_button.setToolTip(self.tr("Copy this file's text to the clipboard"))
        self.save_button.setText(self.tr("Save A&ll…"))
        self.files.setAccessibleName(self.tr("Files"))
        self.code.setAccessibleName(self.tr("File text"))

    def set_artifacts(self, artifacts: Sequence[Artifact]) -> None:
        current = self.files.currentItem().text() if self.files.currentItem() else None
        self.artifacts = tuple(artifacts)
        self.files.blockSignals(True)
        self.files.clear()
        for artifact in self.artifacts:
            self.files.addItem(artifact.filename)
        self.files.blockSignals(False)
        names = [a.filename for a in self.artifacts]
        self.files.setCurrentRow(names.index(current) if current in names else (0 if names else -1))
        self._show(self.files.currentRow())
        self.copy_button.setEnabled(bool(self.artifacts))
        self.save_button.setEnabled(bool(self.artifacts))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.artifacts):
            self.about.clear()
            self.code.clear()
            return
        artifact = self.artifacts[row]
        self.about.setText(" · ".join(p for p in (artifact.kind, artifact.applies_to, artifact.note) if p))
        self.about.setToolTip(escaped_if_rich(artifact.source))
        self.code.setPlainText(artifact.text)

    def copy_current(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.artifacts):
            QGuiApplication.clipboard().setText(self.artifacts[row].text)
            self.copied.setText(self.tr("Copied {0} to the clipboard.").format(self.artifacts[row].filename))
            QTimer.singleShot(4000, self.copied.clear)

    def ask_and_save(self) -> bool:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save All Files To"), self.last_folder)
        if not folder:
            return False
        return self.save_to(Path(folder))

    def save_to(self, folder: Path) -> bool:
        """Write every file; when some exist with other content, ask before replacing them."""
        from gui.domain.artifacts.writing import write_artifacts

        try:
            written = write_artifacts(self.artifacts, folder, protected=self.protected)
        except InputError as error:
            if not all("exists with other content" in p.message for p in error.problems):
                self._failed(error)
                return False
            answer = QMessageBox.question(
                self,
                self.tr("Replace files?"),
                self.tr("These files exist with other content:")
                + "\n\n"
                + "\n".join(p.file for p in error.problems)
                + "\n\n"
                + self.tr("Replace them?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                written = write_artifacts(self.artifacts, folder, force=True, protected=self.protected)
            except InputError as again:
                self._failed(again)
                return False
        self.last_folder = str(folder)
        log.info("saved %d files to %s", len(written), folder)
        QMessageBox.information(
            self,
            self.tr("Saved"),
            self.tr("{0} files in {1}").format(len(written), folder),
        )
        return True

    def _failed(self, error: InputError) -> None:
        QMessageBox.warning(
            self,
            self.tr("Cannot save the files"),
            escaped_if_rich(self.tr("Nothing was replaced.") + "\n\n" + "\n".join(str(p) for p in error.problems)),
        )
