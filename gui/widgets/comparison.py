"""The whole seed table, all five runtimes, as published: the recommended column highlighted,
errata marked (a dagger, with the correction in the tooltip), and a filter for long reads; and
beside it every correction, dated note (with the day it was checked) and release line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.domain.labels import label
from gui.domain.report.comparison import DAGGER, comparison_table
from gui.session_model import SessionModel
from gui.theme import secondary, secondary_css
from gui.widgets.external_links import open_external_link
from gui.widgets.refresh_when_shown import RefreshWhenShown
from gui.widgets.text_label import TextLabel, escaped_if_rich


class ComparisonDialog(RefreshWhenShown, QDialog):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("comparison")
        layout = QVBoxLayout(self)
        self.about = secondary(TextLabel(wordWrap=True))
        layout.addWidget(self.about)
        filters = QHBoxLayout()
        self.filter_label = TextLabel()
        self.filter_edit = QLineEdit(objectName="filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)
        self.differ_only = QCheckBox(objectName="differOnly")
        filters.addWidget(self.filter_label)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.differ_only)
        layout.addLayout(filters)
        self.table = QTableWidget(objectName="table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # cells wrap; none is cut short
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the erratum of the cell with the keyboard focus: tooltips alone need a mouse
        self.cell_note = TextLabel(wordWrap=True, objectName="cellNote")
        self.cell_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.currentCellChanged.connect(self._show_cell_note)
        table_tab = QWidget()
        table_layout = QVBoxLayout(table_tab)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.cell_note)
        self.tabs = QTabWidget(objectName="comparisonTabs")
        self.tabs.addTab(table_tab, "")
        self.facts = QTextBrowser(objectName="facts")
        self.facts.setOpenLinks(False)  # every link goes through the https-only opener
        self.facts.anchorClicked.connect(open_external_link)
        self.tabs.addTab(self.facts, "")
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.differ_only.toggled.connect(self._apply_filter)
        model.changed.connect(self.refresh)
        self.resize(1100, 700)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Comparison table"))
        self.filter_label.setText(self.tr("&Filter rows:"))
        self.filter_edit.setPlaceholderText(self.tr("text in a row label or cell"))
        self.differ_only.setText(self.tr("Only rows where runtimes &differ"))
        self.table.setAccessibleName(self.tr("Comparison table"))
        self.tabs.setTabText(0, self.tr("The &table as published"))
        self.tabs.setTabText(1, self.tr("Co&rrections and dated notes"))
        self.facts.setAccessibleName(self.tr("Corrections, dated notes and release lines"))
        self.refresh()

    def rebuild(self) -> None:
        lang = self.model.lang
        dataset = self.model.data.dataset
        pick = self.model.result.recommendation
        self.about.setText(
            self.tr(
                "{0} ({1}), as published. {2} marks an erratum: select the cell (or point at it) for the correction."
            ).format(dataset.seed.title, dataset.seed.updated, DAGGER)
            + (" " + label("table_en_note", lang) if lang == "en" else "")
        )
        table = comparison_table(self.model.data, pick, lang)
        self.table.clear()
        self.table.setColumnCount(len(table.columns))
        self.table.setRowCount(len(table.rows))
        highlight = QColor(self.palette().color(self.palette().ColorRole.Highlight))
        highlight.setAlpha(60)
        for column, name in enumerate(table.columns):
            picked = column == table.highlighted
            # the runtime's name as the rest of the app says it, then the table's own column name
            own = table.names[column] if table.names else name
            title = own if own.lower() == name.lower() else f"{own}\n({name})"
            header = QTableWidgetItem(title + ("  \u2605" if picked else ""))
            if picked:
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
                header.setToolTip(self.tr("Recommended for your answers"))
            self.table.setHorizontalHeaderItem(column, header)
        for row, table_row in enumerate(table.rows):
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(table_row.label))
            for column, cell in enumerate(table_row.cells):
                item = QTableWidgetItem(cell.text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, cell.text)
                if cell.erratum:
                    item.setToolTip(escaped_if_rich(cell.erratum))
                if column == table.highlighted:
                    item.setBackground(highlight)
                self.table.setItem(row, column, item)
        self._apply_filter()
        self.table.resizeRowsToContents()
        from gui.rendering.facts_html import facts_html

        headings = {
            "errata": self.tr("Corrections to the table"),
            "notes": self.tr("What changed since the table"),
            "releases": self.tr("Release lines"),
            "platforms": self.tr("Platforms"),
            "general": self.tr("For every runtime"),
        }
        muted_colour = secondary_css(self)
        self.facts.setHtml(facts_html(self.model.data, lang, headings, muted_colour))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # the columns stretch with the window: the rows take the height their wrapped text needs
        self.table.resizeRowsToContents()

    def _show_cell_note(self, row: int, column: int, *_: int) -> None:
        item = self.table.item(row, column) if row >= 0 and column >= 0 else None
        erratum = item.toolTip() if item is not None else ""
        self.cell_note.setText(f"{DAGGER} {erratum}" if erratum else "")
        self.cell_note.setAccessibleName(erratum)

    def _apply_filter(self) -> None:
        needle = self.filter_edit.text().strip().lower()
        for row in range(self.table.rowCount()):
            header = self.table.verticalHeaderItem(row).text()
            cells = [self.table.item(row, c).text() for c in range(self.table.columnCount())]
            matches = not needle or needle in header.lower() or any(needle in c.lower() for c in cells)
            differs = len(set(cells)) > 1
            self.table.setRowHidden(row, not matches or (self.differ_only.isChecked() and not differs))
