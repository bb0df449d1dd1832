"""The first page: what the app does, what it asks, what it stands on, and whether to go on
with the answers of the last session, start afresh, or start from a common situation (a preset
of presets.yaml, whose answers the questions then show, each still to be confirmed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QRadioButton, QVBoxLayout, QWizardPage

from gui.theme import secondary
from gui.widgets.text_label import TextLabel

if TYPE_CHECKING:
    from gui.session_model import SessionModel


class WelcomePage(QWizardPage):
    openAnswersRequested = Signal()
    detectRequested = Signal()
    importInventoryRequested = Signal()
    presetRequested = Signal(str)  # a preset's id

    def __init__(self, model: SessionModel | None, has_last_answers: bool) -> None:
        """`model` None: the page as the window first shows it, before the data is loaded (the
        buttons that need the questions wait, and a line says so); attach() completes it."""
        super().__init__()
        self.model = model
        self.has_last_answers = has_last_answers
        layout = QVBoxLayout(self)
        self.intro = TextLabel(wordWrap=True, objectName="welcomeIntro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.questions_line = TextLabel(wordWrap=True, objectName="welcomeQuestions")
        self.data_line = secondary(TextLabel(wordWrap=True, objectName="welcomeData"))
        self.resume = QRadioButton(objectName="resume")
        self.fresh = QRadioButton(objectName="startFresh")
        self.open_button = QPushButton(objectName="openAnswers")
        self.open_button.setAutoDefault(False)  # Enter still means Next here
        self.open_button.clicked.connect(self.openAnswersRequested)
        self.detect_button = QPushButton(objectName="detectMachine")
        self.detect_button.setAutoDefault(False)
        self.detect_button.clicked.connect(self.detectRequested)
        self.inventory_button = QPushButton(objectName="importInventory")
        self.inventory_button.setAutoDefault(False)
        self.inventory_button.clicked.connect(self.importInventoryRequested)
        self.preset_heading = TextLabel(wordWrap=True, objectName="presetHeading")
        self.preset_box = QComboBox(objectName="presets")
        self.preset_button = QPushButton(objectName="usePreset")
        self.preset_button.setAutoDefault(False)
        self.preset_button.clicked.connect(self._use_preset)
        self.preset_summary = secondary(TextLabel(wordWrap=True, objectName="presetSummary"))
        self.preset_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.preset_box.currentIndexChanged.connect(self._show_summary)
        self.preset_heading.setBuddy(self.preset_box)
        for widget in (self.intro, self.questions_line, self.data_line):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.resume)
        layout.addWidget(self.fresh)
        layout.addSpacing(12)
        layout.addWidget(self.preset_heading)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset_box, 1)
        preset_row.addWidget(self.preset_button)
        layout.addLayout(preset_row)
        layout.addWidget(self.preset_summary)
        layout.addSpacing(12)
        for button in (self.open_button, self.detect_button, self.inventory_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._show_last_answers()
        self.retranslate()
        self.show_presets()

    def _show_last_answers(self) -> None:
        self.resume.setVisible(self.has_last_answers)
        self.fresh.setVisible(self.has_last_answers)
        (self.resume if self.has_last_answers else self.fresh).setChecked(True)
        for button in (self.open_button, self.detect_button, self.inventory_button):
            button.setEnabled(self.model is not None)

    def attach(self, model: SessionModel, has_last_answers: bool) -> None:
        """The data is loaded: the page says what it holds and every button works."""
        self.model = model
        self.has_last_answers = has_last_answers
        self._show_last_answers()
        self.retranslate()
        self.show_presets()
        self.completeChanged.emit()  # the wizard re-reads where Next leads

    def show_presets(self) -> None:
        """The preset box as the model's presets stand: hidden without any (a data folder without
        presets.yaml, or before they are read: the app reads them after the first paint), shown
        but disabled with the reason when presets.yaml is bad."""
        model = self.model
        has_presets = model is not None and (bool(model.presets) or model.presets_problem is not None)
        for widget in (self.preset_heading, self.preset_box, self.preset_button, self.preset_summary):
            widget.setVisible(has_presets)
        self.preset_box.setEnabled(model is not None and bool(model.presets))
        self.preset_button.setEnabled(model is not None and bool(model.presets))
        self._fill_presets()

    def _use_preset(self) -> None:
        index = self.preset_box.currentIndex()
        if self.model is not None and 0 <= index < len(self.model.presets):
            self.presetRequested.emit(self.model.presets[index].id)

    def _show_summary(self) -> None:
        index = self.preset_box.currentIndex()
        if self.model is None:
            text = ""
        elif self.model.presets_problem is not None:
            text = self.tr("The presets could not be read: {0}").format(self.model.presets_problem)
        elif 0 <= index < len(self.model.presets):
            text = self.model.presets[index].summary.get(self.model.lang)
        else:
            text = ""
        self.preset_summary.setText(text)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a container runtime"))
        self.setSubTitle(
            self.tr("A plan for your platform: the node runtime, and a sandbox per workload where it needs one")
        )
        self.intro.setText(
            self.tr(
                "Answer a few questions about your platform and your workloads. The advice names the node "
                "runtime, the sandbox each workload needs (gVisor or Kata Containers) with its RuntimeClass, "
                "the files that set it up, why, and which answer would change it. Nothing leaves this computer."
            )
        )
        if self.model is None:
            self.questions_line.setText(self.tr("Loading the questions and the dataset…"))
            self.data_line.setText("")
        else:
            data = self.model.data
            questions = data.questions.questions
            cluster = sum(1 for q in questions if q.scope == "cluster")
            self.questions_line.setText(
                self.tr(
                    "{0} questions: {1} about the platform, asked once, and {2} about each workload; add more "
                    "workloads on the results page. Every question has a default you can keep."
                ).format(len(questions), cluster, len(questions) - cluster)
            )
            self.data_line.setText(
                self.tr("The advice stands on {0}, checked against its sources as of {1} ({2} sources).").format(
                    data.dataset.title.get(self.model.lang), data.dataset.as_of, len(data.dataset.sources)
                )
            )
        self.resume.setText(self.tr("&Continue with the answers of your last session"))
        self.fresh.setText(self.tr("&Start fresh with the default answers"))
        self.open_button.setText(self.tr("&Open an Answers File…"))
        self.detect_button.setText(self.tr("&Detect from This Machine"))
        self.detect_button.setToolTip(
            self.tr("Read this machine's virtualization, runtimes and configuration (read-only, offline)")
        )
        self.inventory_button.setText(self.tr("&Import Cluster Inventory…"))
        self.inventory_button.setToolTip(
            self.tr("Files saved with kubectl get nodes/runtimeclass/version -o json; kubectl is never run")
        )
        self.preset_heading.setText(self.tr("Or start from a common situation (&preset):"))
        self.preset_button.setText(self.tr("St&art from It"))
        self.preset_button.setToolTip(
            self.tr("Fill in its answers; every question is then asked as usual, and any answer can be changed")
        )
        self._fill_presets()

    def _fill_presets(self) -> None:
        if self.model is None:
            return
        current = self.preset_box.currentIndex()
        self.preset_box.blockSignals(True)
        self.preset_box.clear()
        self.preset_box.addItems([p.title.get(self.model.lang) for p in self.model.presets])
        self.preset_box.setCurrentIndex(max(current, 0) if self.model.presets else -1)
        self.preset_box.blockSignals(False)
        self._show_summary()

    def resuming(self) -> bool:
        return self.has_last_answers and self.resume.isChecked()
