"""The plan as a picture of the stack: one box per workload (what it runs in: the OCI runtime
directly, or a sandbox with its RuntimeClass), all standing on the node runtime.

The boxes are a list view laid out left to right, so choosing a workload works with the mouse,
the arrow keys and a screen reader alike; a delegate draws them as boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gui.theme import secondary_text
from gui.widgets.text_label import TextLabel, escaped_if_rich

DETAIL_ROLE = Qt.ItemDataRole.UserRole  # the box's second line
SANDBOXED_ROLE = Qt.ItemDataRole.UserRole + 1
BOX_WIDTH = 250


class _Boxes(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()  # type: ignore[attr-defined]
        return QSize(BOX_WIDTH, line * 2 + 14)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(3, 2, -3, -2)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)  # type: ignore[attr-defined]
        painter.save()
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlphaF(0.18 if selected else 0.0)
        if index.data(SANDBOXED_ROLE):
            base = QColor(palette.color(QPalette.ColorRole.Highlight))
            base.setAlphaF(0.07)
            painter.fillRect(rect, base)
        painter.fillRect(rect, fill)
        pen = QPen(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid))
        pen.setWidth(2 if selected else 1)
        if focused:
            pen.setStyle(Qt.PenStyle.DashLine)  # keyboard focus is visible, not only the selection
            pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 4, 4)
        line = option.fontMetrics.height()  # type: ignore[attr-defined]
        inner = rect.adjusted(8, 5, -8, -5)
        font = option.font  # type: ignore[attr-defined]
        bold = type(font)(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        metrics = type(option.fontMetrics)(bold)  # type: ignore[attr-defined]
        name = metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(font)
        painter.setPen(secondary_text(palette))
        detail = option.fontMetrics.elidedText(  # type: ignore[attr-defined]
            str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideMiddle, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), line), Qt.AlignmentFlag.AlignLeft, detail
        )
        painter.restore()


class PlanStack(QWidget):
    workloadChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.workloads = QListWidget(objectName="workloads")
        self.workloads.setFlow(QListView.Flow.LeftToRight)
        self.workloads.setWrapping(True)
        self.workloads.setResizeMode(QListView.ResizeMode.Adjust)
        self.workloads.setItemDelegate(_Boxes(self.workloads))
        self.workloads.setFrameShape(QFrame.Shape.NoFrame)
        self.workloads.viewport().setAutoFillBackground(False)
        self.workloads.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.workloads.currentRowChanged.connect(self._chosen)
        self.node_bar = TextLabel(objectName="nodeRuntime", wordWrap=True)
        self.node_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.node_bar.setAutoFillBackground(True)
        self.node_bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.node_bar.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.workloads)
        layout.addWidget(self.node_bar)

    def _chosen(self, row: int) -> None:
        if row >= 0:
            self.workloadChosen.emit(row)

    def set_plan(self, boxes: list[tuple[str, str, bool, str]], current: int, node_line: str) -> None:
        """`boxes`: per workload (name, what it runs in, whether sandboxed, a spoken summary)."""
        self.workloads.blockSignals(True)
        self.workloads.clear()
        for name, detail, sandboxed, spoken in boxes:
            item = QListWidgetItem(name)
            item.setData(DETAIL_ROLE, detail)
            item.setData(SANDBOXED_ROLE, sandboxed)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(escaped_if_rich(f"{name}: {detail}"))
            self.workloads.addItem(item)
        self.workloads.setCurrentRow(current)
        self.workloads.blockSignals(False)
        self.node_bar.setText(node_line)
        self.node_bar.setAccessibleName(node_line)
        self._fit_height()

    def _fit_height(self) -> None:
        """As many rows of boxes as the workloads need, at most two before the list scrolls."""
        count = self.workloads.count()
        width = self.workloads.viewport().width() or self.width() or 4 * BOX_WIDTH
        per_row = max(1, width // BOX_WIDTH)
        rows = min(2, -(-count // per_row)) if count else 1
        box = self.workloads.sizeHintForRow(0) if count else 40
        self.workloads.setFixedHeight(rows * (box + 2) + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_height()
