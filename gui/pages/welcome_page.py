"""The first page: what the app does, what it asks, what it stands on, and whether to go on
with the answers of the last session or start afresh."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QRadioButton, QVBoxLayout, QWizardPage

from gui.session_model import SessionModel
from gui.theme import secondary
from gui.widgets.text_label import TextLabel


class WelcomePage(QWizardPage):
    openAnswersRequested = Signal()
    detectRequested = Signal()
    importInventoryRequested = Signal()

    def __init__(self, model: SessionModel, has_last_answers: bool) -> None:
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
        for widget in (self.intro, self.questions_line, self.data_line):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.resume)
        layout.addWidget(self.fresh)
        layout.addSpacing(12)
        for button in (self.open_button, self.detect_button, self.inventory_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.resume.setVisible(has_last_answers)
        self.fresh.setVisible(has_last_answers)
        (self.resume if has_last_answers else self.fresh).setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        data = self.model.data
        questions = data.questions.questions
        cluster = sum(1 for q in questions if q.scope == "cluster")
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

    def resuming(self) -> bool:
        return self.has_last_answers and self.resume.isChecked()
