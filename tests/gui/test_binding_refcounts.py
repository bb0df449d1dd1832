"""The Qt binding must not leak or steal references: PySide6 6.12.0 returned None without a
reference from void methods on Python 3.11, and the app died after a few thousand calls
("Fatal Python error: none_dealloc"). This catches such a build before users do."""

from __future__ import annotations

import sys

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTableWidget


def test_void_methods_keep_none_alive(qtbot) -> None:
    table = QTableWidget(3, 3)
    label = QLabel()
    action = QAction()
    qtbot.addWidget(table)
    qtbot.addWidget(label)
    calls = [
        lambda i: table.setRowHidden(1, bool(i % 2)),
        lambda i: label.setText(str(i % 3)),
        lambda i: action.setChecked(bool(i % 2)),
        lambda i: label.setWordWrap(bool(i % 2)),
    ]
    before = sys.getrefcount(None)
    for i in range(2000):
        for call in calls:
            call(i)
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"None lost {lost} references in 8,000 calls: this PySide6 build will crash the app"
