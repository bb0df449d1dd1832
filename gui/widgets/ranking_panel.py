"""The wizard's side panel: the steps (each question by name, marked done, current or not yet,
and a way to jump to it) and the live ranking drawn as bars."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gui.session_model import SessionModel
from gui.theme import secondary_text
from gui.widgets.text_label import TextLabel, escaped_if_rich

PAGE_ROLE = Qt.ItemDataRole.UserRole  # the wizard page a step shows
SHARE_ROLE = Qt.ItemDataRole.UserRole + 1  # a ranking row's bar, 0..1 of the width (None: no bar)
RESULTS_PAGE = 1000  # gui.window.wizard.PageId.RESULTS, without importing the wizard
SCALE = (-5.0, 7.0)  # the bars' scale in points; scores outside it widen it


class ScoreBars(QStyledItemDelegate):
    """A bar behind each ranking row, as long as the runtime's lead over the lowest score."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        share = index.data(SHARE_ROLE)
        if share is not None:
            colour = QColor(option.palette.color(option.palette.ColorRole.Highlight))  # type: ignore[attr-defined]
            colour.setAlphaF(0.28)
            rect: QRect = option.rect  # type: ignore[attr-defined]
            width = max(3, int((rect.width() - 4) * float(share)))
            painter.fillRect(QRect(rect.left() + 2, rect.top() + 2, width, rect.height() - 4), colour)
        super().paint(painter, option, index)


class StepList(QListWidget):
    """The steps, as a control: Enter on a step goes there, and only there (a list view passes
    Enter on to the dialog, whose default button would then also go forward)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self.itemActivated.emit(item)
            event.accept()
            return
        super().keyPressEvent(event)


class RankingPanel(QWidget):
    stepChosen = Signal(int)  # a wizard page id

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.current_page = -1
        self.setObjectName("rankingPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        self.steps_title = TextLabel()
        self.steps = StepList(objectName="steps")
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.itemActivated.connect(self._on_step)  # Enter, or a double click
        self.steps.itemClicked.connect(self._on_step)
        self.steps_title.setBuddy(self.steps)
        self.top_title = TextLabel()
        self.top_pick = TextLabel(objectName="topPick", wordWrap=True)
        font = QFont(self.top_pick.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.top_pick.setFont(font)
        self.ranking = QListWidget(objectName="ranking")
        self.ranking.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a display: its text is in the results too
        self.ranking.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.ranking.setWordWrap(True)
        self.ranking.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ranking.setItemDelegate(ScoreBars(self.ranking))

        for widget in (self.steps_title, self.steps, self.top_title, self.top_pick, self.ranking):
            layout.addWidget(widget)
        layout.setStretch(1, 3)
        layout.setStretch(4, 2)
        self.setMinimumWidth(250)
        self.setMaximumWidth(340)
        model.changed.connect(self.refresh)
        model.progressChanged.connect(self.refresh)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        # colours in the generated text come from the palette: follow a light/dark switch
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.steps_title.setText(self.tr("S&teps"))
        self.steps.setAccessibleName(self.tr("Steps: the questions and your answers"))
        self.ranking.setAccessibleName(self.tr("Live ranking"))
        self.refresh()

    def set_current(self, page_id: int) -> None:
        """The wizard page on screen (a question index, or the welcome or results page)."""
        self.current_page = page_id
        self.refresh()

    def _on_step(self, item: QListWidgetItem) -> None:
        page = item.data(PAGE_ROLE)
        if page is not None and page != self.current_page:
            self.stepChosen.emit(int(page))

    def _step(self, text: str, state: str, page: int | None) -> QListWidgetItem:
        marks = {"done": "✓", "current": "▶", "todo": "○", "heading": ""}
        item = QListWidgetItem(f"{marks[state]} {text}".strip())
        spoken = {
            "done": self.tr("answered"),
            "current": self.tr("current step"),
            "todo": self.tr("not answered yet"),
            "heading": "",
        }[state]
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}, {spoken}" if spoken else text)
        if page is None:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            item.setData(PAGE_ROLE, page)
        if state == "current":
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        if state in ("todo", "heading"):
            item.setForeground(secondary_text(self.palette()))
        return item

    def refresh(self) -> None:
        lang = self.model.lang
        data = self.model.data
        session = self.model.session
        answers = self.model.answers
        self.steps.clear()
        several = len(session.workload_names) > 1
        current_item = None

        def add(index: int) -> None:
            nonlocal current_item
            question = data.questions.questions[index]
            name = question.label(lang)
            if index == self.current_page:
                state = "current"
            elif session.is_confirmed(question.id):
                state = "done"
            else:
                state = "todo"
            text = f"{name}: {question.choice(answers[question.id]).text.get(lang)}" if state != "todo" else name
            tip = question.title.get(lang)
            source = session.detected_answers.get(question.id)
            if source is not None and source[0] == answers[question.id]:
                # still the answer detection or an inventory gave: say so, and from where
                text += " " + self.tr("(detected)")
                tip += "\n" + self.tr("Detected from {0}; choose another answer to change it.").format(source[1])
            item = self._step(text, state, index)
            item.setToolTip(escaped_if_rich(tip))
            self.steps.addItem(item)
            if state == "current":
                current_item = item

        indexes = range(len(data.questions.questions))
        if not several:
            for index in indexes:
                add(index)
        else:
            # a cluster: the questions asked once, then the workload's own, each under a heading
            self.steps.addItem(self._step(self.tr("The whole cluster"), "heading", None))
            for index in indexes:
                if data.questions.questions[index].scope == "cluster":
                    add(index)
            self.steps.addItem(self._step(self.tr("Workload {0}").format(session.current_name), "heading", None))
            for index in indexes:
                if data.questions.questions[index].scope == "workload":
                    add(index)
        on_results = self.current_page == RESULTS_PAGE
        plan_item = self._step(self.tr("The plan"), "current" if on_results else "todo", RESULTS_PAGE)
        self.steps.addItem(plan_item)
        self.steps.scrollToItem(plan_item if on_results else current_item or self.steps.item(0))

        result = self.model.result
        # before any answer there is no pick to show, only the defaults' one
        answered = any(session.is_confirmed(q.id) for q in data.questions)
        for widget in (self.top_pick, self.ranking):
            widget.setVisible(answered)
        self.top_title.setText(
            self.tr("Top pick so far") if answered else self.tr("The ranking appears with your first answer.")
        )
        self.top_title.setWordWrap(True)
        pick = result.recommendation
        name = data.dataset.runtime(pick).name if pick else self.tr("Nothing fits yet")
        if pick and result.tied_with_top:
            names = [data.dataset.runtime(r).name for r in (pick, *result.tied_with_top)]
            name = self.tr("A tie: {0}").format(" / ".join(names))
        self.top_pick.setText(name)
        self.top_pick.setAccessibleName(f"{self.top_title.text()}: {name}")
        self.ranking.clear()
        scored = [e.score for e in result.ranking if not e.excluded]
        # one scale for every answer, wide enough that half a point looks like half a point
        low = min([*scored, SCALE[0]])
        high = max([*scored, SCALE[1]])
        for entry in result.ranking:
            runtime = data.dataset.runtime(entry.runtime).name
            status = self.tr("excluded") if entry.excluded else f"{entry.score:+.1f}"
            item = QListWidgetItem(f"{runtime}  {status}")
            if entry.excluded:
                item.setForeground(secondary_text(self.palette()))
                item.setToolTip(escaped_if_rich("; ".join(r.text.get(lang) for r in entry.exclusions)))
            else:
                # a bar for every runtime still in the running; the lowest keeps a sliver
                item.setData(SHARE_ROLE, 0.03 + 0.97 * (entry.score - low) / (high - low))
            self.ranking.addItem(item)
